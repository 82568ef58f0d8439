/**
 * The fast tree builder for strict JSON must build exactly jsonc-parser's tree, or give up. Checked on
 * hand-picked edge cases, on every seed document (fixtures, examples, the shared corpus when present) and on
 * thousands of fuzz mutants: whenever it returns a tree, jsonc-parser reports no error and builds the same
 * tree; whenever `JSON.parse` accepts the text, it returns a tree.
 */
import * as assert from 'assert';
import * as path from 'path';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { parseStrictJson } from '../../server/src/service/fastJson';
import { MAX_NESTING, parseJsonDocument } from '../../server/src/service/document';
import { loadSeeds, makeMutant } from '../helpers/fuzz';
import { SHARED_DIR } from '../helpers/paths';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Describes the first difference between two trees ('' when they are the same), parent links included. */
function treeDifference(a: Node, b: Node, where = '$'): string {
  const keysA = Object.keys(a).sort().join(',');
  const keysB = Object.keys(b).sort().join(',');
  if (keysA !== keysB) return `${where}: fields ${keysA} vs ${keysB}`;
  for (const k of ['type', 'offset', 'length', 'colonOffset'] as const) {
    if (a[k] !== b[k]) return `${where}: ${k} ${String(a[k])} vs ${String(b[k])}`;
  }
  if (!Object.is(a.value, b.value)) return `${where}: value ${JSON.stringify(a.value)} vs ${JSON.stringify(b.value)}`;
  const ca = a.children;
  const cb = b.children;
  if (!ca || !cb) return ca === cb ? '' : `${where}: children`;
  if (ca.length !== cb.length) return `${where}: ${ca.length} vs ${cb.length} children`;
  for (let i = 0; i < ca.length; i++) {
    if (ca[i].parent !== a) return `${where}[${i}]: parent link (fast tree)`;
    if (cb[i].parent !== b) return `${where}[${i}]: parent link (jsonc-parser tree)`;
    const d = treeDifference(ca[i], cb[i], `${where}[${i}]`);
    if (d) return d;
  }
  return '';
}

function strictJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The property under test, for one text; returns a failure description or ''. */
function check(text: string): string {
  const fast = parseStrictJson(text, MAX_NESTING);
  const errors: ParseError[] = [];
  let slow: Node | undefined;
  try {
    slow = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return fast ? 'a tree where jsonc-parser runs out of stack' : '';
  }
  if (fast) {
    if (errors.length > 0) return `a tree although jsonc-parser reports ${errors.length} error(s)`;
    if (!slow) return 'a tree where jsonc-parser has none';
    return treeDifference(fast, slow);
  }
  if (strictJson(text) && errors.length === 0 && !deeperThan(slow, MAX_NESTING)) return 'gave up on strict JSON';
  return '';
}

function deeperThan(node: Node | undefined, limit: number, depth = 0): boolean {
  if (!node) return false;
  const d = node.type === 'object' || node.type === 'array' ? depth + 1 : depth;
  if (d > limit) return true;
  return (node.children ?? []).some((c) => deeperThan(c, limit, d));
}

describe('fastJson: the strict JSON tree builder', () => {
  it('builds jsonc-parser\'s tree for strict JSON, and gives up on anything else', () => {
    const cases = [
      '{}', '[]', ' {} ', '\r\n\t{ }\n', '0', '-0', '1.5e+3', '1E-2', '-12.25', '1e308', '1e309', '123456789012345678901234567890',
      '"x"', '""', 'true', 'false', 'null', '[true,false,null]', '{"a":1,"a":2}',
      '{"a": "\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r", "b": "\\uD83D\\uDE00"}', '{"k\\u0041y": [1, [2, [3]]]}',
      '{"cpu":"256","memory":"512","containerDefinitions":[{"name":"web","image":"nginx","portMappings":[{"containerPort":80}]}]}',
      '😀', '"😀"', '{"é": "ü"}', '"\u2028"',
      // Not strict JSON, or something jsonc-parser reports: the fast path must give up.
      '', '   ', '{', '}', '[1,]', '{"a":1,}', '{"a":1 "b":2}', '{"a" 1}', '{a:1}', "{'a':1}", '[01]', '[1.]', '[.5]', '[1e]', '[-]',
      '[+1]', '[0x10]', '[NaN]', '[Infinity]', '[tru]', '[truex]', '[nul]', '"\\x"', '"\\u12G4"', '"\\u12"', '"a\nb"', '"a\u0001"',
      '"open', '{"a":1}x', '{"a":1} {}', '// c\n{}', '{} // c', '/* c */ {}', '{"a":/*c*/1}', '\ufeff{}', '\u00a0{}', '{}\u2028',
      '[1 2]', '[,1]', '[1,,2]', '{"a":1,,"b":2}', '{,}', '{"a"}', '{"a":}', '[1}', '{"a":1]', '-', '--1', '1-', '1.2.3',
    ];
    for (const text of cases) assert.strictEqual(check(text), '', JSON.stringify(text));
    // The cases above exercise both outcomes.
    assert.ok(cases.filter((t) => parseStrictJson(t)).length >= 20);
    assert.ok(cases.filter((t) => !parseStrictJson(t)).length >= 40);
  });

  it('the comparison it relies on can fail', () => {
    const a = parseStrictJson('{"a": [1, 2]}') as Node;
    const b = parseStrictJson('{"a": [1, 3]}') as Node;
    assert.match(treeDifference(a, b), /value 2 vs 3/);
    const c = parseStrictJson('{"a":  [1, 2]}') as Node;
    assert.match(treeDifference(a, c), /offset|length/);
    assert.strictEqual(parseStrictJson('{"a": 1}')?.parent, undefined);
    assert.ok(!('parent' in (parseStrictJson('{"a": 1}') as Node)), 'the root has no parent field, as in jsonc-parser');
  });

  it('gives up past the nesting limit, and the document is then judged as before', () => {
    const nest = (n: number) => '['.repeat(n) + ']'.repeat(n);
    assert.ok(parseStrictJson(nest(MAX_NESTING), MAX_NESTING));
    assert.strictEqual(parseStrictJson(nest(MAX_NESTING + 1), MAX_NESTING), undefined);
    assert.strictEqual(parseStrictJson(nest(100_000), MAX_NESTING), undefined);
    const deep = `{"containerDefinitions": [], "x": ${nest(MAX_NESTING + 1)}}`;
    const parsed = parseJsonDocument(TextDocument.create('file:///t/task.json', 'json', 1, deep));
    assert.match(parsed.skipped ?? '', /more than 256 levels/);
  });

  it('matches jsonc-parser on every seed document', () => {
    const seeds = loadSeeds({ corpusDir: path.join(SHARED_DIR, 'corpus'), maxSeedSize: 2_000_000 }).filter((s) => !s.yaml);
    const failures: string[] = [];
    let fastPath = 0;
    for (const s of seeds) {
      const d = check(s.text);
      if (d) failures.push(`${s.name}: ${d}`);
      if (parseStrictJson(s.text)) fastPath++;
    }
    assert.deepStrictEqual(failures, []);
    assert.ok(fastPath > seeds.length / 2, `only ${fastPath} of ${seeds.length} seeds took the fast path`);
  });

  it('matches jsonc-parser on 4,000 fuzz mutants', function () {
    this.timeout(60_000);
    const seeds = loadSeeds().filter((s) => !s.yaml);
    const failures: string[] = [];
    let fastPath = 0;
    for (let i = 0; i < 4000; i++) {
      const m = makeMutant(seeds, 0x5eed, i);
      const d = check(m.text);
      if (d) failures.push(`mutant ${i}: ${d}`);
      if (parseStrictJson(m.text)) fastPath++;
    }
    assert.deepStrictEqual(failures.slice(0, 10), []);
    // Both paths are exercised: many mutants stay valid JSON, many do not.
    assert.ok(fastPath > 400 && fastPath < 3600, `${fastPath} of 4000 mutants took the fast path`);
  });
});
