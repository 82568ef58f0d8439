/**
 * LSP-level faults against the bundled server (dist/server.js): requests on unknown documents, stale and
 * out-of-order changes, cancellation, floods of changes, invalid settings, malformed params, huge and deep
 * documents, and secrets in the log. After each fault the server must still answer.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import type { CompletionList, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { validTask } from '../helpers/docs';
import { SECRET_VALUES, leaks, secretTask } from '../helpers/secrets';
import { SERVER_PATH, TestLspClient, type TestClientOptions } from './lspClient';

const TASK = JSON.stringify(validTask(), null, 2);
const BROKEN = '{"family": "web", "containerDefinitions": [ {"name": "a" "image": "x"} ]}';

function pos(text: string, needle: string, delta = 1): { line: number; character: number } {
  const offset = text.indexOf(needle) + delta;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The server still answers: a fresh document gets its diagnostics and a hover request returns. */
async function assertAlive(client: TestLspClient, tag: string): Promise<number> {
  const uri = `file:///alive/${tag}-taskdef.json`;
  await client.open(uri, TASK);
  await client.waitForDiagnostics(uri, () => true, 15_000);
  const t0 = Date.now();
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: pos(TASK, '"cpu"') });
  assert.ok(hover, 'a hover on "cpu" after the fault');
  assert.strictEqual(client.exitCode, null, 'server still running');
  return Date.now() - t0;
}

describe('language server under faults (bundled dist/server.js)', function () {
  this.timeout(60_000);
  let client: TestLspClient;

  before(() => assert.ok(fs.existsSync(SERVER_PATH), `build first (node esbuild.mjs): ${SERVER_PATH} is missing`));
  afterEach(async () => {
    if (client && client.exitCode === null) await client.shutdown();
  });

  async function start(options: TestClientOptions = {}): Promise<TestLspClient> {
    client = new TestLspClient(options);
    await client.initialize();
    return client;
  }

  it('hover, completion and code actions on unopened and closed documents answer null/empty, and the server keeps serving', async () => {
    await start();
    const ghost = { textDocument: { uri: 'file:///never/opened.json' }, position: { line: 0, character: 1 } };
    assert.strictEqual(await client.request('textDocument/hover', ghost), null);
    const completion = await client.request<CompletionList | null>('textDocument/completion', ghost);
    assert.ok(completion === null || (Array.isArray(completion.items) && completion.items.length === 0), JSON.stringify(completion));
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const actions = await client.request<unknown[] | null>('textDocument/codeAction', { textDocument: ghost.textDocument, range, context: { diagnostics: [] } });
    assert.ok(actions === null || actions.length === 0);
    for (const method of ['fargate/documentConcepts', 'fargate/costEstimate']) assert.strictEqual(await client.request(method, { textDocument: ghost.textDocument }), null);

    const uri = 'file:///faults/closed-taskdef.json';
    await client.open(uri, TASK);
    await client.waitForDiagnostics(uri);
    await client.close(uri);
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: pos(TASK, '"cpu"') }), null);
    await assertAlive(client, 'unopened');
  });

  it('didChange for an unknown document, and stale or out-of-order versions, do not break the server', async () => {
    await start();
    await client.change('file:///never/opened-taskdef.json', 5, TASK);
    await client.changeIncremental('file:///never/opened2.json', 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    const uri = 'file:///faults/versions-taskdef.json';
    await client.open(uri, TASK, 10);
    await client.waitForDiagnostics(uri, (p) => p.version === 10);
    // An older version arrives after a newer one; then an edit whose range lies outside the document.
    await client.change(uri, 12, BROKEN);
    await client.change(uri, 11, TASK);
    await client.changeIncremental(uri, 13, [{ range: { start: { line: 500, character: 0 }, end: { line: 900, character: 5 } }, text: '"x"' }]);
    await client.waitForDiagnostics(uri, (p) => p.version === 13);
    // Whatever the text now is, diagnostics and hovers stay well-formed.
    const last = client.published(uri).at(-1)!;
    for (const d of last.diagnostics) assert.ok(d.range.start.line >= 0 && d.message.length > 0);
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 9999, character: 9999 } });
    await assertAlive(client, 'versions');
  });

  it('$/cancelRequest: the answer is either normal or RequestCancelled (-32800)', async () => {
    await start();
    const uri = 'file:///faults/cancel-taskdef.json';
    await client.open(uri, TASK);
    await client.waitForDiagnostics(uri);
    let cancelled = 0;
    let answered = 0;
    for (let i = 0; i < 20; i++) {
      const method = i % 2 ? 'textDocument/hover' : 'textDocument/completion';
      const r = client.cancellableRequest(method, { textDocument: { uri }, position: pos(TASK, '"memory"', 2) });
      r.cancel();
      try {
        await r.result;
        answered++;
      } catch (err) {
        assert.strictEqual((err as { code?: number }).code, -32800, String(err));
        cancelled++;
      }
    }
    assert.strictEqual(cancelled + answered, 20);
    await assertAlive(client, 'cancel');
  });

  it('200 rapid didChanges: the final version\'s diagnostics are published last', async () => {
    await start();
    const uri = 'file:///faults/rapid-taskdef.json';
    await client.open(uri, TASK, 1);
    for (let v = 2; v <= 201; v++) {
      // Alternate broken and valid text; the final version (201, odd) is broken and must win.
      await client.change(uri, v, v % 2 ? BROKEN : TASK);
    }
    await client.waitForDiagnostics(uri, (p) => p.version === 201, 20_000);
    // Stragglers would arrive within a few validation delays (150 ms debounce): wait until the publications settle.
    const all = await client.waitForQuiet(uri, 600, 15_000);
    const last = all.at(-1)!;
    assert.strictEqual(last.version, 201, `last published version ${last.version} of ${all.map((p) => p.version).join(',')}`);
    assert.ok(last.diagnostics.some((d) => d.code === 'fargate/json-syntax'));
    assert.ok(all.length < 50, `debounced: ${all.length} publications for 200 changes`);
  });

  it('invalid settings values fall back to defaults, without a crash', async () => {
    await start({ configuration: { rules: 5, maxFileSize: 'x', unknownKeySeverity: 42, enable: 'yes' } });
    const uri = 'file:///faults/settings-taskdef.json';
    const t = validTask();
    t.contianerDefinitions = [];
    await client.open(uri, JSON.stringify(t, null, 2));
    const p = await client.waitForDiagnostics(uri);
    const unknown = p.diagnostics.find((d) => d.code === 'fargate/unknown-key');
    assert.ok(unknown, JSON.stringify(p.diagnostics));
    assert.strictEqual(unknown.severity, 2, 'default unknownKeySeverity (warning)');
    await assertAlive(client, 'settings');
  });

  it('a client without workspace/configuration gets defaults (and initializationOptions settings)', async () => {
    await start({ initializationOptions: { settings: { rules: { 'fargate/json-syntax': 'warning' } } } });
    const uri = 'file:///faults/noconfig-taskdef.json';
    await client.open(uri, BROKEN);
    const p = await client.waitForDiagnostics(uri);
    assert.ok(p.diagnostics.length > 0 && p.diagnostics.every((d) => d.severity === 2), JSON.stringify(p.diagnostics));
    await assertAlive(client, 'noconfig');
  });

  it('malformed params give an error response (or null), and the server stays alive', async () => {
    await start();
    // `error` set: only that JSON-RPC error is acceptable. Otherwise the request names no open document, so the
    // answer is exactly null (what the server says for an unknown document), or a JSON-RPC error for the bad params.
    const bad: { method: string; params: unknown; error?: number }[] = [
      { method: 'textDocument/hover', params: { position: { line: 0, character: 0 } } },
      { method: 'textDocument/completion', params: {} },
      { method: 'textDocument/codeAction', params: { textDocument: { uri: 'file:///x.json' } } },
      { method: 'textDocument/hover', params: { textDocument: { uri: 42 }, position: 'here' } },
      { method: 'fargate/documentConcepts', params: null },
      { method: 'fargate/conceptsAtPosition', params: { textDocument: {} } },
      { method: 'fargate/costEstimate', params: { textDocument: { uri: 'file:///x.json' }, extra: [1, 2] } },
      { method: 'no/suchMethod', params: { a: 1 }, error: -32601 },
    ];
    for (const { method, params, error } of bad) {
      let outcome: { result: unknown } | { code: unknown };
      try {
        outcome = { result: await client.request<unknown>(method, params) };
      } catch (err) {
        outcome = { code: (err as { code?: unknown }).code };
      }
      const what = `${method} ${JSON.stringify(params)}: ${JSON.stringify(outcome)}`;
      if (error !== undefined) assert.deepStrictEqual(outcome, { code: error }, what);
      else if ('result' in outcome) assert.strictEqual(outcome.result, null, what);
      else {
        // A JSON-RPC (-32768..-32000) or LSP (-32899..-32800) reserved error code, e.g. -32603 internal error.
        const code = outcome.code;
        assert.ok(typeof code === 'number' && Number.isInteger(code) && code >= -32899 && code <= -32000, what);
      }
    }
    await client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///bad.json' } });
    await client.notify('textDocument/didOpen', {});
    await client.notify('textDocument/didChange', { textDocument: {}, contentChanges: 'nope' });
    await client.notify('textDocument/didClose', { textDocument: { uri: 'file:///never.json' } });
    await client.notify('workspace/didChangeConfiguration', { settings: 'garbage' });
    await assertAlive(client, 'malformed');
  });

  it('a 20 MB task definition over didOpen: one information diagnostic, and the server stays responsive', async () => {
    await start();
    const t = validTask();
    t.containerDefinitions[0].command = ['x'.repeat(20 * 1024 * 1024)];
    const uri = 'file:///faults/huge-taskdef.json';
    await client.open(uri, JSON.stringify(t));
    const p = await client.waitForDiagnostics(uri, () => true, 30_000);
    assert.deepStrictEqual(p.diagnostics.map((d) => [d.code, d.severity]), [['fargate/not-checked', 3]]);
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } }), null);
    const ms = await assertAlive(client, 'huge');
    assert.ok(ms < 5000, `hover after the huge file took ${ms} ms`);
  });

  it('a 10,000-level nested array over didOpen: silence or one information diagnostic, the server stays responsive', async () => {
    await start();
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const plain = 'file:///faults/deep.json';
    const task = 'file:///faults/deep-taskdef.json';
    await client.open(plain, deep);
    await client.open(task, `{"family": "x", "containerDefinitions": [${deep}]}`);
    assert.deepStrictEqual((await client.waitForDiagnostics(plain)).diagnostics, []);
    const p = await client.waitForDiagnostics(task);
    assert.deepStrictEqual(p.diagnostics.map((d) => [d.code, d.severity]), [['fargate/not-checked', 3]]);
    for (const uri of [plain, task]) {
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5000 } });
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 5000 } });
    }
    await assertAlive(client, 'deep');
  });

  it('never writes a secret value to its log, even when features run over every part of the document', async () => {
    await start({ configuration: { rules: {} } });
    const text = JSON.stringify(secretTask(), null, 2);
    const uri = 'file:///faults/secrets-taskdef.json';
    await client.open(uri, text);
    const p: PublishDiagnosticsParams = await client.waitForDiagnostics(uri);
    assert.ok(p.diagnostics.some((d) => d.code === 'fargate/plaintext-secret'));
    assert.deepStrictEqual(leaks(JSON.stringify(p.diagnostics)), []);
    const lines = text.split('\n');
    for (let line = 0; line < lines.length; line++) {
      const position = { line, character: Math.floor(lines[line].length * 0.7) };
      const h = await client.request('textDocument/hover', { textDocument: { uri }, position });
      const c = await client.request('textDocument/completion', { textDocument: { uri }, position });
      assert.deepStrictEqual(leaks(JSON.stringify([h, c])), [], `line ${line}`);
    }
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } }, context: { diagnostics: p.diagnostics },
    });
    const inserted = (JSON.stringify(actions).match(/"newText":"(?:[^"\\]|\\.)*"/g) ?? []).join('\n');
    assert.deepStrictEqual(leaks(inserted), []);
    // Breaking the document (a rule or parser error path) must not log the text either.
    await client.change(uri, 2, text.replace(`"${SECRET_VALUES.DB_PASSWORD}"`, `"${SECRET_VALUES.DB_PASSWORD}" oops`));
    await client.waitForDiagnostics(uri, (x) => x.version === 2);
    await client.shutdown();
    assert.deepStrictEqual(leaks(client.allOutput()), [], client.allOutput().slice(0, 2000));
  });
});
