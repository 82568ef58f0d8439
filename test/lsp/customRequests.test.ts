import * as assert from 'assert';
import {
  ConceptsAtPositionRequest,
  CostEstimateRequest,
  DocumentConceptsRequest,
  type ConceptsAtPositionResult,
  type CostEstimateResult,
  type DocumentConceptsResult,
} from '../../server/src/common/protocol';
import { TestLspClient } from './lspClient';

const TASK = JSON.stringify(
  {
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '1024',
    memory: '3000',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    containerDefinitions: [
      {
        name: 'web',
        image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0',
        secrets: [{ name: 'DB', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/prod/db' }],
      },
    ],
  },
  null,
  2,
);

describe('custom requests of the VS Code client (fargate/*)', () => {
  let client: TestLspClient;
  const uri = 'file:///work/custom/taskdef.json';

  before(async () => {
    client = new TestLspClient();
    await client.initialize();
    await client.open(uri, TASK);
    await client.waitForDiagnostics(uri);
  });
  after(async () => {
    if (client.exitCode === null) await client.shutdown();
  });

  it('fargate/documentConcepts: concepts with fields and findings grouped by concept', async () => {
    const r = await client.connection.sendRequest<DocumentConceptsResult | null>(DocumentConceptsRequest.method, { textDocument: { uri } });
    assert.ok(r);
    assert.strictEqual(r.kind, 'taskDefinition');
    assert.strictEqual(r.version, 1, 'answers for the version it saw');
    const ids = r.concepts.map((c) => c.id);
    assert.ok(ids.includes('secrets-injection') && ids.includes('awsvpc-eni'), ids.join(', '));
    const findings = r.concepts.flatMap((c) => c.findings);
    const size = findings.find((f) => f.ruleId === 'fargate/task-size');
    assert.ok(size, JSON.stringify(findings));
    assert.strictEqual(size.severity, 'error');
    assert.ok(size.range.start.line > 0);
  });

  it('fargate/conceptsAtPosition: the concepts of the field under the cursor', async () => {
    const line = TASK.split('\n').findIndex((l) => l.includes('"networkMode"'));
    const r = await client.connection.sendRequest<ConceptsAtPositionResult | null>(ConceptsAtPositionRequest.method, {
      textDocument: { uri },
      position: { line, character: 5 },
    });
    assert.strictEqual(r?.path, 'networkMode');
    assert.strictEqual(r?.conceptIds[0], 'awsvpc-eni');
  });

  it('fargate/costEstimate: prices the task and notes the invalid size', async () => {
    const r = await client.connection.sendRequest<CostEstimateResult | null>(CostEstimateRequest.method, { textDocument: { uri } });
    assert.ok(r && r.perHour !== undefined, JSON.stringify(r));
    assert.strictEqual(r.cpuUnits, 1024);
    assert.ok(r.notes.some((n) => n.includes('not a Fargate size')), r.notes.join('\n'));
  });

  it('answers null for documents the server does not have open', async () => {
    const r = await client.connection.sendRequest(DocumentConceptsRequest.method, { textDocument: { uri: 'file:///nope.json' } });
    assert.strictEqual(r, null);
  });
});
