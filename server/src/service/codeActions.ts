/**
 * Quick fixes for the common Fargate diagnostics. A fix is chosen by the diagnostic's `code` (the rule id) and
 * built from its `data` and the current syntax tree, never from the message text.
 *
 * Edits are minimal and keep the document's formatting: inserted members copy the indentation of their
 * siblings (tabs or spaces, any width), single-line objects stay single-line, and removals take the member
 * and its separating comma out without touching the neighbours. jsonc-parser's `modify` re-formats the
 * whole edited range (it expands `{ "name": "A", "value": "1" }` siblings and single-line documents), so
 * the edits are computed here on the tree instead.
 */
import { parseTree, type Node } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { closestName, isReadOnlyTaskField } from '../knowledge/catalog';
import { formatMemory, isValidPair, sizeForCpu } from '../knowledge/fargateSizes';
import type { Analysis } from './languageService';
import { parseImageReference } from './images';
import { dialectSpelling, renderMessage } from './presentation';
import { dashIndent, writerFor, yamlScalar, yamlValue, type DialectWriter } from './writer';
import { JsonObject, nodeAtOffset, pathOf } from './json';
import { MAX_JSON_EXTENSIONS, type JsonExtension } from './document';
import { STRICT_JSON } from './rules/strict-json';
import type { ContainerModel, TaskDefinitionModel } from './model';
import { EXECUTION_ROLE_PLACEHOLDER } from './rules/execution-role-required';
import { allProperties } from './rules/support/schemaWalk';
import { isPlaceholder } from './values';

export const QUICKFIX_KIND = 'quickfix';

/** A text replacement in offsets. */
export interface OffsetEdit {
  offset: number;
  length: number;
  content: string;
}

// ───────────────────────────────────────── formatting ─────────────────────────────────────────

export interface Indentation {
  insertSpaces: boolean;
  tabSize: number;
  /** One level of indentation: a tab or `tabSize` spaces. */
  unit: string;
  eol: string;
  /** Set for YAML documents and templates: renders values and keys in the document's syntax and spelling. */
  writer?: DialectWriter;
}

/** Detects how a document indents: tabs or spaces, and the width of one level (2 when it cannot tell). */
export function detectIndentation(text: string): Indentation {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let tabs = 0;
  let spaceLines = 0;
  let width = 0;
  let prev = 0;
  const widths = new Map<number, number>();
  const lines = text.split('\n', 2000);
  for (const line of lines) {
    const m = /^[ \t]*/.exec(line)![0];
    if (line.trim() === '') continue;
    if (m.startsWith('\t')) {
      tabs++;
      prev = 0;
      continue;
    }
    const n = m.length;
    if (n > 0) spaceLines++;
    const delta = n - prev;
    if (delta > 0 && delta <= 8) widths.set(delta, (widths.get(delta) ?? 0) + 1);
    prev = n;
  }
  if (tabs > spaceLines) return { insertSpaces: false, tabSize: 4, unit: '\t', eol };
  let best = 0;
  for (const [w, count] of widths) if (count > best || (count === best && w < width)) [best, width] = [count, w];
  if (width === 0) width = 2;
  return { insertSpaces: true, tabSize: width, unit: ' '.repeat(width), eol };
}

/** The leading whitespace of the line that holds `offset`. */
export function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

/** Does the container spread its members over several lines? */
function isMultiline(text: string, container: Node): boolean {
  const first = container.children?.[0];
  if (!first) return text.slice(container.offset, container.offset + container.length).includes('\n');
  return text.slice(container.offset, first.offset).includes('\n');
}

/** JSON text copied verbatim from the document (keeps the user's own layout of a moved value). */
export class RawJson {
  constructor(readonly text: string) {}
}

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object' || v instanceof RawJson;
}

/** JSON on one line, with a space after `:` and `,` like hand-written compact JSON. */
export function compactJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (isScalar(value)) return JSON.stringify(value);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(compactJson).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${compactJson(v)}`).join(', ')} }`;
}

/** JSON over several lines starting at `indent`; arrays of scalars stay on one line. */
export function prettyJson(value: unknown, indent: string, ind: Indentation): string {
  if (value instanceof RawJson) return value.text;
  if (isScalar(value)) return JSON.stringify(value);
  const inner = indent + ind.unit;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isScalar)) return compactJson(value);
    return `[${ind.eol}${value.map((v) => inner + prettyJson(v, inner, ind)).join(',' + ind.eol)}${ind.eol}${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{${ind.eol}${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${prettyJson(v, inner, ind)}`).join(',' + ind.eol)}${ind.eol}${indent}}`;
}

/** A value as it should be written at a place: compact inside single-line containers, pretty otherwise. */
function valueText(value: unknown, text: string, at: Node, ind: Indentation): string {
  const parent = at.parent?.type === 'property' ? at.parent.parent : at.parent;
  const multiline = parent ? isMultiline(text, parent) : text.includes('\n');
  return multiline ? prettyJson(value, lineIndent(text, at.offset), ind) : compactJson(value);
}

// ───────────────────────────────────────── tree edits ─────────────────────────────────────────

/** Replaces a node (key or value) with new text. */
export function replaceNode(node: Node, content: string): OffsetEdit {
  return { offset: node.offset, length: node.length, content };
}

/** Replaces a value node with a JSON value, formatted for its place. */
export function replaceValue(text: string, node: Node, value: unknown, ind: Indentation): OffsetEdit {
  const w = ind.writer;
  if (w?.yaml) return replaceNode(node, yamlValue(value, lineIndent(text, node.offset) + ind.unit, ind.unit, w));
  return replaceNode(node, valueText(value, text, node, ind));
}

/**
 * Inserts members into an object (`[key, value]` entries) or an array (values) in one edit, after `after`
 * (default: the last member). Indentation follows the siblings; a single-line container stays single-line.
 */
export function insertMembers(text: string, container: Node, members: readonly (readonly [string, unknown])[] | readonly unknown[], ind: Indentation, after?: Node): OffsetEdit {
  const isObject = container.type === 'object';
  if (ind.writer?.yaml) return insertYamlMembers(text, container, members, ind, ind.writer, after);
  const spell = (k: string) => ind.writer?.key(k) ?? k;
  const render = (m: unknown, indent: string | undefined): string => {
    const [key, value] = isObject ? (m as readonly [string, unknown]) : [undefined, m];
    const v = indent === undefined ? compactJson(value) : prettyJson(value, indent, ind);
    return key === undefined ? v : `${JSON.stringify(spell(key))}: ${v}`;
  };
  const children = container.children ?? [];
  if (children.length > 0) {
    const anchor = after ?? children[children.length - 1];
    const end = anchor.offset + anchor.length;
    if (!isMultiline(text, container)) {
      // A single-line array of objects written as `[{...}, {...}]` keeps new objects compact too.
      return { offset: end, length: 0, content: members.map((m) => ', ' + render(m, undefined)).join('') };
    }
    // Siblings written as one-line objects (`{ "name": "A", "value": "1" }`) get a one-line sibling.
    const first = children[0];
    const compactSiblings = !isObject && first.type === 'object' && !text.slice(first.offset, first.offset + first.length).includes('\n');
    const indent = lineIndent(text, anchor.offset);
    return { offset: end, length: 0, content: members.map((m) => `,${ind.eol}${indent}${render(m, compactSiblings ? undefined : indent)}`).join('') };
  }
  // Empty container: `{}` / `[]` (possibly with whitespace inside).
  const inner = { offset: container.offset + 1, length: Math.max(0, container.length - 2) };
  const scalarList = !isObject && members.every(isScalar);
  if (scalarList || !text.includes('\n')) return { ...inner, content: members.map((m) => render(m, undefined)).join(', ') };
  const base = lineIndent(text, container.offset);
  const indent = base + ind.unit;
  return { ...inner, content: ind.eol + members.map((m) => indent + render(m, indent)).join(',' + ind.eol) + ind.eol + base };
}

/**
 * The YAML form of {@link insertMembers}: in a flow collection (`[a, b]`, `{a: 1}`) the new members go before the
 * closing bracket; in block style on new lines after the anchor's last line, at the siblings' indentation.
 */
function insertYamlMembers(text: string, container: Node, members: readonly (readonly [string, unknown])[] | readonly unknown[], ind: Indentation, w: DialectWriter, after?: Node): OffsetEdit {
  const isObject = container.type === 'object';
  const children = container.children ?? [];
  const opener = text[container.offset];
  const flow = opener === '[' || opener === '{';
  const inline = (m: unknown) => {
    const [key, value] = isObject ? (m as readonly [string, unknown]) : [undefined, m];
    const v = Array.isArray(value) || (value !== null && typeof value === 'object') ? compactJson(value) : yamlScalar(value);
    return key === undefined ? v : `${w.key(key)}: ${v}`;
  };
  if (flow) {
    const close = container.offset + container.length - 1;
    const sep = children.length > 0 ? ', ' : '';
    return { offset: close, length: 0, content: sep + members.map(inline).join(', ') };
  }
  if (children.length === 0) return { offset: container.offset, length: 0, content: '' };
  const anchor = after ?? children[children.length - 1];
  const anchorEnd = anchor.offset + anchor.length;
  const lineEnd = text.indexOf('\n', anchorEnd);
  const at = lineEnd < 0 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  const eol = ind.eol;
  if (isObject) {
    const first = children[0];
    const indent = ' '.repeat(first.offset - (text.lastIndexOf('\n', first.offset - 1) + 1));
    return {
      offset: at,
      length: 0,
      content: (members as readonly (readonly [string, unknown])[]).map(([k, v]) => `${eol}${indent}${w.key(k)}: ${yamlValue(v, indent + ind.unit, ind.unit, w).replace(/\n/g, eol)}`).join(''),
    };
  }
  const dash = dashIndent(text, children[0]) ?? lineIndent(text, children[0].offset);
  return { offset: at, length: 0, content: (members as readonly unknown[]).map((v) => `${eol}${dash}- ${yamlValue(v, dash + '  ', ind.unit, w).replace(/^\n\s*/, '')}`).join('') };
}

/** Inserts `key: value` properties into an object, after the first of `afterKeys` that exists (else at the end). */
export function insertProperties(text: string, obj: JsonObject, entries: readonly (readonly [string, unknown])[], ind: Indentation, afterKeys: readonly string[] = []): OffsetEdit {
  const after = afterKeys.map((k) => obj.prop(k)?.node).find((n): n is Node => !!n);
  return insertMembers(text, obj.node, entries, ind, after);
}

/**
 * Removes some members of one object or array, with their separating commas. Runs of removed members are
 * taken out together so the edits never overlap; when every member goes, the container becomes `{}` / `[]`.
 */
export function removeMembers(container: Node, remove: ReadonlySet<Node>): OffsetEdit[] {
  const children = container.children ?? [];
  const edits: OffsetEdit[] = [];
  let i = 0;
  while (i < children.length) {
    if (!remove.has(children[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < children.length && remove.has(children[j + 1])) j++;
    if (j + 1 < children.length) {
      edits.push({ offset: children[i].offset, length: children[j + 1].offset - children[i].offset, content: '' });
    } else if (i > 0) {
      const from = children[i - 1].offset + children[i - 1].length;
      edits.push({ offset: from, length: children[j].offset + children[j].length - from, content: '' });
    } else {
      edits.push({ offset: container.offset + 1, length: Math.max(0, container.length - 2), content: '' });
    }
    i = j + 1;
  }
  return edits;
}

/** Removes a property node (`"key": value`) or an array element. */
export function removeNode(node: Node): OffsetEdit[] {
  const parent = node.parent;
  if (!parent) return [];
  return removeMembers(parent, new Set([node]));
}

/** Removes a property or element in the fix's document syntax (JSON members, or YAML lines). */
function removeEntry(ctx: { text: string; ind: Indentation }, node: Node): OffsetEdit[] {
  return ctx.ind.writer?.yaml ? removeYamlEntry(ctx.text, node) ?? [] : removeNode(node);
}

/**
 * Removes a mapping entry or sequence item of a YAML document. In a flow collection (`[a, b]`, `{a: 1}`) the JSON
 * logic applies; in block style the entry's whole lines go (`  key: value` with anything nested under it, or
 * `  - item`), and a one-key mapping that is a sequence item (`- BeforeInstall: fn`) goes as that item. Returns
 * undefined where a line holds more than the entry (`- Key: v` as the first of several keys): no fix then.
 */
export function removeYamlEntry(text: string, node: Node): OffsetEdit[] | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  // An anchor (`&name`) in the removed text would leave its aliases pointing at nothing: no fix then.
  if (/(^|[\s\[{,:])&[^\s,\]}]+/.test(text.slice(node.offset, node.offset + node.length))) return undefined;
  const single = singleKeyItem(node);
  if (single) return removeYamlEntry(text, single);
  const opener = text[parent.offset];
  if ((parent.type === 'array' && opener === '[') || (parent.type === 'object' && opener === '{')) return removeMembers(parent, new Set([node]));
  const lines = linesAround(text, node.offset, node.offset + node.length);
  const alone = parent.type === 'array' ? /^[ \t]*-[ \t]+$/.test(lines.before) : /^[ \t]*$/.test(lines.before);
  if (!alone) return undefined;
  return [{ offset: lines.start, length: lines.end - lines.start, content: '' }];
}

/**
 * The whole lines holding text[from, to): where the first begins, where the last ends (after its line break, or at the
 * end of the text), whether it has a line break, and the text before `from` and after `to` on those lines.
 */
function linesAround(text: string, from: number, to: number): { start: number; end: number; broken: boolean; before: string; after: string } {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  const newline = text.indexOf('\n', to);
  const end = newline < 0 ? text.length : newline + 1;
  return { start, end, broken: newline >= 0, before: text.slice(start, from), after: text.slice(to, newline < 0 ? text.length : newline) };
}

/** The list item a property is the only key of (`- BeforeInstall: fn`, `{"BeforeInstall": "fn"}` in a list), if it is. */
export function singleKeyItem(node: Node): Node | undefined {
  const parent = node.parent;
  return node.type === 'property' && parent?.type === 'object' && (parent.children ?? []).length === 1 && parent.parent?.type === 'array' ? parent : undefined;
}

/** Applies offset edits to a string (any order; they must not overlap). */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}

/** Sorts edits and merges the ones that touch, so clients never see two edits meeting at one position. */
function normalize(edits: readonly OffsetEdit[]): OffsetEdit[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const out: OffsetEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.offset + last.length === e.offset) {
      out[out.length - 1] = { offset: last.offset, length: last.length + e.length, content: last.content + e.content };
    } else out.push({ ...e });
  }
  return out;
}

// ───────────────────────────────────────── helpers ─────────────────────────────────────────

type Data = Record<string, unknown>;

function dataOf(d: Diagnostic): Data {
  return d.data && typeof d.data === 'object' && !Array.isArray(d.data) ? (d.data as Data) : {};
}
function str(data: Data, key: string): string | undefined {
  const v = data[key];
  return typeof v === 'string' ? v : undefined;
}
function num(data: Data, key: string): number | undefined {
  const v = data[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function codeOf(d: Diagnostic): string | undefined {
  return typeof d.code === 'string' ? d.code : undefined;
}

/** The property node that holds `node` as key or value. */
function propertyOf(node: Node | undefined): Node | undefined {
  return node?.parent?.type === 'property' ? node.parent : undefined;
}

/** The key of a property node. */
function keyOf(prop: Node): string | undefined {
  const k = prop.children?.[0];
  return k && typeof k.value === 'string' ? k.value : undefined;
}

const REGION_RE = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

/** A Region named somewhere in the task definition: an awslogs-region, an ECR image host, or an ARN. */
export function regionIn(task: TaskDefinitionModel | undefined, text: string): string | undefined {
  for (const c of task?.containers ?? []) {
    const r = c.logConfiguration?.obj('options')?.str('awslogs-region');
    if (r && REGION_RE.test(r)) return r;
  }
  for (const c of task?.containers ?? []) {
    const region = c.image ? parseImageReference(c.image).region : undefined;
    if (region && REGION_RE.test(region)) return region;
  }
  const arn = /"arn:aws[a-z-]*:[a-z0-9-]+:([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d):/.exec(text);
  return arn?.[1];
}

/** An AWS account id named in the task definition: a role ARN, another ARN or an ECR image host. */
export function accountIn(task: TaskDefinitionModel | undefined, text: string): string | undefined {
  for (const arn of [task?.taskRoleArn, task?.executionRoleArn]) {
    const m = /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(arn ?? '');
    if (m) return m[1];
  }
  for (const c of task?.containers ?? []) {
    const account = c.image ? parseImageReference(c.image).account : undefined;
    if (account) return account;
  }
  return /"arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/.exec(text)?.[1];
}

// ───────────────────────────────────────── the fixes ─────────────────────────────────────────

interface FixContext {
  analysis: Analysis;
  task?: TaskDefinitionModel;
  text: string;
  ind: Indentation;
  textDoc: TextDocument;
  diagnostic: Diagnostic;
  data: Data;
  /** The innermost node at the start of the diagnostic. */
  node: Node | undefined;
  /** Path of `node` inside the definition (the wrapper key removed). */
  path: (string | number)[];
}

interface Fix {
  title: string;
  edits: OffsetEdit[];
  preferred?: boolean;
}

type FixProvider = (ctx: FixContext) => Fix[];

/** The container the diagnostic points into. */
function containerAt(ctx: FixContext): ContainerModel | undefined {
  const [head, index] = ctx.path;
  if (head !== 'containerDefinitions' || typeof index !== 'number') return undefined;
  return ctx.task?.containers.find((c) => c.index === index);
}

/** The property (key + value) the diagnostic's node belongs to, when its key is `key`. */
function propertyAt(ctx: FixContext, key?: string): Node | undefined {
  const prop = propertyOf(ctx.node);
  if (!prop || (key !== undefined && keyOf(prop) !== key)) return undefined;
  return prop;
}

/** The array element the diagnostic points at (the node itself or its nearest ancestor inside an array). */
function elementAt(ctx: FixContext): Node | undefined {
  let n = ctx.node;
  while (n && n.parent && n.parent.type !== 'array') n = n.parent;
  return n?.parent?.type === 'array' ? n : undefined;
}

/** Writes a size in the form the document already uses: number, numeric string, "1 vCPU" or "2 GB". */
function sizeValue(existing: Node | undefined, field: 'cpu' | 'memory', value: number): string | number {
  if (existing?.type === 'number') return value;
  const raw = existing?.type === 'string' ? (existing.value as string) : '';
  if (field === 'cpu' && /vcpu/i.test(raw)) return sizeForCpu(value)?.label ?? String(value);
  if (field === 'memory' && /gb/i.test(raw) && value % 1024 === 0) return `${value / 1024} GB`;
  return String(value);
}

const networkMode: FixProvider = (ctx) => {
  const task = ctx.task;
  if (!task) return [];
  const expected = str(ctx.data, 'expected') ?? 'awsvpc';
  const node = task.obj.get('networkMode');
  if (node) return [{ title: `Set networkMode to "${expected}"`, edits: [replaceValue(ctx.text, node, expected, ctx.ind)], preferred: true }];
  return [{
    title: `Add "networkMode": "${expected}"`,
    edits: [insertProperties(ctx.text, task.obj, [['networkMode', expected]], ctx.ind, ['requiresCompatibilities', 'family'])],
    preferred: true,
  }];
};

const hostPort: FixProvider = (ctx) => {
  const prop = propertyAt(ctx, 'hostPort');
  const value = prop?.children?.[1];
  if (!prop || !value) return [];
  const fixes: Fix[] = [{ title: 'Remove hostPort (the container port is used as is)', edits: removeEntry(ctx, prop), preferred: true }];
  const expected = num(ctx.data, 'expected');
  if (expected !== undefined) {
    const form = value.type === 'string' ? String(expected) : expected;
    fixes.push({ title: `Set hostPort to ${expected} (the containerPort)`, edits: [replaceValue(ctx.text, value, form, ctx.ind)] });
  }
  return fixes;
};

const taskSize: FixProvider = (ctx) => {
  const task = ctx.task;
  if (!task) return [];
  const cpuNode = task.cpu?.node;
  const memNode = task.memory?.node;
  const fixes: Fix[] = [];
  const cpuForMemory = num(ctx.data, 'cpuForMemory');
  const memory = num(ctx.data, 'memory');
  const setCpu = (cpu: number, why: string, preferred: boolean) => {
    if (!cpuNode) return;
    const label = sizeForCpu(cpu)?.label;
    fixes.push({
      title: `Change cpu to ${cpu}${label ? ` (${label})` : ''}${why}`,
      edits: [replaceValue(ctx.text, cpuNode, sizeValue(cpuNode, 'cpu', cpu), ctx.ind)],
      preferred,
    });
  };
  if (Array.isArray(ctx.data.validMemory)) {
    // The memory value does not fit the cpu (or no size has it at all).
    const nearest = num(ctx.data, 'nearestMemory');
    if (nearest !== undefined && memNode) {
      fixes.push({
        title: `Change memory to ${nearest} (${formatMemory(nearest)})`,
        edits: [replaceValue(ctx.text, memNode, sizeValue(memNode, 'memory', nearest), ctx.ind)],
        preferred: true,
      });
    }
    if (cpuForMemory !== undefined && memory !== undefined) setCpu(cpuForMemory, ` to keep ${formatMemory(memory)} of memory`, false);
    return fixes;
  }
  if (Array.isArray(ctx.data.validCpu)) {
    // The cpu value is not a Fargate size (or not one Windows gets).
    if (cpuForMemory !== undefined) setCpu(cpuForMemory, memory !== undefined ? ` (fits ${formatMemory(memory)} of memory)` : '', true);
    const nearest = num(ctx.data, 'nearestCpu');
    if (nearest !== undefined && nearest !== cpuForMemory && (memory === undefined || isValidPair(nearest, memory, task.windows))) {
      setCpu(nearest, '', cpuForMemory === undefined);
    }
  }
  return fixes;
};

const SIZE_AFTER: Record<string, string[]> = {
  cpu: ['networkMode', 'requiresCompatibilities', 'family'],
  memory: ['cpu', 'networkMode', 'requiresCompatibilities', 'family'],
};

const taskSizeRequired: FixProvider = (ctx) => {
  const task = ctx.task;
  const field = str(ctx.data, 'field');
  const suggestion = str(ctx.data, 'suggestion');
  if (!task || (field !== 'cpu' && field !== 'memory') || !suggestion || task.obj.has(field)) return [];
  // Numbers when the other size is written as a number, strings (the API type) otherwise.
  const other = task.obj.get(field === 'cpu' ? 'memory' : 'cpu');
  const form = (v: string) => (other?.type === 'number' && /^\d+$/.test(v) ? Number(v) : v);
  const fixes: Fix[] = [{
    title: `Add task-level "${field}": "${suggestion}"`,
    edits: [insertProperties(ctx.text, task.obj, [[field, form(suggestion)]], ctx.ind, SIZE_AFTER[field])],
    preferred: true,
  }];
  // Both missing (the rule then reports memory too): one action adds the pair, memory the smallest for that cpu.
  if (field === 'cpu' && !task.obj.has('memory')) {
    const smallest = sizeForCpu(Number(suggestion))?.memory[0];
    const memSuggestion = smallest === undefined ? undefined : String(smallest);
    if (memSuggestion) {
      fixes.push({
        title: `Add task-level "cpu": "${suggestion}" and "memory": "${memSuggestion}"`,
        edits: [insertProperties(ctx.text, task.obj, [['cpu', form(suggestion)], ['memory', form(memSuggestion)]], ctx.ind, SIZE_AFTER.cpu)],
      });
    }
  }
  return fixes;
};

const executionRole: FixProvider = (ctx) => {
  const task = ctx.task;
  if (!task) return [];
  const placeholder = str(ctx.data, 'placeholder') ?? EXECUTION_ROLE_PLACEHOLDER;
  const account = accountIn(task, ctx.text);
  const arn = account ? placeholder.replace('<ACCOUNT_ID>', account) : placeholder;
  const existing = task.obj.get('executionRoleArn');
  if (existing) {
    return [{ title: `Set executionRoleArn to ${arn}`, edits: [replaceValue(ctx.text, existing, arn, ctx.ind)], preferred: true }];
  }
  return [{
    title: `Add executionRoleArn (${arn})`,
    edits: [insertProperties(ctx.text, task.obj, [['executionRoleArn', arn]], ctx.ind, ['taskRoleArn', 'family'])],
    preferred: true,
  }];
};

const plaintextSecret: FixProvider = (ctx) => {
  const name = str(ctx.data, 'name');
  const container = containerAt(ctx);
  // The diagnostic sits on the entry's "name" value: name node -> property -> entry object -> environment array.
  const entry = propertyAt(ctx, 'name')?.parent;
  const envArray = entry?.parent;
  if (!name || !container || !entry || entry.type !== 'object' || envArray?.type !== 'array' || propertyOf(envArray) === undefined) return [];
  if (keyOf(propertyOf(envArray)!) !== 'environment' || new JsonObject(entry).str('name') !== name) return [];
  const removal = removeNode(entry);
  const already = container.secrets.some((s) => s.str('name') === name);
  if (already) return [{ title: `Remove '${name}' from environment (it is already in secrets)`, edits: removal, preferred: true }];
  // Never the value: only the variable's name goes into the new entry.
  const region = regionIn(ctx.task, ctx.text) ?? '<REGION>';
  const account = accountIn(ctx.task, ctx.text) ?? '<ACCOUNT_ID>';
  const secret = { name, valueFrom: `arn:aws:secretsmanager:${region}:${account}:secret:<SECRET_NAME>` };
  const secretsNode = container.obj.get('secrets');
  let insert: OffsetEdit;
  if (secretsNode?.type === 'array') insert = insertMembers(ctx.text, secretsNode, [secret], ctx.ind);
  else if (secretsNode) insert = replaceValue(ctx.text, secretsNode, [secret], ctx.ind);
  else insert = insertProperties(ctx.text, container.obj, [['secrets', [secret]]], ctx.ind, ['environment']);
  return [{ title: `Move '${name}' to secrets (a Secrets Manager reference)`, edits: [...removal, insert], preferred: true }];
};

/** The awslogs options a container lacks, with values taken from the task where possible. */
function awslogsDefaults(ctx: FixContext, container: ContainerModel, missing: readonly string[]): [string, string][] {
  const family = ctx.task?.family && !isPlaceholder(ctx.task.family) ? ctx.task.family : undefined;
  const name = container.name && !isPlaceholder(container.name) ? container.name : undefined;
  const values: Record<string, string> = {
    'awslogs-group': `/ecs/${family ?? name ?? '<FAMILY>'}`,
    'awslogs-region': regionIn(ctx.task, ctx.text) ?? '<REGION>',
    'awslogs-stream-prefix': name ?? family ?? 'ecs',
  };
  return missing.filter((k) => k in values).map((k) => [k, values[k]]);
}

const REQUIRED_AWSLOGS = ['awslogs-group', 'awslogs-region', 'awslogs-stream-prefix'];

/** Edits that give a logConfiguration the awslogs options it lacks (none when complete). */
function addAwslogsOptions(ctx: FixContext, container: ContainerModel, lc: JsonObject, wanted?: readonly string[]): OffsetEdit[] {
  const optionsNode = lc.get('options');
  const options = optionsNode?.type === 'object' ? new JsonObject(optionsNode) : undefined;
  const missing = (wanted ?? REQUIRED_AWSLOGS).filter((k) => {
    const v = options?.get(k);
    return !v || v.type === 'null' || (v.type === 'string' && (v.value as string).trim() === '');
  });
  if (missing.length === 0) return [];
  const entries = awslogsDefaults(ctx, container, missing);
  const edits: OffsetEdit[] = [];
  if (options) {
    // Present but empty ("" or null) options are replaced in place; absent ones are added.
    const toAdd: [string, string][] = [];
    for (const [k, v] of entries) {
      const node = options.get(k);
      if (node) edits.push(replaceValue(ctx.text, node, v, ctx.ind));
      else toAdd.push([k, v]);
    }
    if (toAdd.length > 0) edits.push(insertMembers(ctx.text, options.node, toAdd, ctx.ind));
  } else if (optionsNode) {
    edits.push(replaceValue(ctx.text, optionsNode, Object.fromEntries(entries), ctx.ind));
  } else {
    edits.push(insertProperties(ctx.text, lc, [['options', Object.fromEntries(entries)]], ctx.ind, ['logDriver']));
  }
  return edits;
}

const awslogsOptions: FixProvider = (ctx) => {
  const container = containerAt(ctx);
  const lc = container?.logConfiguration;
  if (!container || !lc) return [];
  const wanted = Array.isArray(ctx.data.missing) ? ctx.data.missing.filter((m): m is string => typeof m === 'string') : undefined;
  const edits = addAwslogsOptions(ctx, container, lc, wanted);
  if (edits.length === 0) return [];
  const keys = (wanted ?? REQUIRED_AWSLOGS).join(', ');
  return [{ title: `Add the missing awslogs options (${keys})`, edits, preferred: true }];
};

/** All read-only describe-output fields of the definition, grouped by the object that holds them. */
function readOnlyRemovals(ctx: FixContext): { count: number; edits: OffsetEdit[] } {
  const body = ctx.analysis.doc.body;
  if (!body) return { count: 0, edits: [] };
  const props = allProperties(body).filter((p) => isReadOnlyTaskField(p.key));
  return { count: props.length, edits: removeMembers(body.node, new Set(props.map((p) => p.node))) };
}

/** The document without its `{"taskDefinition": {...}}` wrapper, re-indented one level less. */
function unwrapped(ctx: FixContext, dropReadOnly: boolean): string | undefined {
  const { doc } = ctx.analysis;
  if (!doc.wrapperKey || !doc.root || !doc.body) return undefined;
  const root = new JsonObject(doc.root);
  const wrapper = root.prop(doc.wrapperKey);
  const inner = doc.body.node;
  if (!wrapper) return undefined;
  let innerText = ctx.text.slice(inner.offset, inner.offset + inner.length);
  if (dropReadOnly) {
    const { edits } = readOnlyRemovals(ctx);
    innerText = applyOffsetEdits(innerText, edits.map((e) => ({ ...e, offset: e.offset - inner.offset })));
  }
  const strip = lineIndent(ctx.text, wrapper.node.offset);
  if (strip) innerText = innerText.split('\n').map((line, i) => (i > 0 && line.startsWith(strip) ? line.slice(strip.length) : line)).join('\n');
  // describe output keeps the task's tags next to the wrapper; register takes them inside the definition.
  const tags = root.get('tags');
  if (tags?.type === 'array' && (tags.children ?? []).length > 0 && !doc.body.has('tags')) {
    const tree = parseTree(innerText);
    if (tree?.type === 'object') {
      // The wrapper's members sit at the level the inner members move to, so the tags' own text fits as is.
      const raw = new RawJson(ctx.text.slice(tags.offset, tags.offset + tags.length));
      innerText = applyOffsetEdits(innerText, [insertMembers(innerText, tree, [['tags', raw]], ctx.ind)]);
    }
  }
  const trailing = /\s*$/.exec(ctx.text.slice(doc.root.offset + doc.root.length))![0];
  return ctx.text.slice(0, doc.root.offset) + innerText + trailing;
}

const readOnlyField: FixProvider = (ctx) => {
  const fixes: Fix[] = [];
  const whole = (content: string): OffsetEdit => ({ offset: 0, length: ctx.text.length, content });
  if (ctx.data.unwrap === true) {
    const key = str(ctx.data, 'wrapperKey') ?? ctx.analysis.doc.wrapperKey;
    const plain = unwrapped(ctx, false);
    if (plain !== undefined) fixes.push({ title: `Unwrap the task definition from '${key}'`, edits: [whole(plain)], preferred: true });
    if (readOnlyRemovals(ctx).count > 0) {
      const clean = unwrapped(ctx, true);
      if (clean !== undefined) fixes.push({ title: `Unwrap the task definition from '${key}' and remove the read-only fields`, edits: [whole(clean)] });
    }
    return fixes;
  }
  const field = str(ctx.data, 'field');
  const prop = propertyAt(ctx, field);
  if (!field || !prop || ctx.data.removable !== true) return [];
  fixes.push({ title: `Remove '${field}'`, edits: removeNode(prop), preferred: true });
  const all = readOnlyRemovals(ctx);
  if (all.count > 1) fixes.push({ title: `Remove all ${all.count} read-only fields`, edits: all.edits });
  return fixes;
};

const unknownKey: FixProvider = (ctx) => {
  const suggestion = str(ctx.data, 'suggestion');
  const key = str(ctx.data, 'key');
  const node = ctx.node;
  const prop = propertyOf(node);
  if (!suggestion || !node || !prop || prop.children?.[0] !== node || node.value !== key) return [];
  // Renaming onto an existing key would only make a duplicate.
  if (prop.parent && new JsonObject(prop.parent).has(suggestion)) return [];
  return [{ title: `Rename '${key}' to '${suggestion}'`, edits: [replaceNode(node, JSON.stringify(suggestion))], preferred: true }];
};

const removable: FixProvider = (ctx) => {
  const field = str(ctx.data, 'field');
  if (ctx.data.removable !== true || !field) return [];
  const key = field.split('.').pop()!;
  if (ctx.data.element === true) {
    const el = elementAt(ctx);
    if (!el) return [];
    const value = str(ctx.data, 'value');
    const title = key === 'add' ? `Remove ${value ?? 'this capability'} from capabilities.add` : `Remove the ${value ?? 'offending'} entry from ${key}`;
    return [{ title, edits: removeEntry(ctx, el), preferred: true }];
  }
  const prop = propertyAt(ctx, key);
  if (!prop) return [];
  const fixes: Fix[] = [{ title: `Remove '${key}'`, edits: removeEntry(ctx, prop), preferred: true }];
  const expected = str(ctx.data, 'expected');
  const value = prop.children?.[1];
  if (expected && value) fixes.push({ title: `Set ${key} to "${expected}"`, edits: [replaceValue(ctx.text, value, expected, ctx.ind)] });
  return fixes;
};

const requiresCompatibilities: FixProvider = (ctx) => {
  const task = ctx.task;
  if (!task) return [];
  const add = str(ctx.data, 'add') ?? 'FARGATE';
  const node = task.obj.get('requiresCompatibilities');
  const title = `Add "${add}" to requiresCompatibilities`;
  if (node?.type === 'array') return [{ title, edits: [insertMembers(ctx.text, node, [add], ctx.ind)], preferred: true }];
  if (node) return [{ title, edits: [replaceValue(ctx.text, node, [add], ctx.ind)], preferred: true }];
  return [{ title, edits: [insertProperties(ctx.text, task.obj, [['requiresCompatibilities', [add]]], ctx.ind, ['family'])], preferred: true }];
};

const logDriver: FixProvider = (ctx) => {
  const container = containerAt(ctx);
  const lc = container?.logConfiguration;
  const node = lc?.get('logDriver');
  if (!container || !lc || !node || ctx.node !== node) return [];
  const suggestion = str(ctx.data, 'suggestion');
  const valid = Array.isArray(ctx.data.validValues) ? ctx.data.validValues.filter((v): v is string => typeof v === 'string') : [];
  const targets = [...new Set([suggestion, valid.includes('awslogs') || !suggestion ? 'awslogs' : undefined].filter((v): v is string => !!v))];
  return targets.map((driver) => {
    const edits = [replaceValue(ctx.text, node, driver, ctx.ind)];
    // awslogs needs its destination on Fargate; add what is missing in the same step.
    const extra = driver === 'awslogs' ? addAwslogsOptions(ctx, container, lc) : [];
    return {
      title: `Switch the log driver to "${driver}"${extra.length > 0 ? ' and add its options' : ''}`,
      edits: [...edits, ...extra],
      preferred: driver === suggestion,
    };
  });
};

const valueType: FixProvider = (ctx) => {
  const node = ctx.node;
  const start = ctx.textDoc.offsetAt(ctx.diagnostic.range.start);
  if (!node || node.offset !== start || node.type === 'property') return [];
  const fixes: Fix[] = [];
  const suggestion = ctx.data.suggestion;
  if (ctx.data.quote === true && (node.type === 'number' || node.type === 'boolean')) {
    // Quote the value as written, without echoing it in the title (it may be a secret).
    fixes.push({ title: 'Put the value in quotes', edits: [replaceNode(node, JSON.stringify(ctx.text.slice(node.offset, node.offset + node.length)))], preferred: true });
  } else if (suggestion !== undefined && suggestion !== null && isScalar(suggestion)) {
    fixes.push({ title: `Change to ${JSON.stringify(suggestion)}`, edits: [replaceNode(node, JSON.stringify(suggestion))], preferred: true });
  } else if (ctx.data.expected === 'enum' && Array.isArray(ctx.data.allowed) && ctx.data.allowed.length <= 6) {
    for (const v of ctx.data.allowed) if (typeof v === 'string') fixes.push({ title: `Change to ${JSON.stringify(v)}`, edits: [replaceNode(node, JSON.stringify(v))] });
  }
  if (ctx.data.wrap === true && node.type === 'object') {
    fixes.push({
      title: 'Wrap the object in [ ]',
      edits: [{ offset: node.offset, length: 0, content: '[' }, { offset: node.offset + node.length, length: 0, content: ']' }],
      preferred: true,
    });
  }
  return fixes;
};

/** The span to delete for a comment or trailing comma: a comment alone on its line takes the line with it. */
function extensionSpan(text: string, e: JsonExtension): OffsetEdit {
  if (e.kind === 'comment') {
    const lines = linesAround(text, e.offset, e.offset + e.length);
    if (/^[ \t]*$/.test(lines.before) && /^[ \t\r]*$/.test(lines.after) && !text.slice(e.offset, e.offset + e.length).includes('\n') && lines.broken) {
      return { offset: lines.start, length: lines.end - lines.start, content: '' };
    }
    // Otherwise the comment and the blanks before it (`"a": 1, // note` keeps `"a": 1,`).
    const blanks = /[ \t]*$/.exec(lines.before)?.[0].length ?? 0;
    return { offset: e.offset - blanks, length: e.length + blanks, content: '' };
  }
  return { offset: e.offset, length: e.length, content: '' };
}

/** fargate/strict-json: remove this comment or comma, or all of them at once. */
const strictJson: FixProvider = (ctx) => {
  const all = ctx.analysis.doc.jsonExtensions ?? [];
  const start = ctx.textDoc.offsetAt(ctx.diagnostic.range.start);
  const here = all.find((e) => e.offset === start);
  if (!here) return [];
  const fixes: Fix[] = [
    { title: here.kind === 'comment' ? 'Remove the comment' : 'Remove the trailing comma', edits: [extensionSpan(ctx.text, here)], preferred: true },
  ];
  // The list stops after MAX_JSON_EXTENSIONS: "all" then means all that were found, and says so.
  if (all.length > 1) {
    const capped = all.length > MAX_JSON_EXTENSIONS;
    fixes.push({
      title: capped ? `Remove the first ${MAX_JSON_EXTENSIONS} comments and trailing commas` : `Remove all ${all.length} comments and trailing commas`,
      edits: all.slice(0, MAX_JSON_EXTENSIONS).map((e) => extensionSpan(ctx.text, e)),
    });
  }
  return fixes;
};

/**
 * Replaces the reported value with `data.expected` (a string or number the rule worked out: the hard limit for a
 * soft limit, an object ARN for an s3:// URL). Only when the diagnostic is on a property's scalar value, never a
 * key, and not for data asking for an insertion (`missing`).
 */
const expectedValue: FixProvider = (ctx) => {
  const { data, node } = ctx;
  const expected = typeof data.expected === 'string' || (typeof data.expected === 'number' && Number.isFinite(data.expected)) ? data.expected : undefined;
  if (expected === undefined || data.missing !== undefined || !isScalarNode(node)) return [];
  const prop = propertyOf(node);
  if (!prop || prop.children?.[1] !== node) return [];
  return replaceScalar(ctx, node, expected);
};

const PROVIDERS: Readonly<Record<string, FixProvider>> = {
  'fargate/environment-files': expectedValue,
  'fargate/ulimit-soft-limit': expectedValue,
  'fargate/restart-attempt-period': expectedValue,
  'fargate/family-name': expectedValue,
  'fargate/proxy-configuration': expectedValue,
  'fargate/efs-transit-encryption-port': removable,
  'fargate/efs-access-point-root-directory': removable,
  'fargate/ephemeral-storage-ec2': removable,
  'fargate/network-mode': networkMode,
  'fargate/host-port': hostPort,
  'fargate/task-size': taskSize,
  'fargate/task-size-required': taskSizeRequired,
  'fargate/execution-role-required': executionRole,
  'fargate/plaintext-secret': plaintextSecret,
  'fargate/awslogs-options': awslogsOptions,
  'fargate/read-only-field': readOnlyField,
  'fargate/unknown-key': unknownKey,
  'fargate/unsupported-container-field': removable,
  'fargate/unsupported-task-field': removable,
  'fargate/linux-capabilities': removable,
  'fargate/requires-compatibilities': requiresCompatibilities,
  'fargate/log-driver': logDriver,
  'fargate/value-type': valueType,
};

/**
 * The task fixes that write through the document's writer (YAML and templates, see writer.ts); the others build
 * JSON text themselves and are offered in plain JSON only. Other findings get the generic fixes there.
 */
const WRITER_PROVIDERS: Readonly<Record<string, FixProvider>> = {
  'fargate/network-mode': networkMode,
  'fargate/host-port': hostPort,
  'fargate/task-size': taskSize,
  'fargate/task-size-required': taskSizeRequired,
  'fargate/execution-role-required': executionRole,
  'fargate/requires-compatibilities': requiresCompatibilities,
  'fargate/unsupported-container-field': removable,
  'fargate/unsupported-task-field': removable,
  'fargate/linux-capabilities': removable,
};


// ─────────────────────────────── services and appspecs (JSON and YAML) ───────────────────────────────

const YAML_KEYWORDS = /^(y|n|yes|no|true|false|on|off|null)$/i;

/**
 * The text of a scalar for the document's format. JSON text is always valid YAML too (a double-quoted
 * string, a number); a YAML plain scalar stays plain when the new value reads back as the same string.
 */
function scalarText(ctx: FixContext, at: Node, value: string | number): string {
  if (typeof value === 'number') return ctx.diagnostic.code === 'fargate/appspec-version' && value === 0 ? '0.0' : String(value);
  const original = ctx.text.slice(at.offset, at.offset + at.length);
  const plain = ctx.analysis.doc.format === 'yaml' && !/^["']/.test(original) && /^[A-Za-z][A-Za-z0-9_./-]*$/.test(value) && !YAML_KEYWORDS.test(value);
  return plain ? value : JSON.stringify(value);
}

function isScalarNode(node: Node | undefined): node is Node {
  return !!node && (node.type === 'string' || node.type === 'number' || node.type === 'boolean' || node.type === 'null');
}

/** Where the diagnostic's node sits: the key of a property, a property's scalar value, or a scalar array element. */
function placeOf(node: Node | undefined): { kind: 'key' | 'value'; prop?: Node; node: Node } | undefined {
  if (!node) return undefined;
  const prop = propertyOf(node);
  if (prop && prop.children?.[0] === node) return { kind: 'key', prop, node };
  if (prop && prop.children?.[1] === node && isScalarNode(node)) return { kind: 'value', prop, node };
  if (node.parent?.type === 'array' && isScalarNode(node)) return { kind: 'value', node };
  return undefined;
}

/** Renames a property's key, unless the new key already exists next to it. */
function renameKey(ctx: FixContext, prop: Node, to: string): Fix[] {
  const keyNode = prop.children?.[0];
  const from = keyNode && typeof keyNode.value === 'string' ? keyNode.value : undefined;
  if (!keyNode || from === undefined || from === to) return [];
  if (prop.parent && new JsonObject(prop.parent).has(to)) return [];
  // In a template the key is written in the template's spelling (`PortMappings`, not `portMappings`).
  const def = ctx.analysis.doc.definition;
  const shownFrom = def?.sourceKeys.get(keyNode) ?? from;
  const written = def ? dialectSpelling(def, to) ?? to : to;
  if (written === shownFrom) return [];
  return [{ title: `Rename '${shownFrom}' to '${written}'`, edits: [replaceNode(keyNode, scalarText(ctx, keyNode, written))], preferred: true }];
}

function replaceScalar(ctx: FixContext, node: Node, value: string | number): Fix[] {
  if (node.value === value) return [];
  return [{ title: `Change to ${JSON.stringify(value)}`, edits: [replaceNode(node, scalarText(ctx, node, value))], preferred: true }];
}

/**
 * Generic fixes for service and appspec diagnostics, from their data alone: `key` + `suggestion` renames an
 * unknown key; `expected` either renames a misspelt key (reported on the key, close to it) or replaces a scalar
 * value; `suggestion` replaces a scalar value; `removable` removes the property or list element (JSON only: a
 * YAML removal would have to rewrite lines). Data with `missing` asks for an insertion, which is not offered.
 */
const serviceFix: FixProvider = (ctx) => {
  const { data } = ctx;
  const place = placeOf(ctx.node);
  if (!place || place.node.offset !== ctx.textDoc.offsetAt(ctx.diagnostic.range.start)) return [];
  const key = str(data, 'key');
  const suggestion = str(data, 'suggestion');
  if (key !== undefined) {
    return place.kind === 'key' && place.prop && suggestion && place.node.value === key ? renameKey(ctx, place.prop, suggestion) : [];
  }
  const fixes: Fix[] = [];
  const expected = typeof data.expected === 'string' || (typeof data.expected === 'number' && Number.isFinite(data.expected)) ? data.expected : undefined;
  if (expected !== undefined && data.missing === undefined) {
    if (place.kind === 'key' && place.prop) {
      const name = place.node.value as string;
      const value = place.prop.children?.[1];
      if (typeof expected === 'string' && closestName(name, [expected], { maxDistance: () => 2 }) !== undefined) fixes.push(...renameKey(ctx, place.prop, expected));
      else if (isScalarNode(value)) fixes.push(...replaceScalar(ctx, value, expected));
    } else if (place.kind === 'value') {
      fixes.push(...replaceScalar(ctx, place.node, expected));
    }
  } else if (suggestion !== undefined && place.kind === 'value') {
    fixes.push(...replaceScalar(ctx, place.node, suggestion));
  }
  if (data.removable === true) {
    const field = str(data, 'field');
    const target = place.prop && (field === undefined || keyOf(place.prop) === field.split('.').pop()) ? place.prop : place.node.parent?.type === 'array' ? place.node : undefined;
    // A key that is all its list item holds (a hook entry) goes with the item.
    const edits = !target ? undefined : ctx.analysis.doc.format === 'json' ? removeNode(singleKeyItem(target) ?? target) : removeYamlEntry(ctx.text, target);
    if (edits && edits.length > 0) {
      const what = place.prop ? `'${keyOf(place.prop)}'` : 'this entry';
      fixes.push({ title: `Remove ${what}`, edits, preferred: fixes.length === 0 });
    }
  }
  return fixes;
};


function toTextEdit(textDoc: TextDocument, e: OffsetEdit): TextEdit {
  const range: Range = { start: textDoc.positionAt(e.offset), end: textDoc.positionAt(e.offset + e.length) };
  return { range, newText: e.content };
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/**
 * Quick fixes for the diagnostics of a request (those the client sends for the selected range). Reads each
 * diagnostic's `code` and `data` only; a diagnostic from an older version of the text gets no fix when its
 * place no longer matches.
 */
export function getCodeActions(analysis: Analysis, textDoc: TextDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const { doc } = analysis;
  if (!doc.root || doc.syntaxErrors.length > 0 || doc.text !== textDoc.getText()) return [];
  // The task fixes write JSON in API names; task definitions in YAML or in templates (the per-definition view of
  // one, whose tree has the template's ranges) get the generic fixes, which write the document's own syntax.
  const isTask = doc.kind === 'taskDefinition' && doc.format === 'json' && !doc.definition;
  // Services (JSON) and appspecs (JSON or YAML) get the generic fixes that only need the node and the data.
  if (!isTask && doc.kind !== 'service' && doc.kind !== 'appspec' && doc.kind !== 'taskDefinition') return [];
  const text = doc.text;
  const ind: Indentation = { ...detectIndentation(text), writer: writerFor(doc.format, doc.definition) };
  const def = doc.definition;
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const code = codeOf(diagnostic);
    const provider = !code
      ? undefined
      : code === STRICT_JSON
        ? strictJson
        : isTask
          ? PROVIDERS[code]
          : doc.kind === 'taskDefinition'
            ? WRITER_PROVIDERS[code] ?? (code.startsWith('fargate/') ? serviceFix : undefined)
            : code.startsWith('fargate/') ? serviceFix : undefined;
    if (!provider || !overlaps(diagnostic.range, range)) continue;
    const node = nodeAtOffset(doc.root, textDoc.offsetAt(diagnostic.range.start));
    const path = node ? pathOf(node) : [];
    if (doc.wrapperKey && path[0] === doc.wrapperKey) path.shift();
    const ctx: FixContext = { analysis, task: analysis.task, text, ind, textDoc, diagnostic, data: dataOf(diagnostic), node, path };
    for (const fix of provider(ctx)) {
      if (fix.edits.length === 0) continue;
      const action: CodeAction = {
        // Titles name the fields as the document does (`Set NetworkMode to "awsvpc"` in a template).
        // (the generic fixes write the document's own names already).
        title: def && provider !== serviceFix ? renderMessage(fix.title, def, doc.format) : fix.title,
        kind: QUICKFIX_KIND,
        diagnostics: [diagnostic],
        edit: { changes: { [textDoc.uri]: normalize(fix.edits).map((e) => toTextEdit(textDoc, e)) } },
      };
      if (fix.preferred) action.isPreferred = true;
      actions.push(action);
    }
  }
  return actions;
}
