import * as assert from 'assert';
import * as fs from 'fs';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { SERVER_PATH, TestLspClient } from './lspClient';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: 256
      Memory: 4096
      ExecutionRoleArn: !GetAtt ExecRole.Arn
      ContainerDefinitions:
        - Name: app
          Image: !Sub '\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/app:1.0'
          PortMappings:
            - ContainerPort: 8080
  Service:
    Type: AWS::ECS::Service
    Properties:
      LaunchType: FARGATE
      TaskDefinition: !Ref TaskDef
      LoadBalancers:
        - ContainerName: web
          ContainerPort: 8080
          TargetGroupArn: !Ref TG
`;

function pos(needle: string, delta = 1): { line: number; character: number } {
  const i = TEMPLATE.indexOf(needle);
  assert.ok(i >= 0, needle);
  const before = TEMPLATE.slice(0, i + delta);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

describe('CloudFormation templates over stdio (bundled dist/server.js)', function () {
  let client: TestLspClient;
  const uri = 'file:///work/stack.yaml';

  before(async () => {
    assert.ok(fs.existsSync(SERVER_PATH), `build first: ${SERVER_PATH} is missing`);
    client = new TestLspClient();
    await client.initialize();
    await client.open(uri, TEMPLATE, 1, 'yaml');
  });
  after(async () => {
    if (client && client.exitCode === null) await client.shutdown();
  });

  it('publishes diagnostics on the template lines, in the template names', async () => {
    const p = await client.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0);
    const byCode = new Map(p.diagnostics.map((d) => [String(d.code), d]));
    const size = byCode.get('fargate/task-size');
    assert.ok(size, JSON.stringify(p.diagnostics.map((d) => d.code)));
    assert.ok([pos('Cpu: 256').line, pos('Memory: 4096').line].includes(size!.range.start.line));
    const container = byCode.get('fargate/service-task-container');
    assert.ok(container);
    assert.strictEqual(container!.range.start.line, pos('ContainerName: web').line);
    const net = byCode.get('fargate/service-network-configuration');
    assert.ok(net);
    assert.match(net!.message, /"NetworkConfiguration"/);
  });

  it('hovers a PascalCase key with the field documentation in the template spelling', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: pos('NetworkMode', 3) });
    assert.ok(h);
    const v = (h!.contents as MarkupContent).value;
    assert.match(v, /awsvpc/);
    assert.match(v, /`NetworkMode`/);
  });

  it('stays silent and alive on a template without ECS resources', async () => {
    const other = 'file:///work/bucket.yaml';
    await client.open(other, 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "${AWS::StackName}-x"\n', 1, 'yaml');
    const p = await client.waitForDiagnostics(other);
    assert.deepStrictEqual(p.diagnostics, []);
  });
});
