/**
 * Walks a task definition against the generated ECS catalog without recursion: every property of every
 * object the schema describes is visited once with the catalog field it maps to (or none, for keys the
 * API does not know). Map values (dockerLabels, options, ...) and `document` fields are never entered:
 * their keys are free-form.
 */
import type { Node } from 'jsonc-parser';
import { getField, getShape, type FieldInfo, type TypeRef } from '../../../knowledge/catalog';
import { JsonObject, type Property } from '../../json';

export interface VisitedProperty {
  prop: Property;
  /** Structure shape of the object (e.g. `ContainerDefinition`). */
  shape: string;
  /** Catalog field, undefined when the shape has no such member. */
  field: FieldInfo | undefined;
  /** True for the properties of the walk's root object. */
  atRoot: boolean;
}

/** Hard cap on visited objects: a pathological file cannot make the walk slow. */
const MAX_OBJECTS = 20000;

/** Does this type describe structures we should enter (the structure itself or list/map items)? */
function structureOf(t: TypeRef | undefined): string | undefined {
  return t && t.type === 'structure' ? t.shape : undefined;
}

/**
 * Visits every property below `root` (an object of structure shape `rootShape`), in document order. Objects are
 * entered when the JSON type matches the catalog type (an object where a structure is expected, an array of
 * objects where a list of structures is expected); mismatches are left for the value-type rule to report.
 *
 * The walk allocates nothing per property that outlives it: `visit` receives the same {@link VisitedProperty}
 * (and `prop`) object each time, updated in place, so a visitor copies what it keeps (rules read the fields
 * and report at once). A large task definition has tens of thousands of properties; a fresh object for each,
 * or a list of them kept to replay for the next rule, cost more garbage collection than the walk itself.
 */
export interface WalkOptions {
  /**
   * Leave out properties whose catalog field is a plain string (no enum values) and whose value is a string: the
   * bulk of a task definition (every environment name and value), where a key the API knows holds a value of
   * the type it takes, so there is nothing to check.
   */
  skipPlainStrings?: boolean;
}

/** A string field that takes any string. */
function isPlainString(field: FieldInfo): boolean {
  return field.type === 'string' && !(field.enum && field.enum.length > 0);
}

/**
 * Member names of shapes whose members are all plain strings and few (`KeyValuePair`: name, value; `Secret`:
 * name, valueFrom); null for other shapes. Computed once per shape.
 */
const plainShapes = new Map<string, readonly string[] | null>();

function plainMembersOf(shape: string): readonly string[] | null {
  let members = plainShapes.get(shape);
  if (members === undefined) {
    const fields = getShape(shape)?.fields;
    const names = fields ? Object.keys(fields) : [];
    members = names.length > 0 && names.length <= 4 && names.every((n) => isPlainString(fields![n])) ? names : null;
    plainShapes.set(shape, members);
  }
  return members;
}

/**
 * Is `node` an object of a {@link plainMembersOf} shape with string values for known members only (an environment
 * entry `{"name": "...", "value": "..."}`)? Every property would be skipped, so the object need not be entered.
 */
function allPlain(node: Node, members: readonly string[]): boolean {
  const children = node.children;
  if (!children) return true;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type !== 'property') return false;
    const kv = child.children;
    if (!kv || kv.length < 2 || kv[1].type !== 'string') return false;
    const key = kv[0].value;
    let known = false;
    for (let m = 0; m < members.length; m++) {
      if (members[m] === key) {
        known = true;
        break;
      }
    }
    if (!known) return false;
  }
  return true;
}

export function walkSchema(root: JsonObject, rootShape: string, visit: (v: VisitedProperty) => void, options: WalkOptions = {}): void {
  const skipPlainStrings = options.skipPlainStrings === true;
  const prop: Property = { key: '', node: root.node, keyNode: root.node, valueNode: undefined };
  const v: VisitedProperty = { prop, shape: rootShape, field: undefined, atRoot: true };
  // Pending objects as parallel stacks of (object node, shape), popped in document order.
  const nodes: Node[] = [root.node];
  const shapes: string[] = [rootShape];
  let seen = 0;
  while (nodes.length > 0 && seen++ < MAX_OBJECTS) {
    const node = nodes.pop()!;
    const shape = shapes.pop()!;
    const atRoot = node === root.node;
    const mark = nodes.length;
    for (const child of node.children ?? []) {
      if (child.type !== 'property' || !child.children || child.children.length === 0) continue;
      const keyNode = child.children[0];
      if (typeof keyNode.value !== 'string') continue;
      const value = child.children[1] as Node | undefined;
      const field = getField(shape, keyNode.value);
      if (skipPlainStrings && field && value && value.type === 'string' && isPlainString(field)) continue;
      prop.key = keyNode.value;
      prop.node = child;
      prop.keyNode = keyNode;
      prop.valueNode = value;
      v.shape = shape;
      v.field = field;
      v.atRoot = atRoot;
      visit(v);
      if (!field || !value) continue;
      const own = structureOf(field);
      if (own && value.type === 'object') {
        nodes.push(value);
        shapes.push(own);
      }
      const item = field.type === 'list' ? structureOf(field.items) : undefined;
      if (item && value.type === 'array') {
        const plain = skipPlainStrings ? plainMembersOf(item) : null;
        for (const c of value.children ?? []) {
          if (c.type === 'object') {
            if (plain && allPlain(c, plain)) continue;
            nodes.push(c);
            shapes.push(item);
          }
        }
      }
    }
    // Reverse what this object pushed, so that objects are visited in document order.
    reverseFrom(nodes, mark);
    reverseFrom(shapes, mark);
  }
}

function reverseFrom<T>(a: T[], from: number): void {
  for (let i = from, j = a.length - 1; i < j; i++, j--) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

/** Every property of an object in document order, duplicates included (each occurrence is checked). */
export function allProperties(obj: JsonObject): Property[] {
  const out: Property[] = [];
  for (const child of obj.node.children ?? []) {
    if (child.type !== 'property' || !child.children || child.children.length === 0) continue;
    const keyNode = child.children[0];
    if (typeof keyNode.value !== 'string') continue;
    out.push({ key: keyNode.value, node: child, keyNode, valueNode: child.children[1] as Node | undefined });
  }
  return out;
}

const SPECIAL_LABELS: Readonly<Record<string, string>> = {
  RegisterTaskDefinitionRequest: 'task definition',
  EFSVolumeConfiguration: 'EFS volume configuration',
  EFSAuthorizationConfig: 'EFS authorization config',
  FSxWindowsFileServerVolumeConfiguration: 'FSx for Windows volume configuration',
  FSxWindowsFileServerAuthorizationConfig: 'FSx for Windows authorization config',
  KeyValuePair: 'name/value pair',
  Secret: 'secret',
};

/** A readable name for a structure shape in messages: `ContainerDefinition` -> "container definition". */
export function shapeLabel(shape: string): string {
  if (Object.prototype.hasOwnProperty.call(SPECIAL_LABELS, shape)) return SPECIAL_LABELS[shape];
  return shape.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Labels are asked for once per visited property: remember them per shape (there are a few dozen shapes). */
const articleCache = new Map<string, string>();

/** "a container definition", "an EFS volume configuration", "the task definition". */
export function shapeWithArticle(shape: string): string {
  let s = articleCache.get(shape);
  if (s === undefined) {
    const label = shapeLabel(shape);
    if (label === 'task definition') s = 'the task definition';
    else s = /^[aeiouAEIOU]/.test(label) || /^(EFS|FSx)/.test(label) ? `an ${label}` : `a ${label}`;
    articleCache.set(shape, s);
  }
  return s;
}
