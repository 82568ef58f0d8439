/**
 * Which episode concepts an open document touches: the fields that touch each concept (with ranges) and the
 * rule findings of the document grouped by concept. Feeds the "This task definition" sidebar view and the
 * "Explain concept at cursor" command. Pure: parsed document and findings in, plain data out.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { Node } from 'jsonc-parser';
import {
  CONCEPTS,
  conceptById,
  conceptsForField,
  conceptsForValue,
  normalizeFieldPath,
  type Concept,
} from '../knowledge/concepts';
import type {
  ConceptFieldUse,
  ConceptFinding,
  ConceptsAtPositionResult,
  DocumentConcept,
  DocumentConceptsResult,
} from '../common/protocol';
import type { ParsedDocument } from './document';
import { nodeAtOffset, pathOf } from './json';
import type { Finding, RuleCategory } from './rules/rule';
import { ruleById } from './rules';

/** The concept a rule category teaches when the rule names none and its location names none either. */
export const CATEGORY_CONCEPTS: Readonly<Record<RuleCategory, string>> = {
  syntax: 'task-definition-recipe',
  schema: 'task-definition-recipe',
  fargate: 'fargate-limits',
  networking: 'awsvpc-eni',
  iam: 'task-and-execution-roles',
  security: 'isolation-compliance',
  logging: 'cloudwatch-logs-metrics',
  storage: 'ephemeral-storage',
  health: 'health-checks-replacement',
  service: 'scale-by-tasks',
  appspec: 'blue-green-codedeploy',
  'cross-file': 'blue-green-codedeploy',
};

/** Too broad to say anything about a finding's location (it covers all of `containerDefinitions`). */
const GENERIC_CONCEPTS = new Set(['task-definition-recipe']);

/** Upper bound on field uses per concept, so a 500-container file stays a readable tree. */
export const MAX_FIELDS_PER_CONCEPT = 100;

type Segment = string | number;

function prefixFor(doc: ParsedDocument): string {
  return doc.kind === 'service' ? 'service:' : doc.kind === 'appspec' ? 'appspec:' : '';
}

/** `containerDefinitions[0].secrets[1]` from segments. */
export function formatPath(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out.length === 0 ? s : `.${s}`;
  }
  return out;
}

/** Path segments of `node` relative to the document's body (the wrapper key, if any, removed). */
function bodyPath(doc: ParsedDocument, node: Node): Segment[] | undefined {
  let path: Segment[] = pathOf(node);
  if (node.parent?.type === 'property' && node.parent.children?.[0] === node && typeof node.value === 'string') {
    // A key: its path is the path of the property it names.
    path = [...path, node.value];
  }
  if (doc.wrapperKey) {
    if (path[0] !== doc.wrapperKey) return undefined;
    path = path.slice(1);
  }
  return path;
}

function toRange(text: TextDocument, offset: number, length: number): Range {
  return { start: text.positionAt(offset), end: text.positionAt(offset + length) };
}

/** The `name` of the object node, when it has a string one. */
function nameOf(node: Node | undefined): string | undefined {
  if (!node || node.type !== 'object') return undefined;
  for (const p of node.children ?? []) {
    const [k, v] = p.children ?? [];
    if (k?.value === 'name' && v?.type === 'string') return v.value as string;
    if (k?.value === 'containerName' && v?.type === 'string') return v.value as string;
  }
  return undefined;
}

/** "secrets (web)": the key plus the name of the nearest named array element above it. */
function labelFor(propertyNode: Node, key: string): string {
  let cur: Node | undefined = propertyNode.parent;
  while (cur) {
    if (cur.type === 'object' && cur.parent?.type === 'array') {
      const name = nameOf(cur);
      if (name !== undefined) return `${key} (${name})`;
    }
    cur = cur.parent;
  }
  return key;
}

interface Collected {
  fields: ConceptFieldUse[];
  seen: Set<string>;
  findings: ConceptFinding[];
}

/**
 * Concepts touched by the document: every property whose path a concept lists, and every string value a concept
 * recognises (an ARN, `awsvpc`, an image name). Findings are attached to the concept their rule teaches.
 */
export function documentConcepts(doc: ParsedDocument, findings: readonly Finding[], text: TextDocument): DocumentConceptsResult {
  const result: DocumentConceptsResult = { kind: doc.kind === 'template' ? 'none' : doc.kind, concepts: [], syntaxErrors: doc.syntaxErrors.length > 0 };
  if (doc.kind === 'none') return result;
  const byId = new Map<string, Collected>();
  const entry = (id: string): Collected => {
    let e = byId.get(id);
    if (!e) {
      e = { fields: [], seen: new Set(), findings: [] };
      byId.set(id, e);
    }
    return e;
  };
  const addField = (concept: Concept, use: ConceptFieldUse): void => {
    const e = entry(concept.id);
    const key = `${use.path}|${use.value ?? ''}`;
    if (e.seen.has(key) || e.fields.length >= MAX_FIELDS_PER_CONCEPT) return;
    e.seen.add(key);
    e.fields.push(use);
  };

  const exactPatterns = new Map<string, Concept[]>();
  for (const c of CONCEPTS) {
    for (const f of c.fields) {
      const list = exactPatterns.get(f) ?? [];
      list.push(c);
      exactPatterns.set(f, list);
    }
  }

  const prefix = prefixFor(doc);
  const body = doc.body?.node;
  if (body) {
    // Iterative walk: hostile nesting depth cannot overflow the stack.
    const stack: { node: Node; path: Segment[] }[] = [{ node: body, path: [] }];
    while (stack.length > 0) {
      const { node, path } = stack.pop()!;
      if (node.type === 'object') {
        for (const prop of node.children ?? []) {
          const [keyNode, valueNode] = prop.children ?? [];
          if (!keyNode || typeof keyNode.value !== 'string') continue;
          const key = keyNode.value;
          const childPath = [...path, key];
          const concrete = prefix + formatPath(childPath);
          const pattern = normalizeFieldPath(concrete);
          const range = toRange(text, prop.offset, prop.length);
          for (const c of exactPatterns.get(pattern) ?? []) addField(c, { path: concrete, label: labelFor(prop, key), range });
          if (valueNode) {
            if (valueNode.type === 'string') {
              const value = valueNode.value as string;
              for (const c of conceptsForValue(value)) {
                addField(c, { path: concrete, label: `${labelFor(prop, key)}: ${shorten(value)}`, range: toRange(text, valueNode.offset, valueNode.length), value });
              }
            } else if (valueNode.type === 'object' || valueNode.type === 'array') {
              stack.push({ node: valueNode, path: childPath });
            }
          }
        }
      } else if (node.type === 'array') {
        (node.children ?? []).forEach((child, i) => {
          if (child.type === 'object' || child.type === 'array') stack.push({ node: child, path: [...path, i] });
          else if (child.type === 'string') {
            const value = child.value as string;
            const concrete = prefix + formatPath([...path, i]);
            const parentKey = path.length > 0 ? String(path[path.length - 1]) : '';
            for (const c of conceptsForValue(value)) {
              addField(c, { path: concrete, label: `${parentKey}: ${shorten(value)}`, range: toRange(text, child.offset, child.length), value });
            }
          }
        });
      }
    }
  }

  for (const f of findings) {
    const rule = ruleById(f.ruleId);
    const category: string = rule?.meta.category ?? (f.ruleId === 'fargate/not-checked' ? 'syntax' : 'schema');
    const id = conceptForFinding(doc, f, rule?.meta.concept, category as RuleCategory);
    entry(id).findings.push({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      range: toRange(text, f.offset, f.length),
      category,
    });
  }

  const order = new Map(CONCEPTS.map((c, i) => [c.id, i] as const));
  const concepts: DocumentConcept[] = [...byId.entries()]
    .filter(([id]) => order.has(id))
    .sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
    .map(([id, e]) => ({
      id,
      fields: e.fields.sort((a, b) => compareRange(a.range, b.range)),
      findings: e.findings,
    }));
  result.concepts = concepts;
  return result;
}

function compareRange(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

function shorten(value: string, max = 48): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/**
 * The concept a finding belongs to: the rule's own `concept`; else the most specific concept of the field the
 * finding points at (generic ones skipped); else the default concept of the rule's category.
 */
export function conceptForFinding(doc: ParsedDocument, finding: Finding, ruleConcept: string | undefined, category: RuleCategory): string {
  if (ruleConcept && conceptById(ruleConcept)) return ruleConcept;
  if (category !== 'syntax') {
    const node = nodeAtOffset(doc.root, finding.offset);
    const path = node ? bodyPath(doc, node) : undefined;
    if (path && path.length > 0) {
      const specific = conceptsForField(prefixFor(doc) + formatPath(path)).find((c) => !GENERIC_CONCEPTS.has(c.id));
      if (specific) return specific.id;
    }
  }
  return CATEGORY_CONCEPTS[category] ?? 'task-definition-recipe';
}

/**
 * Concepts explaining the field at `offset`: the field's concepts (most specific first), then the concepts the
 * value there is recognised as. Empty outside a recognised document.
 */
export function conceptsAtOffset(doc: ParsedDocument, offset: number): ConceptsAtPositionResult {
  if (doc.kind === 'none' || !doc.root) return { conceptIds: [] };
  const node = nodeAtOffset(doc.root, offset, true);
  if (!node) return { conceptIds: [] };
  // On a property (between key and value, e.g. on the colon) use its key.
  const target = node.type === 'property' && node.children?.[0] ? node.children[0] : node;
  const path = bodyPath(doc, target);
  if (!path) return { conceptIds: [] };
  const concrete = prefixFor(doc) + formatPath(path);
  const ids: string[] = [];
  const valueNode =
    target.parent?.type === 'property' && target.parent.children?.[0] === target ? target.parent.children?.[1] : target;
  if (valueNode?.type === 'string') {
    for (const c of conceptsForValue(valueNode.value as string)) if (!ids.includes(c.id)) ids.push(c.id);
  }
  const fieldIds = path.length > 0 ? conceptsForField(concrete).map((c) => c.id) : [];
  // A recognised value (the X-Ray daemon image, a Secrets Manager ARN) says more than the field; then the
  // field's own concepts, most specific first.
  const merged = [...ids, ...fieldIds.filter((id) => !ids.includes(id))];
  return { path: concrete.length > 0 ? concrete : undefined, conceptIds: merged };
}
