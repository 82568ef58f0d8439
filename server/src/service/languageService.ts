/**
 * The pure Fargate language service: documents in, plain LSP types out. No connection, no VS Code.
 * The LSP server, the fargate-lint CLI and the tests all go through this one object.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionList, Diagnostic, Hover, Position, Range } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, type FargateSettings } from '../common/settings';
import type { ConceptsAtPositionResult, CostEstimateResult, DocumentConceptsResult } from '../common/protocol';
import { definitionView, type DocumentKind, type ParsedDocument } from './document';
import { definitionAt } from './definitions';
import { taskModelFor } from './templateLinks';
import { parseAnyDocument } from './yamlDocument';
import { buildTaskModel, type TaskDefinitionModel } from './model';
import type { Finding, RelatedDocuments, Rule } from './rules/rule';
import { collectFindings, collectFindingsDetailed, toDiagnostic } from './validation';
import type { SuppressedFinding } from './suppressions';
import { renderMessage } from './presentation';

type Features = typeof import('./features');
let featuresModule: Features | undefined;
/** Hover, completion, quick fixes and the concept views, loaded on first use (see features.ts). */
function features(): Features {
  return (featuresModule ??= require('./features') as Features);
}

export interface Analysis {
  doc: ParsedDocument;
  task?: TaskDefinitionModel;
}

export interface LanguageServiceOptions {
  /** Called when a rule throws (the finding set stays valid; the error is logged by the host). */
  onRuleError?: (rule: Rule, err: unknown) => void;
}

export interface FargateLanguageService {
  /** What kind of document this is; remembered per uri and version even after its analysis left the cache. */
  kind(doc: TextDocument, settings?: FargateSettings): DocumentKind;
  /** Parses and models a document; cached per uri and version. */
  analyze(doc: TextDocument, settings?: FargateSettings): Analysis;
  /** Rule findings (offsets) for a document. */
  findings(doc: TextDocument, settings?: FargateSettings, related?: RelatedDocuments): Finding[];
  /** The findings a comment directive or resource Metadata suppressed, with what suppressed them (CLI, hovers). */
  suppressed(doc: TextDocument, settings?: FargateSettings, related?: RelatedDocuments): SuppressedFinding[];
  /** LSP diagnostics for a document. */
  validate(doc: TextDocument, settings?: FargateSettings, related?: RelatedDocuments): Diagnostic[];
  /** Markdown hover for the key or value at a position (uses the cached analysis). */
  hover(doc: TextDocument, position: Position, settings?: FargateSettings): Hover | null;
  /**
   * Completion items at a position (uses the cached analysis). With `related` documents, a service or appspec also
   * gets the container names and ports of the task definition it deploys.
   */
  complete(doc: TextDocument, position: Position, settings?: FargateSettings, related?: RelatedDocuments): CompletionList;
  /**
   * Quick fixes for the diagnostics the client sends with a code action request (an array, or the LSP
   * `CodeActionContext` with `diagnostics` and an optional `only` filter of kinds).
   */
  codeActions(doc: TextDocument, range: Range, context: CodeActionInput, settings?: FargateSettings): CodeAction[];
  /**
   * The episode concepts a document touches, with its fields and findings grouped by concept (sidebar). Pass the
   * same `related` documents as to {@link validate} so the findings match the Problems panel.
   */
  documentConcepts(doc: TextDocument, settings?: FargateSettings, related?: RelatedDocuments): DocumentConceptsResult;
  /** The field path and concepts at a position ("explain concept at cursor"). */
  conceptsAt(doc: TextDocument, position: Position, settings?: FargateSettings): ConceptsAtPositionResult;
  /** The on-demand cost estimate of a task definition. */
  costEstimate(doc: TextDocument, settings?: FargateSettings): CostEstimateResult;
  /** Drops cached state of a closed document. */
  forget(uri: string): void;
}

export type CodeActionInput = readonly Diagnostic[] | { diagnostics: readonly Diagnostic[]; only?: readonly string[] };

/**
 * Analyses kept at once (most recently used first out). A parse tree takes many times its text's size; with
 * hundreds of files open, only the ones being edited or hovered need theirs, the others are parsed again on demand.
 */
export const MAX_CACHED_ANALYSES = 32;

export function createLanguageService(options: LanguageServiceOptions = {}): FargateLanguageService {
  const cache = new Map<string, { version: number; text: string; maxFileSize: number; analysis: Analysis }>();
  const kinds = new Map<string, { version: number; text: string; maxFileSize: number; kind: DocumentKind }>();

  function analyze(doc: TextDocument, settings: FargateSettings = DEFAULT_SETTINGS): Analysis {
    const hit = cache.get(doc.uri);
    const text = doc.getText();
    // Keyed by version and text: callers that reuse version numbers (CLI, tests) still get fresh results.
    if (hit && hit.version === doc.version && hit.text === text && hit.maxFileSize === settings.maxFileSize) {
      // Most recently used last: re-insert.
      cache.delete(doc.uri);
      cache.set(doc.uri, hit);
      return hit.analysis;
    }
    // The stale analysis goes first: it is never read again, and keeping its syntax tree alive while the new one
    // is built would make the garbage collector copy (and promote) a tree that is about to die.
    if (hit) cache.delete(doc.uri);
    // JSON or YAML (appspec.yaml), by language id or file extension.
    const parsed = parseAnyDocument(doc, { maxFileSize: settings.maxFileSize });
    const analysis: Analysis = { doc: parsed };
    if (parsed.kind === 'taskDefinition' && parsed.body) analysis.task = buildTaskModel(parsed.body);
    cache.delete(doc.uri);
    cache.set(doc.uri, { version: doc.version, text, maxFileSize: settings.maxFileSize, analysis });
    kinds.set(doc.uri, { version: doc.version, text, maxFileSize: settings.maxFileSize, kind: parsed.kind });
    if (cache.size > MAX_CACHED_ANALYSES) cache.delete(cache.keys().next().value as string);
    return analysis;
  }

  /**
   * The analysis one feature works on at `offset`: the document's own, or, in a template, that of the definition
   * under the offset (its per-definition view and task model); undefined outside every definition of a template.
   */
  function analysisAt(doc: TextDocument, settings: FargateSettings, offset: number): Analysis | undefined {
    const a = analyze(doc, settings);
    if (!a.doc.definitions) return a;
    let def = definitionAt(a.doc.definitions, offset);
    if (!def) {
      // Just after `Key: ` at the end of a resource: the resource's text ends before the blanks the cursor follows.
      let o = offset;
      while (o > 0 && (a.doc.text[o - 1] === ' ' || a.doc.text[o - 1] === '\t')) o--;
      if (o < offset) def = definitionAt(a.doc.definitions, o);
    }
    if (!def) return undefined;
    const view = definitionView(a.doc, def);
    return { doc: view, task: def.kind === 'taskDefinition' ? taskModelFor(def) : undefined };
  }

  function findings(doc: TextDocument, settings: FargateSettings = DEFAULT_SETTINGS, related?: RelatedDocuments): Finding[] {
    const a = analyze(doc, settings);
    return collectFindings({ doc: a.doc, task: a.task, settings, related }, options.onRuleError);
  }

  function suppressed(doc: TextDocument, settings: FargateSettings = DEFAULT_SETTINGS, related?: RelatedDocuments): SuppressedFinding[] {
    const a = analyze(doc, settings);
    // Nothing to look for unless the text has a directive or a template names us in a Metadata entry.
    if (!a.doc.text.includes('fargate-disable') && !(a.doc.template && a.doc.text.includes('fargate'))) return [];
    return collectFindingsDetailed({ doc: a.doc, task: a.task, settings, related }, options.onRuleError).suppressed;
  }

  return {
    suppressed,
    kind(doc, settings = DEFAULT_SETTINGS) {
      const k = kinds.get(doc.uri);
      if (k && k.version === doc.version && k.text === doc.getText() && k.maxFileSize === settings.maxFileSize) return k.kind;
      return analyze(doc, settings).doc.kind;
    },
    analyze,
    findings,
    validate(doc, settings = DEFAULT_SETTINGS, related) {
      return findings(doc, settings, related).map((f) => toDiagnostic(doc, f));
    },
    hover(doc, position, settings = DEFAULT_SETTINGS) {
      if (!settings.enable) return null;
      const offset = doc.offsetAt(position);
      const a = analysisAt(doc, settings, offset);
      let hover = a ? features().doHover(a, doc, position) : null;
      // In a template the hover names the template's properties (`NetworkMode`), like the diagnostics do.
      const def = a?.doc.definition;
      if (hover && def && typeof hover.contents === 'object' && 'value' in hover.contents) {
        hover = { ...hover, contents: { kind: 'markdown', value: renderMessage(hover.contents.value, def, a!.doc.format) } };
      }
      // Findings suppressed under the cursor are shown, so a suppression never hides silently.
      const here = suppressed(doc, settings).filter((s) => offset >= s.finding.offset && offset <= s.finding.offset + s.finding.length);
      if (here.length === 0) return hover;
      const note = here.map((s) => `Suppressed: \`${s.finding.ruleId}\` (${s.by.source}): ${s.finding.message}`).join('\n\n');
      const base = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
      return { contents: { kind: 'markdown', value: base ? `${base}\n\n---\n\n${note}` : note }, range: hover?.range };
    },
    complete(doc, position, settings = DEFAULT_SETTINGS, related) {
      if (!settings.enable) return { isIncomplete: false, items: [] };
      const a = analysisAt(doc, settings, doc.offsetAt(position));
      if (!a) return { isIncomplete: false, items: [] };
      // In a template: located in the definition's tree, written through the template's writer.
      if (a.doc.definition) return features().templateComplete(a, doc, position);
      return features().doComplete(a, doc, position, related);
    },
    codeActions(doc, range, context, settings = DEFAULT_SETTINGS) {
      if (!settings.enable) return [];
      const diagnostics = Array.isArray(context) ? (context as readonly Diagnostic[]) : (context as { diagnostics: readonly Diagnostic[] }).diagnostics;
      const only = Array.isArray(context) ? undefined : (context as { only?: readonly string[] }).only;
      if (only && only.length > 0 && !only.some((k) => k === 'quickfix' || k === '')) return [];
      const a = analysisAt(doc, settings, doc.offsetAt(range.start));
      if (!a) return [];
      return features().getCodeActions(a, doc, range, diagnostics ?? []);
    },
    documentConcepts(doc, settings = DEFAULT_SETTINGS, related) {
      const analysis = analyze(doc, settings);
      const all = findings(doc, settings, related);
      if (!analysis.doc.definitions) return { ...features().documentConcepts(analysis.doc, all, doc), version: doc.version };
      // A template: the concepts of every definition, merged (each definition's findings go with it).
      const merged = new Map<string, DocumentConceptsResult['concepts'][number]>();
      let kind: DocumentConceptsResult['kind'] = 'none';
      for (const def of analysis.doc.definitions) {
        const view = definitionView(analysis.doc, def);
        if (view.kind === 'none' || view.kind === 'template') continue;
        if (kind === 'none' || view.kind === 'taskDefinition') kind = view.kind;
        const own = all.filter((f) => f.offset >= def.range.offset && f.offset <= def.range.offset + def.range.length);
        for (const c of features().documentConcepts(view, own, doc).concepts) {
          const m = merged.get(c.id);
          if (m) {
            m.fields.push(...c.fields);
            m.findings.push(...c.findings);
          } else merged.set(c.id, { id: c.id, fields: [...c.fields], findings: [...c.findings] });
        }
      }
      return { kind, concepts: [...merged.values()], syntaxErrors: analysis.doc.syntaxErrors.length > 0, version: doc.version };
    },
    conceptsAt(doc, position, settings = DEFAULT_SETTINGS) {
      const a = analysisAt(doc, settings, doc.offsetAt(position));
      return a ? features().conceptsAtOffset(a.doc, doc.offsetAt(position)) : { conceptIds: [] };
    },
    costEstimate(doc, settings = DEFAULT_SETTINGS) {
      let analysis: Analysis | undefined = analyze(doc, settings);
      // A template: the first task definition (the sidebar's cost view shows one task).
      if (analysis.doc.definitions) {
        const def = analysis.doc.definitions.find((d) => d.kind === 'taskDefinition');
        analysis = def ? { doc: definitionView(analysis.doc, def), task: taskModelFor(def) } : analysis;
      }
      return features().costEstimateFor(analysis.doc, analysis.task);
    },
    forget(uri) {
      cache.delete(uri);
      kinds.delete(uri);
    },
  };
}
