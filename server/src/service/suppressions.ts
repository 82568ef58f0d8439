/**
 * Suppressions: one mechanism for every dialect. A finding is dropped (and listed as suppressed, for hovers and
 * `fargate-lint --list-suppressed`) when
 * - a comment directive names its rule: `# fargate-disable-next-line root-user, image-tag` (the next line) or
 *   `# fargate-disable writable-root-filesystem` (the whole file), with `//` or `/* *\/` in JSONC; no ids = every rule;
 * - in a template, the resource's `Metadata` says so (as cfn-lint's `Metadata: cfn-lint: config: ignore_checks`):
 *   `Metadata: { fargate: { ignore: [root-user] } }` (ids with or without the `fargate/` prefix).
 * Strict JSON has no comments: there `fargate.rules` (or the CLI's config file) turns a rule off.
 */
import type { Node } from 'jsonc-parser';
import type { TemplateIndex } from './cloudformation';
import type { Definition } from './definitions';
import { JsonObject } from './json';
import type { Finding } from './rules/rule';

export interface Suppression {
  /** Rule ids, `fargate/` prefixed; empty = every rule. */
  ruleIds: readonly string[];
  /** What suppresses: `comment on line 12`, `Metadata of TaskDef`. */
  source: string;
  /** For comment directives: the 0-based line they apply to (undefined = whole file or a resource). */
  line?: number;
  /** For resource metadata: the resource's range. */
  range?: { offset: number; length: number };
}

export interface SuppressedFinding {
  finding: Finding;
  by: Suppression;
}

const DIRECTIVE = /(?:#|\/\/|\/\*)\s*fargate-disable(-next-line)?\b([^\n*]*)/g;

/** `root-user, fargate/image-tag` -> `['fargate/root-user', 'fargate/image-tag']`. */
export function ruleIdList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => /^[a-z0-9/-]+$/.test(s) && s !== '--')
    .map((s) => (s.startsWith('fargate/') ? s : `fargate/${s}`));
}

/** The comment directives of a text (nothing, and no scan, when the text never says `fargate-disable`). */
export function commentSuppressions(text: string): Suppression[] {
  if (!text.includes('fargate-disable')) return [];
  const out: Suppression[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    // A directive inside a string value ("# fargate-disable" in an environment value) does not count.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(lineStart, m.index);
    if ((before.match(/"/g)?.length ?? 0) % 2 === 1) continue;
    const line = countLines(text, m.index);
    const ids = ruleIdList(m[2].split('--')[0]);
    out.push(m[1] ? { ruleIds: ids, source: `comment on line ${line + 1}`, line: line + 1 } : { ruleIds: ids, source: `comment on line ${line + 1}` });
  }
  return out;
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The rule ids a template resource's `Metadata` switches off (`fargate: { ignore: [...] }`); undefined when none. */
export function metadataIgnores(metadata: JsonObject | undefined): string[] | undefined {
  const own = metadata?.obj('fargate') ?? metadata?.obj('fargate-lint');
  if (!own) return undefined;
  const list = own.get('ignore') ?? own.get('ignore_checks') ?? own.get('disable') ?? own.obj('config')?.get('ignore_checks');
  if (!list) return undefined;
  const texts: string[] = [];
  const add = (n: Node) => {
    if (n.type === 'string') texts.push(n.value as string);
  };
  if (list.type === 'array') (list.children ?? []).forEach(add);
  else add(list);
  return ruleIdList(texts.join(','));
}

/** The Metadata suppressions of a template's definitions. */
export function metadataSuppressions(template: TemplateIndex | undefined, definitions: readonly Definition[] | undefined): Suppression[] {
  if (!template || !definitions) return [];
  const out: Suppression[] = [];
  for (const d of definitions) {
    const r = d.name ? template.resources.get(d.name) : undefined;
    const ids = metadataIgnores(r?.metadata);
    if (r && ids) out.push({ ruleIds: ids, source: `Metadata of ${r.logicalId}`, range: r.range });
  }
  return out;
}

/** Splits findings into the ones that stay and the suppressed ones. `lineOf` maps an offset to its 0-based line. */
export function applySuppressions(findings: Finding[], suppressions: readonly Suppression[], lineOf: (offset: number) => number): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  if (suppressions.length === 0) return { kept: findings, suppressed: [] };
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    // Syntax errors cannot be switched off: nothing else is checked until the file parses.
    const by = f.ruleId === 'fargate/json-syntax' ? undefined : suppressions.find((s) => matches(s, f, lineOf));
    if (by) suppressed.push({ finding: f, by });
    else kept.push(f);
  }
  return { kept, suppressed };
}

function matches(s: Suppression, f: Finding, lineOf: (offset: number) => number): boolean {
  if (s.ruleIds.length > 0 && !s.ruleIds.includes(f.ruleId)) return false;
  if (s.line !== undefined) return lineOf(f.offset) === s.line;
  if (s.range) return f.offset >= s.range.offset && f.offset <= s.range.offset + s.range.length;
  return true;
}
