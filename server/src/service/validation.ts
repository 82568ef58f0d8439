/**
 * Runs the rules over a parsed document and turns findings into LSP diagnostics.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { FargateSettings, SeverityName, SeveritySetting } from '../common/settings';
import { definitionView, type ParsedDocument } from './document';
import type { Definition } from './definitions';
import type { TaskDefinitionModel } from './model';
import { taskModelFor, templateRelated } from './templateLinks';
import { presentFinding } from './presentation';
import { applySuppressions, commentSuppressions, metadataSuppressions, type SuppressedFinding } from './suppressions';
import { RULES, ruleById } from './rules';
import { fargateApplies } from './rules/support/fargate';
import type { Finding, Place, RelatedDocuments, Rule, RuleContext } from './rules/rule';

export const DIAGNOSTIC_SOURCE = 'fargate';

/** Cap on findings per document: a broken or hostile file gets a clear message, never a flood. */
export const MAX_FINDINGS = 200;

/** Severity a rule runs at under these settings, or 'off'. */
export function effectiveSeverity(rule: Rule, settings: FargateSettings): SeveritySetting {
  const override = settings.rules[rule.meta.id];
  if (override) return override;
  if (rule.meta.id === 'fargate/unknown-key' || rule.meta.id === 'fargate/service-unknown-key') return settings.unknownKeySeverity;
  return rule.meta.severity;
}

export interface ValidationInput {
  doc: ParsedDocument;
  task?: TaskDefinitionModel;
  settings: FargateSettings;
  related?: RelatedDocuments;
  /**
   * For documents with many definitions (templates): the documents one definition is checked against (a template's
   * service against the template's task definition it references). Defaults to {@link templateRelated}.
   */
  relatedFor?: (def: Definition) => RelatedDocuments | undefined;
}

/** All findings for a document, in document order, without the suppressed ones (see suppressions.ts). Never throws. */
export function collectFindings(input: ValidationInput, onRuleError?: (rule: Rule, err: unknown) => void): Finding[] {
  return collectFindingsDetailed(input, onRuleError).findings;
}

/** The findings that stay and the ones a comment directive or resource Metadata suppressed. */
export function collectFindingsDetailed(input: ValidationInput, onRuleError?: (rule: Rule, err: unknown) => void): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const all = collectAllFindings(input, onRuleError);
  const doc = input.doc;
  if (all.length === 0) return { findings: all, suppressed: [] };
  const sups = [...commentSuppressions(doc.text), ...metadataSuppressions(doc.template, doc.definitions)];
  if (sups.length === 0) return { findings: all, suppressed: [] };
  const starts = lineStarts(doc.text);
  const { kept, suppressed } = applySuppressions(all, sups, (offset) => lineAt(starts, offset));
  return { findings: kept, suppressed };
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function collectAllFindings(input: ValidationInput, onRuleError?: (rule: Rule, err: unknown) => void): Finding[] {
  const { doc, settings } = input;
  if (!settings.enable || doc.kind === 'none') return [];
  const findings: Finding[] = [];
  if (doc.skipped) {
    findings.push({ ruleId: 'fargate/not-checked', severity: 'info', offset: 0, length: 0, message: doc.skipped });
    return findings;
  }
  if (!doc.definitions) {
    runRules(doc, input.task, settings, input.related, findings, 'all', onRuleError);
  } else {
    // A template: the document rules once, then every rule of each definition's kind on a per-definition view.
    runRules(doc, undefined, settings, undefined, findings, 'document', onRuleError);
    if (doc.syntaxErrors.length === 0) {
      for (const def of doc.definitions) {
        const variants = [def, ...(def.variants ?? [])];
        const seen = new Set<string>();
        for (const v of variants) {
          const view = definitionView(doc, v);
          const task = v.kind === 'taskDefinition' ? taskModelFor(v) : undefined;
          const own: Finding[] = [];
          for (const p of v.problems ?? []) {
            const rule = ruleById(p.ruleId);
            const sev = rule ? effectiveSeverity(rule, settings) : 'off';
            if (sev !== 'off' && !v.suppressed?.includes(p.ruleId)) own.push({ ruleId: p.ruleId, severity: sev, offset: p.offset, length: p.length, message: p.message, data: { ...(p.data ?? {}), ruleId: p.ruleId, presented: true } });
          }
          runRules(view, task, settings, input.relatedFor ? input.relatedFor(v) : templateRelated(doc, v), own, 'definition', onRuleError);
          for (const f of own) {
            const key = `${f.ruleId}|${f.offset}|${f.length}|${f.message}`;
            if (seen.has(key)) continue;
            seen.add(key);
            if (findings.length < MAX_FINDINGS) findings.push(presentFinding(f, v, doc.format));
          }
        }
      }
    }
  }
  findings.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
  return findings;
}

/** Runs the rules of `which` group (document rules, a definition's rules, or both for plain files) on `doc`. */
function runRules(
  doc: ParsedDocument,
  task: TaskDefinitionModel | undefined,
  settings: FargateSettings,
  related: RelatedDocuments | undefined,
  findings: Finding[],
  which: 'all' | 'document' | 'definition',
  onRuleError?: (rule: Rule, err: unknown) => void,
): void {
  const broken = doc.syntaxErrors.length > 0;
  const suppressed = doc.definition?.suppressed;
  for (const rule of RULES) {
    const target = rule.meta.target;
    if (which === 'document' && target !== 'document') continue;
    if (which === 'definition' && target === 'document') continue;
    // While the syntax is broken only syntax errors are shown (no cascade of follow-up errors).
    if (broken && rule.meta.category !== 'syntax') continue;
    if (target !== 'document' && target !== doc.kind) continue;
    if (rule.meta.fargateOnly && !fargateApplies(task)) continue;
    if (suppressed?.includes(rule.meta.id)) continue;
    const sev = effectiveSeverity(rule, settings);
    if (sev === 'off') continue;
    const ctx: RuleContext = {
      doc,
      task,
      settings,
      related,
      definition: doc.definition,
      report(place: Place, message: string, data?: Record<string, unknown>) {
        if (findings.length >= MAX_FINDINGS) return;
        // Clamp to the text: parser errors at end of file (and any rule's off-by-one) must not point past it.
        const end = doc.text.length;
        const offset = Math.min(Math.max(0, place.offset), end);
        findings.push({
          ruleId: rule.meta.id,
          severity: sev as SeverityName,
          offset,
          length: Math.max(0, Math.min(place.length, end - offset)),
          message,
          data: { ...(data ?? {}), ruleId: rule.meta.id },
        });
      },
    };
    try {
      rule.check(ctx);
    } catch (err) {
      onRuleError?.(rule, err);
    }
  }
}

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function ruleHref(ruleId: string): string | undefined {
  return ruleById(ruleId)?.meta.source;
}

export function toDiagnostic(textDoc: TextDocument, f: Finding): Diagnostic {
  const start = textDoc.positionAt(f.offset);
  const end = textDoc.positionAt(f.offset + f.length);
  const href = ruleHref(f.ruleId);
  const d: Diagnostic = {
    range: { start, end },
    severity: SEVERITY[f.severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.ruleId,
    message: f.message,
  };
  if (href) d.codeDescription = { href };
  if (f.data) d.data = f.data;
  return d;
}
