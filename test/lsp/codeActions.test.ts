import * as assert from 'assert';
import * as fs from 'fs';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { applyTextEdits } from '../helpers/edits';
import { SERVER_PATH, TestLspClient } from './lspClient';

const TASK = `{
    "family": "api",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "bridge",
    "cpu": "256",
    "memory": "4096",
    "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
    "containerDefinitions": [
        {
            "name": "api",
            "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:2.0.1",
            "portMappings": [{ "containerPort": 8080, "hostPort": 80 }],
            "environment": [
                { "name": "STRIPE_API_KEY", "value": "sk_live_51Habcdefghijklmnop" }
            ],
            "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/api", "awslogs-region": "eu-west-1" } }
        }
    ]
}
`;

const FIXED_RULES = ['fargate/network-mode', 'fargate/host-port', 'fargate/task-size', 'fargate/plaintext-secret', 'fargate/awslogs-options'];

describe('code actions over stdio (bundled dist/server.js)', function () {
  // Each applied fix is a didChange plus a debounced re-validation.
  this.timeout(30000);
  let client: TestLspClient;
  const uri = 'file:///work/quickfix-taskdef.json';
  let published: PublishDiagnosticsParams;

  before(async () => {
    assert.ok(fs.existsSync(SERVER_PATH), `build first: ${SERVER_PATH} is missing`);
    client = new TestLspClient();
    const init = await client.initialize();
    assert.deepStrictEqual(init.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
    await client.open(uri, TASK);
    published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
  });
  after(async () => {
    if (client && client.exitCode === null) await client.shutdown();
  });

  function diag(code: string): Diagnostic {
    const d = published.diagnostics.find((x) => x.code === code);
    assert.ok(d, `no ${code} in ${published.diagnostics.map((x) => x.code).join(', ')}`);
    return d;
  }

  function request(diagnostics: Diagnostic[], only?: string[], range = diagnostics[0].range): Promise<CodeAction[] | null> {
    return client.request<CodeAction[] | null>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
  }

  it('publishes the diagnostics the fixes are for, with their data', () => {
    for (const code of FIXED_RULES) assert.ok(diag(code).data, `${code} carries data`);
  });

  it('answers with titled quick fixes whose edits remove each diagnostic', async () => {
    for (const code of FIXED_RULES) {
      const d = diag(code);
      const actions = (await request([d])) ?? [];
      assert.ok(actions.length > 0, `no action for ${code}`);
      for (const a of actions) {
        assert.strictEqual(a.kind, 'quickfix');
        assert.deepStrictEqual(a.diagnostics, [d]);
        const edits = a.edit?.changes?.[uri];
        assert.ok(edits && edits.length > 0, `${a.title}: edits for ${uri}`);
        const fixed = applyTextEdits(TASK, edits);
        const version = 100 + Math.floor(Math.random() * 1e6);
        await client.change(uri, version, fixed);
        const after = await client.waitForDiagnostics(uri, (p) => p.version === version);
        assert.ok(
          after.diagnostics.filter((x) => x.code === code).length < published.diagnostics.filter((x) => x.code === code).length,
          `'${a.title}' did not remove ${code}`,
        );
        assert.ok(!after.diagnostics.some((x) => x.code === 'fargate/json-syntax'), `'${a.title}' broke the JSON`);
      }
      // Back to the original text for the next rule.
      const version = 10 + FIXED_RULES.indexOf(code);
      await client.change(uri, version, TASK);
      published = await client.waitForDiagnostics(uri, (p) => p.version === version);
    }
  });

  it('gives the expected titles and a minimal edit', async () => {
    const nm = (await request([diag('fargate/network-mode')]))!;
    assert.deepStrictEqual(nm.map((a) => [a.title, a.isPreferred]), [['Set networkMode to "awsvpc"', true]]);
    assert.deepStrictEqual(nm[0].edit?.changes?.[uri], [{ range: diag('fargate/network-mode').range, newText: '"awsvpc"' }]);

    const size = (await request([diag('fargate/task-size')]))!;
    assert.deepStrictEqual(size.map((a) => a.title), ['Change memory to 2048 (2 GB)', 'Change cpu to 512 (.5 vCPU) to keep 4 GB of memory']);

    const logs = (await request([diag('fargate/awslogs-options')]))!;
    assert.deepStrictEqual(logs[0].edit?.changes?.[uri].map((e) => e.newText), [', "awslogs-stream-prefix": "api"']);
  });

  it('moves the secret without sending its value over the wire', async () => {
    const actions = (await request([diag('fargate/plaintext-secret')]))!;
    assert.strictEqual(actions[0].title, "Move 'STRIPE_API_KEY' to secrets (a Secrets Manager reference)");
    assert.ok(!JSON.stringify(actions).includes('sk_live_51H'));
    const fixed = applyTextEdits(TASK, actions[0].edit!.changes![uri]);
    assert.match(fixed, /"secrets": \[\n {16}\{\n {20}"name": "STRIPE_API_KEY",\n {20}"valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:<SECRET_NAME>"\n {16}\}\n {12}\]/);
  });

  it('answers all diagnostics of a range at once, and nothing for other kinds', async () => {
    const whole = { start: { line: 0, character: 0 }, end: { line: TASK.split('\n').length, character: 0 } };
    const all = (await request(published.diagnostics, undefined, whole))!;
    assert.ok(all.length >= FIXED_RULES.length);
    assert.deepStrictEqual(await request([diag('fargate/network-mode')], ['refactor.extract']), []);
  });

  it('returns null for unknown documents', async () => {
    const r = await client.request('textDocument/codeAction', {
      textDocument: { uri: 'file:///nope.json' },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.strictEqual(r, null);
  });
});
