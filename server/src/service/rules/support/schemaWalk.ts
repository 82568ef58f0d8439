/**
 * Walks a task definition against the generated ECS catalog without recursion: every property of every
 * object the schema describes is visited once with the catalog field it maps to (or none, for keys the
 * API does not know). Map values (dockerLabels, options, ...) and `document` fields are never entered:
 * their keys are free-form.
 */
import type { Node } from 'jsonc-parser';
import { getField, type FieldInfo, type TypeRef } from '../../../knowledge/catalog';
import { JsonObject, type Property } from '../../json';

export interface VisitedProperty {
  /** The object holding the property. */
  obj: JsonObject;
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
 * Visits every property below `root` (an object of structure shape `rootShape`). Objects are entered when
 * the JSON type matches the catalog type (an object where a structure is expected, an array of objects
 * where a list of structures is expected); mismatches are left for the value-type rule to report.
 */
export function walkSchema(root: JsonObject, rootShape: string, visit: (v: VisitedProperty) => void): void {
  // Several rules walk the same document one after the other: the last walk is kept and replayed (one entry
  // only, so no document keeps its walk after its validation).
  if (lastWalk?.root !== root || lastWalk.shape !== rootShape) lastWalk = { root, shape: rootShape, visits: collectVisits(root, rootShape) };
  for (const v of lastWalk.visits) visit(v);
}

/** The last walk made (syntax trees are immutable, so replaying it for the same root object is exact). */
let lastWalk: { root: JsonObject; shape: string; visits: readonly VisitedProperty[] } | undefined;

function collectVisits(root: JsonObject, rootShape: string): VisitedProperty[] {
  const visits: VisitedProperty[] = [];
  const visit = (v: VisitedProperty): void => {
    visits.push(v);
  };
  const stack: { obj: JsonObject; shape: string; atRoot: boolean }[] = [{ obj: root, shape: rootShape, atRoot: true }];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_OBJECTS) {
    const { obj, shape, atRoot } = stack.pop()!;
    const pending: { obj: JsonObject; shape: string; atRoot: boolean }[] = [];
    for (const prop of allProperties(obj)) {
      const field = getField(shape, prop.key);
      visit({ obj, prop, shape, field, atRoot });
      const value = prop.valueNode;
      if (!field || !value) continue;
      const own = structureOf(field);
      if (own && value.type === 'object') pending.push({ obj: JsonObject.of(value), shape: own, atRoot: false });
      const item = field.type === 'list' ? structureOf(field.items) : undefined;
      if (item && value.type === 'array') {
        for (const child of value.children ?? []) {
          if (child.type === 'object') pending.push({ obj: JsonObject.of(child), shape: item, atRoot: false });
        }
      }
    }
    // Reverse so that objects are visited in document order.
    for (let i = pending.length - 1; i >= 0; i--) stack.push(pending[i]);
  }
  return visits;
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
