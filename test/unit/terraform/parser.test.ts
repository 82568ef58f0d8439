import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { changeBetween, hclEdits, loadTerraformParser, parseTerraform, terraformParserIfLoaded, wasmPaths, type TerraformDefinition, type TextChange } from '../../../server/src/service/terraform';
import type { Node } from '../../../server/src/service/json';
import { mulberry32 } from '../../helpers/prng';
import { REPO_ROOT } from '../../helpers/paths';
import { fixture, plain, tfParser } from './support';

/** Offsets of a definition's unknown nodes. */
function unknownOffsets(d: TerraformDefinition): number[] {
  const out: number[] = [];
  const stack: Node[] = [d.body.node];
  while (stack.length) {
    const n = stack.pop()!;
    if (d.unknowns.has(n)) out.push(n.offset);
    for (const c of n.children ?? []) stack.push(c);
  }
  return out.sort((a, b) => a - b);
}

/** A definition list as comparable data: names, bodies, every node's range, unknowns, file references, writer edits. */
function snapshot(doc: ReturnType<typeof parseTerraform>['document'], text: string): unknown {
  const ranges = (n: { offset: number; length: number; children?: unknown[] }): unknown => [n.offset, n.length, ...((n.children ?? []) as (typeof n)[]).map(ranges)];
  return {
    defs: doc.definitions.map((d) => ({ name: d.name, body: plain(d.body.node), ranges: ranges(d.body.node), range: d.range })),
    refs: doc.references.map((r) => [r.source, r.target]),
    files: doc.containerFiles.map((f) => [f.definition, f.path, f.pathRange, f.vars.map((v) => [v.name, v.keyRange, ranges(v.value)]), f.from.offset]),
    errors: doc.syntaxErrors.map((e) => [e.offset, e.length]).sort((a, b) => a[0] - b[0] || a[1] - b[1]),
    unknowns: doc.definitions.map((d) => unknownOffsets(d)),
    // The writer works from the same places: an edit on each definition comes out the same.
    edits: doc.definitions.map((d) => hclEdits(text, d, { op: 'set', path: d.kind === 'service' ? ['deploymentConfiguration', 'maximumPercent'] : ['containerDefinitions', 0, 'essential'], value: d.kind === 'service' ? 150 : true })),
  };
}

/** More resources for the random edits: a heredoc task, a service, an inline template_file. */
const RICH = `
resource "aws_ecs_task_definition" "h" {
  family = "h"
  container_definitions = <<EOT
[{"name": "a", "image": "\${var.i}", "essential": false, "cpu": \${var.c}}]
EOT
}

resource "aws_ecs_service" "s" {
  name                       = "s"
  task_definition            = aws_ecs_task_definition.h.arn
  deployment_maximum_percent = 200
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = true
  }
}

data "template_file" "inline" {
  template = <<EOT
[{"name": "i", "image": "busybox"}]
EOT
}

resource "aws_ecs_task_definition" "i" {
  family                = "i"
  container_definitions = data.template_file.inline.rendered
}
`;

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
    const old = [...before.document.definitions];
    const incremental = parseTerraform(parser, edited, { parsed: before, changes: [change] });
    // The edited resource is mapped again; the others (moved by one character) are reused.
    assert.notStrictEqual(incremental.document.definitions[0], old[0]);
    assert.strictEqual(incremental.document.definitions[1], old[1]);
    assert.strictEqual(incremental.document.definitions[2], old[2]);
    const fresh = parseTerraform(parser, edited);
    assert.strictEqual(incremental.tree.rootNode.toString(), fresh.tree.rootNode.toString());
    assert.deepStrictEqual(snapshot(incremental.document, edited), snapshot(fresh.document, edited));
    assert.strictEqual(incremental.document.definitions[0].body.str('memory'), '1024');
    incremental.tree.delete();
    fresh.tree.delete();
  });

  it('random edit sequences (seeded): incremental = fresh, with multi-line and non-ASCII text', async () => {
    const parser = await tfParser();
    const rand = mulberry32(16);
    const pieces = ['\n', ' ', '"é😀"', '{', '}', '= 1', 'cpu = 256\n', 'volume {\n name = "v"\n}\n', '${var.x}', '#', '<<EOF\n[]\nEOF\n', '"', '[', ']'];
    let parsed = parseTerraform(parser, fixture('module/main.tf') + RICH);
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
      assert.deepStrictEqual(snapshot(next.document, text), snapshot(fresh.document, text), `step ${i}`);
      fresh.tree.delete();
      parsed = next;
    }
    parsed.tree.delete();
  });

  it('changeBetween finds the one change between two texts, and the re-parse from it equals a fresh one', async () => {
    const parser = await tfParser();
    const rand = mulberry32(33);
    const apply = (t: string, c: TextChange) => t.slice(0, c.offset) + c.insertText + t.slice(c.offset + c.deleteLength);
    for (const [a, b] of [['abc', 'abXc'], ['aaaa', 'aaa'], ['', 'x'], ['x😀y', 'x😁y'], ['same', 'same'], ['😀', '']] as const) {
      const c = changeBetween(a, b);
      assert.strictEqual(apply(a, c), b, `${a} -> ${b}`);
    }
    let parsed = parseTerraform(parser, fixture('module/main.tf'));
    for (let i = 0; i < 50; i++) {
      const at = Math.floor(rand() * parsed.text.length);
      const text = parsed.text.slice(0, at) + ['x', '', '"é"', '\n'][i % 4] + parsed.text.slice(at + (i % 3));
      const c = changeBetween(parsed.text, text);
      assert.strictEqual(apply(parsed.text, c), text);
      const next = parseTerraform(parser, text, { parsed, changes: [c] });
      const fresh = parseTerraform(parser, text);
      assert.strictEqual(next.tree.rootNode.toString(), fresh.tree.rootNode.toString());
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
