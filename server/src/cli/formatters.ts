/**
 * fargate-lint reports: `text` (eslint "stylish"-like), `json` (one object per problem) and `sarif`
 * (SARIF 2.1.0, as GitHub code scanning reads it).
 */
import { pathToFileURL } from 'url';
import type { SeverityName } from '../common/settings';
import { RULES } from '../service/rules';
import type { RuleMeta } from '../service/rules/rule';

/** One problem; lines and columns are 1-based, the end is exclusive (columns count UTF-16 code units). */
export interface Problem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: SeverityName;
  code: string;
  message: string;
  /** Set on a suppressed finding (listed with --list-suppressed, and in SARIF): what suppressed it. */
  suppressedBy?: string;
}

export interface FileResult {
  /** Path relative to the working folder, with forward slashes. */
  file: string;
  problems: Problem[];
  /** Findings suppressed in the file (with --list-suppressed). */
  suppressed?: Problem[];
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export interface Report {
  results: FileResult[];
  /** Files read and recognised as ECS documents. */
  checked: number;
  /** Files read but not ECS documents (skipped silently). */
  skipped: number;
  totals: Totals;
}

export interface ReportContext {
  cwd: string;
  version: string;
  /** Where users read about the tool (SARIF `informationUri`). */
  informationUri: string;
  color: boolean;
}

export function countProblems(results: readonly FileResult[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const r of results) {
    for (const p of r.problems) {
      if (p.severity === 'error') t.errors++;
      else if (p.severity === 'warning') t.warnings++;
      else if (p.severity === 'info') t.infos++;
      else t.hints++;
    }
  }
  return t;
}

// ---------------------------------------------------------------- text

const ANSI = { red: 31, yellow: 33, blue: 34, green: 32, gray: 90, bold: 1, underline: 4 } as const;
type Style = keyof typeof ANSI;

function paint(on: boolean, s: string, ...styles: Style[]): string {
  if (!on || styles.length === 0) return s;
  return styles.map((st) => `\u001b[${ANSI[st]}m`).join('') + s + '\u001b[0m';
}

const SEVERITY_STYLE: Record<SeverityName, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatText(report: Report, ctx: ReportContext): string {
  const c = ctx.color;
  let out = '';
  for (const r of report.results) {
    const listed = [...r.problems, ...(r.suppressed ?? [])];
    if (listed.length === 0) continue;
    const rows = listed.map((p) => ({
      pos: `${p.line}:${p.column}`,
      sev: p.suppressedBy ? 'suppressed' : p.severity,
      msg: p.message.replace(/\s*\n\s*/g, ' ') + (p.suppressedBy ? ` (suppressed by ${p.suppressedBy})` : ''),
      code: p.code,
    }));
    const posW = Math.max(...rows.map((x) => x.pos.length));
    const sevW = Math.max(...rows.map((x) => x.sev.length));
    const msgW = Math.max(...rows.map((x) => x.msg.length));
    out += `\n${paint(c, r.file, 'underline')}\n`;
    for (const x of rows) {
      const pos = paint(c, x.pos.padEnd(posW), 'gray');
      const sev = paint(c, x.sev.padEnd(sevW), SEVERITY_STYLE[x.sev as SeverityName] ?? 'gray');
      out += `  ${pos}  ${sev}  ${x.msg.padEnd(msgW)}  ${paint(c, x.code, 'gray')}\n`;
    }
  }
  const t = report.totals;
  const total = t.errors + t.warnings + t.infos + t.hints;
  const files =
    `${plural(report.checked, 'file')} checked` +
    (report.skipped ? `, ${plural(report.skipped, 'file')} skipped (${report.skipped === 1 ? 'not an ECS document' : 'not ECS documents'})` : '');
  if (total === 0) {
    out += `${paint(c, '✔', 'green')} No problems (${files})\n`;
  } else {
    const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning'), plural(t.infos, 'info')];
    if (t.hints) parts.push(plural(t.hints, 'hint'));
    const style: Style = t.errors ? 'red' : t.warnings ? 'yellow' : 'blue';
    out += `\n${paint(c, `✖ ${plural(total, 'problem')} (${parts.join(', ')})`, style, 'bold')}\n${files}\n`;
  }
  return out;
}

// ---------------------------------------------------------------- json

export function formatJson(report: Report): string {
  const rows = report.results.flatMap((r) => [...r.problems, ...(r.suppressed ?? [])].map((p) => ({ file: r.file, ...p })));
  return JSON.stringify(rows, null, 2) + '\n';
}

// ---------------------------------------------------------------- sarif

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(s: SeverityName): SarifLevel {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** `fargate/task-size` -> `TaskSize`. */
export function ruleName(id: string): string {
  return id
    .replace(/^fargate\//, '')
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** Findings that come from the service itself rather than a registered rule. */
const BUILT_IN: RuleMeta[] = [
  {
    id: 'fargate/not-checked',
    severity: 'info',
    title: 'Document not checked',
    description:
      'The document was recognised but not analysed, because it is larger than `maxFileSize` or nested too deeply. ' +
      'Raise `maxFileSize` in .fargate-lint.json if the file really is that large.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html',
    category: 'syntax',
    target: 'document',
  },
];

function plainText(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1');
}

function ruleDescriptor(m: RuleMeta) {
  const tags = ['fargate', m.category, m.target];
  if (m.category === 'security' || m.category === 'iam') tags.push('security');
  return {
    id: m.id,
    name: ruleName(m.id),
    shortDescription: { text: m.title },
    fullDescription: { text: plainText(m.description) },
    helpUri: m.source,
    help: { text: `${plainText(m.description)} See ${m.source}`, markdown: `${m.description}\n\n[AWS documentation](${m.source})` },
    defaultConfiguration: { level: sarifLevel(m.severity) },
    properties: { tags: [...new Set(tags)], category: m.category },
  };
}

export function formatSarif(report: Report, ctx: ReportContext): string {
  const metas = [...RULES.map((r) => r.meta), ...BUILT_IN];
  const index = new Map(metas.map((m, i) => [m.id, i] as const));
  const results = report.results.flatMap((r) =>
    [...r.problems, ...(r.suppressed ?? [])].map((p) => {
      const ruleIndex = index.get(p.code);
      return {
        ruleId: p.code,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: sarifLevel(p.severity),
        message: { text: p.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
              region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
            },
          },
        ],
        // SARIF's own field for findings switched off in the source (GitHub code scanning shows them as dismissed).
        ...(p.suppressedBy ? { suppressions: [{ kind: 'inSource', justification: p.suppressedBy }] } : {}),
      };
    }),
  );
  const root = pathToFileURL(ctx.cwd).href;
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fargate-lint',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: ctx.informationUri,
            rules: metas.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
