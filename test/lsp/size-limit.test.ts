import * as assert from 'assert';
import * as fs from 'fs';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/common/settings';
import { SERVER_PATH, TestLspClient } from './lspClient';

/** A task definition of at least `bytes` characters (padded with environment variables). */
function taskOfSize(bytes: number): string {
  const environment: { name: string; value: string }[] = [];
  const task = {
    family: 'big',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'app', image: 'nginx:1.27', essential: true, environment }],
  };
  const empty = JSON.stringify(task, null, 2).length;
  environment.push({ name: 'SETTING_0', value: 'v'.repeat(200) });
  const perEntry = JSON.stringify(task, null, 2).length - empty;
  while (environment.length < Math.ceil((bytes - empty) / perEntry)) environment.push({ name: `SETTING_${environment.length}`, value: 'v'.repeat(200) });
  let text = JSON.stringify(task, null, 2);
  while (text.length < bytes) {
    environment.push({ name: `SETTING_${environment.length}`, value: 'v'.repeat(200) });
    text = JSON.stringify(task, null, 2);
  }
  return text;
}

const codes = (p: PublishDiagnosticsParams): unknown[] => p.diagnostics.map((d: Diagnostic) => [d.code, d.severity]);

describe('fargate.maxFileSize over stdio (bundled dist/server.js)', function () {
  this.timeout(60_000);
  let client: TestLspClient;
  const configuration: Record<string, unknown> = { maxFileSize: 20_000 };

  before(async () => {
    assert.ok(fs.existsSync(SERVER_PATH), `build first: ${SERVER_PATH} is missing`);
    client = new TestLspClient({ configuration });
    await client.initialize();
  });
  after(async () => {
    if (client && client.exitCode === null) await client.shutdown();
  });

  it('a task definition over the limit gets one information diagnostic saying why, and nothing else', async () => {
    const text = taskOfSize(30_000);
    const uri = 'file:///size/over-taskdef.json';
    await client.open(uri, text);
    const p = await client.waitForDiagnostics(uri);
    assert.deepStrictEqual(codes(p), [['fargate/not-checked', 3]]);
    const message = p.diagnostics[0].message;
    assert.match(message, /fargate\.maxFileSize/);
    assert.match(message, /KB/, 'the message gives the sizes');
    assert.match(message, /Raise the setting/, 'the message says how to get it checked');
    assert.deepStrictEqual(p.diagnostics[0].range.start, { line: 0, character: 0 });
  });

  it('is not parsed at all: a syntax error above the limit is not reported, the same error below it is', async () => {
    const broken = taskOfSize(30_000).replace('"family": "big",', '"family": "big",,');
    const over = 'file:///size/broken-over-taskdef.json';
    await client.open(over, broken);
    assert.deepStrictEqual(codes(await client.waitForDiagnostics(over)), [['fargate/not-checked', 3]]);

    const small = taskOfSize(2_000).replace('"family": "big",', '"family": "big",,');
    const under = 'file:///size/broken-under-taskdef.json';
    await client.open(under, small);
    const p = await client.waitForDiagnostics(under);
    assert.ok(p.diagnostics.length > 0 && p.diagnostics.every((d) => d.code === 'fargate/json-syntax'), JSON.stringify(codes(p)));
  });

  it('a large JSON file that is not an ECS definition gets silence', async () => {
    const uri = 'file:///size/package-lock.json';
    await client.open(uri, JSON.stringify({ name: 'x', packages: Array.from({ length: 2000 }, (_, i) => ({ name: `p${i}`, version: '1.0.0' })) }));
    assert.deepStrictEqual((await client.waitForDiagnostics(uri)).diagnostics, []);
  });

  it('raising the setting checks the document', async () => {
    const uri = 'file:///size/over-taskdef.json';
    configuration.maxFileSize = 1_000_000;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { fargate: configuration } });
    const p = await client.waitForDiagnostics(uri, (d) => !d.diagnostics.some((x) => x.code === 'fargate/not-checked'));
    assert.ok(!p.diagnostics.some((d) => d.code === 'fargate/not-checked'));
  });

  it(`the default limit is ${DEFAULT_MAX_FILE_SIZE} bytes: one byte over is not checked`, async () => {
    const fresh = new TestLspClient();
    try {
      await fresh.initialize();
      // A syntax error that parsing would report, padded inside the last value to exactly limit + 1 characters.
      const broken = taskOfSize(DEFAULT_MAX_FILE_SIZE - 500).replace('"family": "big",', '"family": "big",,');
      const tail = broken.lastIndexOf('v"');
      const text = `${broken.slice(0, tail)}${'v'.repeat(DEFAULT_MAX_FILE_SIZE + 1 - broken.length)}${broken.slice(tail)}`;
      assert.strictEqual(text.length, DEFAULT_MAX_FILE_SIZE + 1);
      const uri = 'file:///size/default-over-taskdef.json';
      await fresh.open(uri, text);
      assert.deepStrictEqual(codes(await fresh.waitForDiagnostics(uri, () => true, 30_000)), [['fargate/not-checked', 3]]);
    } finally {
      await fresh.shutdown();
    }
  });
});
