import * as assert from 'assert';
import * as fs from 'fs';
import type { CompletionItem, CompletionList, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { SERVER_PATH, TestLspClient } from './lspClient';

const TASK = `{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "512",
  "memory": "",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    { "name": "web", "image": "nginx:1.27", "environment": [{ "name": "API_TOKEN", "value": "tok-1234567890" }] }
  ]
}`;

/** Line/character of the first occurrence of `needle` in TASK, plus `delta` characters. */
function pos(needle: string, delta = 1): { line: number; character: number } {
  const i = TASK.indexOf(needle);
  assert.ok(i >= 0, needle);
  const before = TASK.slice(0, i + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

describe('hover and completion over stdio (bundled dist/server.js)', function () {
  let client: TestLspClient;
  const uri = 'file:///work/hover-taskdef.json';

  before(async () => {
    assert.ok(fs.existsSync(SERVER_PATH), `build first: ${SERVER_PATH} is missing`);
    client = new TestLspClient();
    const init = await client.initialize();
    assert.strictEqual(init.capabilities.hoverProvider, true);
    assert.deepStrictEqual(init.capabilities.completionProvider?.triggerCharacters, ['"', ':']);
    await client.open(uri, TASK);
  });
  after(async () => {
    if (client && client.exitCode === null) await client.shutdown();
  });

  it('answers hover on a key with Markdown and a range', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: pos('"networkMode"') });
    assert.ok(h);
    const c = h.contents as MarkupContent;
    assert.strictEqual(c.kind, 'markdown');
    assert.match(c.value, /`networkMode`/);
    assert.match(c.value, /https:\/\/docs\.aws\.amazon\.com/);
    assert.deepStrictEqual(h.range?.start, { line: 3, character: 2 });
  });

  it('answers hover on a cpu value with the price estimate', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: pos('"512"') });
    assert.match((h?.contents as MarkupContent).value, /Task CPU: \.5 vCPU[\s\S]*per hour[\s\S]*us-east-1 on-demand/);
  });

  it('never echoes a secret-looking environment value', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: pos('tok-123') });
    const v = (h?.contents as MarkupContent).value;
    assert.match(v, /Looks like a secret/);
    assert.ok(!v.includes('tok-1234567890'));
  });

  it('returns null for whitespace and for unknown documents', async () => {
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nope.json' }, position: { line: 0, character: 0 } }), null);
  });

  it('completes the memory values valid for the task cpu', async () => {
    const list = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
      textDocument: { uri },
      position: pos('"memory": ""', 11),
    });
    const items = Array.isArray(list) ? list : list?.items ?? [];
    assert.deepStrictEqual(items.map((i) => JSON.parse((i.textEdit as TextEdit).newText)), ['1024', '2048', '3072', '4096']);
  });

  it('completes keys and values in a YAML appspec', async () => {
    const appUri = 'file:///work/bluegreen/appspec.yaml';
    const text = 'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: <TASK_DEFINITION>\n        \n';
    await client.open(appUri, text, 1, 'yaml');
    const keys = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: appUri }, position: { line: 6, character: 8 } });
    assert.deepStrictEqual((keys?.items ?? []).map((x) => x.label), ['LoadBalancerInfo', 'PlatformVersion', 'NetworkConfiguration', 'CapacityProviderStrategy']);
    const typeLine = 'version: 0.0\nResources:\n  - TargetService:\n      Type: '.length;
    await client.change(appUri, 2, text.replace('Type: AWS::ECS::Service', 'Type: '));
    const values = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: appUri }, position: { line: 3, character: typeLine - text.lastIndexOf('\n', typeLine) - 1 } });
    assert.deepStrictEqual((values?.items ?? []).map((x) => x.label), ['AWS::ECS::Service']);
  });

  it('completes keys in a container after an edit', async () => {
    const text = TASK.replace('"image": "nginx:1.27",', '"image": "nginx:1.27", "",');
    await client.change(uri, 2, text);
    const i = text.indexOf('"image": "nginx:1.27", ""') + '"image": "nginx:1.27", "'.length;
    const before = text.slice(0, i);
    const position = { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
    const list = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: '"' } });
    const labels = (list?.items ?? []).map((x) => x.label);
    assert.ok(labels.includes('portMappings') && labels.includes('secrets'), labels.join(','));
    assert.ok(!labels.includes('image') && !labels.includes('name'));
  });
});
