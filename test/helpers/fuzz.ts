/**
 * Fuzzing engine shared by the unit fuzz test (test/unit/fuzz.test.ts) and the long-running script
 * (scripts/fuzz.mjs, which loads the compiled copy from out/). Seeded and deterministic: mutant `i` of seed `s`
 * is always the same text, so a failure is reproduced with `FUZZ_SEED=s FUZZ_ONLY=i`.
 *
 * Every feature of the pure service that exists is run on every mutant and each answer is checked for shape:
 * ranges inside the document, valid severities, non-empty messages, and a per-call time bound (a hang detector).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseTree, type Node } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Diagnostic, Position, Range } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, type FargateSettings } from '../../server/src/common/settings';
import { createLanguageService, type FargateLanguageService } from '../../server/src/service/languageService';
import { treeDepthExceeds } from '../../server/src/service/document';
import { validTask } from './docs';
import { REPO_ROOT } from './paths';
import { mulberry32 } from './prng';

// ───────────────────────────────────────────── PRNG ─────────────────────────────────────────────

export { mulberry32 };

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return n <= 0 ? 0 : Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

/** The seed of mutant `index` of a run with `seed` (so each mutant is reproducible on its own). */
export function mutantSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ───────────────────────────────────────────── seeds ─────────────────────────────────────────────

export interface SeedDoc {
  name: string;
  text: string;
  yaml: boolean;
}


function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, e);
    const st = fs.statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (/\.(jsonc?|ya?ml)$/i.test(e)) out.push(p);
  }
}

/**
 * Seed documents: the project's fixtures and examples plus `validTask()` in a few layouts. When `corpusDir`
 * exists (the shared real-world corpus, never committed), up to `corpusLimit` of its files are added too.
 */
export function loadSeeds(options: { corpusDir?: string; corpusLimit?: number; maxSeedSize?: number } = {}): SeedDoc[] {
  const seeds: SeedDoc[] = [];
  const task = validTask();
  seeds.push({ name: 'validTask (pretty)', text: JSON.stringify(task, null, 2), yaml: false });
  seeds.push({ name: 'validTask (compact)', text: JSON.stringify(task), yaml: false });
  seeds.push({ name: 'validTask (wrapped)', text: JSON.stringify({ taskDefinition: task }, null, 4), yaml: false });
  const two = validTask();
  two.containerDefinitions.push({ ...validTask().containerDefinitions[0], name: 'sidecar', portMappings: [{ containerPort: 9090 }] });
  two.volumes = [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-12345678', transitEncryption: 'ENABLED' } }];
  seeds.push({ name: 'validTask (two containers, efs)', text: JSON.stringify(two, null, 2), yaml: false });
  const files: string[] = [];
  walk(path.join(REPO_ROOT, 'test', 'fixtures'), files);
  walk(path.join(REPO_ROOT, 'examples'), files);
  const maxSeedSize = options.maxSeedSize ?? 40_000;
  const addFile = (p: string) => {
    const text = fs.readFileSync(p, 'utf8');
    if (text.length > maxSeedSize) return;
    seeds.push({ name: path.relative(REPO_ROOT, p), text, yaml: /\.ya?ml$/i.test(p) });
  };
  files.forEach(addFile);
  if (options.corpusDir && fs.existsSync(options.corpusDir)) {
    const corpus: string[] = [];
    walk(options.corpusDir, corpus);
    corpus.slice(0, options.corpusLimit ?? Infinity).forEach(addFile);
  }
  return seeds;
}

// ─────────────────────────────────────────── mutations ───────────────────────────────────────────

const UNICODE = [
  '😀', '👩‍👩‍👧‍👦', '\u202e', '\u202d', 'שלום', 'مرحبا', 'e\u0301\u0301\u0301', '\u0301', '\ud800', '\udc00', '\udbff\udfff',
  '\u200b', '\ufeff', '\u2028', '\u2029', '\uffff', '\ufffd', 'Ω≈ç√∫', '\u0000', '\u0001', '\u0008', '\u001b', '\u001f', '\u007f',
  '\u0085', '\t', '\r', '\v', '\f',
];
const PUNCT = ['{', '}', '[', ']', '"', ':', ',', '\\', '/', '//', '/*', '*/', '\n', ' ', '-', '.', 'e', '0', 'true', 'null', '<', '$', '#{'];
const NUMBERS = [
  '1e308', '-1e308', '1e309', '-0', '1e-400', '18446744073709551616', '-9223372036854775809', '9007199254740993', '0.1e-7',
  '1.5', '-1', '0', '4096.0000001', '1E2', '00012', '0x10', 'NaN', 'Infinity', '-', '1.', '.5', '1e', '123456789012345678901234567890',
];
const PLACEHOLDERS = ['<IMAGE1_NAME>', '${TAG}', '{{ .Env.X }}', '#{Octopus.Var}', '$$$X$$$', '__TOKEN__', '%VAR%', '{{ must_env `X` }}', '$TAG'];
const KEYS = [
  'family', 'cpu', 'memory', 'networkMode', 'containerDefinitions', 'requiresCompatibilities', 'image', 'name', 'essential',
  'portMappings', 'containerPort', 'hostPort', 'secrets', 'environment', 'valueFrom', 'logConfiguration', 'logDriver', 'options',
  'healthCheck', 'volumes', 'mountPoints', 'dependsOn', 'runtimePlatform', 'cpuArchitecture', 'operatingSystemFamily',
  'executionRoleArn', 'taskRoleArn', 'linuxParameters', 'capabilities', 'taskDefinition', 'service', 'serviceName',
  'desiredCount', 'Resources', 'TargetService', 'Hooks', 'famliy', 'contianerDefinitions', '__proto__', 'constructor',
  'hasOwnProperty', 'toString', '', ' ', 'a'.repeat(300),
];

/** A random JSON value text of the given kind. */
function valueOfKind(rng: Rng, kind: string): string {
  switch (kind) {
    case 'number':
      return rng.pick(NUMBERS.slice(0, 14));
    case 'string':
      return JSON.stringify(rng.pick(['', 'x', '256', '0.25 vCPU', '2 GB', 'FARGATE', 'awsvpc', 'arn:aws:iam::1:role/r', ...PLACEHOLDERS, ...UNICODE]));
    case 'object':
      return rng.pick(['{}', '{"a":1}', '{"name":"x","value":"y"}', '{"cpu":{}}', '{"":null}']);
    case 'array':
      return rng.pick(['[]', '[1]', '[null]', '["FARGATE"]', '[{}]', '[[]]', '[{"name":"a"}]']);
    case 'bool':
      return rng.pick(['true', 'false']);
    default:
      return 'null';
  }
}

function valueNodes(root: Node | undefined): Node[] {
  const out: Node[] = [];
  if (!root) return out;
  const stack = [root];
  while (stack.length > 0 && out.length < 20_000) {
    const n = stack.pop()!;
    if (n.type !== 'property') out.push(n);
    for (const c of n.children ?? []) {
      // Property keys are string nodes too; skip them (renaming keys is its own mutation).
      if (n.type === 'property' && c === n.children![0]) continue;
      stack.push(c);
    }
  }
  return out;
}

function keyNodes(root: Node | undefined): Node[] {
  const out: Node[] = [];
  if (!root) return out;
  const stack = [root];
  while (stack.length > 0 && out.length < 20_000) {
    const n = stack.pop()!;
    if (n.type === 'property' && n.children?.[0]) out.push(n.children[0]);
    for (const c of n.children ?? []) stack.push(c);
  }
  return out;
}

/** The mutators' own parse: jsonc-parser recurses, so very deep mutants get text-only mutations. */
function safeTree(text: string): Node | undefined {
  let tree: Node | undefined;
  try {
    tree = parseTree(text);
  } catch {
    return undefined; // deep enough to exhaust the parser's stack
  }
  return tree && treeDepthExceeds(tree, 999) ? undefined : tree;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function lineSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      spans.push({ start, end: text.length });
      return spans;
    }
    spans.push({ start, end: nl + 1 });
    start = nl + 1;
  }
}

type Mutator = (text: string, rng: Rng) => string;

/** Named mutations; each returns new text (possibly unchanged). */
export const MUTATIONS: Record<string, Mutator> = {
  deleteChars(t, r) {
    if (!t) return t;
    const at = r.int(t.length);
    return splice(t, at, at + 1 + r.int(r.chance(0.8) ? 3 : 200), '');
  },
  insertChars(t, r) {
    const at = r.int(t.length + 1);
    let s = '';
    for (let i = 1 + r.int(4); i > 0; i--) s += r.chance(0.6) ? r.pick(PUNCT) : r.pick(UNICODE);
    return splice(t, at, at, s);
  },
  duplicateChars(t, r) {
    if (!t) return t;
    const at = r.int(t.length);
    const len = 1 + r.int(40);
    return splice(t, at, at, t.slice(at, at + len));
  },
  deleteLine(t, r) {
    const lines = lineSpans(t);
    const l = r.pick(lines);
    return splice(t, l.start, l.end, '');
  },
  duplicateLine(t, r) {
    const lines = lineSpans(t);
    const l = r.pick(lines);
    return splice(t, l.start, l.start, t.slice(l.start, l.end) + (t.slice(l.start, l.end).endsWith('\n') ? '' : '\n'));
  },
  swapLines(t, r) {
    const lines = lineSpans(t);
    if (lines.length < 2) return t;
    const i = r.int(lines.length - 1);
    const a = t.slice(lines[i].start, lines[i].end);
    const b = t.slice(lines[i + 1].start, lines[i + 1].end);
    return t.slice(0, lines[i].start) + (b.endsWith('\n') ? b : b + '\n') + a + t.slice(lines[i + 1].end);
  },
  truncate(t, r) {
    return t.slice(0, r.int(t.length + 1));
  },
  injectUnicode(t, r) {
    const at = r.int(t.length + 1);
    return splice(t, at, at, r.pick(UNICODE));
  },
  controlChars(t, r) {
    let out = t;
    for (let i = 1 + r.int(3); i > 0; i--) {
      const at = r.int(out.length + 1);
      out = splice(out, at, at, String.fromCharCode(r.pick([0, 1, 7, 8, 11, 12, 27, 31, 127, 0x85])));
    }
    return out;
  },
  swapValueType(t, r) {
    const nodes = valueNodes(safeTree(t));
    if (nodes.length === 0) return t;
    const n = r.pick(nodes);
    const kinds = ['number', 'string', 'object', 'array', 'null', 'bool'].filter((k) => k !== n.type);
    return splice(t, n.offset, n.offset + n.length, valueOfKind(r, r.pick(kinds)));
  },
  hugeNumber(t, r) {
    const nodes = valueNodes(safeTree(t)).filter((n) => n.type === 'number' || n.type === 'string');
    if (nodes.length === 0) return t;
    const n = r.pick(nodes);
    const num = r.pick(NUMBERS);
    return splice(t, n.offset, n.offset + n.length, r.chance(0.3) ? JSON.stringify(num) : num);
  },
  placeholder(t, r) {
    const nodes = valueNodes(safeTree(t)).filter((n) => n.type !== 'object' && n.type !== 'array');
    if (nodes.length === 0) return t;
    const n = r.pick(nodes);
    return splice(t, n.offset, n.offset + n.length, JSON.stringify(r.pick(PLACEHOLDERS)));
  },
  renameKey(t, r) {
    const keys = keyNodes(safeTree(t));
    if (keys.length === 0) return t;
    const k = r.pick(keys);
    return splice(t, k.offset, k.offset + k.length, JSON.stringify(r.pick(KEYS)));
  },
  duplicateKey(t, r) {
    const root = safeTree(t);
    const props: Node[] = [];
    const stack = root ? [root] : [];
    while (stack.length > 0 && props.length < 5000) {
      const n = stack.pop()!;
      if (n.type === 'property') props.push(n);
      for (const c of n.children ?? []) stack.push(c);
    }
    if (props.length === 0) return t;
    const p = r.pick(props);
    const text = t.slice(p.offset, p.offset + p.length);
    return splice(t, p.offset + p.length, p.offset + p.length, `, ${text}`);
  },
  deepNesting(t, r) {
    const depth = r.pick([10, 100, 250, 255, 256, 257, 300, 1000, 5000]);
    const open = r.chance(0.5) ? '['.repeat(depth) : '{"a":'.repeat(depth);
    const close = open.startsWith('[') ? ']'.repeat(depth) : '}'.repeat(depth);
    const nodes = valueNodes(safeTree(t));
    if (nodes.length === 0 || r.chance(0.2)) {
      const at = r.int(t.length + 1);
      return splice(t, at, at, open + (r.chance(0.5) ? close : ''));
    }
    const n = r.pick(nodes);
    return splice(t, n.offset, n.offset + n.length, open + t.slice(n.offset, n.offset + n.length) + close);
  },
  longString(t, r) {
    const nodes = valueNodes(safeTree(t)).filter((n) => n.type === 'string');
    const long = r.pick(['x', 'ab', '😀', '\\u0041', ' ', '\\"']).repeat(r.pick([1000, 20_000, 100_000]) / 2);
    if (nodes.length === 0) {
      const at = r.int(t.length + 1);
      return splice(t, at, at, `"${long}"`);
    }
    const n = r.pick(nodes);
    return splice(t, n.offset, n.offset + n.length, `"${long}"`);
  },
  longKey(t, r) {
    const keys = keyNodes(safeTree(t));
    if (keys.length === 0) return t;
    const k = r.pick(keys);
    return splice(t, k.offset, k.offset + k.length, `"${'k'.repeat(r.pick([500, 50_000]))}"`);
  },
  crlf(t, r) {
    return t.replace(/\r?\n/g, r.pick(['\r\n', '\r', '\n\r', '\u2028']));
  },
  bom(t) {
    return '\ufeff' + t;
  },
  manyElements(t, r) {
    const nodes = valueNodes(safeTree(t)).filter((n) => n.type === 'array');
    if (nodes.length === 0) return t;
    const n = r.pick(nodes);
    const first = n.children?.[0];
    const item = first ? t.slice(first.offset, first.offset + first.length) : '{}';
    const copies = Array.from({ length: r.pick([50, 500]) }, () => item).join(',');
    return splice(t, n.offset, n.offset + n.length, `[${copies}]`);
  },
  comment(t, r) {
    const at = r.int(t.length + 1);
    return splice(t, at, at, r.pick(['// c\n', '/* c */', '/*', '//', '/* unterminated']));
  },
  empty(t, r) {
    return r.pick(['', ' ', '\n', '{', '[', '"', 'null', '{}', '[]', '0', t.slice(0, 1)]);
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

export interface Mutant {
  index: number;
  seedName: string;
  yaml: boolean;
  mutations: string[];
  text: string;
}

export const MAX_MUTANT_CHARS = 250_000;

/** Mutant `index` of a run with `seed`: one to three stacked mutations of a seed document. */
export function makeMutant(seeds: readonly SeedDoc[], seed: number, index: number): Mutant {
  const rng = new Rng(mutantSeed(seed, index));
  const s = rng.pick(seeds);
  const mutations: string[] = [];
  let text = s.text;
  // Heavy mutations (huge or deep documents) are rarer so the run stays fast.
  const heavy = new Set(['longString', 'longKey', 'deepNesting', 'manyElements']);
  for (let n = 1 + rng.int(3); n > 0; n--) {
    let name = rng.pick(MUTATION_NAMES);
    if (heavy.has(name) && !rng.chance(0.35)) name = rng.pick(MUTATION_NAMES.filter((m) => !heavy.has(m)));
    const next = MUTATIONS[name](text, rng);
    // Keep mutants under MAX_MUTANT_CHARS so a run stays fast; the size limits have their own tests.
    if (next.length > MAX_MUTANT_CHARS) continue;
    mutations.push(name);
    text = next;
  }
  return { index, seedName: s.name, yaml: s.yaml, mutations, text };
}

// ─────────────────────────────────────────── checking ───────────────────────────────────────────

export interface FeatureUse {
  validate: number;
  hover: number;
  complete: number;
  codeActions: number;
  documentConcepts: number;
  conceptsAtPosition: number;
  costEstimate: number;
}

export interface FuzzFailure {
  index: number;
  seedName: string;
  mutations: string[];
  feature: string;
  error: string;
  /** Length of the mutant text and its start, for the report. */
  textLength: number;
  textHead: string;
}

/** The service features every mutant goes through, for logs and test titles. */
export const FUZZED_FEATURES = ['validate', 'findings', 'hover', 'complete', 'codeActions', 'documentConcepts', 'conceptsAt', 'costEstimate'] as const;

class Invalid extends Error {}

function check(cond: unknown, what: string): asserts cond {
  if (!cond) throw new Invalid(what);
}

function checkPosition(doc: TextDocument, lines: string[], p: Position | undefined, what: string): void {
  check(p && Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: not a position: ${JSON.stringify(p)}`);
  check(p.line >= 0 && p.line < doc.lineCount, `${what}: line ${p.line} outside 0..${doc.lineCount - 1}`);
  check(p.character >= 0 && p.character <= lines[p.line].length, `${what}: character ${p.character} beyond line ${p.line} length ${lines[p.line].length}`);
}

function checkRange(doc: TextDocument, lines: string[], r: Range | undefined, what: string): void {
  check(r && typeof r === 'object', `${what}: missing range`);
  checkPosition(doc, lines, r.start, `${what}.start`);
  checkPosition(doc, lines, r.end, `${what}.end`);
  check(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: start after end ${JSON.stringify(r)}`);
}

function checkMarkup(v: unknown, what: string): void {
  if (typeof v === 'string') return;
  check(v && typeof v === 'object', `${what}: not markup`);
  const m = v as { kind?: unknown; value?: unknown; language?: unknown };
  check(typeof m.value === 'string', `${what}: markup without a string value`);
}

/** Lines as the LSP counts them (\n, \r\n and \r end a line), without their terminators. */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const SEVERITIES = new Set([1, 2, 3, 4]);

function checkDiagnostic(doc: TextDocument, lines: string[], d: Diagnostic, what: string): void {
  checkRange(doc, lines, d.range, what);
  check(SEVERITIES.has(d.severity as number), `${what}: severity ${String(d.severity)}`);
  check(typeof d.message === 'string' && d.message.trim().length > 0, `${what}: empty message`);
  check(d.source === 'fargate', `${what}: source ${String(d.source)}`);
  check(typeof d.code === 'string' && /^fargate\/[a-z0-9-]+$/.test(d.code), `${what}: code ${String(d.code)}`);
  const leak = /undefined|\[object Object\]|NaN/.exec(d.message);
  check(!leak || doc.getText().includes(leak[0]), `${what}: message shows an internal value (${leak?.[0]}): ${d.message}`);
}

function checkEdit(doc: TextDocument, lines: string[], e: unknown, what: string): void {
  check(e && typeof e === 'object', `${what}: not an edit`);
  const edit = e as { range?: Range; insert?: Range; replace?: Range; newText?: unknown };
  check(typeof edit.newText === 'string', `${what}: newText not a string`);
  if (edit.range) checkRange(doc, lines, edit.range, what);
  else {
    checkRange(doc, lines, edit.insert, `${what}.insert`);
    checkRange(doc, lines, edit.replace, `${what}.replace`);
  }
}

function checkCompletionItem(doc: TextDocument, lines: string[], pos: Position, item: CompletionItem, what: string): void {
  check(typeof item.label === 'string' && item.label.length > 0, `${what}: empty label`);
  if (item.detail !== undefined) check(typeof item.detail === 'string', `${what}: detail not a string`);
  if (item.documentation !== undefined) checkMarkup(item.documentation, `${what}.documentation`);
  if (item.textEdit) {
    checkEdit(doc, lines, item.textEdit, `${what}.textEdit`);
    // VS Code drops items whose edit is multi-line or does not contain the cursor.
    const ranges = 'range' in item.textEdit ? [item.textEdit.range] : [item.textEdit.insert, item.textEdit.replace];
    for (const r of ranges) {
      check(r.start.line === r.end.line, `${what}.textEdit spans lines ${JSON.stringify(r)}`);
      check(r.start.line === pos.line && r.start.character <= pos.character && pos.character <= r.end.character,
        `${what}.textEdit ${JSON.stringify(r)} does not contain the cursor ${JSON.stringify(pos)}`);
    }
  }
  for (const [i, e] of (item.additionalTextEdits ?? []).entries()) checkEdit(doc, lines, e, `${what}.additionalTextEdits[${i}]`);
}

function checkWorkspaceEdit(doc: TextDocument, lines: string[], edit: unknown, what: string): void {
  check(edit && typeof edit === 'object', `${what}: not a workspace edit`);
  const we = edit as { changes?: Record<string, unknown[]>; documentChanges?: { textDocument?: { uri: string }; edits?: unknown[] }[] };
  for (const [uri, edits] of Object.entries(we.changes ?? {})) {
    if (uri !== doc.uri) continue;
    check(Array.isArray(edits), `${what}.changes: not an array`);
    edits.forEach((e, i) => checkEdit(doc, lines, e, `${what}.changes[${i}]`));
  }
  for (const dc of we.documentChanges ?? []) {
    if (dc.textDocument?.uri !== doc.uri) continue;
    (dc.edits ?? []).forEach((e, i) => checkEdit(doc, lines, e, `${what}.documentChanges.edits[${i}]`));
  }
}

export interface FuzzOptions {
  seed: number;
  count: number;
  seeds: readonly SeedDoc[];
  /** Upper bound for one feature call (a hang detector, not a benchmark). */
  callTimeoutMs?: number;
  /** Only run this mutant (reproduction). */
  only?: number;
  /** Positions per mutant for hover/completion/concepts. */
  positions?: number;
  /** Stop after this many failures. */
  maxFailures?: number;
  /** Stop early when the whole run exceeds this (the result says how many ran). */
  timeBudgetMs?: number;
  onProgress?: (done: number) => void;
  /** The service under test (default: a fresh one; rule errors are then collected). */
  service?: FargateLanguageService;
}

export interface FuzzResult {
  seed: number;
  ran: number;
  failures: FuzzFailure[];
  use: FeatureUse;
  features: string[];
  elapsedMs: number;
  slowest: { ms: number; feature: string; index: number; length: number };
  ruleErrors: string[];
}

const SETTINGS_VARIANTS: FargateSettings[] = [
  DEFAULT_SETTINGS,
  { ...DEFAULT_SETTINGS, unknownKeySeverity: 'error', rules: { 'fargate/task-size': 'hint' } },
  { ...DEFAULT_SETTINGS, maxFileSize: 2000 },
  { ...DEFAULT_SETTINGS, enable: false },
];

/** Runs the fuzzer. Never throws for a finding; failures are collected in the result. */
export function runFuzz(opts: FuzzOptions): FuzzResult {
  const ruleErrors: string[] = [];
  let currentIndex = -1;
  const service = opts.service ?? createLanguageService({
    onRuleError: (rule, err) => {
      if (ruleErrors.length < 50) ruleErrors.push(`mutant ${currentIndex}: rule ${rule.meta.id} threw: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    },
  });
  const features = [...FUZZED_FEATURES];
  const use: FeatureUse = { validate: 0, hover: 0, complete: 0, codeActions: 0, documentConcepts: 0, conceptsAtPosition: 0, costEstimate: 0 };
  const failures: FuzzFailure[] = [];
  const callTimeoutMs = opts.callTimeoutMs ?? 2000;
  const positions = opts.positions ?? 3;
  const maxFailures = opts.maxFailures ?? 20;
  const started = Date.now();
  let slowest = { ms: 0, feature: '', index: -1, length: 0 };
  let ran = 0;
  const indices = opts.only !== undefined ? [opts.only] : Array.from({ length: opts.count }, (_, i) => i);

  for (const index of indices) {
    if (failures.length >= maxFailures) break;
    if (opts.timeBudgetMs !== undefined && Date.now() - started > opts.timeBudgetMs) break;
    currentIndex = index;
    const m = makeMutant(opts.seeds, opts.seed, index);
    const rng = new Rng(mutantSeed(opts.seed, index) ^ 0x5bd1e995);
    const settings = rng.chance(0.85) ? DEFAULT_SETTINGS : rng.pick(SETTINGS_VARIANTS);
    const uri = `file:///fuzz/doc${index % 7}.${m.yaml ? 'yaml' : 'json'}`;
    const doc = TextDocument.create(uri, m.yaml ? 'yaml' : 'json', index, m.text);
    const lines = lspLines(m.text);
    const fail = (feature: string, err: unknown) =>
      failures.push({
        index, seedName: m.seedName, mutations: m.mutations, feature,
        error: err instanceof Invalid ? err.message : err instanceof Error ? err.stack ?? err.message : String(err),
        textLength: m.text.length, textHead: JSON.stringify(m.text.slice(0, 300)),
      });
    const timed = <T>(feature: string, fn: () => T): T | undefined => {
      const t0 = performance.now();
      try {
        return fn();
      } catch (err) {
        fail(feature, err);
        return undefined;
      } finally {
        const ms = performance.now() - t0;
        if (ms > slowest.ms) slowest = { ms, feature, index, length: m.text.length };
        if (ms > callTimeoutMs) fail(feature, new Invalid(`${feature} took ${ms.toFixed(0)} ms (bound ${callTimeoutMs} ms) on ${m.text.length} chars`));
      }
    };
    const randomPosition = (): Position => {
      const offset = rng.chance(0.1) ? (rng.chance(0.5) ? 0 : m.text.length) : rng.int(m.text.length + 1);
      return doc.positionAt(offset);
    };

    const diagnostics = timed('validate', () => {
      use.validate++;
      const ds = service.validate(doc, settings);
      check(Array.isArray(ds), 'validate: not an array');
      ds.forEach((d, i) => checkDiagnostic(doc, lines, d, `diagnostic[${i}] ${String(d.code)}`));
      const fs = service.findings(doc, settings);
      for (const f of fs) check(f.offset >= 0 && f.length >= 0 && f.offset + f.length <= m.text.length, `finding ${f.ruleId} at ${f.offset}+${f.length} outside ${m.text.length}`);
      if (!settings.enable) check(ds.length === 0, 'diagnostics while fargate.enable is false');
      return ds;
    }) ?? [];

    for (let p = 0; p < positions; p++) {
      const pos = randomPosition();
      timed('hover', () => {
        use.hover++;
        const h = service.hover(doc, pos, settings);
        if (h === null || h === undefined) return;
        const contents = h.contents as unknown;
        if (Array.isArray(contents)) contents.forEach((c, i) => checkMarkup(c, `hover.contents[${i}]`));
        else checkMarkup(contents, 'hover.contents');
        const value = typeof contents === 'string' ? contents : Array.isArray(contents) ? contents.map((c) => (typeof c === 'string' ? c : c.value)).join('') : (contents as { value: string }).value;
        check(value.trim().length > 0, 'hover with empty contents');
        if (h.range) checkRange(doc, lines, h.range, 'hover.range');
      });
      timed('complete', () => {
        use.complete++;
        const list = service.complete(doc, pos, settings);
        check(list && Array.isArray(list.items) && typeof list.isIncomplete === 'boolean', 'completion: not a CompletionList');
        list.items.forEach((it, i) => checkCompletionItem(doc, lines, pos, it, `completion[${i}] ${it.label}`));
      });
      timed('conceptsAt', () => {
        use.conceptsAtPosition++;
        const r = service.conceptsAt(doc, pos, settings);
        check(r && Array.isArray(r.conceptIds), 'conceptsAt: no conceptIds');
      });
    }

    const targets = diagnostics.length > 0 ? [diagnostics[rng.int(diagnostics.length)]] : [];
    const range = targets[0]?.range ?? { start: randomPosition(), end: randomPosition() };
    if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) {
      const s = range.start;
      range.start = range.end;
      range.end = s;
    }
    timed('codeActions', () => {
      use.codeActions++;
      const actions = service.codeActions(doc, range, { diagnostics: targets }, settings);
      check(Array.isArray(actions), 'codeActions: not an array');
      actions.forEach((a, i) => {
        check(typeof a.title === 'string' && a.title.trim().length > 0, `codeAction[${i}]: empty title`);
        if (a.edit) checkWorkspaceEdit(doc, lines, a.edit, `codeAction[${i}].edit`);
      });
    });

    timed('documentConcepts', () => {
      use.documentConcepts++;
      const r = service.documentConcepts(doc, settings);
      check(r && Array.isArray(r.concepts), 'documentConcepts: no concepts array');
      for (const c of r.concepts) {
        c.fields.forEach((f, i) => checkRange(doc, lines, f.range, `concept ${c.id} field[${i}]`));
        c.findings.forEach((f, i) => {
          checkRange(doc, lines, f.range, `concept ${c.id} finding[${i}]`);
          check(typeof f.message === 'string' && f.message.trim().length > 0, `concept ${c.id} finding[${i}]: empty message`);
        });
      }
    });
    timed('costEstimate', () => {
      use.costEstimate++;
      const r = service.costEstimate(doc, settings);
      check(r && typeof r.region === 'string', 'costEstimate: no region');
      for (const v of [r.perHour, r.perMonth]) if (v !== undefined) check(Number.isFinite(v) && v >= 0, `costEstimate: price ${v}`);
    });
    service.forget(uri);
    ran++;
    opts.onProgress?.(ran);
  }
  return { seed: opts.seed, ran, failures, use, features, elapsedMs: Date.now() - started, slowest, ruleErrors };
}

/** A readable report of a failure with the command that reproduces it. */
export function describeFailure(seed: number, f: FuzzFailure): string {
  return [
    `mutant ${f.index} (seed doc "${f.seedName}", mutations ${f.mutations.join(' + ')}, ${f.textLength} chars) failed in ${f.feature}:`,
    `  ${f.error.split('\n').slice(0, 6).join('\n  ')}`,
    `  text starts: ${f.textHead}`,
    `  reproduce: FUZZ_SEED=${seed} FUZZ_ONLY=${f.index} npx mocha out/test/unit/fuzz.test.js`,
  ].join('\n');
}
