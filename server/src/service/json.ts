/**
 * Small helpers over jsonc-parser's syntax tree. Every model object keeps its nodes so that rules,
 * hovers and quick fixes can point at exact ranges.
 */
import type { Node } from 'jsonc-parser';

export type { Node };

/** jsonc-parser's Node with writable fields, for the tree builders (strict JSON fast path, YAML). */
export interface MutableNode {
  type: Node['type'];
  offset: number;
  length: number;
  value?: unknown;
  colonOffset?: number;
  parent?: MutableNode;
  children?: MutableNode[];
}

/** One `"key": value` member of an object. */
export interface Property {
  key: string;
  /** The property node (key + value). */
  node: Node;
  keyNode: Node;
  /** Absent while the user is typing (`"cpu":`). */
  valueNode: Node | undefined;
}

/** One JsonObject per object node: syntax trees are never mutated, so rules can share them (see {@link JsonObject.of}). */
const objectCache = new WeakMap<Node, JsonObject>();

/** Objects with more members than this are indexed in a Map on first lookup; smaller ones are scanned. */
const SCAN_LIMIT = 8;

function isMember(child: Node): boolean {
  return child.type === 'property' && !!child.children && child.children.length > 0 && typeof child.children[0].value === 'string';
}

/**
 * An object node with its properties indexed by key (the last duplicate wins, like JSON.parse).
 * The index is built on first use, and small objects (most of a task definition: `{"name": ..., "value": ...}`)
 * answer lookups by scanning their few members from the end instead, which gives the same last-wins answer.
 */
export class JsonObject {
  private index: Map<string, Property> | undefined;
  private dups: Property[] | undefined;

  constructor(readonly node: Node) {}

  /** Properties by key (the last occurrence of a duplicated key). */
  get props(): Map<string, Property> {
    return this.index ?? this.build();
  }

  /** Keys that appear more than once, with every occurrence after the first. */
  get duplicates(): Property[] {
    if (!this.dups) this.build();
    return this.dups!;
  }

  private build(): Map<string, Property> {
    const props = new Map<string, Property>();
    const duplicates: Property[] = [];
    for (const child of this.node.children ?? []) {
      if (!isMember(child)) continue;
      const keyNode = child.children![0];
      const prop: Property = { key: keyNode.value as string, node: child, keyNode, valueNode: child.children![1] };
      if (props.has(prop.key)) duplicates.push(prop);
      props.set(prop.key, prop);
    }
    this.index = props;
    this.dups = duplicates;
    return props;
  }

  /** The property node (key + value) of the last occurrence of `key`, without building the index. */
  private scan(key: string): Node | undefined {
    const children = this.node.children;
    if (!children) return undefined;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child.type === 'property' && child.children && child.children.length > 0 && child.children[0].value === key) return child;
    }
    return undefined;
  }

  /** The (shared, cached) JsonObject of an object node: indexing a node once serves every rule that reads it. */
  static of(node: Node): JsonObject {
    let o = objectCache.get(node);
    if (!o) {
      o = new JsonObject(node);
      objectCache.set(node, o);
    }
    return o;
  }

  has(key: string): boolean {
    if (this.index || (this.node.children?.length ?? 0) > SCAN_LIMIT) return this.props.has(key);
    return this.scan(key) !== undefined;
  }

  prop(key: string): Property | undefined {
    return this.props.get(key);
  }

  /** The value node of a key. */
  get(key: string): Node | undefined {
    if (this.index || (this.node.children?.length ?? 0) > SCAN_LIMIT) return this.props.get(key)?.valueNode;
    return this.scan(key)?.children![1];
  }

  /** The value of a key when it is a string. */
  str(key: string): string | undefined {
    const v = this.get(key);
    return v && v.type === 'string' ? (v.value as string) : undefined;
  }

  /** The value of a key when it is a number. */
  num(key: string): number | undefined {
    const v = this.get(key);
    return v && v.type === 'number' ? (v.value as number) : undefined;
  }

  /** The value of a key when it is a boolean. */
  bool(key: string): boolean | undefined {
    const v = this.get(key);
    return v && v.type === 'boolean' ? (v.value as boolean) : undefined;
  }

  /** A nested object, or undefined when absent or not an object. */
  obj(key: string): JsonObject | undefined {
    const v = this.get(key);
    return v && v.type === 'object' ? JsonObject.of(v) : undefined;
  }

  /** A nested array's element nodes, or undefined when absent or not an array. */
  arr(key: string): Node[] | undefined {
    const v = this.get(key);
    return v && v.type === 'array' ? v.children ?? [] : undefined;
  }

  /** The objects inside a nested array (non-objects are skipped). */
  objects(key: string): JsonObject[] {
    const out: JsonObject[] = [];
    for (const n of this.arr(key) ?? []) if (n.type === 'object') out.push(JsonObject.of(n));
    return out;
  }

  /** String elements of a nested array. */
  strings(key: string): string[] | undefined {
    const a = this.arr(key);
    return a ? a.filter((n) => n.type === 'string').map((n) => n.value as string) : undefined;
  }
}

/**
 * The value node of `key` in an object node (the last occurrence, like {@link JsonObject.get}), without making a
 * JsonObject: for loops over thousands of small objects (environment entries) that read a key or two of each.
 */
export function memberValue(node: Node, key: string): Node | undefined {
  const children = node.children;
  if (!children) return undefined;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child.type === 'property' && child.children && child.children.length > 0 && child.children[0].value === key) return child.children[1];
  }
  return undefined;
}

/** The plain value of a scalar node; undefined for objects/arrays. */
export function scalar(node: Node | undefined): string | number | boolean | null | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return node.value as string | number | boolean;
    case 'null':
      return null;
    default:
      return undefined;
  }
}

/** The JSON type name of a node, for messages ("a string", "an object"). */
/** An integer from a number node or a numeric string (YAML and hand-written JSON use both); undefined otherwise. */
export function intOf(node: Node | undefined): number | undefined {
  if (!node) return undefined;
  if (node.type === 'number') return node.value as number;
  if (node.type === 'string' && /^\s*-?\d+\s*$/.test(node.value as string)) return Number(node.value);
  return undefined;
}

export function describeType(node: Node | undefined): string {
  if (!node) return 'nothing';
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    default:
      return 'null';
  }
}

/** The path of keys/indices from the root to `node`, without recursion (safe on deep trees). */
export function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  let cur: Node | undefined = node;
  while (cur && cur.parent) {
    const parent: Node = cur.parent;
    if (parent.type === 'property') {
      const key = parent.children?.[0];
      if (key && key !== cur && typeof key.value === 'string') path.push(key.value);
      cur = parent.parent;
      continue;
    }
    if (parent.type === 'array') path.push(parent.children?.indexOf(cur) ?? 0);
    cur = parent;
  }
  return path.reverse();
}

/** The innermost node containing `offset` (iterative). `includeEnd` counts the offset just after a node. */
export function nodeAtOffset(root: Node | undefined, offset: number, includeEnd = false): Node | undefined {
  if (!root) return undefined;
  const contains = (n: Node) =>
    offset >= n.offset && (offset < n.offset + n.length || (includeEnd && offset === n.offset + n.length));
  if (!contains(root)) return undefined;
  let cur = root;
  for (;;) {
    const next = cur.children?.find(contains);
    if (!next) return cur;
    cur = next;
  }
}
