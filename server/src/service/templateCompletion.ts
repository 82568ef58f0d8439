/**
 * Completions inside a definition of a template (CloudFormation YAML or JSON). The position is located in the
 * definition's API-shaped tree (whose nodes carry the template's ranges), the catalog says what may go there, and
 * the writer renders it in the template's spelling and syntax: property names in PascalCase, enum values, Fargate
 * CPU and memory sizes as the strings CloudFormation takes.
 */
import type { Node } from 'jsonc-parser';
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, type CompletionItem, type CompletionList } from 'vscode-languageserver-types';
import { fieldNames, getField, ROOT_SHAPES, shapeForPath, typeAtPath } from '../knowledge/catalog';
import { FARGATE_SIZES, formatMemory, sizeForCpu } from '../knowledge/fargateSizes';
import { JsonObject, nodeAtOffset, pathOf } from './json';
import type { Analysis } from './languageService';
import { writerFor, yamlScalar } from './writer';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** Completion items at a position of a template definition. Never throws on odd input. */
export function templateComplete(analysis: Analysis, textDoc: TextDocument, position: Position): CompletionList {
  const doc = analysis.doc;
  const def = doc.definition;
  const root = doc.root;
  if (!def || !root) return EMPTY;
  const rootShape = def.kind === 'taskDefinition' ? ROOT_SHAPES.taskDefinition : def.kind === 'service' ? ROOT_SHAPES.service : undefined;
  if (!rootShape) return EMPTY;
  const w = writerFor(doc.format, def)!;
  const offset = textDoc.offsetAt(position);
  const text = doc.text;
  let node = nodeAtOffset(root, offset, true) ?? emptyPropertyBefore(root, offset, text);
  if (!node) return EMPTY;
  // `Key: |` with nothing typed yet: the cursor is past the property's (empty) value, on the same line.
  if (node.type === 'object' || node.type === 'array') {
    const onLine = emptyPropertyBefore(node, offset, text);
    if (onLine) node = onLine;
  }
  const prop = node.type === 'property' ? node : node.parent?.type === 'property' ? node.parent : undefined;
  const keyNode = prop?.children?.[0];
  const valueNode = prop?.children?.[1];
  const range = (n: { offset: number; length: number }) => ({ start: textDoc.positionAt(n.offset), end: textDoc.positionAt(n.offset + n.length) });

  // A key being typed (YAML reads `Netw` alone on a line as a key without a value).
  const onKey = !!keyNode && (node === keyNode || (prop === node && offset <= keyNode.offset + keyNode.length));
  const typingKey = onKey || (!!keyNode && valueNode?.type === 'null' && valueNode.length === 0 && prop!.colonOffset === undefined);
  // A key or value that spans lines (a complex YAML key, a block scalar) is not replaced by a one-line item.
  const multiLine = (n: { offset: number; length: number }) => text.slice(n.offset, n.offset + n.length).includes('\n');
  if (prop && keyNode && typingKey) {
    if (multiLine(keyNode)) return EMPTY;
    const objPath = pathOf(prop.parent ?? root);
    const shape = shapeForPath(rootShape, objPath);
    if (!shape) return EMPTY;
    const present = new Set(JsonObject.of(prop.parent ?? root).props.keys());
    const items: CompletionItem[] = [];
    for (const member of fieldNames(shape)) {
      if (present.has(member) && member !== keyNode.value) continue;
      const f = getField(shape, member);
      if (!f || f.deprecated) continue;
      const label = w.key(member);
      items.push({
        label,
        kind: CompletionItemKind.Property,
        detail: f.required ? 'required' : undefined,
        textEdit: { range: range(keyNode), newText: w.yaml ? label : JSON.stringify(label) },
        filterText: w.yaml ? label : JSON.stringify(label),
        sortText: `${f.required ? 0 : 1}${label}`,
      });
    }
    return { isIncomplete: false, items };
  }

  // An item of a list of enum values (`RequiresCompatibilities: [FARGATE]`).
  if (node.parent?.type === 'array' && (node.type === 'string' || node.type === 'null') && !def.unknowns.has(node)) {
    if (offset < node.offset || offset > node.offset + node.length || multiLine(node)) return EMPTY;
    const values = valuesFor(rootShape, pathOf(node.parent), JsonObject.of(root));
    return { isIncomplete: false, items: valueItems(values, node, range, w.yaml) };
  }
  // A value: after `Key: ` (also while still empty), or inside a scalar value.
  if (!prop || !keyNode || (prop.colonOffset !== undefined && offset <= prop.colonOffset)) return EMPTY;
  if (valueNode && valueNode.type !== 'null' && valueNode.type !== 'string' && valueNode.type !== 'number' && valueNode.type !== 'boolean') return EMPTY;
  if (valueNode && def.unknowns.has(valueNode)) return EMPTY;
  // Past a value already written (`NetworkMode: awsvpc |`): nothing to offer.
  if (valueNode && valueNode.length > 0 && offset > valueNode.offset + valueNode.length) return EMPTY;
  const path = [...pathOf(prop.parent ?? root), keyNode.value as string];
  const values = valuesFor(rootShape, path, JsonObject.of(root));
  if (values.length === 0) return EMPTY;
  const at = valueNode && valueNode.length > 0 ? valueNode : { offset, length: 0 };
  if (offset < at.offset || offset > at.offset + at.length || multiLine(at)) return EMPTY;
  return { isIncomplete: false, items: valueItems(values, at, range, w.yaml) };
}

/** The property below `from` that ends on the cursor's line, only blanks between its end and the cursor. */
function emptyPropertyBefore(from: Node, offset: number, text: string): Node | undefined {
  const stack: Node[] = [from];
  let budget = 5000;
  let best: Node | undefined;
  while (stack.length > 0 && budget-- > 0) {
    const n = stack.pop()!;
    if (n.offset > offset) continue;
    // The innermost one: several properties end where their last nested value ends.
    if (n.type === 'property' && n.colonOffset !== undefined && n.colonOffset < offset && /^[ \t]*$/.test(text.slice(n.offset + n.length, offset))) {
      if (!best || n.colonOffset > best.colonOffset!) best = n;
    }
    for (const c of n.children ?? []) if (c.offset <= offset) stack.push(c);
  }
  return best;
}

type Value = { value: string; raw: unknown; detail?: string };

function valueItems(values: Value[], at: { offset: number; length: number }, range: (n: { offset: number; length: number }) => { start: Position; end: Position }, yaml: boolean): CompletionItem[] {
  return values.map((v, i) => {
    const newText = yaml ? yamlScalar(v.raw) : JSON.stringify(v.raw);
    return { label: v.value, kind: CompletionItemKind.Value, detail: v.detail, textEdit: { range: range(at), newText }, filterText: newText, sortText: String(i).padStart(3, '0') };
  });
}

/** The values a field takes: Fargate task sizes (as strings), enums, booleans. */
function valuesFor(rootShape: string, path: (string | number)[], body: JsonObject): Value[] {
  // CloudFormation takes the task size as a string ("256"), like the API.
  if (rootShape === ROOT_SHAPES.taskDefinition && path.length === 1 && path[0] === 'cpu') {
    return FARGATE_SIZES.map((s) => ({ value: String(s.cpu), raw: String(s.cpu), detail: s.label }));
  }
  if (rootShape === ROOT_SHAPES.taskDefinition && path.length === 1 && path[0] === 'memory') {
    const cpu = Number(body.str('cpu') ?? NaN);
    const sizes = Number.isFinite(cpu) && sizeForCpu(cpu) ? [sizeForCpu(cpu)!] : FARGATE_SIZES;
    const memory = [...new Set(sizes.flatMap((s) => s.memory))].sort((a, b) => a - b);
    return memory.map((m) => ({ value: String(m), raw: String(m), detail: formatMemory(m) }));
  }
  const t = typeAtPath(rootShape, path);
  if (!t) return [];
  const enumValues = t.enum ?? (t.type === 'list' ? t.items?.enum : undefined);
  if (enumValues) return enumValues.map((v) => ({ value: v, raw: v }));
  if (t.type === 'boolean') return [{ value: 'true', raw: true }, { value: 'false', raw: false }];
  return [];
}

export type { Node };
