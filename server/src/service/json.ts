/**
 * Small helpers over jsonc-parser's syntax tree. Every model object keeps its nodes so that rules,
 * hovers and quick fixes can point at exact ranges.
 */
import type { Node } from 'jsonc-parser';

export type { Node };

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

/** An object node with its properties indexed by key (the last duplicate wins, like JSON.parse). */
export class JsonObject {
  readonly props = new Map<string, Property>();
  /** Keys that appear more than once, with every occurrence after the first. */
  readonly duplicates: Property[] = [];

  constructor(readonly node: Node) {
    for (const child of node.children ?? []) {
      if (child.type !== 'property' || !child.children || child.children.length === 0) continue;
      const keyNode = child.children[0];
      if (typeof keyNode.value !== 'string') continue;
      const prop: Property = { key: keyNode.value, node: child, keyNode, valueNode: child.children[1] };
      if (this.props.has(prop.key)) this.duplicates.push(prop);
      this.props.set(prop.key, prop);
    }
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
    return this.props.has(key);
  }

  prop(key: string): Property | undefined {
    return this.props.get(key);
  }

  /** The value node of a key. */
  get(key: string): Node | undefined {
    return this.props.get(key)?.valueNode;
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
    return (this.arr(key) ?? []).filter((n) => n.type === 'object').map((n) => JsonObject.of(n));
  }

  /** String elements of a nested array. */
  strings(key: string): string[] | undefined {
    const a = this.arr(key);
    return a ? a.filter((n) => n.type === 'string').map((n) => n.value as string) : undefined;
  }
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
