import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { SERVER_PATH, TestLspClient } from './lspClient';

const TASK = JSON.stringify({ family: 'web', containerDefinitions: [{ name: 'web', image: 'nginx:1.27' }] }, null, 2);

describe('language server over stdio (bundled dist/server.js)', function () {
  let client: TestLspClient;

  before(() => assert.ok(fs.existsSync(SERVER_PATH), `build first: ${SERVER_PATH} is missing`));
  afterEach(async () => {
    if (client && client.exitCode === null) await client.shutdown();
  });

  it('answers initialize with its capabilities and name', async () => {
    client = new TestLspClient();
    const init = await client.initialize();
    assert.strictEqual(init.serverInfo?.name, 'fargate-language-server');
    assert.ok(init.capabilities.textDocumentSync, 'textDocumentSync advertised');
  });

  it('publishes a syntax error for a broken task definition and clears it when fixed', async () => {
    client = new TestLspClient();
    await client.initialize();
    const uri = 'file:///work/taskdef.json';
    await client.open(uri, '{"family": "web", "containerDefinitions": [ {"name": "a" "image": "x"} ]}');
    const first = await client.waitForDiagnostics(uri);
    assert.ok(first.diagnostics.some((d) => d.code === 'fargate/json-syntax' && d.source === 'fargate'), JSON.stringify(first));
    const d = first.diagnostics[0];
    assert.strictEqual(d.severity, 1);
    assert.ok(d.codeDescription?.href.startsWith('https://'));
    await client.change(uri, 2, TASK);
    const second = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.ok(!second.diagnostics.some((x) => x.code === 'fargate/json-syntax'));
  });

  it('stays silent on JSON files that are not task definitions', async () => {
    client = new TestLspClient();
    await client.initialize();
    const uri = 'file:///work/package.json';
    await client.open(uri, '{"name": "x", "version": "1.0.0" "private": true}');
    const p = await client.waitForDiagnostics(uri);
    assert.deepStrictEqual(p.diagnostics, []);
  });

  it('pulls settings with workspace/configuration and honours them', async () => {
    client = new TestLspClient({ configuration: { rules: { 'fargate/json-syntax': 'warning' } } });
    await client.initialize();
    const uri = 'file:///work/broken-taskdef.json';
    await client.open(uri, '{"containerDefinitions": [ 1 2 ]}');
    const p = await client.waitForDiagnostics(uri);
    assert.ok(p.diagnostics.length > 0);
    assert.ok(p.diagnostics.every((d) => d.severity === 2), JSON.stringify(p.diagnostics));
  });

  it('validates an opened document at once, whatever the typing debounce, and debounces edits', async function () {
    // A 10 s debounce (the maximum): if opening waited for it, the 5 s waits below would fail.
    this.timeout(15000);
    client = new TestLspClient({ initializationOptions: { validationDelayMs: 10_000 } });
    await client.initialize();
    const uri = 'file:///work/opened/taskdef.json';
    const bad = JSON.stringify({ family: 'web', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '4096', containerDefinitions: [{ name: 'web', image: 'nginx:1.27' }] });
    await client.open(uri, bad);
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1, 5000);
    assert.ok(first.diagnostics.some((d) => d.code === 'fargate/task-size'), JSON.stringify(first.diagnostics));
    // Opened once, validated once: the open's own content event schedules nothing more.
    await client.waitForQuiet(uri, 600, 5000);
    assert.strictEqual(client.published(uri).length, 1);
    // An edit waits for the debounce: nothing for version 2 yet.
    await client.change(uri, 2, bad.replace('"4096"', '"512"'));
    await new Promise((r) => setTimeout(r, 800));
    assert.ok(!client.published(uri).some((p) => p.version === 2), 'an edit is validated only after the typing pause');
    // A second document opened meanwhile is still validated at once.
    const other = 'file:///work/opened/other.json';
    await client.open(other, bad);
    await client.waitForDiagnostics(other, (p) => p.version === 1, 5000);
  });

  it('clears diagnostics when a document closes', async () => {
    client = new TestLspClient();
    await client.initialize();
    const uri = 'file:///work/closing.json';
    await client.open(uri, '{"containerDefinitions": [ 1 2 ]}');
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await client.close(uri);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined);
  });

  it('shuts down cleanly with exit code 0', async () => {
    client = new TestLspClient();
    await client.initialize();
    const code = await client.shutdown();
    assert.strictEqual(code, 0);
  });

  it('prints usage and exits 2 without a transport, and prints its version', () => {
    const noArgs = spawnSync(process.execPath, [SERVER_PATH], { encoding: 'utf8' });
    assert.strictEqual(noArgs.status, 2);
    assert.match(noArgs.stdout, /--stdio/);
    const v = spawnSync(process.execPath, [SERVER_PATH, '--version'], { encoding: 'utf8' });
    assert.strictEqual(v.status, 0);
    assert.match(v.stdout, /fargate-language-server \d+\.\d+\.\d+/);
  });
});
