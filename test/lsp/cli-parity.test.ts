import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../helpers/paths';
import { SERVER_PATH, TestLspClient } from './lspClient';

const ROOT = REPO_ROOT;
const CLI_PATH = path.join(ROOT, 'dist/cli.js');
const FIXTURES = path.join(ROOT, 'test/fixtures');

interface Row {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...fixtureFiles(p));
    else if (/\.(jsonc?|ya?ml)$/i.test(e.name)) out.push(p);
  }
  return out;
}

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

function fromDiagnostic(file: string, d: Diagnostic): Row {
  return {
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: SEVERITY[d.severity ?? 1],
    code: String(d.code),
    message: d.message,
  };
}

/** The bundled CLI (`node dist/cli.js --format json test/fixtures`) and the bundled server over stdio agree. */
describe('fargate-lint and the language server give the same findings', function () {
  let client: TestLspClient;

  before(() => {
    assert.ok(fs.existsSync(SERVER_PATH), `build first: ${SERVER_PATH} is missing`);
    assert.ok(fs.existsSync(CLI_PATH), `build first: ${CLI_PATH} is missing`);
  });
  after(async () => {
    if (client && client.exitCode === null) await client.shutdown();
  });

  it('for every fixture file under test/fixtures', async () => {
    const cli = spawnSync(process.execPath, [CLI_PATH, '--format', 'json', 'test/fixtures'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(cli.status, 1, `exit code (fixtures contain errors); stderr: ${cli.stderr}`);
    const cliRows = JSON.parse(cli.stdout) as Row[];

    client = new TestLspClient();
    await client.initialize();
    const files = fixtureFiles(FIXTURES);
    // Each file is checked the way an editor would send it: open alone, then closed, so the cross-file context
    // comes from disk exactly as for the CLI.
    const lspRows: Row[] = [];
    for (const file of files) {
      const rel = path.relative(ROOT, file).split(path.sep).join('/');
      const uri = pathToFileURL(file).href;
      await client.open(uri, fs.readFileSync(file, 'utf8'), 1, /\.ya?ml$/i.test(file) ? 'yaml' : 'json');
      const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
      lspRows.push(...p.diagnostics.map((d) => fromDiagnostic(rel, d)));
      await client.close(uri);
    }
    assert.ok(files.length >= 11, `fixtures: ${files.length}`);
    assert.ok(cliRows.some((r) => r.code === 'fargate/service-task-container'), 'the comparison covers a cross-file finding');
    assert.ok(files.some((f) => /\.ya?ml$/i.test(f)), 'the fixtures include YAML');
    const order = (a: Row, b: Row) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
    assert.deepStrictEqual([...cliRows].sort(order), [...lspRows].sort(order));
  });
});
