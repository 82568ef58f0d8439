/**
 * Runs the rules over a parsed document and turns findings into LSP diagnostics.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { FargateSettings, SeverityName, SeveritySetting } from '../common/settings';
import type { ParsedDocument } from './document';
import type { TaskDefinitionModel } from './model';
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
}

/** All findings for a document, in document order. Never throws: a failing rule is reported once, not fatal. */
export function collectFindings(input: ValidationInput, onRuleError?: (rule: Rule, err: unknown) => void): Finding[] {
  const { doc, task, settings } = input;
  if (!settings.enable || doc.kind === 'none') return [];
  const findings: Finding[] = [];
  if (doc.skipped) {
    findings.push({ ruleId: 'fargate/not-checked', severity: 'info', offset: 0, length: 0, message: doc.skipped });
    return findings;
  }
  const broken = doc.syntaxErrors.length > 0;
  for (const rule of RULES) {
    const target = rule.meta.target;
    // While the syntax is broken only syntax errors are shown (no cascade of follow-up errors).
    if (broken && rule.meta.category !== 'syntax') continue;
    if (target !== 'document' && target !== doc.kind) continue;
    if (rule.meta.fargateOnly && !fargateApplies(task)) continue;
    const sev = effectiveSeverity(rule, settings);
    if (sev === 'off') continue;
    const ctx: RuleContext = {
      doc,
      task,
      settings,
      related: input.related,
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
  findings.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
  return findings;
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
