/**
 * Test helpers for services, appspecs and cross-file rules: valid documents to mutate, YAML documents, and a
 * hand-built `related` set.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, type FargateSettings } from '../../server/src/common/settings';
import { analyzeSibling, buildRelated } from '../../server/src/service/related';
import type { Finding, RelatedDocuments } from '../../server/src/service/rules/rule';
import { service, validTask } from './docs';

let counter = 0;

export interface FindOptions {
  yaml?: boolean;
  uri?: string;
  related?: RelatedDocuments;
  settings?: Partial<FargateSettings>;
}

export function textDoc(text: string, opts: FindOptions = {}): TextDocument {
  const n = ++counter;
  const uri = opts.uri ?? (opts.yaml ? `file:///ecs/f${n}/appspec.yaml` : `file:///ecs/f${n}/service.json`);
  return TextDocument.create(uri, opts.yaml ? 'yaml' : 'json', 1, text);
}

/** Findings of a JSON object / text (or YAML text with `yaml: true`). */
export function ecsFindings(input: string | object, opts: FindOptions = {}): Finding[] {
  const text = typeof input === 'string' ? input : JSON.stringify(input, null, 2);
  return service.findings(textDoc(text, opts), { ...DEFAULT_SETTINGS, ...(opts.settings ?? {}) }, opts.related);
}

export function ecsFindingsOf(ruleId: string, input: string | object, opts: FindOptions = {}): Finding[] {
  return ecsFindings(input, opts).filter((f) => f.ruleId === ruleId);
}

/** A valid Fargate create-service input. */
export function validService(): Record<string, any> {
  return {
    serviceName: 'web',
    cluster: 'prod',
    taskDefinition: 'web:3',
    desiredCount: 2,
    launchType: 'FARGATE',
    platformVersion: 'LATEST',
    deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, deploymentCircuitBreaker: { enable: true, rollback: true } },
    loadBalancers: [
      { targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName: 'web', containerPort: 8080 },
    ],
    networkConfiguration: {
      awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d', 'subnet-4e5f6a7b'], securityGroups: ['sg-0123abcd'], assignPublicIp: 'DISABLED' },
    },
  };
}

/** A valid ECS appspec in YAML. */
export const VALID_APPSPEC_YAML = `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: <TASK_DEFINITION>
        LoadBalancerInfo:
          ContainerName: "web"
          ContainerPort: 8080
Hooks:
  - BeforeAllowTraffic: "CheckBeforeTraffic"
`;

/** A valid ECS appspec as a JSON object. */
export function validAppSpec(): Record<string, any> {
  return {
    version: 0.0,
    Resources: [
      {
        TargetService: {
          Type: 'AWS::ECS::Service',
          Properties: {
            TaskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3',
            LoadBalancerInfo: { ContainerName: 'web', ContainerPort: 8080 },
          },
        },
      },
    ],
  };
}

/** Related documents holding the given task definitions (objects, serialised as JSON files in /ecs/shared/). */
export function relatedWith(...tasks: object[]): RelatedDocuments {
  const siblings = tasks.map((t, i) =>
    analyzeSibling(TextDocument.create(`file:///ecs/shared/taskdef${i ? i + 1 : ''}.json`, 'json', 1, JSON.stringify(t, null, 2)), DEFAULT_SETTINGS),
  );
  return buildRelated('file:///ecs/shared/self.json', siblings);
}

export { validTask };
