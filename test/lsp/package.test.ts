import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');

/** `npm run package` makes a .vsix that holds only what the extension needs, under 2 MB (issue 16: the Terraform parser runtime and grammar ship in it). */
describe('the .vsix package (vsce, from the built dist/)', function () {
  this.timeout(120000);
  let listing: string[];
  let size: number;

  before(() => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fargate-vsix-')), 'fargate-authoring.vsix');
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const pack = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', out], { cwd: root, encoding: 'utf8' });
    assert.strictEqual(pack.status, 0, pack.stderr + pack.stdout);
    size = fs.statSync(out).size;
    const ls = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    assert.strictEqual(ls.status, 0, ls.stderr);
    listing = ls.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });

  it('is smaller than 2 MB', () => {
    assert.ok(size < 2 * 1024 * 1024, `${size} bytes`);
  });

  it('ships the bundles, snippets, grammar, media and docs images, and no sources, tests or node_modules', () => {
    for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/client.js', 'dist/concepts.js', 'dist/languageClient.js', 'dist/server.js', 'dist/features.js', 'dist/yaml.js', 'dist/web-tree-sitter.js', 'dist/web-tree-sitter.wasm', 'dist/tree-sitter-terraform.wasm', 'docs/rules.md']) {
      assert.ok(listing.includes(f), `${f} is packaged`);
    }
    assert.ok(listing.some((f) => f.startsWith('snippets/')) && listing.some((f) => f.startsWith('syntaxes/')) && listing.some((f) => f.startsWith('media/')));
    const stray = listing.filter((f) => !/^(package\.json|README\.md|CHANGELOG\.md|LICENSE|dist\/[a-zA-Z]+\.js|dist\/(web-tree-sitter\.(js|wasm)|tree-sitter-terraform\.wasm)$|snippets\/|syntaxes\/|media\/|docs\/images\/|docs\/rules\.md$)/.test(f));
    assert.deepStrictEqual(stray, []);
  });
});

/** The server bundle leaves out the rules' long explanations (esbuild.mjs), and nothing else of them. */
describe('dist/server.js and the rule metadata', () => {
  const server = fs.readFileSync(path.join(root, 'dist', 'server.js'), 'utf8');
  const cli = fs.readFileSync(path.join(root, 'dist', 'cli.js'), 'utf8');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { RULES } = require(path.join(root, 'out', 'server', 'src', 'service', 'rules', 'index.js')) as typeof import('../../server/src/service/rules');
  /** A stretch of an explanation that survives minification as written (no quotes or backslashes to re-escape). */
  const sample = (text: string) => (text.match(/[A-Za-z ,]+/g) ?? ['']).reduce((a, b) => (b.length > a.length ? b : a));

  it('every rule keeps its id, title and source in the server; its explanation is only in the CLI (SARIF)', () => {
    assert.ok(RULES.length > 60);
    for (const r of RULES) {
      for (const kept of [r.meta.id, r.meta.title, r.meta.source]) assert.ok(server.includes(kept), `${r.meta.id}: '${kept}' missing from dist/server.js`);
      const explanation = sample(r.meta.description);
      assert.ok(explanation.length >= 25, `${r.meta.id}: '${explanation}'`);
      assert.ok(!server.includes(explanation), `${r.meta.id}: its explanation is still in dist/server.js`);
      assert.ok(cli.includes(explanation), `${r.meta.id}: its explanation is missing from dist/cli.js`);
    }
  });
});
