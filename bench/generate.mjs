// Synthetic ECS task definitions for the benchmark. Everything comes from a seeded PRNG, so every run (and
// every machine) benchmarks exactly the same text. No real-world file content is used.

import { createRequire } from 'module';

// The seeded PRNG the fuzz tests use (test/helpers/prng.ts, compiled by `npm run build`, which the benchmark runs first).
const require = createRequire(import.meta.url);
/** @type {(seed: number) => () => number} */
export const prng = require('../out/test/helpers/prng.js').mulberry32;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789-_./:';
const WORDS = ['api', 'cache', 'queue', 'worker', 'auth', 'billing', 'search', 'feed', 'media', 'orders', 'users', 'events'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function word(rand, len) {
  let s = '';
  for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

/** One container definition with `envCount` environment variables of about `valueLength` characters each. */
function container(rand, index, envCount, valueLength) {
  const name = `${pick(rand, WORDS)}-${index}`;
  const port = 8000 + index;
  const environment = [];
  for (let i = 0; i < envCount; i++) {
    environment.push({ name: `SETTING_${String(i).padStart(4, '0')}_${pick(rand, WORDS).toUpperCase()}`, value: word(rand, valueLength) });
  }
  return {
    name,
    image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/${name}:1.${index}.${Math.floor(rand() * 50)}`,
    essential: index === 0,
    cpu: 128,
    memoryReservation: 256,
    user: '1000',
    readonlyRootFilesystem: true,
    portMappings: [{ containerPort: port, protocol: 'tcp', name: `${name}-http` }],
    environment,
    secrets: [{ name: `${name.toUpperCase().replace(/-/g, '_')}_DB_PASSWORD`, valueFrom: `arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/${name}-AbCdEf:password::` }],
    healthCheck: { command: ['CMD-SHELL', `curl -f http://localhost:${port}/health || exit 1`], interval: 30, timeout: 5, retries: 3, startPeriod: 10 },
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': `/ecs/${name}`, 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': name },
    },
  };
}

/**
 * A Fargate task definition. `containers` containers, each with `envCount` variables of `valueLength` characters.
 * The result is pretty-printed like a hand-written file.
 */
export function taskDefinition(seed, { containers = 2, envCount = 8, valueLength = 24 } = {}) {
  const rand = prng(seed);
  const defs = [];
  for (let i = 0; i < containers; i++) defs.push(container(rand, i, envCount, valueLength));
  // dependsOn must name a real container: point every sidecar at the first one.
  for (const d of defs.slice(1)) d.dependsOn = [{ containerName: defs[0].name, condition: 'START' }];
  const task = {
    family: `bench-${seed}`,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '4096',
    memory: '8192',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    taskRoleArn: `arn:aws:iam::123456789012:role/bench-${seed}-task`,
    runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
    containerDefinitions: defs,
  };
  return JSON.stringify(task, null, 2) + '\n';
}

/** Grows `valueLength` until the text is close to (and not above) `targetBytes`. */
export function taskDefinitionOfSize(seed, targetBytes, { containers, envCount }) {
  // The size is linear in valueLength: measure two points and solve.
  const a = taskDefinition(seed, { containers, envCount, valueLength: 10 }).length;
  const b = taskDefinition(seed, { containers, envCount, valueLength: 20 }).length;
  const perChar = (b - a) / 10;
  let valueLength = Math.max(1, Math.floor(10 + (targetBytes - a) / perChar));
  let text = taskDefinition(seed, { containers, envCount, valueLength });
  while (text.length > targetBytes && valueLength > 1) text = taskDefinition(seed, { containers, envCount, valueLength: --valueLength });
  return text;
}

/** The three benchmark documents. */
export function benchDocuments(maxFileSize) {
  return {
    typical: taskDefinition(1, { containers: 2, envCount: 3, valueLength: 20 }),
    large: taskDefinitionOfSize(2, 500 * 1024, { containers: 10, envCount: 200 }),
    // Just under the default fargate.maxFileSize (5 MiB), so it is linted rather than skipped.
    huge: taskDefinitionOfSize(3, maxFileSize - 4096, { containers: 10, envCount: 2000 }),
  };
}

/**
 * A YAML CloudFormation template of about 650 KB with no ECS resource at all (3,000 SQS queues): the kind of large
 * non-ECS YAML file (like Kubernetes manifests or OpenAPI specs) that the server must pass over at almost no cost.
 */
export function queuesTemplate(count = 3000) {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Description: Work queues', 'Resources:'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  WorkQueue${i}:`,
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      `      QueueName: !Sub "\${AWS::StackName}-work-${i}"`,
      `      VisibilityTimeout: ${30 + (i % 90)}`,
      '      MessageRetentionPeriod: 345600',
      `      Tags: [{ Key: team, Value: team-${i % 17} }]`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * A CDK-style synthesized template (JSON, long-form intrinsics, hashed logical ids, aws:cdk:path metadata, no
 * AWSTemplateFormatVersion): `services` task definitions with their execution role, default policy, log group and
 * service, grown to about `targetBytes` through the containers' environment.
 */
export function cdkTemplate(seed, { services = 50, targetBytes = 2 * 1024 * 1024 } = {}) {
  const build = (envCount) => {
    const rand = prng(seed);
    const resources = {};
    const hash = () => word(rand, 8).replace(/[^a-z0-9]/g, 'x').toUpperCase();
    for (let s = 0; s < services; s++) {
      const id = `Svc${s}`;
      const role = `${id}TaskDefExecutionRole${hash()}`;
      const logs = `${id}LogGroup${hash()}`;
      const task = `${id}TaskDef${hash()}`;
      const meta = (p) => ({ 'aws:cdk:path': `BenchStack/${id}/${p}/Resource` });
      resources[logs] = { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 }, UpdateReplacePolicy: 'Retain', DeletionPolicy: 'Retain', Metadata: meta('LogGroup') };
      resources[role] = { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' } }], Version: '2012-10-17' } }, Metadata: meta('TaskDef/ExecutionRole') };
      resources[`${role}DefaultPolicy${hash()}`] = {
        Type: 'AWS::IAM::Policy',
        Properties: {
          PolicyDocument: { Statement: [
            { Action: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'], Effect: 'Allow', Resource: { 'Fn::GetAtt': ['Repo', 'Arn'] } },
            { Action: 'ecr:GetAuthorizationToken', Effect: 'Allow', Resource: '*' },
            { Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [logs, 'Arn'] } },
          ], Version: '2012-10-17' },
          PolicyName: `${role}DefaultPolicy`,
          Roles: [{ Ref: role }],
        },
        Metadata: meta('TaskDef/ExecutionRole/DefaultPolicy'),
      };
      const c = container(rand, 0, envCount, 24);
      resources[task] = {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: {
          ContainerDefinitions: [{
            Environment: c.environment.map((e) => ({ Name: e.name, Value: e.value })),
            Essential: true,
            Image: { 'Fn::Join': ['', [{ Ref: 'AWS::AccountId' }, '.dkr.ecr.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, `/${c.name}:1.0.${s}`]] },
            LogConfiguration: { LogDriver: 'awslogs', Options: { 'awslogs-group': { Ref: logs }, 'awslogs-stream-prefix': c.name, 'awslogs-region': { Ref: 'AWS::Region' } } },
            Name: c.name,
            PortMappings: [{ ContainerPort: 8080, Protocol: 'tcp' }],
            ReadonlyRootFilesystem: true,
            User: '1000',
          }],
          Cpu: '512',
          ExecutionRoleArn: { 'Fn::GetAtt': [role, 'Arn'] },
          Family: `BenchStack${id}TaskDef`,
          Memory: '1024',
          NetworkMode: 'awsvpc',
          RequiresCompatibilities: ['FARGATE'],
        },
        Metadata: meta('TaskDef'),
      };
      resources[`${id}Service${hash()}`] = {
        Type: 'AWS::ECS::Service',
        Properties: {
          Cluster: { Ref: 'Cluster' },
          DeploymentConfiguration: { MaximumPercent: 200, MinimumHealthyPercent: 50, DeploymentCircuitBreaker: { Enable: true, Rollback: true } },
          DesiredCount: 2,
          EnableECSManagedTags: false,
          LaunchType: 'FARGATE',
          LoadBalancers: [{ ContainerName: c.name, ContainerPort: 8080, TargetGroupArn: { Ref: `${id}TargetGroup` } }],
          NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: 'DISABLED', SecurityGroups: [{ 'Fn::GetAtt': [`${id}SG`, 'GroupId'] }], Subnets: [{ Ref: 'SubnetA' }, { Ref: 'SubnetB' }] } },
          TaskDefinition: { Ref: task },
        },
        Metadata: meta('Service/Service'),
      };
    }
    resources.CDKMetadata = { Type: 'AWS::CDK::Metadata', Properties: { Analytics: 'v2:deflate64:' + word(rand, 40) }, Metadata: { 'aws:cdk:path': 'BenchStack/CDKMetadata/Default' } };
    return JSON.stringify({ Resources: resources, Parameters: { BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' } } }, null, 1) + '\n';
  };
  const a = build(10).length;
  const b = build(20).length;
  const envCount = Math.max(1, Math.floor(10 + ((targetBytes - a) * 10) / (b - a)));
  return build(envCount);
}
