/**
 * Issue 14 over stdio: the 32 vCPU size and the December 2026 model reach an LSP client, unknown-key messages name
 * the model, and a large YAML file without ECS content is passed over silently.
 */
import * as assert from 'assert';
import type { CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { TestLspClient } from './lspClient';

function at(text: string, needle: string, delta = 1): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  const before = text.slice(0, i + delta);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

describe('current AWS knowledge over stdio (bundled dist/server.js)', function () {
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize();
  });
  after(async () => {
    if (client && client.exitCode === null) await client.shutdown();
  });

  it('accepts a 32 vCPU task, completes its three memory sizes and hovers its size', async () => {
    const uri = 'file:///work/k/big-task.json';
    const text = JSON.stringify({
      family: 'big', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '32768', memory: '249856',
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      containerDefinitions: [{ name: 'app', image: 'public.ecr.aws/nginx/nginx:1.27', essential: true }],
    }, null, 2);
    await client.open(uri, text);
    const p = await client.waitForDiagnostics(uri, (d) => d.version === 1);
    assert.deepStrictEqual(p.diagnostics.filter((d) => d.code === 'fargate/task-size'), []);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(text, '"32768"', 2) });
    assert.match((hover.contents as MarkupContent).value, /32 vCPU.*\n\nMemory that goes with it on Fargate: 60 GB, 120 GB or 244 GB/);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: at(text, '"249856"', 1) });
    assert.deepStrictEqual(list.items.map((i) => i.label).sort(), ['122880 (120 GB)', '249856 (244 GB)', '61440 (60 GB)']);
    await client.change(uri, 2, text.replace('"249856"', '"262144"'));
    const bad = await client.waitForDiagnostics(uri, (d) => d.version === 2);
    const size = bad.diagnostics.filter((d) => d.code === 'fargate/task-size');
    assert.strictEqual(size.length, 1);
    assert.match(size[0].message, /60 GB, 120 GB, 244 GB/);
  });

  it('knows the December fields and names the model in unknown-key messages', async () => {
    const uri = 'file:///work/k/service.json';
    const text = JSON.stringify({
      serviceName: 'web', cluster: 'prod', taskDefinition: 'web:3', desiredCount: 2, launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0123abcd'], assignPublicIp: 'DISABLED' } },
      deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 200, earlySuccessCriteria: { enable: true, healthyPercent: 100, sourceServiceRevisionCleanup: 'DEFERRED' }, bakeTimeInMinute: 5 },
    }, null, 2);
    await client.open(uri, text);
    const p = await client.waitForDiagnostics(uri, (d) => d.version === 1);
    const unknown = p.diagnostics.filter((d) => d.code === 'fargate/service-unknown-key');
    assert.strictEqual(unknown.length, 1, JSON.stringify(p.diagnostics));
    assert.match(unknown[0].message, /'bakeTimeInMinute'.*ECS API model of December 2026 \(botocore 1\.43\.107\).*Did you mean 'bakeTimeInMinutes'/);
  });

  it('passes over a large YAML file without ECS content: an empty publication, at once', async () => {
    const uri = 'file:///work/k/queues.yaml';
    const lines = ['Resources:'];
    for (let i = 0; i < 3000; i++) lines.push(`  Queue${i}:`, '    Type: AWS::SQS::Queue', '    Properties:', `      QueueName: q-${i}`);
    await client.open(uri, lines.join('\n'), 1, 'yaml');
    const p = await client.waitForDiagnostics(uri, (d) => d.version === 1, 5000);
    assert.deepStrictEqual(p.diagnostics, []);
  });
});
