/**
 * JSON written inside Terraform text (heredocs, quoted strings) or in template files, parsed by jsonc-parser with
 * ranges in the source document. Interpolations are unknown values wherever they stand (`"cpu": ${cpu}` included);
 * template directives (`%{ for }`, `%{ if }`) make the array or object around them open; neither is ever a syntax
 * error.
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { unknownValue } from '../definitions';
import type { MutableNode, Node } from '../json';
import type { NodeMaps, TemplateSpan, TemplateText } from './hcl';

export interface EmbeddedSyntaxError {
  offset: number;
  length: number;
  message: string;
}

export interface EmbeddedJson {
  /** The root value, with source offsets; undefined for empty content. */
  root: MutableNode | undefined;
  errors: EmbeddedSyntaxError[];
  /** The template text that was parsed (masked), for writers. */
  template: TemplateText;
}

/** How far an error may stand from a masked span (over whitespace and commas) and still be the span's doing. */
function near(text: string, errStart: number, errEnd: number, spans: readonly { start: number; end: number }[]): number {
  let a = errStart;
  let b = errEnd;
  while (a > 0 && /[\s,]/.test(text[a - 1])) a--;
  while (b < text.length && /[\s,]/.test(text[b])) b++;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.start <= b && s.end >= a) return i;
  }
  return -1;
}

function blank(text: string, span: TemplateSpan): string {
  return text.slice(0, span.start) + text.slice(span.start, span.end).replace(/[^\r\n]/g, ' ') + text.slice(span.end);
}

const overlaps = (n: { offset: number; length: number }, s: { start: number; end: number }) => n.offset < s.end && s.start < n.offset + n.length;

/** The innermost array/object node containing [start, end) (text offsets, before remapping). */
function containerOf(root: Node, start: number, end: number): Node | undefined {
  let best: Node | undefined;
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.offset > start || n.offset + n.length < end) continue;
    if (n.type === 'array' || n.type === 'object') best = n;
    for (const c of n.children ?? []) stack.push(c);
  }
  return best;
}

/**
 * Parses the JSON of a template. `strict` reports what a JSON decoder rejects (comments, trailing commas);
 * errors near interpolations and directives are never reported.
 */
export type KnownVariables = ReadonlyMap<string, string | number | boolean>;

/** `${name}` (with optional strip markers): the variable name, else undefined. */
function variableOf(expr: string): string | undefined {
  return /^\$\{~?\s*([A-Za-z_][A-Za-z0-9_-]*)\s*~?\}$/.exec(expr)?.[1];
}

/**
 * The value a scalar takes when every interpolation in it is a template variable with a literal value (`templatefile`
 * vars, `data "template_file"` vars): `"cpu": ${cpu}` with cpu = 256 is the number 256. Undefined otherwise.
 */
function substituted(n: MutableNode, spans: readonly TemplateSpan[], sourceText: string, srcStart: number, srcEnd: number, known: KnownVariables): { type: 'string' | 'number' | 'boolean'; value: unknown } | undefined {
  const values: string[] = [];
  for (const s of spans) {
    const name = variableOf(s.expr);
    if (name === undefined || !known.has(name)) return undefined;
    values.push(String(known.get(name)));
  }
  if (n.type === 'number') {
    // Unquoted: the rendered text is the value's text, which must read as a JSON number or boolean.
    if (spans.length !== 1 || sourceText.slice(srcStart, srcEnd) !== spans[0].expr) return undefined;
    const v = values[0];
    if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v)) return { type: 'number', value: Number(v) };
    if (v === 'true' || v === 'false') return { type: 'boolean', value: v === 'true' };
    return undefined;
  }
  let content = sourceText.slice(srcStart + 1, srcEnd - 1);
  for (const s of spans) content = content.split(s.expr).join(String(known.get(variableOf(s.expr)!)));
  try {
    const value: unknown = JSON.parse('"' + content + '"');
    return typeof value === 'string' ? { type: 'string', value } : undefined;
  } catch {
    return undefined;
  }
}

export function parseEmbeddedJson(template: TemplateText, maps: NodeMaps, sourceText: string, parent?: MutableNode, known?: KnownVariables): EmbeddedJson {
  let text = template.text;
  const interpolations = template.interpolations;
  const blanked: TemplateSpan[] = [];
  let errors: ParseError[] = [];
  let root: Node | undefined;
  for (let round = 0; round < 8; round++) {
    errors = [];
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
    let changed = false;
    for (const e of errors) {
      const i = near(text, e.offset, e.offset + e.length, interpolations);
      if (i >= 0 && !blanked.includes(interpolations[i])) {
        blanked.push(interpolations[i]);
        text = blank(text, interpolations[i]);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const quiet = [...template.directives, ...blanked];
  const reported = errors.filter((e) => near(text, e.offset, e.offset + e.length, quiet) < 0);
  const map = template.map;
  const src = (o: number) => map[Math.max(0, Math.min(o, map.length - 1))];
  const out: EmbeddedSyntaxError[] = reported.map((e) => ({ offset: src(e.offset), length: Math.max(0, src(e.offset + e.length) - src(e.offset)), message: printParseErrorCode(e.error) }));
  if (!root) return { root: undefined, errors: out, template };

  // Open containers (text offsets, before remapping).
  const open = new Map<Node, string>();
  for (const s of quiet) {
    const c = containerOf(root, s.start, s.end);
    if (c && !open.has(c)) open.set(c, s.expr);
  }
  const live = interpolations.filter((s) => !blanked.includes(s));
  // Remap and mark unknowns, iteratively.
  const stack: MutableNode[] = [root as MutableNode];
  while (stack.length) {
    const n = stack.pop()!;
    const start = n.offset;
    const end = n.offset + n.length;
    if (n.type === 'object') {
      // A property whose key is templated cannot be read.
      n.children = (n.children ?? []).filter((p) => {
        const k = p.children?.[0];
        if (k && live.some((s) => overlaps(k, s))) {
          if (!open.has(n as Node)) open.set(n as Node, text.slice(k.offset, k.offset + k.length));
          return false;
        }
        return true;
      });
    }
    const srcStart = src(start);
    const srcEnd = src(end);
    if (n.type === 'string' || n.type === 'number') {
      const isKey = n.parent?.type === 'property' && n.parent.children?.[0] === n;
      // A scalar wholly inside a directive's body is a literal (repeated or not); one that holds a directive or an
      // interpolation is computed.
      const spans = live.filter((s) => overlaps(n, s));
      const inDirective = template.directives.some((s) => overlaps(n, s) && !(s.start <= start && s.end >= end));
      const sub = !isKey && !inDirective && spans.length && known ? substituted(n, spans, sourceText, srcStart, srcEnd, known) : undefined;
      if (sub) {
        n.type = sub.type;
        n.value = sub.value;
      } else if (!isKey && (spans.length || inDirective)) {
        const expr = sourceText.slice(srcStart, srcEnd);
        n.type = 'string';
        n.value = unknownValue(expr);
        maps.unknowns.set(n as Node, expr);
      }
    }
    if (open.has(n as Node)) maps.unknowns.set(n as Node, open.get(n as Node)!);
    if (n.colonOffset !== undefined) n.colonOffset = src(n.colonOffset);
    n.offset = srcStart;
    n.length = srcEnd - srcStart;
    for (const c of n.children ?? []) stack.push(c);
  }
  const r = root as MutableNode;
  r.parent = parent;
  return { root: r, errors: out, template: { ...template, text } };
}
