/**
 * A fast tree builder for strict JSON. Most documents the server sees are plain, well-formed JSON; for those this
 * builds exactly the tree jsonc-parser's `parseTree` builds (same node types, offsets, lengths, values, parent
 * links and `colonOffset`s), in one recursive pass over char codes, without a tokenizer or visitor callbacks.
 *
 * It gives up (returns `undefined`) at the first thing strict JSON does not allow or that jsonc-parser would
 * report or recover from: comments, trailing commas, control characters in strings, bad escapes or numbers,
 * other whitespace than space/tab/CR/LF, a byte order mark, nesting deeper than `maxDepth`, an empty text.
 * The caller then runs jsonc-parser, which gives the error messages and the recovered tree. So every text gets
 * jsonc-parser's tree; this only gets there sooner when there is nothing to report.
 */
import type { MutableNode, Node } from './json';

/** Thrown (and caught below) to leave the recursion at the first thing the fast path does not handle. */
const GIVE_UP = { giveUp: true };

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const MINUS = 45;
const DOT = 46;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

/**
 * A run of characters that may stand in a JSON string as they are. Sticky and run through the regular expression
 * engine, which scans long strings several times faster than a loop over char codes.
 */
const PLAIN_RUN = /[^"\\\x00-\x1f]*/y;

/**
 * Parses `text` as strict JSON into a jsonc-parser tree, or returns `undefined` when the text needs jsonc-parser
 * (anything it would report an error for, or that only its lenient mode accepts).
 */
export function parseStrictJson(text: string, maxDepth = 256): Node | undefined {
  const len = text.length;
  let pos = 0;

  function skipWhitespace(): number {
    while (pos < len) {
      const c = text.charCodeAt(pos);
      if (c === SPACE || c === LF || c === CR || c === TAB) pos++;
      else return c;
    }
    return -1;
  }

  /** Moves `pos` past the plain characters of a string (no quote, backslash or control character) at `pos`. */
  function skipPlain(): number {
    PLAIN_RUN.lastIndex = pos;
    PLAIN_RUN.test(text);
    pos = PLAIN_RUN.lastIndex;
    return pos < len ? text.charCodeAt(pos) : -1;
  }

  /** Reads the string whose opening quote is at `pos`; leaves `pos` after its closing quote. */
  function readString(): string {
    const start = ++pos;
    const c = skipPlain();
    if (c === QUOTE) return text.slice(start, pos++);
    if (c === BACKSLASH) return readEscapedString(start);
    throw GIVE_UP;
  }

  function readEscapedString(start: number): string {
    let result = '';
    let chunk = start;
    for (;;) {
      const c = skipPlain();
      if (c === QUOTE) {
        result += text.slice(chunk, pos++);
        return result;
      }
      if (c !== BACKSLASH) throw GIVE_UP;
      result += text.slice(chunk, pos);
      const e = text.charCodeAt(pos + 1);
      pos += 2;
      switch (e) {
        case QUOTE: result += '"'; break;
        case BACKSLASH: result += '\\'; break;
        case 47: result += '/'; break;
        case 98: result += '\b'; break;
        case 102: result += '\f'; break;
        case 110: result += '\n'; break;
        case 114: result += '\r'; break;
        case 116: result += '\t'; break;
        case 117: {
          const hex = text.slice(pos, pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw GIVE_UP;
          result += String.fromCharCode(parseInt(hex, 16));
          pos += 4;
          break;
        }
        default: throw GIVE_UP;
      }
      chunk = pos;
    }
  }

  /** Reads a number in strict JSON grammar (what jsonc-parser's scanner accepts without an error). */
  function readNumber(): number {
    const start = pos;
    if (text.charCodeAt(pos) === MINUS) pos++;
    const first = text.charCodeAt(pos);
    if (first === DIGIT_0) pos++;
    else if (isDigit(first)) {
      pos++;
      while (pos < len && isDigit(text.charCodeAt(pos))) pos++;
    } else throw GIVE_UP;
    if (text.charCodeAt(pos) === DOT) {
      pos++;
      if (!isDigit(text.charCodeAt(pos))) throw GIVE_UP;
      while (pos < len && isDigit(text.charCodeAt(pos))) pos++;
    }
    const e = text.charCodeAt(pos);
    if (e === 101 || e === 69) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === 43 || sign === MINUS) pos++;
      if (!isDigit(text.charCodeAt(pos))) throw GIVE_UP;
      while (pos < len && isDigit(text.charCodeAt(pos))) pos++;
    }
    const value = Number(text.slice(start, pos));
    if (Number.isNaN(value)) throw GIVE_UP;
    return value;
  }

  function keyword(word: string): void {
    if (!text.startsWith(word, pos)) throw GIVE_UP;
    pos += word.length;
  }

  /** Parses the value starting at `pos` (whitespace already skipped; `c` is its first char code). */
  function value(c: number, parent: MutableNode | undefined, depth: number): MutableNode {
    const offset = pos;
    switch (c) {
      case QUOTE: {
        const v = readString();
        return { type: 'string', offset, length: pos - offset, parent, value: v };
      }
      case OPEN_BRACE:
        return object(parent, depth + 1);
      case OPEN_BRACKET:
        return array(parent, depth + 1);
      case 116: // t
        keyword('true');
        return { type: 'boolean', offset, length: 4, parent, value: true };
      case 102: // f
        keyword('false');
        return { type: 'boolean', offset, length: 5, parent, value: false };
      case 110: // n
        keyword('null');
        return { type: 'null', offset, length: 4, parent, value: null };
      default: {
        const v = readNumber();
        return { type: 'number', offset, length: pos - offset, parent, value: v };
      }
    }
  }

  function object(parent: MutableNode | undefined, depth: number): MutableNode {
    if (depth > maxDepth) throw GIVE_UP;
    const children: MutableNode[] = [];
    const node: MutableNode = { type: 'object', offset: pos, length: -1, parent, children };
    pos++;
    let c = skipWhitespace();
    if (c === CLOSE_BRACE) {
      pos++;
      node.length = pos - node.offset;
      return node;
    }
    for (;;) {
      if (c !== QUOTE) throw GIVE_UP;
      const keyOffset = pos;
      // `children` is filled with an array of exactly two below (an empty array grown by push reserves room for 17).
      const property: MutableNode = { type: 'property', offset: keyOffset, length: -1, parent: node, children: undefined, colonOffset: -1 };
      const name = readString();
      const key: MutableNode = { type: 'string', value: name, offset: keyOffset, length: pos - keyOffset, parent: property };
      if (skipWhitespace() !== COLON) throw GIVE_UP;
      property.colonOffset = pos++;
      c = skipWhitespace();
      if (c < 0) throw GIVE_UP;
      const v = value(c, property, depth);
      property.children = [key, v];
      property.length = pos - keyOffset;
      children.push(property);
      c = skipWhitespace();
      if (c === COMMA) {
        pos++;
        c = skipWhitespace();
        continue;
      }
      if (c === CLOSE_BRACE) {
        pos++;
        node.length = pos - node.offset;
        return node;
      }
      throw GIVE_UP;
    }
  }

  function array(parent: MutableNode | undefined, depth: number): MutableNode {
    if (depth > maxDepth) throw GIVE_UP;
    const children: MutableNode[] = [];
    const node: MutableNode = { type: 'array', offset: pos, length: -1, parent, children };
    pos++;
    let c = skipWhitespace();
    if (c === CLOSE_BRACKET) {
      pos++;
      node.length = pos - node.offset;
      return node;
    }
    for (;;) {
      if (c < 0) throw GIVE_UP;
      children.push(value(c, node, depth));
      c = skipWhitespace();
      if (c === COMMA) {
        pos++;
        c = skipWhitespace();
        // A trailing comma is for jsonc-parser to judge.
        if (c === CLOSE_BRACKET) throw GIVE_UP;
        continue;
      }
      if (c === CLOSE_BRACKET) {
        pos++;
        node.length = pos - node.offset;
        return node;
      }
      throw GIVE_UP;
    }
  }

  try {
    const c = skipWhitespace();
    if (c < 0) return undefined;
    const root = value(c, undefined, 0);
    if (skipWhitespace() !== -1) return undefined;
    delete root.parent;
    return root as Node;
  } catch (err) {
    if (err === GIVE_UP || err instanceof RangeError) return undefined;
    throw err;
  }
}
