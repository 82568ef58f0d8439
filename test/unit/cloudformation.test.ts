import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../server/src/common/settings';
import { createLanguageService } from '../../server/src/service/languageService';
import { JsonObject, type Node } from '../../server/src/service/json';
import { parseAnyDocument } from '../../server/src/service/yamlDocument';
import type { Definition } from '../../server/src/service/definitions';
import type { Finding } from '../../server/src/service/rules/rule';

let n = 0;
const yamlDoc = (text: string, ext = 'yaml') => TextDocument.create(`file:///cfn/t${++n}.${ext}`, ext === 'json' ? 'json' : 'yaml', 1, text);
const jsonDoc = (o: unknown) => TextDocument.create(`file:///cfn/t${++n}.json`, 'json', 1, JSON.stringify(o, null, 2));
const slice = (text: string, node: { offset: number; length: number }) => text.slice(node.offset, node.offset + node.length);
const svc = createLanguageService({ onRuleError: (rule, err) => { throw new Error(`rule ${rule.meta.id} threw: ${String(err)}`); } });
const findings = (d: TextDocument): Finding[] => svc.findings(d, DEFAULT_SETTINGS);
const defs = (d: TextDocument): readonly Definition[] => parseAnyDocument(d).definitions ?? [];
/** The finding of `ruleId` and the source text it points at. */
const at = (d: TextDocument, ruleId: string) => findings(d).filter((f) => f.ruleId === ruleId).map((f) => ({ text: slice(d.getText(), f), message: f.message }));

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  ContainerCpu:
    Type: Number
    Default: 256
Conditions:
  HasRole: !Equals [!Ref 'AWS::Region', us-east-1]
Resources:
  LogGroup:
    Type: AWS::Logs::LogGroup
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      Cpu: 256
      Memory: 512
      NetworkMode: awsvpc
      RequiresCompatibilities: [FARGATE]
      ExecutionRoleArn: !GetAtt ExecRole.Arn
      TaskRoleArn: !If [HasRole, !Ref TaskRole, !Ref 'AWS::NoValue']
      Volumes:
        - Name: data
          EFSVolumeConfiguration:
            FilesystemId: fs-123
            TransitEncryption: ENABLED
            AuthorizationConfig:
              IAM: ENABLED
      ContainerDefinitions:
        - Name: app
          Image: !Sub '\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/app:1.2.3'
          Essential: "true"
          User: "1000"
          ReadonlyRootFilesystem: true
          DockerLabels:
            Team-Name: web
          PortMappings:
            - ContainerPort: "8080"
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: !Ref LogGroup
              awslogs-region: !Ref AWS::Region
              awslogs-stream-prefix: app
  Service:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref Cluster
      LaunchType: FARGATE
      TaskDefinition: !Ref TaskDef
      DesiredCount: 2
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: !Ref Subnets
          SecurityGroups: [!Ref SG]
      LoadBalancers:
        - ContainerName: app
          ContainerPort: 8080
          TargetGroupArn: !Ref TG
`;

describe('CloudFormation front end', () => {
  describe('recognition by content', () => {
    it('reads a YAML template into one definition per ECS resource, named by logical id', () => {
      const d = parseAnyDocument(yamlDoc(TEMPLATE));
      assert.strictEqual(d.kind, 'template');
      assert.deepStrictEqual(d.definitions!.map((x) => [x.kind, x.name, x.dialect]), [['taskDefinition', 'TaskDef', 'cloudformation'], ['service', 'Service', 'cloudformation']]);
      assert.deepStrictEqual(d.syntaxErrors, []);
    });

    it('reads CDK output (no AWSTemplateFormatVersion, aws:cdk:path metadata) and SAM templates', () => {
      const cdk = { Resources: { TaskDef1922A00F: { Type: 'AWS::ECS::TaskDefinition', Properties: { Cpu: '256', Memory: '512', ContainerDefinitions: [{ Name: 'web', Image: 'nginx:1.25' }] }, Metadata: { 'aws:cdk:path': 'Stack/TaskDef/Resource' } } } };
      const parsed = parseAnyDocument(jsonDoc(cdk));
      assert.strictEqual(parsed.kind, 'template');
      assert.strictEqual(parsed.template?.flavour, 'cdk');
      const sam = parseAnyDocument(yamlDoc('Transform: AWS::Serverless-2016-10-31\nResources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions: []\n'));
      assert.strictEqual(sam.template?.flavour, 'sam');
    });

    it('stays silent on templates without ECS resources and keeps appspecs apart', () => {
      const none = yamlDoc('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "${AWS::StackName}-b"\n');
      assert.strictEqual(parseAnyDocument(none).kind, 'none');
      assert.deepStrictEqual(findings(none), []);
      const appspec = yamlDoc('version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: <TASK_DEFINITION>\n        LoadBalancerInfo:\n          ContainerName: web\n          ContainerPort: 80\n');
      assert.strictEqual(parseAnyDocument(appspec).kind, 'appspec');
    });

    it('reads *.template files written in YAML or JSON', () => {
      const y = TextDocument.create('file:///cfn/stack.template', 'plaintext', 1, TEMPLATE);
      assert.strictEqual(parseAnyDocument(y).kind, 'template');
      const j = TextDocument.create('file:///cfn/stack.template', 'plaintext', 1, JSON.stringify({ Resources: { T: { Type: 'AWS::ECS::TaskDefinition', Properties: { ContainerDefinitions: [] } } } }));
      assert.strictEqual(parseAnyDocument(j).format, 'json');
      assert.strictEqual(parseAnyDocument(j).kind, 'template');
    });
  });

  describe('mapping to the API shape', () => {
    const task = () => defs(yamlDoc(TEMPLATE))[0];

    it('maps PascalCase keys with the exceptions, keeping source ranges and spellings', () => {
      const t = task();
      const efs = t.body.objects('volumes')[0].obj('efsVolumeConfiguration')!;
      const fsId = efs.prop('fileSystemId')!;
      assert.strictEqual(slice(TEMPLATE, fsId.keyNode), 'FilesystemId');
      assert.strictEqual(t.sourceKeys.get(fsId.keyNode), 'FilesystemId');
      assert.strictEqual(slice(TEMPLATE, fsId.valueNode!), 'fs-123');
      assert.strictEqual(efs.obj('authorizationConfig')!.str('iam'), 'ENABLED');
    });

    it('keeps free-form map keys verbatim', () => {
      const c = task().body.objects('containerDefinitions')[0];
      assert.ok(c.obj('dockerLabels')!.has('Team-Name'));
      assert.ok(c.obj('logConfiguration')!.obj('options')!.has('awslogs-stream-prefix'));
    });

    it('coerces scalars the way CloudFormation does', () => {
      const t = task();
      assert.strictEqual(t.body.str('cpu'), '256');
      const c = t.body.objects('containerDefinitions')[0];
      assert.strictEqual(c.bool('essential'), true);
      assert.strictEqual(c.objects('portMappings')[0].num('containerPort'), 8080);
    });

    it('maps the renamed properties of proxies, placement strategies and task sets', () => {
      const text = JSON.stringify({
        Resources: {
          T: { Type: 'AWS::ECS::TaskDefinition', Properties: { ProxyConfiguration: { ContainerName: 'envoy', ProxyConfigurationProperties: [{ Name: 'AppPorts', Value: '8080' }] }, Volumes: [{ Name: 's3', S3FilesVolumeConfiguration: { FileSystemArn: 'arn:x' } }], ContainerDefinitions: [] } },
          S: { Type: 'AWS::ECS::Service', Properties: { PlacementStrategies: [{ Type: 'spread', Field: 'attribute:ecs.availability-zone' }], ForceNewDeployment: { EnableForceNewDeployment: true } } },
          TS: { Type: 'AWS::ECS::TaskSet', Properties: { NetworkConfiguration: { AwsVpcConfiguration: { Subnets: ['subnet-1'] } } } },
        },
      });
      const [t, s, ts] = defs(TextDocument.create('file:///cfn/x.json', 'json', 1, text));
      assert.strictEqual(t.body.obj('proxyConfiguration')!.objects('properties')[0].str('name'), 'AppPorts');
      assert.ok(t.body.objects('volumes')[0].has('s3filesVolumeConfiguration'));
      assert.strictEqual(s.body.objects('placementStrategy')[0].str('type'), 'spread');
      assert.ok(!s.body.has('forceNewDeployment'), 'CloudFormation-only properties are left out');
      assert.deepStrictEqual(ts.body.obj('networkConfiguration')!.obj('awsvpcConfiguration')!.strings('subnets'), ['subnet-1']);
      assert.strictEqual(ts.kind, 'taskSet');
    });
  });

  describe('intrinsics', () => {
    it('turns every short-form tag into an unknown value over the tag and its argument', () => {
      const t = defs(yamlDoc(TEMPLATE))[0];
      const exec = t.body.get('executionRoleArn')!;
      assert.strictEqual(slice(TEMPLATE, exec), '!GetAtt ExecRole.Arn');
      assert.strictEqual(exec.type, 'string');
      assert.strictEqual(exec.value, '${GetAtt ExecRole.Arn}');
      assert.strictEqual(t.unknowns.get(exec), '!GetAtt ExecRole.Arn');
      const image = t.body.objects('containerDefinitions')[0].get('image')!;
      assert.ok(slice(TEMPLATE, image).startsWith('!Sub '));
      const group = t.body.objects('containerDefinitions')[0].obj('logConfiguration')!.obj('options')!.get('awslogs-group')!;
      assert.deepStrictEqual(t.references!.get(group), { target: 'LogGroup' });
    });

    it('reads the long forms of JSON templates the same way', () => {
      const o = { Resources: { T: { Type: 'AWS::ECS::TaskDefinition', Properties: { Cpu: { Ref: 'Cpu' }, TaskRoleArn: { 'Fn::GetAtt': ['Role', 'Arn'] }, ContainerDefinitions: [{ Name: 'a', Image: { 'Fn::Join': ['', ['x', ':1']] } }] } }, Role: { Type: 'AWS::IAM::Role' } } };
      const d = jsonDoc(o);
      const [t] = defs(d);
      assert.strictEqual(t.body.str('cpu'), '${Ref Cpu}');
      assert.deepStrictEqual(t.references!.get(t.body.get('taskRoleArn')!), { target: 'Role', attribute: 'Arn' });
      assert.ok(/^\$\{/.test(t.body.objects('containerDefinitions')[0].str('image')!));
    });

    it('AWS::NoValue removes the property; Fn::If checks both branches', () => {
      const text = `Conditions:
  Big: !Equals [!Ref Size, big]
Resources:
  T:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: !If [Big, 4096, 256]
      Memory: !If [Big, 8192, 4096]
      TaskRoleArn: !Ref AWS::NoValue
      ContainerDefinitions:
        - Name: a
          Image: nginx:1.25
`;
      const d = yamlDoc(text);
      const [t] = defs(d);
      assert.ok(!t.body.has('taskRoleArn'));
      assert.strictEqual(t.body.str('cpu'), '4096');
      assert.strictEqual(t.variants![0].body.str('cpu'), '256');
      // Only the false branch (256 CPU with 4096 MiB) is not a Fargate size: reported once, on that branch's value.
      const sizes = findings(d).filter((f) => f.ruleId === 'fargate/task-size');
      assert.strictEqual(sizes.length, 1, JSON.stringify(sizes));
      const falseBranches = [text.indexOf('256]'), text.indexOf('4096]')];
      assert.ok(falseBranches.includes(sizes[0].offset), `at ${slice(text, sizes[0])} (${sizes[0].offset})`);
    });

    it('never reports an error on values the template computes', () => {
      const text = `Resources:
  T:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: !Sub '\${AWS::StackName}-web'
      RequiresCompatibilities: [FARGATE]
      NetworkMode: !Ref Mode
      Cpu: !Ref Cpu
      Memory: !FindInMap [Sizes, !Ref Size, Memory]
      ExecutionRoleArn: !ImportValue ExecRoleArn
      ContainerDefinitions:
        - Name: !Ref Name
          Image: !Join [':', [!Ref Repo, !Ref Tag]]
          Essential: !Ref Essential
          PortMappings:
            - ContainerPort: !Ref Port
              HostPort: !Ref HostPort
          Environment: !If [Env, [{Name: A, Value: b}], !Ref AWS::NoValue]
          LogConfiguration:
            LogDriver: !Ref Driver
            Options: !Ref Options
`;
      const errors = findings(yamlDoc(text)).filter((f) => f.severity === 'error');
      assert.deepStrictEqual(errors.map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  });

  describe('checks across the template', () => {
    it('resolves a service TaskDefinition by Ref and runs the service/task checks on it', () => {
      const broken = TEMPLATE.replace('- ContainerName: app', '- ContainerName: web');
      const d = yamlDoc(broken);
      const f = at(d, 'fargate/service-task-container');
      assert.strictEqual(f.length, 1);
      assert.strictEqual(f[0].text, 'web');
      assert.match(f[0].message, /no container named 'web'/);
      assert.deepStrictEqual(at(yamlDoc(TEMPLATE), 'fargate/service-task-container'), []);
    });

    it('resolves a literal family and stays silent on task definitions from outside the template', () => {
      const lit = TEMPLATE.replace('TaskDefinition: !Ref TaskDef', 'TaskDefinition: web').replace('- ContainerName: app', '- ContainerName: web');
      assert.strictEqual(at(yamlDoc(lit), 'fargate/service-task-container').length, 1);
      const imported = TEMPLATE.replace('TaskDefinition: !Ref TaskDef', 'TaskDefinition: !ImportValue Td').replace('- ContainerName: app', '- ContainerName: web');
      assert.deepStrictEqual(at(yamlDoc(imported), 'fargate/service-task-container'), []);
    });
  });

  describe('diagnostics', () => {
    it('point at the template text and name the template properties', () => {
      const d = yamlDoc(TEMPLATE.replace("RequiresCompatibilities: [FARGATE]\n", "RequiresCompatibilities: [FARGATE]\n      PidMode: host\n").replace('Memory: 512', 'Memory: 4096'));
      const size = at(d, 'fargate/task-size');
      assert.strictEqual(size.length, 1);
      assert.ok(['256', '4096'].includes(size[0].text), size[0].text);
      const net = findings(yamlDoc(TEMPLATE.replace(/      NetworkConfiguration:\n        AwsvpcConfiguration:\n          Subnets: !Ref Subnets\n          SecurityGroups: \[!Ref SG\]\n/, ''))).filter((f) => f.ruleId === 'fargate/service-network-configuration');
      assert.strictEqual(net.length, 1);
      assert.match(net[0].message, /"NetworkConfiguration"/);
      assert.match(net[0].message, /AwsvpcConfiguration/);
      assert.doesNotMatch(net[0].message, /awsvpcConfiguration|"networkConfiguration"/);
    });

    it('a valid template gets no errors or warnings', () => {
      const bad = findings(yamlDoc(TEMPLATE)).filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepStrictEqual(bad.map((f) => `${f.ruleId}: ${f.message}`), []);
    });

    it('hovers PascalCase keys with the API field documentation', () => {
      const d = yamlDoc(TEMPLATE);
      const h = svc.hover(d, d.positionAt(TEMPLATE.indexOf('NetworkMode') + 2));
      assert.ok(h, 'hover');
      const md = typeof h!.contents === 'object' && 'value' in h!.contents ? h!.contents.value : JSON.stringify(h!.contents);
      assert.match(md, /awsvpc/);
      assert.strictEqual(svc.hover(d, d.positionAt(TEMPLATE.indexOf('HasRole'))), null, 'outside the ECS resources: no hover');
    });
  });
});

describe('plain ECS API YAML', () => {
  const TASK_YAML = `family: web
networkMode: awsvpc
requiresCompatibilities:
  - FARGATE
cpu: "256"
memory: "4096"
containerDefinitions:
  - name: web
    image: nginx:1.25
    portMappings:
      - containerPort: 8080
        hostPort: 80
`;
  it('reads register-task-definition --cli-input-yaml with every rule', () => {
    const d = TextDocument.create('file:///y/taskdef.yaml', 'yaml', 1, TASK_YAML);
    const parsed = parseAnyDocument(d);
    assert.strictEqual(parsed.kind, 'taskDefinition');
    const host = at(d, 'fargate/host-port');
    assert.strictEqual(host.length, 1);
    assert.strictEqual(host[0].text, '80');
    assert.strictEqual(at(d, 'fargate/task-size').length, 1);
  });

  it('reads create-service --cli-input-yaml', () => {
    const d = TextDocument.create('file:///y/service.yaml', 'yaml', 1, 'serviceName: web\ncluster: prod\ntaskDefinition: web:3\ndesiredCount: 2\nlaunchType: FARGATE\n');
    assert.strictEqual(parseAnyDocument(d).kind, 'service');
    assert.strictEqual(at(d, 'fargate/service-network-configuration').length, 1);
  });
});

void JsonObject;
void (undefined as unknown as Node);
