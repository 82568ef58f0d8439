/**
 * From tree-sitter's HCL syntax tree to jsonc-parser shaped nodes: literal values become string / number / boolean /
 * null / array / object nodes with the source range of the expression; everything Terraform computes (variables,
 * references, function calls, interpolations, conditionals, `for` expressions) becomes an unknown node
 * (definitions.ts `unknownValue`) that remembers its source text. Literal locals are the one thing resolved, because
 * a module's locals cannot be overridden from outside.
 *
 * Also here: the text of string templates and heredocs as a {@link TemplateText} (decoded escapes, interpolations and
 * directives masked, and a map back to source offsets), which the embedded-JSON readers parse with jsonc-parser.
 */
import { unknownValue } from '../definitions';
import type { MutableNode, Node } from '../json';
import type { SyntaxNode } from './parser';

export interface NodeMaps {
  readonly unknowns: WeakMap<Node, string>;
  readonly sourceKeys: WeakMap<Node, string>;
}

/** Literal `locals { name = value }` of a module, by name (only wholly literal values are kept). */
export type LiteralLocals = ReadonlyMap<string, SyntaxNode>;

/** Source text at most this long is kept as an unknown's expression. */
const MAX_EXPRESSION = 500;

export function mk(type: Node['type'], offset: number, length: number, parent: MutableNode | undefined, value?: unknown): MutableNode {
  const n: MutableNode = { type, offset, length, parent };
  if (value !== undefined) n.value = value;
  if (type === 'object' || type === 'array' || type === 'property') n.children = [];
  return n;
}

/** A `key: value` property node under `object`: key node at `keyRange`, the property spanning `range`. */
export function addProperty(object: MutableNode, key: string, keyOffset: number, keyLength: number, range: { offset: number; length: number }, colonOffset?: number): MutableNode {
  const prop = mk('property', range.offset, range.length, object);
  if (colonOffset !== undefined) prop.colonOffset = colonOffset;
  prop.children!.push(mk('string', keyOffset, keyLength, prop, key));
  object.children!.push(prop);
  return prop;
}

/** Makes `value` the value of `prop`. */
export function setPropertyValue(prop: MutableNode, value: MutableNode): MutableNode {
  value.parent = prop;
  prop.children![1] = value;
  return value;
}

/** An unknown value node for the source text of `n`. */
export function unknownNode(maps: NodeMaps, text: string, offset: number, length: number, parent: MutableNode | undefined): MutableNode {
  const expr = text.slice(offset, offset + Math.min(length, MAX_EXPRESSION));
  const node = mk('string', offset, length, parent, unknownValue(expr));
  maps.unknowns.set(node as Node, expr);
  return node;
}

// ---------------------------------------------------------------------------------------------------
// Reading the syntax tree.

/** The inside of an `expression` node: its primary term and any traversal steps (`.attr`, `[i]`, `[*]`) after it. */
export function termOf(expr: SyntaxNode): { primary: SyntaxNode; steps: SyntaxNode[] } {
  let e = expr;
  for (;;) {
    if (e.type !== 'expression') return { primary: e, steps: [] };
    const count = e.namedChildCount;
    // `( expr )`: the anonymous parentheses are unnamed children; unwrap when nothing follows.
    if (count === 1) {
      const only = e.firstNamedChild!;
      if (e.firstChild?.type === '(') {
        e = only;
        continue;
      }
      return { primary: only, steps: [] };
    }
    if (count === 0) return { primary: e, steps: [] };
    const named = e.namedChildren;
    return { primary: named[0], steps: named.slice(1) };
  }
}

/** `a.b.c` of a traversal (`variable_expr` + `get_attr` steps); index steps stop it ([0] is kept as `[]`). */
export function traversal(expr: SyntaxNode): string[] | undefined {
  const { primary, steps } = termOf(expr);
  if (primary.type !== 'variable_expr') return undefined;
  const out = [primary.text];
  for (const s of steps) {
    if (s.type === 'get_attr') out.push(s.namedChildren[0]?.text ?? '');
    else if (s.type === 'index') out.push('[]');
    else return out;
  }
  return out;
}

/** The value of a `string_lit` (a quoted string without interpolation). */
export function stringLitValue(text: string, n: SyntaxNode): string {
  const raw = text.slice(n.startIndex + 1, n.endIndex - 1);
  // Most strings have nothing to decode.
  if (!/[\\$%]/.test(raw) && text[n.endIndex - 1] === '"') return raw;
  return templateText(text, n).text;
}

/** The string of a literal template (no interpolation, no directive), decoded; undefined otherwise. */
export function literalString(text: string, n: SyntaxNode): string | undefined {
  const t = templateOf(n);
  if (t && t.node.type === 'string_lit') return stringLitValue(text, t.node);
  if (!t || t.node.namedChildren.some((c) => c.type === 'template_interpolation' || c.type === 'template_directive')) return undefined;
  return templateText(text, t.node).text;
}

/** The template (quoted string or heredoc) an expression consists of, if any. */
export function templateOf(n: SyntaxNode): { node: SyntaxNode; heredoc: boolean } | undefined {
  let e = n;
  if (e.type === 'expression') {
    const { primary, steps } = termOf(e);
    if (steps.length) return undefined;
    e = primary;
  }
  if (e.type === 'literal_value') e = e.firstNamedChild ?? e;
  if (e.type === 'template_expr') e = e.firstNamedChild ?? e;
  if (e.type === 'string_lit' || e.type === 'quoted_template') return { node: e, heredoc: false };
  if (e.type === 'heredoc_template') return { node: e, heredoc: true };
  return undefined;
}

/** A masked span of a template: an interpolation `${...}` or a directive `%{...}` (its whole `for`/`if`). */
export interface TemplateSpan {
  /** Offsets in {@link TemplateText.text}. */
  start: number;
  end: number;
  /** The source text. */
  expr: string;
}

/**
 * The text of a template as Terraform sees it before rendering: escapes decoded (quoted strings only; heredocs have
 * none), each interpolation replaced by a same-length run of `1` (a JSON number, and harmless inside a JSON string),
 * each directive tag (`%{ for ... }`, `%{ endif }`) by spaces. `map[i]` is the source offset of text[i] (length + 1
 * entries, the last one the end), so ranges found in `text` map back exactly.
 */
export interface TemplateText {
  text: string;
  map: number[];
  /** Source range of the template's content (inside the quotes, between the heredoc's lines). */
  start: number;
  end: number;
  interpolations: TemplateSpan[];
  /** Whole `%{ for }...%{ endfor }` / `%{ if }...%{ endif }` spans. */
  directives: TemplateSpan[];
  /** The content needed no decoding (heredocs, strings without escapes): text offsets = source offsets - start. */
  identity: boolean;
}

const DIRECTIVE_TAGS = new Set(['template_for_start', 'template_for_end', 'template_if_intro', 'template_else_intro', 'template_if_end']);

/** See {@link TemplateText}. `n` is a string_lit, quoted_template or heredoc_template node. */
export function templateText(source: string, n: SyntaxNode): TemplateText {
  let start: number;
  let end: number;
  const heredoc = n.type === 'heredoc_template';
  if (heredoc) {
    const ids = n.namedChildren.filter((c) => c.type === 'heredoc_identifier');
    const nl = source.indexOf('\n', ids[0]?.endIndex ?? n.startIndex);
    start = nl === -1 ? n.endIndex : nl + 1;
    const close = ids.length > 1 ? ids[ids.length - 1].startIndex : n.endIndex;
    end = Math.max(start, source.lastIndexOf('\n', close - 1) + 1);
    if (end < start) end = start;
  } else {
    start = n.startIndex + 1;
    end = n.endIndex - (source[n.endIndex - 1] === '"' && n.endIndex - 1 >= start ? 1 : 0);
  }
  // Masks, in source offsets.
  const masks: { start: number; end: number; kind: 'interpolation' | 'tag' }[] = [];
  const interpolationsSrc: { start: number; end: number }[] = [];
  const directivesSrc: { start: number; end: number }[] = [];
  const visit = (c: SyntaxNode) => {
    for (const k of c.namedChildren) {
      if (k.type === 'template_interpolation') {
        masks.push({ start: k.startIndex, end: k.endIndex, kind: 'interpolation' });
        interpolationsSrc.push({ start: k.startIndex, end: k.endIndex });
      } else if (k.type === 'template_directive') {
        directivesSrc.push({ start: k.startIndex, end: k.endIndex });
        visit(k);
      } else if (k.type === 'template_for' || k.type === 'template_if') {
        visit(k);
      } else if (DIRECTIVE_TAGS.has(k.type)) {
        masks.push({ start: k.startIndex, end: k.endIndex, kind: 'tag' });
      } else if (k.type === 'ERROR') {
        masks.push({ start: k.startIndex, end: k.endIndex, kind: 'interpolation' });
        interpolationsSrc.push({ start: k.startIndex, end: k.endIndex });
      }
    }
  };
  visit(n);
  masks.sort((a, b) => a.start - b.start);
  let text = '';
  const map: number[] = [];
  let identity = true;
  let i = start;
  let m = 0;
  while (i < end) {
    if (m < masks.length && masks[m].start <= i) {
      const mask = masks[m++];
      const to = Math.min(mask.end, end);
      for (let j = Math.max(i, mask.start); j < to; j++) {
        const ch = source[j];
        text += mask.kind === 'interpolation' ? '1' : ch === '\n' || ch === '\r' ? ch : ' ';
        map.push(j);
      }
      i = Math.max(i, to);
      continue;
    }
    const nextMask = m < masks.length ? masks[m].start : end;
    const ch = source[i];
    if (!heredoc && ch === '\\' && i + 1 < nextMask) {
      const e = source[i + 1];
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
      if (e in simple) {
        text += simple[e];
        map.push(i);
        i += 2;
        identity = false;
        continue;
      }
      const hex = e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (hex && /^[0-9a-fA-F]+$/.test(source.slice(i + 2, i + 2 + hex)) && i + 2 + hex <= nextMask) {
        const s = String.fromCodePoint(Math.min(parseInt(source.slice(i + 2, i + 2 + hex), 16), 0x10ffff));
        for (let k = 0; k < s.length; k++) {
          text += s[k];
          map.push(i);
        }
        i += 2 + hex;
        identity = false;
        continue;
      }
    }
    if (!heredoc && (ch === '$' || ch === '%') && source[i + 1] === ch && source[i + 2] === '{') {
      // `$${` and `%%{` are a literal `${` / `%{`.
      text += ch;
      map.push(i);
      i += 2;
      identity = false;
      continue;
    }
    text += ch;
    map.push(i);
    i++;
  }
  map.push(end);
  const toText = (src: number) => {
    // First text index whose source offset is >= src (the map is non-decreasing).
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid] < src) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const spans = (list: { start: number; end: number }[]) =>
    list.map((s) => ({ start: toText(s.start), end: toText(s.end), expr: source.slice(s.start, s.end) }));
  return { text, map, start, end, interpolations: spans(interpolationsSrc), directives: spans(directivesSrc), identity };
}

/** The value of a heredoc as Terraform renders it without interpolation (`<<-` removes the common indentation). */
function heredocValue(source: string, n: SyntaxNode): string {
  const t = templateText(source, n);
  let body = t.text;
  if (body.endsWith('\n')) body = body.slice(0, -1);
  if (n.child(0)?.text === '<<-') {
    const lines = body.split('\n');
    const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
    const cut = indents.length ? Math.min(...indents) : 0;
    body = lines.map((l) => l.slice(cut)).join('\n');
  }
  return body + '\n';
}

// ---------------------------------------------------------------------------------------------------
// Values.

/** Converts HCL expressions of one document to nodes; `locals` are the literal locals it may resolve. */
export class ValueReader {
  constructor(
    readonly text: string,
    readonly maps: NodeMaps,
    readonly locals: LiteralLocals = new Map(),
  ) {}

  unknown(n: SyntaxNode, parent: MutableNode | undefined): MutableNode {
    return unknownNode(this.maps, this.text, n.startIndex, n.endIndex - n.startIndex, parent);
  }

  /**
   * The node of an expression with keys kept as written (jsonencode content, maps). The node's range is the
   * expression's, also when the value comes from a literal local (`local.cpu`), so findings point at what the user wrote.
   */
  value(expr: SyntaxNode, parent: MutableNode | undefined, depth = 0): MutableNode {
    if (depth > 64) return this.unknown(expr, parent);
    const { primary, steps } = termOf(expr);
    const offset = expr.startIndex;
    const length = expr.endIndex - expr.startIndex;
    if (steps.length) {
      const path = traversal(expr);
      const local = path && path[0] === 'local' && path.length === 2 ? this.locals.get(path[1]) : undefined;
      if (local) return this.relocate(this.value(local, parent, depth + 1), offset, length);
      return this.unknown(expr, parent);
    }
    switch (primary.type) {
      case 'literal_value':
        return this.literal(primary.firstNamedChild ?? primary, offset, length, parent);
      case 'template_expr': {
        const t = templateOf(primary);
        if (!t) return this.unknown(expr, parent);
        if (t.node.namedChildren.some((c) => c.type === 'template_interpolation' || c.type === 'template_directive')) return this.unknown(expr, parent);
        const s = t.heredoc ? heredocValue(this.text, t.node) : templateText(this.text, t.node).text;
        return mk('string', offset, length, parent, s);
      }
      case 'collection_value': {
        const c = primary.firstNamedChild;
        if (c?.type === 'tuple') {
          const arr = mk('array', offset, length, parent);
          for (const item of c.namedChildren) if (item.type === 'expression') arr.children!.push(this.value(item, arr, depth + 1));
          return arr;
        }
        if (c?.type === 'object') return this.object(c, offset, length, parent, depth);
        return this.unknown(expr, parent);
      }
      case 'operation': {
        // `-1`: a negative literal.
        const u = primary.namedChildren[0];
        if (u?.type === 'unary_operation' && u.child(0)?.type === '-') {
          const lit = u.namedChildren[0];
          const num = lit?.type === 'literal_value' ? lit.namedChildren[0] : undefined;
          if (num?.type === 'numeric_lit') return mk('number', offset, length, parent, -Number(num.text));
        }
        return this.unknown(expr, parent);
      }
      default:
        return this.unknown(expr, parent);
    }
  }

  private literal(lit: SyntaxNode, offset: number, length: number, parent: MutableNode | undefined): MutableNode {
    switch (lit.type) {
      case 'numeric_lit':
        return mk('number', offset, length, parent, Number(lit.text));
      case 'bool_lit':
        return mk('boolean', offset, length, parent, lit.text === 'true');
      case 'null_lit':
        return mk('null', offset, length, parent, null);
      case 'string_lit':
        return mk('string', offset, length, parent, stringLitValue(this.text, lit));
      default:
        return unknownNode(this.maps, this.text, offset, length, parent);
    }
  }

  /** The key of an object element: a bare identifier or a literal string; undefined for computed keys. */
  objectKey(keyExpr: SyntaxNode): string | undefined {
    const { primary, steps } = termOf(keyExpr);
    if (steps.length) return undefined;
    if (primary.type === 'variable_expr' && keyExpr.child(0)?.type !== '(') return primary.text;
    return literalString(this.text, keyExpr);
  }

  /** An HCL object with keys kept verbatim; a computed key makes it open (an entry in `unknowns`). */
  object(obj: SyntaxNode, offset: number, length: number, parent: MutableNode | undefined, depth: number): MutableNode {
    const out = mk('object', offset, length, parent);
    for (const elem of obj.namedChildren) {
      if (elem.type !== 'object_elem') continue;
      // object_elem: key expression, `=` or `:`, value expression.
      const keyExpr = elem.namedChild(0);
      const valExpr = elem.namedChild(1);
      if (!keyExpr || !valExpr) continue;
      const key = this.objectKey(keyExpr);
      if (key === undefined) {
        this.maps.unknowns.set(out as Node, this.text.slice(keyExpr.startIndex, Math.min(keyExpr.endIndex, keyExpr.startIndex + MAX_EXPRESSION)));
        continue;
      }
      const sep = elem.child(1);
      const prop = addProperty(out, key, keyExpr.startIndex, keyExpr.endIndex - keyExpr.startIndex, { offset: elem.startIndex, length: elem.endIndex - elem.startIndex }, sep?.startIndex);
      setPropertyValue(prop, this.value(valExpr, prop, depth + 1));
    }
    return out;
  }

  /** A copy of a (local's) node tree with every node at `offset`/`length`. */
  relocate(n: MutableNode, offset: number, length: number): MutableNode {
    const walk = (x: MutableNode) => {
      x.offset = offset;
      x.length = length;
      if (x.colonOffset !== undefined) x.colonOffset = undefined;
      for (const c of x.children ?? []) walk(c);
    };
    walk(n);
    return n;
  }
}

/** Whether an expression is wholly literal (no reference, call or interpolation): a local that may be resolved. */
export function isLiteralExpression(text: string, expr: SyntaxNode, depth = 0): boolean {
  if (depth > 64) return false;
  const { primary, steps } = termOf(expr);
  if (steps.length) return false;
  switch (primary.type) {
    case 'literal_value':
      return true;
    case 'template_expr':
      return literalString(text, primary) !== undefined || (templateOf(primary)?.heredoc === true && !primary.descendantsOfType(['template_interpolation', 'template_directive']).length);
    case 'collection_value': {
      const c = primary.namedChildren[0];
      if (c?.type === 'tuple') return c.namedChildren.every((i) => i.type !== 'expression' || isLiteralExpression(text, i, depth + 1));
      if (c?.type === 'object') {
        return c.namedChildren.every((e) => {
          if (e.type !== 'object_elem') return true;
          const k = e.childForFieldName('key');
          const v = e.childForFieldName('val');
          if (!k || !v) return false;
          const kt = termOf(k);
          const keyOk = (kt.primary.type === 'variable_expr' && !kt.steps.length && k.child(0)?.type !== '(') || literalString(text, k) !== undefined;
          return keyOk && isLiteralExpression(text, v, depth + 1);
        });
      }
      return false;
    }
    case 'operation': {
      const u = primary.namedChildren[0];
      return u?.type === 'unary_operation' && u.child(0)?.type === '-' && u.namedChildren[0]?.type === 'literal_value';
    }
    default:
      return false;
  }
}
