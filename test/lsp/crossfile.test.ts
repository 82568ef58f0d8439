import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER_PATH, TestLspClient } from './lspClient';

const task = (containerName: string) =>
  JSON.stringify(
    {
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      containerDefinitions: [{ name: containerName, image: 'nginx:1.27', essential: true, portMappings: [{ containerPort: 8080 }] }],
    },
    null,
    2,
  );

const APPSPEC = `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: <TASK_DEFINITION>
        LoadBalancerInfo:
          ContainerName: "web"
          ContainerPort: 8080
`;

const crossFile = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'fargate/appspec-task-container');

describe('cross-file diagnostics over stdio', function () {
  let client: TestLspClient;
  let dir: string;

  before(() => assert.ok(fs.existsSync(SERVER_PATH), `build first: ${SERVER_PATH} is missing`));
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fargate-crossfile-'));
  });
  afterEach(async () => {
    if (client && client.exitCode === null) await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('updates the appspec diagnostics when the open task definition changes', async () => {
    client = new TestLspClient();
    await client.initialize();
    const taskUri = pathToFileURL(path.join(dir, 'taskdef.json')).toString();
    const appUri = pathToFileURL(path.join(dir, 'appspec.yaml')).toString();
    await client.open(taskUri, task('web'));
    await client.open(appUri, APPSPEC, 1, 'yaml');
    const first = await client.waitForDiagnostics(appUri);
    assert.deepStrictEqual(crossFile(first), [], JSON.stringify(first.diagnostics));

    await client.change(taskUri, 2, task('api'));
    const second = await client.waitForDiagnostics(appUri, (p) => crossFile(p).length > 0);
    const d = crossFile(second)[0];
    assert.match(d.message, /no container named 'web'.*'api'/);
    assert.strictEqual(d.range.start.line, 7);

    await client.change(taskUri, 3, task('web'));
    await client.waitForDiagnostics(appUri, (p) => p !== second && crossFile(p).length === 0 && client.published(appUri).indexOf(p) > client.published(appUri).indexOf(second));
  });

  it('with fargate.relatedFolders, pairs a service with the open task definition of another folder by family and follows its edits', async () => {
    client = new TestLspClient({ configuration: { relatedFolders: ['../taskdefs'] } });
    await client.initialize();
    fs.mkdirSync(path.join(dir, 'services'));
    fs.mkdirSync(path.join(dir, 'taskdefs'));
    const taskUri = pathToFileURL(path.join(dir, 'taskdefs', 'web.json')).toString();
    const serviceUri = pathToFileURL(path.join(dir, 'services', 'web.json')).toString();
    const svc = JSON.stringify({
      serviceName: 'web', cluster: 'prod', taskDefinition: 'web:3', desiredCount: 2, launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0123abcd'], securityGroups: ['sg-0123abcd'] } },
      loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName: 'web', containerPort: 8080 }],
    }, null, 2);
    const containerFindings = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'fargate/service-task-container');
    await client.open(taskUri, task('web'));
    await client.open(serviceUri, svc);
    const first = await client.waitForDiagnostics(serviceUri);
    assert.deepStrictEqual(containerFindings(first), [], JSON.stringify(first.diagnostics));
    await client.change(taskUri, 2, task('api'));
    const second = await client.waitForDiagnostics(serviceUri, (p) => containerFindings(p).length > 0);
    assert.match(containerFindings(second)[0].message, /in \.\.\/taskdefs\/web\.json has no container named 'web'/);
    // Closed without saving: the service is checked again against the file on disk, which has the container.
    fs.writeFileSync(path.join(dir, 'taskdefs', 'web.json'), task('web'));
    await client.close(taskUri);
    await client.waitForDiagnostics(serviceUri, (p) => client.published(serviceUri).indexOf(p) > client.published(serviceUri).indexOf(second) && containerFindings(p).length === 0);
  });

  it('reads a task definition that is not open from disk', async () => {
    fs.writeFileSync(path.join(dir, 'taskdef.json'), task('api'));
    fs.writeFileSync(path.join(dir, 'notes.yaml'), 'a: [unclosed\n');
    client = new TestLspClient();
    await client.initialize();
    const appUri = pathToFileURL(path.join(dir, 'appspec.yaml')).toString();
    await client.open(appUri, APPSPEC, 1, 'yaml');
    const p = await client.waitForDiagnostics(appUri);
    assert.strictEqual(crossFile(p).length, 1, JSON.stringify(p.diagnostics));
  });

  it('stays silent on YAML that is not an appspec', async () => {
    client = new TestLspClient();
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, 'ci.yaml')).toString();
    await client.open(uri, 'on: [push]\njobs: {build: {runs-on: [ubuntu\n', 1, 'yaml');
    const p = await client.waitForDiagnostics(uri);
    assert.deepStrictEqual(p.diagnostics, []);
  });
});
