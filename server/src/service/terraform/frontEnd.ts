/**
 * The Terraform front end: a `.tf` document -> `aws_ecs_task_definition` / `aws_ecs_service` definitions in the ECS
 * API's shape (knowledge/terraformEcs.ts has the spellings), with source ranges, Terraform spellings of keys,
 * unknown values, references from services to task definitions, and the container-definition files the module
 * reads (`file()`, `templatefile()`, `data "template_file"`), which the caller reads and passes to
 * containerDefinitions.ts.
 */
import { JsonObject, type MutableNode, type Node } from '../json';
import type { Definition, SourceRange } from '../definitions';
import { ROOT_SHAPES, typeAtPath } from '../../knowledge/catalog';
import { TF_META_ARGUMENTS, TF_RESOURCES, TF_TASK_DEFINITION_ID_ATTRIBUTES, type TfAttribute, type TfBlock, type TfSchema } from '../../knowledge/terraformEcs';
import { addProperty, isLiteralExpression, literalString, mk, setPropertyValue, templateOf, templateText, termOf, traversal, unknownNode, ValueReader, type NodeMaps, type TemplateText } from './hcl';
import { parseEmbeddedJson, type EmbeddedSyntaxError } from './embeddedJson';
import type { SyntaxNode, Tree } from './parser';

/** How a definition's object or value was written, for the writer. */
export type Origin =
  /** The resource body or a nested block: members are `name = value` lines and nested blocks. */
  | { syntax: 'block'; schema: TfSchema; /** after `{` */ bodyStart: number; /** at `}` */ bodyEnd: number; /** the whole block */ span: SourceRange; tfName?: string }
  /** An API list made of repeated blocks (`volume {}` -> volumes[]). */
  | { syntax: 'blocks'; schema: TfSchema; tfName: string; span: SourceRange }
  /** An HCL object or tuple expression (jsonencode content, maps). */
  | { syntax: 'hcl' }
  /** The root of JSON embedded in a heredoc or string. */
  | { syntax: 'json'; template: TemplateText };

/** The value node of a Terraform attribute: its field (for the conversions the writer reverses) and whole range. */
export interface AttributeInfo {
  field: TfAttribute;
  tfName: string;
  span: SourceRange;
}

/** How container_definitions is written. */
export type ContainerDefinitionsForm = 'jsonencode' | 'heredoc' | 'string' | 'file' | 'templatefile' | 'template_file' | 'computed';

export interface TerraformDefinition extends Definition {
  dialect: 'terraform';
  kind: 'taskDefinition' | 'service';
  name: string;
  resourceType: keyof typeof TF_RESOURCES;
  /** Writer information per node. */
  origins: WeakMap<Node, Origin>;
  /** Value nodes of Terraform attributes. */
  attributes: WeakMap<Node, AttributeInfo>;
  /** Objects that exist in the API shape only (`deploymentConfiguration` made of top-level arguments, `host`). */
  virtual: WeakSet<Node>;
  /** Arguments and blocks this front end does not know (neither API nor provider-only), by Terraform name. */
  unmapped: { name: string; offset: number; length: number }[];
  /** Task definitions: how container_definitions is written. */
  containerDefinitionsForm?: ContainerDefinitionsForm;
}

/** A service's `task_definition` naming a task definition resource of the module. */
export interface TerraformReference {
  from: Node;
  kind: 'taskDefinition';
  /** `aws_ecs_task_definition.NAME` */
  target: string;
  /** The definition that holds `from`. */
  source: string;
}

export interface TemplateVariable {
  name: string;
  keyRange: SourceRange;
  /** The variable's value node (unknown when computed). */
  value: Node;
}

/** A container-definitions file that a task definition reads; the caller reads it (workspace rules apply). */
export interface ContainerDefinitionsFile {
  /** The task definition (`aws_ecs_task_definition.NAME`). */
  definition: string;
  via: 'file' | 'templatefile' | 'template_file';
  /** The path relative to the module folder, when it is a literal (or `${path.module}/...`). */
  path?: string;
  /** The source text of the path expression and its range. */
  pathExpression: string;
  pathRange: SourceRange;
  /** `templatefile` / `template_file`: the file is a template (`${}` and `%{}` are rendered). */
  templated: boolean;
  /** Template variables as written; `varsOpen` when the variable object is computed. */
  vars: TemplateVariable[];
  varsOpen: boolean;
  /** `data.template_file.NAME` for the legacy form. */
  dataSource?: string;
  /** The legacy form: the range of `data.template_file.NAME.rendered` in the task definition. */
  referenceRange?: SourceRange;
  /** The value node of containerDefinitions in the task definition (an unknown node). */
  from: Node;
}

/** `data "template_file" "NAME"` blocks of the document. */
export interface TemplateFileData {
  address: string;
  range: SourceRange;
  path?: string;
  pathExpression?: string;
  pathRange?: SourceRange;
  /** An inline template (`template = <<EOF ... EOF`). */
  inline?: SyntaxNode;
  vars: TemplateVariable[];
  varsOpen: boolean;
}

export interface TerraformDocument {
  definitions: TerraformDefinition[];
  references: TerraformReference[];
  containerFiles: ContainerDefinitionsFile[];
  templateFiles: TemplateFileData[];
  /** Syntax errors tree-sitter recovered from, and JSON errors inside heredocs/strings. */
  syntaxErrors: EmbeddedSyntaxError[];
  /** Names of the literal locals the mapping may resolve. */
  literalLocals: string[];
  /** The mapped resources by their text, for the next {@link readTerraform} of this document (internal). */
  reuse?: ReuseCache;
}

interface CachedDefinition {
  /** Offset of the resource block when it was mapped. */
  start: number;
  def: TerraformDefinition;
  files: ContainerDefinitionsFile[];
  refs: TerraformReference[];
  errors: EmbeddedSyntaxError[];
}

interface ReuseCache {
  /** What every resource's mapping depends on besides its own text: the module's locals. */
  signature: string;
  byText: Map<string, CachedDefinition[]>;
}

/** Moves a reused definition (and what refers into it) by `delta` characters. */
function rebase(entry: CachedDefinition, delta: number): void {
  if (delta === 0) return;
  const { def } = entry;
  const seen = new Set<object>();
  const shiftRange = (r: SourceRange) => {
    if (seen.has(r)) return;
    seen.add(r);
    r.offset += delta;
  };
  const walk = (root: Node) => {
    const stack: MutableNode[] = [root as MutableNode];
    while (stack.length) {
      const n = stack.pop()!;
      n.offset += delta;
      if (n.colonOffset !== undefined) n.colonOffset += delta;
      const o = def.origins.get(n as Node);
      if (o && !seen.has(o)) {
        seen.add(o);
        if (o.syntax === 'block') {
          o.bodyStart += delta;
          o.bodyEnd += delta;
          shiftRange(o.span);
        } else if (o.syntax === 'blocks') {
          shiftRange(o.span);
        } else if (o.syntax === 'json') {
          const t = o.template;
          o.template = { ...t, start: t.start + delta, end: t.end + delta, map: t.map.map((x) => x + delta) };
        }
      }
      const a = def.attributes.get(n as Node);
      if (a) shiftRange(a.span);
      for (const c of n.children ?? []) stack.push(c);
    }
  };
  walk(def.body.node);
  shiftRange(def.range);
  for (const u of def.unmapped) u.offset += delta;
  for (const f of entry.files) {
    if (f.referenceRange) shiftRange(f.referenceRange);
    shiftRange(f.pathRange);
    for (const v of f.vars) {
      shiftRange(v.keyRange);
      walk(v.value);
    }
  }
  for (const e of entry.errors) e.offset += delta;
  entry.start += delta;
}

const range = (n: SyntaxNode): SourceRange => ({ offset: n.startIndex, length: n.endIndex - n.startIndex });

/** The labels and body of a block. */
function blockParts(text: string, b: SyntaxNode): { type: string; labels: string[]; labelNodes: SyntaxNode[]; body?: SyntaxNode; open?: SyntaxNode; close?: SyntaxNode } {
  const type = b.namedChildren[0]?.text ?? '';
  const labels: string[] = [];
  const labelNodes: SyntaxNode[] = [];
  let body: SyntaxNode | undefined;
  let open: SyntaxNode | undefined;
  let close: SyntaxNode | undefined;
  for (const c of b.namedChildren.slice(1)) {
    if (c.type === 'string_lit') {
      labels.push(literalString(text, c) ?? c.text);
      labelNodes.push(c);
    } else if (c.type === 'identifier') {
      labels.push(c.text);
      labelNodes.push(c);
    } else if (c.type === 'body') body = c;
    else if (c.type === 'block_start') open = c;
    else if (c.type === 'block_end') close = c;
  }
  return { type, labels, labelNodes, body, open, close };
}

function attributeParts(a: SyntaxNode): { name: string; nameNode: SyntaxNode; expr?: SyntaxNode; eq?: SyntaxNode } {
  const nameNode = a.namedChildren[0];
  return { name: nameNode.text, nameNode, expr: a.namedChildren.find((c) => c.type === 'expression'), eq: a.children.find((c) => c.type === '=') };
}

/** Blocks and attributes of a body (ERROR nodes that tree-sitter recovered around are skipped). */
function members(body: SyntaxNode | undefined): SyntaxNode[] {
  return body ? body.namedChildren.filter((c) => c.type === 'attribute' || c.type === 'block') : [];
}

function isNullLiteral(expr: SyntaxNode): boolean {
  const { primary, steps } = termOf(expr);
  return !steps.length && primary.type === 'literal_value' && primary.namedChildren[0]?.type === 'null_lit';
}

/** The literal locals of a document (`locals { a = 1 }`), a name defined twice is left out. */
function literalLocals(text: string, root: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  const twice = new Set<string>();
  for (const b of members(root.namedChildren.find((c) => c.type === 'body'))) {
    if (b.type !== 'block' || b.namedChildren[0]?.text !== 'locals') continue;
    for (const a of members(blockParts(text, b).body)) {
      if (a.type !== 'attribute') continue;
      const { name, expr } = attributeParts(a);
      if (out.has(name) || twice.has(name)) {
        out.delete(name);
        twice.add(name);
        continue;
      }
      if (expr && isLiteralExpression(text, expr)) out.set(name, expr);
    }
  }
  return out;
}

/** Terraform converts primitives to the argument's type: `cpu = 256` is the string "256" the API expects. */
function coerce(n: MutableNode, rootShape: string, apiPath: (string | number)[]): void {
  const t = typeAtPath(rootShape, apiPath);
  if (!t) return;
  const target = t.type === 'list' ? t.items?.type : t.type;
  const convert = (x: MutableNode) => {
    if (target === 'string' && (x.type === 'number' || x.type === 'boolean')) {
      x.value = String(x.value);
      x.type = 'string';
    } else if ((target === 'integer' || target === 'long' || target === 'double' || target === 'float') && x.type === 'string' && /^-?\d+(\.\d+)?$/.test(x.value as string)) {
      x.value = Number(x.value);
      x.type = 'number';
    } else if (target === 'boolean' && x.type === 'string' && (x.value === 'true' || x.value === 'false')) {
      x.value = x.value === 'true';
      x.type = 'boolean';
    }
  };
  if (t.type === 'list' && n.type === 'array') for (const c of n.children ?? []) convert(c);
  else if (t.type !== 'list') convert(n);
}

class DefinitionBuilder {
  readonly maps: NodeMaps;
  readonly origins = new WeakMap<Node, Origin>();
  readonly attributes = new WeakMap<Node, AttributeInfo>();
  readonly virtual = new WeakSet<Node>();
  readonly unmapped: { name: string; offset: number; length: number }[] = [];
  readonly errors: EmbeddedSyntaxError[] = [];
  /** Objects that grow with their members: virtual ones, and those merged from several Terraform members. */
  private readonly growing = new WeakSet<Node>();
  containerForm?: ContainerDefinitionsForm;
  containerValue?: { node: MutableNode; expr: SyntaxNode };

  constructor(
    readonly text: string,
    readonly reader: ValueReader,
    readonly rootShape: string,
  ) {
    this.maps = reader.maps;
  }

  /** The object at `path` under `obj`, made (virtual) when absent. */
  private objectAt(obj: MutableNode, path: readonly string[], at: SourceRange): MutableNode {
    let cur = obj;
    for (const key of path) {
      const existing = JsonObject.of(cur as Node).get(key) as MutableNode | undefined;
      if (existing && existing.type === 'object') {
        cur = existing;
        continue;
      }
      const prop = addProperty(cur, key, at.offset, at.length, at);
      const next = setPropertyValue(prop, mk('object', at.offset, at.length, prop));
      this.virtual.add(next as Node);
      this.growing.add(next as Node);
      this.virtual.add(prop.children![0] as Node);
      this.resetIndex(cur);
      cur = next;
    }
    return cur;
  }

  /** JsonObject caches its index on first use; objects are still growing while they are built. */
  private resetIndex(obj: MutableNode): void {
    const o = JsonObject.of(obj as Node) as unknown as { index?: unknown; dups?: unknown };
    o.index = undefined;
    o.dups = undefined;
  }

  /** Grows virtual objects, block lists and their properties to cover what is added to them. */
  private extend(n: MutableNode | undefined, r: SourceRange): void {
    for (let cur = n; cur; cur = cur.parent) {
      if (cur.type === 'object' && !this.growing.has(cur as Node)) return;
      const start = Math.min(cur.offset, r.offset);
      cur.length = Math.max(cur.offset + cur.length, r.offset + r.length) - start;
      cur.offset = start;
    }
  }

  /** Maps the members of a resource body or nested block into `obj` (API path `apiPath` from the root). */
  mapBody(body: SyntaxNode | undefined, schema: TfSchema, obj: MutableNode, apiPath: (string | number)[], depth = 0): void {
    for (const m of members(body)) {
      if (m.type === 'attribute') this.mapAttribute(m, schema, obj, apiPath);
      else this.mapBlock(m, schema, obj, apiPath, depth);
    }
  }

  private mapAttribute(a: SyntaxNode, schema: TfSchema, obj: MutableNode, apiPath: (string | number)[]): void {
    const { name, nameNode, expr, eq } = attributeParts(a);
    const field = Object.prototype.hasOwnProperty.call(schema, name) ? schema[name] : undefined;
    if (!field) {
      if (!(apiPath.length === 0 && TF_META_ARGUMENTS.includes(name))) this.unmapped.push({ name, ...range(nameNode) });
      return;
    }
    if (field.kind !== 'attribute' || !expr || isNullLiteral(expr)) return;
    const parent = this.objectAt(obj, field.api.slice(0, -1), range(a));
    const key = field.api[field.api.length - 1];
    const prop = addProperty(parent, key, nameNode.startIndex, nameNode.endIndex - nameNode.startIndex, range(a), eq?.startIndex);
    this.resetIndex(parent);
    if (name !== key) this.maps.sourceKeys.set(prop.children![0] as Node, name);
    const path = [...apiPath, ...field.api];
    const value = setPropertyValue(prop, this.attributeValue(field, expr, prop, path));
    this.attributes.set(value as Node, { field, tfName: name, span: range(a) });
    this.extend(parent, range(a));
  }

  private attributeValue(field: TfAttribute, expr: SyntaxNode, prop: MutableNode, path: (string | number)[]): MutableNode {
    const r = this.reader;
    switch (field.conversion) {
      case 'containerDefinitions':
        return this.containerDefinitions(expr, prop);
      case 'keyValueList':
      case 'nameValueList': {
        const v = r.value(expr, prop);
        if (v.type !== 'object') return v;
        const [k, val] = field.conversion === 'keyValueList' ? ['key', 'value'] : ['name', 'value'];
        const arr = mk('array', v.offset, v.length, prop);
        this.origins.set(arr as Node, { syntax: 'hcl' });
        if (this.maps.unknowns.has(v as Node)) this.maps.unknowns.set(arr as Node, this.maps.unknowns.get(v as Node)!);
        for (const p of v.children ?? []) {
          const keyNode = p.children![0];
          const valueNode = p.children![1] as MutableNode;
          const entry = mk('object', p.offset, p.length, arr);
          const kp = addProperty(entry, k, keyNode.offset, keyNode.length, { offset: p.offset, length: p.length });
          setPropertyValue(kp, mk('string', keyNode.offset, keyNode.length, kp, keyNode.value));
          const vp = addProperty(entry, val, keyNode.offset, keyNode.length, { offset: p.offset, length: p.length });
          setPropertyValue(vp, valueNode);
          coerce(valueNode, this.rootShape, [...path, 0, val]);
          arr.children!.push(entry);
        }
        return arr;
      }
      case 'enabledDisabled': {
        const v = r.value(expr, prop);
        if (v.type === 'boolean' || (v.type === 'string' && (v.value === 'true' || v.value === 'false'))) {
          const on = v.value === true || v.value === 'true';
          v.type = 'string';
          v.value = on ? 'ENABLED' : 'DISABLED';
        }
        return v;
      }
      default: {
        const v = r.value(expr, prop);
        if (v.type === 'object' || v.type === 'array') this.origins.set(v as Node, { syntax: 'hcl' });
        if (!field.freeMap) coerce(v, this.rootShape, path);
        return v;
      }
    }
  }

  private mapBlock(b: SyntaxNode, schema: TfSchema, obj: MutableNode, apiPath: (string | number)[], depth: number): void {
    const parts = blockParts(this.text, b);
    const dynamic = parts.type === 'dynamic';
    const name = dynamic ? parts.labels[0] ?? '' : parts.type;
    const nameNode = dynamic ? parts.labelNodes[0] ?? b.namedChildren[0] : b.namedChildren[0];
    const field = Object.prototype.hasOwnProperty.call(schema, name) ? schema[name] : undefined;
    if (!field) {
      if (!(apiPath.length === 0 && TF_META_ARGUMENTS.includes(name))) this.unmapped.push({ name, ...range(nameNode) });
      return;
    }
    if (field.kind !== 'block' || depth > 32) return;
    const parent = this.objectAt(obj, field.api.slice(0, -1), range(b));
    const key = field.api[field.api.length - 1];
    const keyRange = range(nameNode);
    const setKeySpelling = (p: MutableNode) => {
      if (name !== key) this.maps.sourceKeys.set(p.children![0] as Node, name);
    };
    if (field.list) {
      let arr = JsonObject.of(parent as Node).get(key) as MutableNode | undefined;
      if (!arr || arr.type !== 'array') {
        const prop = addProperty(parent, key, keyRange.offset, keyRange.length, range(b));
        this.resetIndex(parent);
        setKeySpelling(prop);
        arr = setPropertyValue(prop, mk('array', b.startIndex, b.endIndex - b.startIndex, prop));
        this.origins.set(arr as Node, { syntax: 'blocks', schema: field.body, tfName: name, span: range(b) });
      }
      const origin = this.origins.get(arr as Node);
      if (origin?.syntax === 'blocks') origin.span = { offset: Math.min(origin.span.offset, b.startIndex), length: Math.max(origin.span.offset + origin.span.length, b.endIndex) - Math.min(origin.span.offset, b.startIndex) };
      this.extend(arr, range(b));
      if (dynamic) {
        // `dynamic "volume" { for_each = ... }`: any number of elements, none of them known here.
        arr.children!.push(unknownNode(this.maps, this.text, b.startIndex, b.endIndex - b.startIndex, arr));
        this.maps.unknowns.set(arr as Node, `dynamic "${name}"`);
        return;
      }
      const el = mk('object', b.startIndex, b.endIndex - b.startIndex, arr);
      arr.children!.push(el);
      this.origins.set(el as Node, { syntax: 'block', schema: field.body, bodyStart: parts.open?.endIndex ?? b.startIndex, bodyEnd: parts.close?.startIndex ?? b.endIndex, span: range(b), tfName: name });
      this.mapBody(parts.body, field.body, el, [...apiPath, ...field.api, arr.children!.length - 1], depth + 1);
      this.extend(parent, range(b));
      return;
    }
    const valueRange = parts.open && parts.close ? { offset: parts.open.startIndex, length: parts.close.endIndex - parts.open.startIndex } : range(b);
    let target = JsonObject.of(parent as Node).get(key) as MutableNode | undefined;
    if (dynamic) {
      const prop = addProperty(parent, key, keyRange.offset, keyRange.length, range(b));
      this.resetIndex(parent);
      setKeySpelling(prop);
      setPropertyValue(prop, unknownNode(this.maps, this.text, b.startIndex, b.endIndex - b.startIndex, prop));
      this.extend(parent, range(b));
      return;
    }
    if (target && target.type === 'object' && this.virtual.has(target as Node)) {
      // `deployment_configuration {}` beside `deployment_maximum_percent`: one deploymentConfiguration.
      this.virtual.delete(target as Node);
      const prop = target.parent!;
      const keyNode = prop.children![0] as MutableNode;
      this.virtual.delete(keyNode as Node);
      keyNode.offset = keyRange.offset;
      keyNode.length = keyRange.length;
      setKeySpelling(prop);
      const start = Math.min(target.offset, valueRange.offset);
      target.length = Math.max(target.offset + target.length, valueRange.offset + valueRange.length) - start;
      target.offset = start;
    } else {
      const prop = addProperty(parent, key, keyRange.offset, keyRange.length, range(b));
      this.resetIndex(parent);
      setKeySpelling(prop);
      target = setPropertyValue(prop, mk('object', valueRange.offset, valueRange.length, prop));
    }
    this.origins.set(target as Node, { syntax: 'block', schema: field.body, bodyStart: parts.open?.endIndex ?? b.startIndex, bodyEnd: parts.close?.startIndex ?? b.endIndex, span: range(b), tfName: name });
    this.mapBody(parts.body, field.body, target, [...apiPath, ...field.api], depth + 1);
    this.extend(parent, range(b));
  }

  /** container_definitions in its written form; file forms become an unknown node that the caller follows. */
  private containerDefinitions(expr: SyntaxNode, prop: MutableNode): MutableNode {
    const built = this.containerValueOf(expr, prop, 0);
    this.containerValue = { node: built, expr };
    return built;
  }

  private containerValueOf(expr: SyntaxNode, prop: MutableNode, depth: number): MutableNode {
    const { primary, steps } = termOf(expr);
    const t = templateOf(expr);
    if (t) {
      const inner = t.node.namedChildren.filter((c) => c.type !== 'quoted_template_start' && c.type !== 'quoted_template_end' && c.type !== 'heredoc_start' && c.type !== 'heredoc_identifier');
      // `"${file("x.json")}"` (Terraform 0.11 style): the inner expression.
      if (!t.heredoc && depth < 2 && inner.length === 1 && inner[0].type === 'template_interpolation') {
        const e = inner[0].namedChildren.find((c) => c.type === 'expression');
        if (e) return this.containerValueOf(e, prop, depth + 1);
      }
      this.containerForm = t.heredoc ? 'heredoc' : 'string';
      return this.embedded(templateText(this.text, t.node), prop, expr);
    }
    if (!steps.length && primary.type === 'function_call') {
      const fn = primary.namedChildren[0]?.text;
      const args = primary.namedChildren.find((c) => c.type === 'function_arguments')?.namedChildren.filter((c) => c.type === 'expression') ?? [];
      if (fn === 'jsonencode' && args.length === 1) {
        this.containerForm = 'jsonencode';
        const v = this.reader.value(args[0], prop);
        if (v.type === 'object' || v.type === 'array') this.markHcl(v);
        return v;
      }
      if ((fn === 'file' || fn === 'templatefile') && args.length >= 1) {
        this.containerForm = fn;
        return this.reader.unknown(expr, prop);
      }
    }
    const path = traversal(expr);
    if (path && path[0] === 'data' && path[1] === 'template_file') this.containerForm = 'template_file';
    else this.containerForm = 'computed';
    return this.reader.unknown(expr, prop);
  }

  /** JSON embedded in a heredoc or a string. */
  embedded(t: TemplateText, parent: MutableNode, expr: SyntaxNode): MutableNode {
    const parsed = parseEmbeddedJson(t, this.maps, this.text, parent);
    this.errors.push(...parsed.errors);
    if (!parsed.root) return this.reader.unknown(expr, parent);
    this.origins.set(parsed.root as Node, { syntax: 'json', template: parsed.template });
    return parsed.root;
  }

  private markHcl(n: MutableNode): void {
    const stack = [n];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.type === 'object' || x.type === 'array') this.origins.set(x as Node, { syntax: 'hcl' });
      for (const c of x.children ?? []) stack.push(c);
    }
  }
}

/** A template path: a literal, or `${path.module}/...` (the module folder); undefined when computed. */
function pathOf(text: string, expr: SyntaxNode): string | undefined {
  const lit = literalString(text, expr);
  if (lit !== undefined) return lit;
  const t = templateOf(expr);
  if (!t || t.heredoc) return undefined;
  const parts = t.node.namedChildren.filter((c) => c.type !== 'quoted_template_start' && c.type !== 'quoted_template_end');
  const first = parts[0];
  if (first?.type !== 'template_interpolation') return undefined;
  const e = first.namedChildren.find((c) => c.type === 'expression');
  const p = e && traversal(e);
  if (!p || p.join('.') !== 'path.module' || parts.slice(1).some((c) => c.type !== 'template_literal')) return undefined;
  const rest = text.slice(first.endIndex, t.node.endIndex - 1);
  return rest.replace(/^\/+/, '') || '.';
}

function templateVars(reader: ValueReader, expr: SyntaxNode | undefined): { vars: TemplateVariable[]; open: boolean } {
  if (!expr) return { vars: [], open: false };
  const v = reader.value(expr, undefined);
  if (v.type !== 'object') return { vars: [], open: true };
  const vars = (v.children ?? []).map((p) => ({ name: p.children![0].value as string, keyRange: { offset: p.children![0].offset, length: p.children![0].length }, value: p.children![1] as Node }));
  return { vars, open: reader.maps.unknowns.has(v as Node) };
}

/** The function call of an expression (`file(...)`), also inside `"${...}"`. */
function callOf(text: string, expr: SyntaxNode): { fn: string; args: SyntaxNode[]; node: SyntaxNode } | undefined {
  let e = expr;
  const t = templateOf(e);
  if (t && !t.heredoc) {
    const inner = t.node.namedChildren.filter((c) => c.type !== 'quoted_template_start' && c.type !== 'quoted_template_end');
    if (inner.length !== 1 || inner[0].type !== 'template_interpolation') return undefined;
    const x = inner[0].namedChildren.find((c) => c.type === 'expression');
    if (!x) return undefined;
    e = x;
  }
  const { primary, steps } = termOf(e);
  if (steps.length || primary.type !== 'function_call') return undefined;
  const args = primary.namedChildren.find((c) => c.type === 'function_arguments')?.namedChildren.filter((c) => c.type === 'expression') ?? [];
  return { fn: primary.namedChildren[0]?.text ?? '', args, node: e };
}

/** The traversal inside an expression or a `"${...}"` wrapper. */
function traversalOf(expr: SyntaxNode): string[] | undefined {
  const t = templateOf(expr);
  if (t && !t.heredoc) {
    const inner = t.node.namedChildren.filter((c) => c.type !== 'quoted_template_start' && c.type !== 'quoted_template_end');
    if (inner.length !== 1 || inner[0].type !== 'template_interpolation') return undefined;
    const x = inner[0].namedChildren.find((c) => c.type === 'expression');
    return x ? traversal(x) : undefined;
  }
  return traversal(expr);
}

/**
 * The task definition a `task_definition` value certainly names: `aws_ecs_task_definition.NAME.arn` (or `.family`,
 * `.arn_without_revision`, with a count index), or a template made only of that resource's attributes
 * (`"${aws_ecs_task_definition.NAME.family}:${aws_ecs_task_definition.NAME.revision}"`). A conditional or any other
 * computation may name something else: no reference.
 */
function taskDefinitionTargets(expr: SyntaxNode): string[] {
  const targetOf = (e: SyntaxNode, attrs: readonly string[]): string | undefined => {
    const p = traversal(e);
    if (!p || p[0] !== 'aws_ecs_task_definition' || p.length < 3) return undefined;
    const attrIndex = p[2] === '[]' ? 3 : 2;
    return p.length === attrIndex + 1 && attrs.includes(p[attrIndex]) ? `aws_ecs_task_definition.${p[1]}` : undefined;
  };
  const direct = targetOf(expr, TF_TASK_DEFINITION_ID_ATTRIBUTES);
  if (direct) return [direct];
  const t = templateOf(expr);
  if (!t || t.heredoc) return [];
  const parts = t.node.namedChildren.filter((c) => c.type !== 'quoted_template_start' && c.type !== 'quoted_template_end');
  const targets = new Set<string>();
  for (const part of parts) {
    if (part.type === 'template_literal') continue;
    if (part.type !== 'template_interpolation') return [];
    const inner = part.namedChildren.find((c) => c.type === 'expression');
    const target = inner && targetOf(inner, [...TF_TASK_DEFINITION_ID_ATTRIBUTES, 'revision']);
    if (!target) return [];
    targets.add(target);
  }
  return targets.size === 1 ? [...targets] : [];
}

/** Parses the ECS resources of one `.tf` document (tree from parser.ts). */
export function readTerraform(text: string, tree: Tree, previous?: TerraformDocument): TerraformDocument {
  const root = tree.rootNode;
  const body = root.namedChildren.find((c) => c.type === 'body');
  const locals = literalLocals(text, root);
  const signature = members(body)
    .filter((b) => b.type === 'block' && b.firstNamedChild?.text === 'locals')
    .map((b) => text.slice(b.startIndex, b.endIndex))
    .join('\n');
  const reusable = previous?.reuse?.signature === signature ? previous.reuse.byText : undefined;
  const cache: ReuseCache = { signature, byText: new Map() };
  const maps: NodeMaps = { unknowns: new WeakMap(), sourceKeys: new WeakMap() };
  const reader = new ValueReader(text, maps, locals);
  const out: TerraformDocument = { definitions: [], references: [], containerFiles: [], templateFiles: [], syntaxErrors: [], literalLocals: [...locals.keys()], reuse: cache };

  if (root.hasError) {
    for (const e of root.descendantsOfType('ERROR')) out.syntaxErrors.push({ ...range(e), message: 'Terraform syntax error' });
    for (const m of descendantsMissing(root)) out.syntaxErrors.push({ offset: m.startIndex, length: 0, message: `missing ${m.type}` });
  }

  const blocks = members(body).filter((b) => b.type === 'block');
  // data "template_file" blocks first: task definitions refer to them.
  const templateData = new Map<string, TemplateFileData>();
  for (const b of blocks) {
    const parts = blockParts(text, b);
    if (parts.type !== 'data' || parts.labels[0] !== 'template_file' || parts.labels.length < 2) continue;
    const data: TemplateFileData = { address: `data.template_file.${parts.labels[1]}`, range: range(b), vars: [], varsOpen: false };
    for (const a of members(parts.body)) {
      if (a.type !== 'attribute') continue;
      const { name, expr } = attributeParts(a);
      if (!expr) continue;
      if (name === 'template') {
        const call = callOf(text, expr);
        if (call && call.fn === 'file' && call.args[0]) {
          data.path = pathOf(text, call.args[0]);
          data.pathExpression = call.args[0].text;
          data.pathRange = range(call.args[0]);
        } else if (templateOf(expr)) {
          data.inline = templateOf(expr)!.node;
        } else {
          data.pathExpression = expr.text;
          data.pathRange = range(expr);
        }
      } else if (name === 'vars') {
        const v = templateVars(reader, expr);
        data.vars = v.vars;
        data.varsOpen = v.open;
      }
    }
    templateData.set(data.address, data);
    out.templateFiles.push(data);
  }

  for (const b of blocks) {
    const parts = blockParts(text, b);
    if (parts.type !== 'resource' || parts.labels.length < 2) continue;
    const resourceType = parts.labels[0];
    if (resourceType !== 'aws_ecs_task_definition' && resourceType !== 'aws_ecs_service') continue;
    const spec = TF_RESOURCES[resourceType];
    const address = `${resourceType}.${parts.labels[1]}`;
    const blockText = text.slice(b.startIndex, b.endIndex);
    const remember = (entry: CachedDefinition) => {
      const list = cache.byText.get(blockText);
      if (list) list.push(entry);
      else cache.byText.set(blockText, [entry]);
    };
    // The same text as in the previous version of the document (and the same locals): the same definition, moved.
    const reused = reusable?.get(blockText)?.shift();
    if (reused) {
      rebase(reused, b.startIndex - reused.start);
      // A template_file's path and variables live in its data block, which may have changed: read them again.
      reused.files = reused.files.map((f) => (f.via === 'template_file' && f.dataSource ? templateFileReference(f, templateData.get(f.dataSource)) : f));
      out.definitions.push(reused.def);
      out.references.push(...reused.refs);
      out.containerFiles.push(...reused.files);
      out.syntaxErrors.push(...reused.errors);
      remember(reused);
      continue;
    }
    let cacheable = true;
    const firstRef = out.references.length;
    const firstFile = out.containerFiles.length;
    const rootShape = spec.kind === 'taskDefinition' ? ROOT_SHAPES.taskDefinition : ROOT_SHAPES.service;
    const builder = new DefinitionBuilder(text, reader, rootShape);
    const bodyNode = mk('object', b.startIndex, b.endIndex - b.startIndex, undefined);
    builder.origins.set(bodyNode as Node, { syntax: 'block', schema: spec.schema, bodyStart: parts.open?.endIndex ?? b.startIndex, bodyEnd: parts.close?.startIndex ?? b.endIndex, span: range(b) });
    builder.mapBody(parts.body, spec.schema, bodyNode, []);
    const def: TerraformDefinition = {
      kind: spec.kind,
      dialect: 'terraform',
      name: address,
      resourceType,
      body: JsonObject.of(bodyNode as Node),
      range: range(b),
      sourceKeys: maps.sourceKeys,
      unknowns: maps.unknowns,
      origins: builder.origins,
      attributes: builder.attributes,
      virtual: builder.virtual,
      unmapped: builder.unmapped,
    };
    if (spec.kind === 'taskDefinition') {
      def.containerDefinitionsForm = builder.containerForm;
      const cv = builder.containerValue;
      if (cv) {
        const file = containerFileOf(text, reader, cv.expr, cv.node, address, templateData);
        if (file) out.containerFiles.push(file);
        else if (builder.containerForm === 'template_file') {
          // An inline `data "template_file"` template in this document: its JSON stands in the data block.
          const data = templateData.get((traversalOf(cv.expr) ?? []).slice(0, 3).join('.'));
          if (data?.inline) {
            cacheable = false; // its nodes are in the data block, which moves on its own
            const prop = cv.node.parent!;
            const parsed = builder.embedded(templateText(text, data.inline), prop, cv.expr);
            setPropertyValue(prop, parsed);
          }
        }
      }
    } else {
      const td = def.body.get('taskDefinition');
      const tdAttr = members(parts.body).find((m) => m.type === 'attribute' && attributeParts(m).name === 'task_definition');
      const tdExpr = tdAttr && attributeParts(tdAttr).expr;
      if (td && tdExpr) for (const target of taskDefinitionTargets(tdExpr)) out.references.push({ from: td, kind: 'taskDefinition', target, source: address });
    }
    out.syntaxErrors.push(...builder.errors);
    out.definitions.push(def);
    if (cacheable) remember({ start: b.startIndex, def, refs: out.references.slice(firstRef), files: out.containerFiles.slice(firstFile), errors: [...builder.errors] });
  }
  return out;
}

function descendantsMissing(root: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const cursor = root.walk();
  let visited = false;
  for (;;) {
    if (!visited) {
      if (cursor.nodeIsMissing) out.push(cursor.currentNode);
      if (cursor.gotoFirstChild()) continue;
    }
    if (cursor.gotoNextSibling()) {
      visited = false;
      continue;
    }
    if (!cursor.gotoParent()) break;
    visited = true;
  }
  cursor.delete();
  return out;
}

function containerFileOf(text: string, reader: ValueReader, expr: SyntaxNode, node: MutableNode, address: string, templateData: Map<string, TemplateFileData>): ContainerDefinitionsFile | undefined {
  const call = callOf(text, expr);
  if (call && (call.fn === 'file' || call.fn === 'templatefile') && call.args[0]) {
    const vars = call.fn === 'templatefile' ? templateVars(reader, call.args[1]) : { vars: [], open: false };
    return {
      definition: address,
      via: call.fn,
      path: pathOf(text, call.args[0]),
      pathExpression: call.args[0].text,
      pathRange: range(call.args[0]),
      templated: call.fn === 'templatefile',
      vars: vars.vars,
      varsOpen: vars.open,
      from: node as Node,
    };
  }
  const p = traversalOf(expr);
  if (p && p[0] === 'data' && p[1] === 'template_file' && p.length >= 3) {
    const dataSource = p.slice(0, 3).join('.');
    const data = templateData.get(dataSource);
    if (data?.inline) return undefined;
    return templateFileReference({ definition: address, via: 'template_file', pathExpression: dataSource, pathRange: range(expr), templated: true, vars: [], varsOpen: true, dataSource, from: node as Node }, data);
  }
  return undefined;
}

/** A template_file reference completed from its data block (absent: another file of the module has it). */
function templateFileReference(f: ContainerDefinitionsFile, data: TemplateFileData | undefined): ContainerDefinitionsFile {
  const use = data ?? { path: undefined, pathExpression: f.dataSource, pathRange: f.referenceRange ?? f.pathRange, vars: [], varsOpen: true };
  return {
    ...f,
    path: use.path,
    pathExpression: use.pathExpression ?? f.dataSource ?? f.pathExpression,
    pathRange: use.pathRange ?? f.referenceRange ?? f.pathRange,
    vars: use.vars,
    varsOpen: use.varsOpen,
    referenceRange: f.referenceRange ?? f.pathRange,
  };
}
