import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadTerraformParser, parseTerraform, terraformParserIfLoaded, wasmPaths, type TextChange } from '../../../server/src/service/terraform';
import { mulberry32 } from '../../helpers/prng';
import { REPO_ROOT } from '../../helpers/paths';
import { fixture, plain, tfParser } from './support';

/** A definition list as comparable data: names, bodies, and every node's range. */
function snapshot(doc: ReturnType<typeof parseTerraform>['document']): unknown {
  const ranges = (n: { offset: number; length: number; children?: unknown[] }): unknown => [n.offset, n.length, ...((n.children ?? []) as (typeof n)[]).map(ranges)];
  return {
    defs: doc.definitions.map((d) => ({ name: d.name, body: plain(d.body.node), ranges: ranges(d.body.node), range: d.range })),
    refs: doc.references.map((r) => [r.source, r.target]),
    files: doc.containerFiles.map((f) => [f.definition, f.path]),
    errors: doc.syntaxErrors.length,
  };
}

describe('terraform parser: loading and incremental parsing', () => {
  it('loads once, lazily, from node_modules in tests', async () => {
    const first = loadTerraformParser();
    const second = loadTerraformParser();
    assert.strictEqual(first, second, 'one load, shared');
    const parser = await first;
    assert.strictEqual(terraformParserIfLoaded(), parser);
    const files = wasmPaths();
    assert.ok(fs.existsSync(files.runtime) && fs.existsSync(files.grammar));
    assert.strictEqual(parser.language.abiVersion, 14);
  });

  it('the bundled runtime and grammar in dist/ load and parse (after npm run build)', async function () {
    const dist = path.join(REPO_ROOT, 'dist');
    const bundle = path.join(dist, 'web-tree-sitter.js');
    if (!fs.existsSync(bundle)) this.skip();
    for (const f of ['web-tree-sitter.wasm', 'tree-sitter-terraform.wasm']) assert.ok(fs.existsSync(path.join(dist, f)), `${f} is copied into dist/`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ts = require(bundle) as typeof import('web-tree-sitter');
    await ts.Parser.init({ wasmBinary: fs.readFileSync(path.join(dist, 'web-tree-sitter.wasm')) } as Parameters<typeof ts.Parser.init>[0]);
    const lang = await ts.Language.load(new Uint8Array(fs.readFileSync(path.join(dist, 'tree-sitter-terraform.wasm'))));
    const p = new ts.Parser();
    p.setLanguage(lang);
    const tree = p.parse('resource "aws_ecs_service" "s" { name = "s" }')!;
    assert.strictEqual(tree.rootNode.hasError, false);
    assert.strictEqual(tree.rootNode.descendantsOfType('block').length, 1);
    tree.delete();
    p.delete();
  });

  it('an incremental re-parse gives the same tree and definitions as a fresh parse', async () => {
    const parser = await tfParser();
    const text = fixture('module/main.tf');
    const before = parseTerraform(parser, text);
    const at = text.indexOf('"512"');
    const change: TextChange = { offset: at, deleteLength: 5, insertText: '"1024"' };
    const edited = text.slice(0, at) + '"1024"' + text.slice(at + 5);
    const incremental = parseTerraform(parser, edited, { parsed: before, changes: [change] });
    const fresh = parseTerraform(parser, edited);
    assert.strictEqual(incremental.tree.rootNode.toString(), fresh.tree.rootNode.toString());
    assert.deepStrictEqual(snapshot(incremental.document), snapshot(fresh.document));
    assert.strictEqual(incremental.document.definitions[0].body.str('memory'), '1024');
    incremental.tree.delete();
    fresh.tree.delete();
  });

  it('random edit sequences (seeded): incremental = fresh, with multi-line and non-ASCII text', async () => {
    const parser = await tfParser();
    const rand = mulberry32(16);
    const pieces = ['\n', ' ', '"é😀"', '{', '}', '= 1', 'cpu = 256\n', 'volume {\n name = "v"\n}\n', '${var.x}', '#', '<<EOF\n[]\nEOF\n', '"', '[', ']'];
    let parsed = parseTerraform(parser, fixture('module/main.tf'));
    for (let i = 0; i < 200; i++) {
      const changes: TextChange[] = [];
      let text = parsed.text;
      for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
        const offset = Math.floor(rand() * (text.length + 1));
        const deleteLength = Math.min(Math.floor(rand() * 12), text.length - offset);
        const insertText = rand() < 0.3 ? '' : pieces[Math.floor(rand() * pieces.length)];
        changes.push({ offset, deleteLength, insertText });
        text = text.slice(0, offset) + insertText + text.slice(offset + deleteLength);
      }
      const next = parseTerraform(parser, text, { parsed, changes });
      const fresh = parseTerraform(parser, text);
      assert.strictEqual(next.tree.rootNode.toString(), fresh.tree.rootNode.toString(), `step ${i}`);
      assert.deepStrictEqual(snapshot(next.document), snapshot(fresh.document), `step ${i}`);
      fresh.tree.delete();
      parsed = next;
    }
    parsed.tree.delete();
  });

  it('offsets are UTF-16 code units, as in JavaScript strings', async () => {
    const parser = await tfParser();
    const text = 'a = "é😀"\nb = 1\n';
    const tree = parser.parse(text);
    const num = tree.rootNode.descendantsOfType('numeric_lit')[0];
    assert.strictEqual(text.slice(num.startIndex, num.endIndex), '1');
    tree.delete();
  });
});
