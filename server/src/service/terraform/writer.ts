/**
 * Edits to Terraform text at an API path: set, remove or insert a value of a Terraform definition, written in the
 * syntax of the place: `network_mode = "awsvpc"` lines and blocks in the resource (the provider's spellings and
 * conversions reversed: `assignPublicIp: DISABLED` -> `assign_public_ip = false`, top-level
 * `deployment_maximum_percent`), HCL object syntax inside `jsonencode(...)`, JSON inside heredocs. A pure function:
 * text + definition + operation -> text edits; undefined when the edit cannot be written faithfully.
 */
import { JsonObject, type Node } from '../json';
import type { TfField, TfSchema } from '../../knowledge/terraformEcs';
import type { Origin, TerraformDefinition } from './frontEnd';
import type { TemplateText } from './hcl';

export type ApiPath = readonly (string | number)[];
export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

export type EditOperation =
  /** Replace the value at the path, or insert it when absent. */
  | { op: 'set'; path: ApiPath; value: JsonValue }
  /** Delete the property or element at the path. */
  | { op: 'remove'; path: ApiPath }
  /** Insert a property that is absent, or an element before index `path[last]` (= length: append). */
  | { op: 'insert'; path: ApiPath; value: JsonValue };

export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

// ---------------------------------------------------------------------------------------------------
// Rendering values.

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function hclString(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t').replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{') + '"';
}

/** An HCL expression for a JSON value; objects multi-line at `indent`. */
export function hclValue(v: JsonValue, indent: string, style: { colon?: boolean } = {}): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return hclString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return '[' + v.map((x) => hclValue(x, indent, style)).join(', ') + ']';
  const keys = Object.keys(v);
  if (!keys.length) return '{}';
  const inner = indent + '  ';
  return '{\n' + keys.map((k) => `${inner}${IDENT.test(k) ? k : hclString(k)}${style.colon ? ':' : ' ='} ${hclValue(v[k], inner, style)}`).join('\n') + `\n${indent}}`;
}

/** Reverses a provider conversion (API value -> HCL value). */
function toTerraform(field: TfField | undefined, v: JsonValue, indent: string): string | undefined {
  if (!field || field.kind !== 'attribute') return hclValue(v, indent);
  switch (field.conversion) {
    case 'enabledDisabled':
      if (v === 'ENABLED') return 'true';
      if (v === 'DISABLED') return 'false';
      return undefined;
    case 'keyValueList':
    case 'nameValueList': {
      if (!Array.isArray(v)) return undefined;
      const k = field.conversion === 'keyValueList' ? 'key' : 'name';
      const map: Record<string, JsonValue> = {};
      for (const e of v) {
        if (!e || typeof e !== 'object' || Array.isArray(e) || typeof e[k] !== 'string') return undefined;
        map[e[k] as string] = e.value ?? null;
      }
      return hclValue(map, indent);
    }
    case 'containerDefinitions':
      return `jsonencode(${hclValue(v, indent)})`;
    default:
      return hclValue(v, indent);
  }
}

/** Lines of a block body for an API object under `schema` (undefined when a key has no Terraform spelling). */
function blockLines(schema: TfSchema, value: JsonValue, indent: string, prefix: string[] = []): string[] | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const lines: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const path = [...prefix, k];
    const r = renderField(schema, path, v, indent);
    if (r) {
      lines.push(...r);
      continue;
    }
    // A virtual object (`host` of host_path, deploymentConfiguration of top-level arguments): its members.
    const deeper = Object.values(schema).some((f) => f.kind !== 'terraform' && f.api.length > path.length && path.every((s, i) => f.api[i] === s));
    if (!deeper) return undefined;
    const sub = blockLines(schema, v, indent, path);
    if (!sub) return undefined;
    lines.push(...sub);
  }
  return lines;
}

/** `name = value` or `name { ... }` lines for the field of `schema` whose API path is exactly `path`. */
function renderField(schema: TfSchema, path: readonly string[], v: JsonValue, indent: string): string[] | undefined {
  for (const [tfName, f] of Object.entries(schema)) {
    if (f.kind === 'terraform' || f.api.length !== path.length || !f.api.every((s, i) => s === path[i])) continue;
    if (f.kind === 'attribute') {
      const text = toTerraform(f, v, indent);
      return text === undefined ? undefined : [`${indent}${tfName} = ${text}`];
    }
    const items = f.list ? (Array.isArray(v) ? v : undefined) : [v];
    if (!items) return undefined;
    const out: string[] = [];
    for (const item of items) {
      const body = blockLines(f.body, item, indent + '  ');
      if (!body) return undefined;
      out.push(body.length ? `${indent}${tfName} {\n${body.join('\n')}\n${indent}}` : `${indent}${tfName} {}`);
    }
    return out;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Finding things.

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentAt(text: string, offset: number): string {
  const s = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(s, offset + 1))![0];
}

function childAt(n: Node, seg: string | number): Node | undefined {
  if (typeof seg === 'number') return n.type === 'array' ? n.children?.[seg] : undefined;
  return n.type === 'object' ? JsonObject.of(n).get(seg) : undefined;
}

/** The nodes along `path` that exist: [body, ...]. */
function walk(def: TerraformDefinition, path: ApiPath): Node[] {
  const chain: Node[] = [def.body.node];
  for (const seg of path) {
    const next = childAt(chain[chain.length - 1], seg);
    if (!next) break;
    chain.push(next);
  }
  return chain;
}

/** The JSON region a node is in (its json root's origin), with the path from that root. */
function jsonRegion(def: TerraformDefinition, n: Node): { template: TemplateText; path: (string | number)[] } | undefined {
  const path: (string | number)[] = [];
  for (let cur: Node | undefined = n; cur; ) {
    const o = def.origins.get(cur);
    if (o?.syntax === 'json') return { template: o.template, path: path.reverse() };
    if ((o && o.syntax !== 'hcl') || def.attributes.has(cur)) return undefined;
    const parent: Node | undefined = cur.parent;
    if (!parent) return undefined;
    if (parent.type === 'property') {
      path.push(parent.children![0].value as string);
      cur = parent.parent;
    } else {
      path.push(parent.children!.indexOf(cur));
      cur = parent;
    }
  }
  return undefined;
}

/** JSON text for a value written into a template (escaped for the HCL string or heredoc it stands in). */
function jsonText(template: TemplateText, v: JsonValue, indent = ''): string {
  let t = JSON.stringify(v, null, typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 1 ? 2 : undefined);
  if (indent) t = t.replace(/\n/g, '\n' + indent);
  t = t.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
  if (!template.identity) t = t.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
  return t;
}

/** Whether a source range touches one of the template's interpolations or directives. */
function touchesTemplate(template: TemplateText, offset: number, length: number): boolean {
  return [...template.interpolations, ...template.directives].some((s) => {
    const start = template.map[s.start];
    const end = template.map[s.end];
    return offset < end && start < offset + length;
  });
}

/** Inserts `"key": value` into a JSON object, in its layout. */
function insertIntoJsonObject(text: string, template: TemplateText, obj: Node, key: string, value: JsonValue): TextEdit {
  const members = obj.children ?? [];
  const q = template.identity ? '"' : '\\"';
  const k = q + key.replace(/["\\]/g, (c) => '\\' + c) + q;
  const last = members[members.length - 1];
  if (!last) return { offset: obj.offset + 1, length: obj.length - 2, newText: `${k}: ${jsonText(template, value)}` };
  const end = last.offset + last.length;
  const multiLine = text.slice(obj.offset, obj.offset + obj.length).includes('\n');
  if (!multiLine) return { offset: end, length: 0, newText: `, ${k}: ${jsonText(template, value)}` };
  const indent = indentAt(text, last.offset);
  return { offset: end, length: 0, newText: `,\n${indent}${k}: ${jsonText(template, value, indent)}` };
}

/** Inserts an element into a JSON array before index `i`. */
function insertIntoJsonArray(text: string, template: TemplateText, arr: Node, i: number, value: JsonValue): TextEdit {
  const items = arr.children ?? [];
  const v = jsonText(template, value, items[0] ? indentAt(text, items[0].offset) : '');
  if (!items.length) return { offset: arr.offset + 1, length: arr.length - 2, newText: v };
  if (i < items.length) return { offset: items[i].offset, length: 0, newText: `${v}, ` };
  const last = items[items.length - 1];
  return { offset: last.offset + last.length, length: 0, newText: `, ${v}` };
}

/** The range to delete for a member: from its start to the next sibling's start, else from the previous sibling's end. */
function memberDeletion(text: string, member: Node, siblings: readonly Node[], lineWise: boolean): TextEdit {
  const i = siblings.indexOf(member);
  const start = member.offset;
  const end = member.offset + member.length;
  if (lineWise) {
    // A block member: whole lines when it is alone on them.
    const ls = lineStart(text, start);
    const le = text.indexOf('\n', end);
    if (text.slice(ls, start).trim() === '' && (le === -1 ? text.slice(end) : text.slice(end, le)).trim() === '') {
      return { offset: ls, length: (le === -1 ? text.length : le + 1) - ls, newText: '' };
    }
    return { offset: start, length: end - start, newText: '' };
  }
  if (i >= 0 && i + 1 < siblings.length) return { offset: start, length: siblings[i + 1].offset - start, newText: '' };
  if (i > 0) {
    const prevEnd = siblings[i - 1].offset + siblings[i - 1].length;
    return { offset: prevEnd, length: end - prevEnd, newText: '' };
  }
  return { offset: start, length: end - start, newText: '' };
}

/** Inserts lines into a block body (before its closing brace). */
function insertIntoBlock(text: string, o: Extract<Origin, { syntax: 'block' }>, lines: string[]): TextEdit {
  const blockIndent = indentAt(text, o.span.offset);
  const closeLine = lineStart(text, o.bodyEnd);
  const onOwnLine = text.slice(closeLine, o.bodyEnd).trim() === '' && text.slice(o.bodyStart, o.bodyEnd).includes('\n');
  if (onOwnLine) return { offset: closeLine, length: 0, newText: lines.join('\n') + '\n' };
  // `{}` or `{ a = 1 }` on one line: open it up.
  const inner = text.slice(o.bodyStart, o.bodyEnd).trim();
  const innerIndent = blockIndent + '  ';
  const existing = inner ? `${innerIndent}${inner}\n` : '';
  return { offset: o.bodyStart, length: o.bodyEnd - o.bodyStart, newText: `\n${existing}${lines.join('\n')}\n${blockIndent}` };
}

/** The indentation of a block's members. */
function memberIndent(text: string, o: Extract<Origin, { syntax: 'block' }>): string {
  const m = /\n([ \t]*)\S/.exec(text.slice(o.bodyStart, o.bodyEnd));
  return m && text.slice(o.bodyStart, o.bodyEnd).trim() ? m[1] : indentAt(text, o.span.offset) + '  ';
}

/** Inserts `key = value` into an HCL object expression (jsonencode content) in its style. */
function insertIntoHclObject(text: string, obj: Node, key: string, value: JsonValue): TextEdit {
  const members = obj.children ?? [];
  const src = text.slice(obj.offset, obj.offset + obj.length);
  const colon = members.some((m) => m.colonOffset !== undefined && text[m.colonOffset] === ':');
  const quoted = members.length > 0 && members.every((m) => text[m.children![0].offset] === '"');
  const k = quoted || !IDENT.test(key) ? hclString(key) : key;
  const multiLine = src.includes('\n');
  const last = members[members.length - 1];
  const commas = members.length > 1 ? text.slice(members[0].offset + members[0].length, members[1].offset).includes(',') : !multiLine;
  if (!last) {
    return { offset: obj.offset + 1, length: obj.length - 2, newText: ` ${k}${colon ? ':' : ' ='} ${hclValue(value, indentAt(text, obj.offset), { colon })} ` };
  }
  const end = last.offset + last.length;
  const hasTrailingComma = /^\s*,/.test(text.slice(end, obj.offset + obj.length - 1));
  if (!multiLine) return { offset: end, length: 0, newText: `${commas || members.length === 1 ? ',' : ''} ${k}${colon ? ':' : ' ='} ${hclValue(value, '', { colon })}` };
  const indent = indentAt(text, last.offset);
  const insertAt = hasTrailingComma ? text.indexOf(',', end) + 1 : end;
  return { offset: insertAt, length: 0, newText: `${commas && !hasTrailingComma ? ',' : ''}\n${indent}${k}${colon ? ':' : ' ='} ${hclValue(value, indent, { colon })}${commas && hasTrailingComma ? ',' : ''}` };
}

/** Inserts an element into an HCL tuple before index `i`. */
function insertIntoHclTuple(text: string, arr: Node, i: number, value: JsonValue): TextEdit {
  const items = arr.children ?? [];
  const indent = items[0] ? indentAt(text, items[0].offset) : indentAt(text, arr.offset);
  const v = hclValue(value, indent);
  if (!items.length) return { offset: arr.offset + 1, length: arr.length - 2, newText: v };
  if (i < items.length) return { offset: items[i].offset, length: 0, newText: `${v}, ` };
  const last = items[items.length - 1];
  return { offset: last.offset + last.length, length: 0, newText: `, ${v}` };
}

/** Builds the value to write at `rest` below an existing node: nested objects around `value`. */
function nest(rest: ApiPath, value: JsonValue): JsonValue {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i];
    v = typeof seg === 'number' ? [v] : { [seg]: v };
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------
// The writer.

/** Text edits that perform `op` on `def` (parsed from `text`); undefined when it cannot be written. */
export function hclEdits(text: string, def: TerraformDefinition, op: EditOperation): TextEdit[] | undefined {
  const path = op.path;
  if (!path.length) return undefined;
  const chain = walk(def, path);
  const exists = chain.length === path.length + 1;
  const target = exists ? chain[chain.length - 1] : undefined;

  if (op.op === 'remove') return target ? removeNode(text, def, target) : [];
  if (op.op === 'insert' && target && typeof path[path.length - 1] !== 'number') return undefined;
  if (op.op === 'set' && target) return replaceNode(text, def, target, op.value);

  // Insert: below the deepest existing node that has a syntax of its own.
  for (let depth = chain.length - 1; depth >= 0; depth--) {
    const container = chain[depth];
    if (def.virtual.has(container)) continue;
    const rest = path.slice(depth);
    const edits = insertBelow(text, def, container, rest, op.value, op.op === 'insert' && exists);
    if (edits) return edits;
    // An object made of a block may not know a path its enclosing block spells (deploymentConfiguration.maximumPercent).
    if (def.origins.get(container)?.syntax !== 'block') return undefined;
  }
  return undefined;
}

function replaceNode(text: string, def: TerraformDefinition, n: Node, value: JsonValue): TextEdit[] | undefined {
  const o = def.origins.get(n);
  const a = def.attributes.get(n);
  if (a) {
    const rendered = toTerraform(a.field, value, indentAt(text, a.span.offset));
    return rendered === undefined ? undefined : [{ offset: n.offset, length: n.length, newText: rendered }];
  }
  const region = jsonRegion(def, n);
  if (region) {
    if (hasUnknown(def, n) || touchesTemplate(region.template, n.offset, n.length)) return undefined;
    return [{ offset: n.offset, length: n.length, newText: jsonText(region.template, value, indentAt(text, n.offset)) }];
  }
  if (o?.syntax === 'block' || o?.syntax === 'blocks' || def.virtual.has(n)) {
    // A block as a whole: write its members again.
    const schema = o?.syntax === 'block' || o?.syntax === 'blocks' ? o.schema : undefined;
    if (!schema || o?.syntax !== 'block') return undefined;
    const lines = blockLines(schema, value, memberIndent(text, o));
    if (!lines) return undefined;
    const blockIndent = indentAt(text, o.span.offset);
    return [{ offset: o.bodyStart, length: o.bodyEnd - o.bodyStart, newText: lines.length ? `\n${lines.join('\n')}\n${blockIndent}` : '' }];
  }
  if (inHcl(def, n)) return [{ offset: n.offset, length: n.length, newText: hclValue(value, indentAt(text, n.offset)) }];
  return undefined;
}

/** Whether a node or anything in it is unknown. */
function hasUnknown(def: TerraformDefinition, n: Node): boolean {
  const stack = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (def.unknowns.has(x)) return true;
    for (const c of x.children ?? []) stack.push(c);
  }
  return false;
}

/** Whether a node was written as an HCL expression (inside jsonencode or an attribute's object). */
function inHcl(def: TerraformDefinition, n: Node): boolean {
  for (let cur: Node | undefined = n; cur; cur = cur.parent) {
    const o = def.origins.get(cur);
    if (o) return o.syntax === 'hcl';
    if (def.attributes.has(cur)) return true;
  }
  return false;
}

function removeNode(text: string, def: TerraformDefinition, n: Node): TextEdit[] | undefined {
  const a = def.attributes.get(n);
  if (a) return [memberDeletion(text, { ...n, offset: a.span.offset, length: a.span.length } as Node, [], true)];
  const o = def.origins.get(n);
  if ((o?.syntax === 'block' || o?.syntax === 'blocks') && !def.virtual.has(n)) {
    if (o.syntax === 'blocks') {
      // Every block of the list.
      const edits = (n.children ?? []).map((el) => {
        const eo = def.origins.get(el);
        const span = eo?.syntax === 'block' ? eo.span : { offset: el.offset, length: el.length };
        return memberDeletion(text, { ...el, offset: span.offset, length: span.length } as Node, [], true);
      });
      return edits.sort((a, b) => b.offset - a.offset);
    }
    return [memberDeletion(text, { ...n, offset: o.span.offset, length: o.span.length } as Node, [], true)];
  }
  if (def.virtual.has(n)) {
    // Every Terraform member that makes it.
    const edits: TextEdit[] = [];
    for (const p of n.children ?? []) {
      const e = p.children?.[1] && removeNode(text, def, p.children[1]);
      if (!e) return undefined;
      edits.push(...e);
    }
    return edits.sort((a, b) => b.offset - a.offset);
  }
  const region = jsonRegion(def, n);
  if (region) {
    const parent = n.parent;
    if (!parent) return undefined;
    const e = parent.type === 'property' ? memberDeletion(text, parent, parent.parent?.children ?? [], false) : memberDeletion(text, n, parent.children ?? [], false);
    return touchesTemplate(region.template, e.offset, e.length) ? undefined : [e];
  }
  if (inHcl(def, n)) {
    const parent = n.parent;
    if (!parent) return undefined;
    if (parent.type === 'property') return [memberDeletion(text, parent, parent.parent?.children ?? [], false)];
    if (parent.type === 'array') return [memberDeletion(text, n, parent.children ?? [], false)];
  }
  return undefined;
}

function insertBelow(text: string, def: TerraformDefinition, container: Node, rest: ApiPath, value: JsonValue, beforeExisting: boolean): TextEdit[] | undefined {
  const o = def.origins.get(container);
  if (o?.syntax === 'block') {
    const names = rest.filter((s): s is string => typeof s === 'string');
    if (names.length !== rest.length) {
      // A list block's element path (`volumes`, 0, ...) where the list does not exist yet: the block itself.
      const i = rest.findIndex((s) => typeof s === 'number');
      if (i <= 0 || rest[i] !== 0) return undefined;
      const listPath = rest.slice(0, i) as string[];
      const el = nest(rest.slice(i + 1), value);
      const lines = renderField(o.schema, listPath, [el], memberIndent(text, o));
      return lines ? [insertIntoBlock(text, o, lines)] : undefined;
    }
    // The longest Terraform field whose API path starts the rest.
    for (let len = names.length; len >= 1; len--) {
      const lines = renderField(o.schema, names.slice(0, len), nest(names.slice(len), value), memberIndent(text, o));
      if (lines) return [insertIntoBlock(text, o, lines)];
    }
    return undefined;
  }
  if (o?.syntax === 'blocks') {
    const i = rest[0];
    if (typeof i !== 'number') return undefined;
    const el = nest(rest.slice(1), value);
    const indent = indentAt(text, o.span.offset);
    const body = blockLines(o.schema, el, indent + '  ');
    if (!body) return undefined;
    const block = body.length ? `${indent}${o.tfName} {\n${body.join('\n')}\n${indent}}` : `${indent}${o.tfName} {}`;
    const items = container.children ?? [];
    if (beforeExisting && i < items.length) {
      const eo = def.origins.get(items[i]);
      const at = lineStart(text, eo?.syntax === 'block' ? eo.span.offset : items[i].offset);
      return [{ offset: at, length: 0, newText: block + '\n' }];
    }
    const end = o.span.offset + o.span.length;
    return [{ offset: end, length: 0, newText: '\n' + block.replace(/^[ \t]*/, '\n' + indent) }];
  }
  const region = jsonRegion(def, container);
  if (region) {
    // An open container (a directive or computed member inside) is left alone.
    if (def.unknowns.has(container)) return undefined;
    const seg = rest[0];
    const v = nest(rest.slice(1), value);
    if (container.type === 'object' && typeof seg === 'string') return [insertIntoJsonObject(text, region.template, container, seg, v)];
    if (container.type === 'array' && typeof seg === 'number') return [insertIntoJsonArray(text, region.template, container, seg, v)];
    return undefined;
  }
  if (inHcl(def, container)) {
    const seg = rest[0];
    const v = nest(rest.slice(1), value);
    if (container.type === 'object' && typeof seg === 'string') return [insertIntoHclObject(text, container, seg, v)];
    if (container.type === 'array' && typeof seg === 'number') return [insertIntoHclTuple(text, container, seg, v)];
  }
  return undefined;
}

/** Applies edits (non-overlapping) to a text: for tests and previews. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

