/**
 * Test helpers for the pure service: inline documents with a `|` cursor marker, and quick access to findings.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, type FargateSettings } from '../../server/src/common/settings';
import { createLanguageService } from '../../server/src/service/languageService';
import type { Finding } from '../../server/src/service/rules/rule';

let counter = 0;

export function doc(text: string, uri?: string): TextDocument {
  return TextDocument.create(uri ?? `file:///test/doc${++counter}.json`, 'json', 1, text);
}

/** Splits `text` at the `|` marker: returns the document without it and the cursor offset. */
export function withCursor(text: string, marker = '|'): { doc: TextDocument; offset: number } {
  const offset = text.indexOf(marker);
  if (offset < 0) throw new Error('no cursor marker');
  const d = doc(text.slice(0, offset) + text.slice(offset + marker.length));
  return { doc: d, offset };
}

export const service = createLanguageService({
  onRuleError: (rule, err) => {
    throw new Error(`rule ${rule.meta.id} threw: ${String(err)}`);
  },
});

export function findings(text: string | object, settings: Partial<FargateSettings> = {}): Finding[] {
  const t = typeof text === 'string' ? text : JSON.stringify(text, null, 2);
  return service.findings(doc(t), { ...DEFAULT_SETTINGS, ...settings });
}

export function ruleIds(text: string | object, settings: Partial<FargateSettings> = {}): string[] {
  return findings(text, settings).map((f) => f.ruleId);
}

/** Findings of one rule. */
export function findingsOf(ruleId: string, text: string | object, settings: Partial<FargateSettings> = {}): Finding[] {
  return findings(text, settings).filter((f) => f.ruleId === ruleId);
}

/** A valid, complete Fargate task definition to derive test cases from. */
export function validTask(): Record<string, any> {
  return {
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    taskRoleArn: 'arn:aws:iam::123456789012:role/webTaskRole',
    runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
    containerDefinitions: [
      {
        name: 'web',
        image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2',
        essential: true,
        user: '1000',
        readonlyRootFilesystem: true,
        portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
        secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf:password::' }],
        environment: [{ name: 'LOG_LEVEL', value: 'info' }],
        healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'], interval: 30, timeout: 5, retries: 3, startPeriod: 10 },
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' },
        },
      },
    ],
  };
}

/**
 * validTask() launched on EC2 with bridge networking. With `taskSize: false` the task has no cpu/memory (optional
 * on EC2) and its container reserves 256 MiB instead, as EC2 then requires of every container.
 */
export function ec2Task(options: { taskSize?: boolean } = {}): Record<string, any> {
  const t = validTask();
  t.requiresCompatibilities = ['EC2'];
  t.networkMode = 'bridge';
  if (options.taskSize === false) {
    delete t.cpu;
    delete t.memory;
    t.containerDefinitions[0].memoryReservation = 256;
  }
  return t;
}

/** validTask() with one EFS volume `data` (file system fs-12345678) whose efsVolumeConfiguration adds `efs`. */
export function withEfs(efs: Record<string, unknown>): Record<string, any> {
  const t = validTask();
  t.volumes = [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-12345678', ...efs } }];
  return t;
}

/** validTask() whose first container has these portMappings, then changed by `mutate`. */
export function withPorts(ports: unknown[], mutate?: (t: Record<string, any>) => void): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].portMappings = ports;
  mutate?.(t);
  return t;
}
