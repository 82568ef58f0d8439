/**
 * The pure Fargate language service: documents in, plain LSP types out. No connection, no VS Code.
 * The LSP server, the fargate-lint CLI and the tests all go through this one object.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, type FargateSettings } from '../common/settings';
import { parseJsonDocument, type ParsedDocument } from './document';
import { buildTaskModel, type TaskDefinitionModel } from './model';
import type { Finding, RelatedDocuments, Rule } from './rules/rule';
import { collectFindings, toDiagnostic } from './validation';

export interface Analysis {
  doc: ParsedDocument;
  task?: TaskDefinitionModel;
}

export interface LanguageServiceOptions {
  /** Called when a rule throws (the finding set stays valid; the error is logged by the host). */
  onRuleError?: (rule: Rule, err: unknown) => void;
}

export interface FargateLanguageService {
  /** Parses and models a document; cached per uri and version. */
  analyze(doc: TextDocument, settings?: FargateSettings): Analysis;
  /** Rule findings (offsets) for a document. */
  findings(doc: TextDocument, settings?: FargateSettings, related?: RelatedDocuments): Finding[];
  /** LSP diagnostics for a document. */
  validate(doc: TextDocument, settings?: FargateSettings, related?: RelatedDocuments): Diagnostic[];
  /** Drops cached state of a closed document. */
  forget(uri: string): void;
}

export function createLanguageService(options: LanguageServiceOptions = {}): FargateLanguageService {
  const cache = new Map<string, { version: number; text: string; maxFileSize: number; analysis: Analysis }>();

  function analyze(doc: TextDocument, settings: FargateSettings = DEFAULT_SETTINGS): Analysis {
    const hit = cache.get(doc.uri);
    const text = doc.getText();
    // Keyed by version and text: callers that reuse version numbers (CLI, tests) still get fresh results.
    if (hit && hit.version === doc.version && hit.text === text && hit.maxFileSize === settings.maxFileSize) return hit.analysis;
    const parsed = parseJsonDocument(doc, { maxFileSize: settings.maxFileSize });
    const analysis: Analysis = { doc: parsed };
    if (parsed.kind === 'taskDefinition' && parsed.body) analysis.task = buildTaskModel(parsed.body);
    cache.set(doc.uri, { version: doc.version, text, maxFileSize: settings.maxFileSize, analysis });
    return analysis;
  }

  function findings(doc: TextDocument, settings: FargateSettings = DEFAULT_SETTINGS, related?: RelatedDocuments): Finding[] {
    const a = analyze(doc, settings);
    return collectFindings({ doc: a.doc, task: a.task, settings, related }, options.onRuleError);
  }

  return {
    analyze,
    findings,
    validate(doc, settings = DEFAULT_SETTINGS, related) {
      return findings(doc, settings, related).map((f) => toDiagnostic(doc, f));
    },
    forget(uri) {
      cache.delete(uri);
    },
  };
}
