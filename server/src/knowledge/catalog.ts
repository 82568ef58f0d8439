/**
 * Typed access to the ECS field catalog (`ecsCatalog.generated.json`).
 *
 * The JSON is generated from the ECS API model by `scripts/generate-catalog.mjs` and committed; see that
 * script for the format. It holds structure only (names, types, required flags, enums, bounds) plus our
 * Fargate support table. Lookups are precomputed once into Maps because the language service queries
 * them on every keystroke.
 *
 * Pure module: no vscode / LSP imports.
 */
import catalogJson from './ecsCatalog.generated.json';

/** Value types as they appear in JSON. `document` = free-form JSON (any value accepted). */
export type FieldType =
  | 'string'
  | 'integer'
  | 'long'
  | 'boolean'
  | 'double'
  | 'float'
  | 'timestamp'
  | 'list'
  | 'map'
  | 'structure'
  | 'document';

/** Fargate support level of a field: `unsupported` = must not be set; `restricted` = some values only. */
export type FargateSupport = 'unsupported' | 'restricted';

/** The type of a value: a field's own type, or the type of list items / map values. */
export interface TypeRef {
  readonly type: FieldType;
  /** Allowed values (string enums). */
  readonly enum?: readonly string[];
  /** Name of the model's enum shape, e.g. `NetworkMode` (key into {@link enumByName}). */
  readonly enumName?: string;
  /** Structure shape name when `type` is `structure`. */
  readonly shape?: string;
  /** Item type for `list`; value type for `map` (map keys are always strings). */
  readonly items?: TypeRef;
  /** Lower bound: value for numbers, length for strings, element count for lists/maps. */
  readonly min?: number;
  /** Upper bound, same meaning as {@link min}. */
  readonly max?: number;
  readonly deprecated?: boolean;
}

/** One member of a structure shape. */
export interface FieldInfo extends TypeRef {
  readonly required: boolean;
  readonly fargate?: FargateSupport;
  /** Short explanation of the Fargate restriction (our own wording). */
  readonly fargateNote?: string;
}

export interface ShapeInfo {
  /** Members keyed by their JSON name (camelCase, as the API expects). */
  readonly fields: Readonly<Record<string, FieldInfo>>;
  readonly deprecated?: boolean;
}

/** Which ECS API model the catalog was generated from (recorded by `npm run refresh-model`). */
export interface ModelInfo {
  readonly apiVersion: string;
  /** botocore release whose `ecs/2014-11-13/service-2.json` this is, or `unknown`. */
  readonly botocoreVersion: string;
  /** The model's date, `YYYY-MM` or `YYYY-MM-DD`, or `unknown`. */
  readonly date: string;
  /** sha256 of the model file the catalog came from. */
  readonly sha256: string;
}

/** The generated file's layout. */
interface CatalogFile {
  readonly generatedFrom: string;
  readonly model: ModelInfo;
  readonly roots: { readonly taskDefinition: string; readonly service: string; readonly updateService: string };
  readonly readOnlyTaskDefinitionFields: Readonly<Record<string, FieldInfo>>;
  readonly shapes: Readonly<Record<string, ShapeInfo>>;
  readonly enums: Readonly<Record<string, readonly string[]>>;
}

// The JSON import is typed structurally by TypeScript with widened literals (e.g. `type: string`);
// go through `unknown` to apply the precise catalog types.
const catalog = catalogJson as unknown as CatalogFile;

/** Root shape names per document kind. */
export const ROOT_SHAPES = catalog.roots;

/** The ECS API model the catalog follows. */
export const MODEL_INFO: ModelInfo = catalog.model;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "the ECS API model of December 2026 (botocore 1.43.107)", for messages that depend on the model's age. */
export function modelDescription(info: ModelInfo = MODEL_INFO): string {
  const m = /^(\d{4})-(\d{2})/.exec(info.date);
  const when = m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? ` of ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : '';
  const release = info.botocoreVersion !== 'unknown' ? ` (botocore ${info.botocoreVersion})` : '';
  return `the ECS API model${when}${release}`;
}

/** How a user brings the catalog up to date, for messages about unknown keys. */
export const REFRESH_HINT = 'If AWS added the field after that, refresh the model (a newer Fargate Authoring, or `npm run refresh-model` in its repository) or lower fargate.unknownKeySeverity.';


/**
 * Fields returned by describe-task-definition that register-task-definition rejects
 * (taskDefinitionArn, revision, status, ...), sorted.
 */
export const READ_ONLY_TASK_FIELDS: readonly string[] = Object.keys(catalog.readOnlyTaskDefinitionFields).sort();

// ---------------------------------------------------------------------------------------------------
// Precomputed lookups.

const shapeMap = new Map<string, ShapeInfo>(Object.entries(catalog.shapes));
const fieldMaps = new Map<string, Map<string, FieldInfo>>();
const fieldNameLists = new Map<string, readonly string[]>();
/** Per shape: member names in code-unit order (so "did you mean" ties go to the alphabetically first). */
const sortedNameLists = new Map<string, readonly string[]>();
const readOnlyMap = new Map<string, FieldInfo>(Object.entries(catalog.readOnlyTaskDefinitionFields));
const enumMap = new Map<string, readonly string[]>(Object.entries(catalog.enums));

for (const [name, shape] of shapeMap) {
  const fields = new Map<string, FieldInfo>(Object.entries(shape.fields));
  fieldMaps.set(name, fields);
  fieldNameLists.set(name, Object.freeze([...fields.keys()]));
  sortedNameLists.set(name, Object.freeze([...fields.keys()].sort()));
}

// ---------------------------------------------------------------------------------------------------
// Public API.

export function getShape(name: string): ShapeInfo | undefined {
  return shapeMap.get(name);
}

export function getField(shape: string, member: string): FieldInfo | undefined {
  return fieldMaps.get(shape)?.get(member);
}

/** Member names of a shape (alphabetical); empty for unknown shapes. */
export function fieldNames(shape: string): readonly string[] {
  return fieldNameLists.get(shape) ?? [];
}

/**
 * The structure shape a member leads to: the member's own shape for a structure member, or the item
 * (list) / value (map) shape for collections of structures. Undefined for scalars and unknown names.
 */
export function childShape(shape: string, member: string): string | undefined {
  const field = getField(shape, member);
  if (!field) return undefined;
  if (field.type === 'structure') return field.shape;
  if (field.type === 'list' || field.type === 'map') return field.items?.type === 'structure' ? field.items.shape : undefined;
  return undefined;
}

/**
 * The type found at a JSON path below a root structure shape, or undefined when the path leaves the
 * schema (unknown member, index into a non-list, etc.). An empty path gives the root itself.
 * Example: typeAtPath('RegisterTaskDefinitionRequest', ['containerDefinitions', 0, 'cpu']) -> integer field.
 */
export function typeAtPath(rootShape: string, path: readonly (string | number)[]): TypeRef | undefined {
  if (!shapeMap.has(rootShape)) return undefined;
  let node: TypeRef = { type: 'structure', shape: rootShape };
  for (const segment of path) {
    if (node.type === 'structure') {
      if (typeof segment !== 'string' || node.shape === undefined) return undefined;
      const field = getField(node.shape, segment);
      if (!field) return undefined;
      node = field;
    } else if (node.type === 'list') {
      if (typeof segment !== 'number' || !node.items) return undefined;
      node = node.items;
    } else if (node.type === 'map') {
      if (typeof segment !== 'string' || !node.items) return undefined;
      node = node.items;
    } else {
      return undefined;
    }
  }
  return node;
}

/**
 * The structure shape at a JSON path, e.g.
 * shapeForPath('RegisterTaskDefinitionRequest', ['containerDefinitions', 0, 'logConfiguration']) -> 'LogConfiguration'.
 * Undefined when the path ends on a non-structure value (a list itself, a scalar) or leaves the schema.
 */
export function shapeForPath(rootShape: string, path: readonly (string | number)[]): string | undefined {
  const node = typeAtPath(rootShape, path);
  return node?.type === 'structure' ? node.shape : undefined;
}

/**
 * Allowed values of a member: its own enum, or the item enum for a list of enum strings
 * (e.g. requiresCompatibilities). Undefined when the member is not enum-typed.
 */
export function enumValues(shape: string, member: string): readonly string[] | undefined {
  const field = getField(shape, member);
  return field?.enum ?? field?.items?.enum;
}

/** Values of a model enum shape by name, e.g. enumByName('NetworkMode'). */
export function enumByName(name: string): readonly string[] | undefined {
  return enumMap.get(name);
}

export function isReadOnlyTaskField(member: string): boolean {
  return readOnlyMap.has(member);
}

/** Type information of a read-only describe-task-definition field. */
export function readOnlyTaskField(member: string): FieldInfo | undefined {
  return readOnlyMap.get(member);
}

/**
 * Suggests the member of `shape` that an unknown key most likely meant, or undefined when nothing is
 * close. A case-insensitive exact match wins (`CPU` -> `cpu`); otherwise the member with the smallest
 * case-insensitive Damerau-Levenshtein distance, if that distance is at most max(1, floor(len / 4)).
 * Ties go to the alphabetically first member, so results are stable. Keys that are already valid
 * members get no suggestion.
 */
export function didYouMean(shape: string, key: string): string | undefined {
  const fields = fieldMaps.get(shape);
  if (!fields || fields.has(key) || key.length === 0) return undefined;
  return closestName(key, sortedNameLists.get(shape) ?? []);
}

export interface ClosestNameOptions {
  /** The largest edit distance still worth suggesting, given the length of the value. Default max(1, floor(len / 4)). */
  maxDistance?: (len: number) => number;
  /**
   * Default true: a candidate equal to the value ignoring case wins outright, and distances ignore case.
   * False: distances count case changes too (`Cpu` is one edit from `cpu`).
   */
  caseInsensitiveFirst?: boolean;
}

/**
 * The candidate a mistyped `value` most likely meant ("did you mean"), or undefined when none is close.
 * The candidate with the smallest Damerau-Levenshtein distance wins if that distance is at most
 * `maxDistance(value.length)`; ties go to the earlier candidate, so pass a sorted list for stable results.
 * A candidate equal to `value` is returned as is: callers check membership first. An empty value gets nothing.
 */
export function closestName(value: string, candidates: readonly string[], opts: ClosestNameOptions = {}): string | undefined {
  if (value.length === 0) return undefined;
  const ignoreCase = opts.caseInsensitiveFirst ?? true;
  const limit = (opts.maxDistance ?? defaultMaxDistance)(value.length);
  if (!(limit >= 0)) return undefined;
  const fold = (s: string): string => (ignoreCase ? s.toLowerCase() : s);
  const needle = fold(value);
  if (ignoreCase) {
    const exact = candidates.find((c) => c.toLowerCase() === needle);
    if (exact !== undefined) return exact;
  }
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    // The distance is at least the length difference: skip hopeless candidates cheaply.
    if (Math.abs(folded.length - needle.length) >= bestDistance) continue;
    const d = damerauLevenshtein(needle, folded, bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

function defaultMaxDistance(len: number): number {
  return Math.max(1, Math.floor(len / 4));
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition). Returns a value >= `cap`
 * as soon as the distance is known to reach `cap`, which keeps the scan over candidates cheap.
 */
export function damerauLevenshtein(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: two rows back (for transpositions), previous, current.
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= cap) return cap;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

let allMembers: ReadonlySet<string> | undefined;
/** Every member name of every shape (camelCase API names), for rendering API names in a dialect's spelling. */
export function allFieldNames(): ReadonlySet<string> {
  if (!allMembers) {
    const s = new Set<string>();
    for (const shape of shapeMap.values()) for (const k of Object.keys(shape.fields)) s.add(k);
    allMembers = s;
  }
  return allMembers;
}
