/**
 * Snippet test helpers, shared by the unit test (expands bodies to text) and the real-VS-Code test (inserts them
 * with the editor): loads the contributed snippet files, resolves placeholders to their defaults, and places
 * fragment snippets (a container, a volume, a property) into a valid task definition so the result can be linted.
 * No imports from the server or from vscode, so both suites can use it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './paths';

export interface SnippetDef {
  /** Key in the snippets file. */
  name: string;
  prefix: string;
  description: string;
  body: string;
  language: 'json' | 'yaml';
  file: string;
}

/** Where a snippet goes: the whole document, or inside a wrapper at {@link MARKER}. */
export type SnippetContext = 'document' | 'container' | 'volume' | 'mountPoint' | 'containerProperty' | 'logConfiguration' | 'firelensLogs' | 'firelensRouter';

export const SNIPPET_FILES: readonly { file: string; language: 'json' | 'yaml' }[] = [
  { file: 'snippets/fargate.code-snippets', language: 'json' },
  { file: 'snippets/fargate-yaml.code-snippets', language: 'yaml' },
];

/** Snippet prefix -> context. A snippet missing here fails the unit test, so new snippets get a test context. */
export const SNIPPET_CONTEXTS: Readonly<Record<string, SnippetContext>> = {
  'fargate-task-definition': 'document',
  'fargate-container-secrets': 'container',
  'fargate-efs-volume': 'volume',
  'fargate-efs-mount-point': 'mountPoint',
  'fargate-health-check': 'containerProperty',
  'fargate-awslogs': 'logConfiguration',
  'fargate-firelens-logs': 'firelensLogs',
  'fargate-firelens-router': 'firelensRouter',
  'fargate-sidecar': 'container',
  'fargate-xray-sidecar': 'container',
  'fargate-appspec': 'document',
  'fargate-appspec-network': 'document',
  'fargate-service-codedeploy': 'document',
  'fargate-codedeploy-deployment-group': 'document',
  'fargate-service-blue-green': 'document',
  'fargate-scalable-target': 'document',
  'fargate-scaling-policy': 'document',
  'fargate-cfn-service': 'document',
  'fargate-cfn-blue-green': 'document',
  'fargate-cfn-secrets-efs': 'document',
};

export const MARKER = '/*SNIPPET*/';

export function repoRoot(): string {
  return REPO_ROOT;
}

export function loadSnippets(root = repoRoot()): SnippetDef[] {
  const out: SnippetDef[] = [];
  for (const { file, language } of SNIPPET_FILES) {
    const raw = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, { prefix: string | string[]; description?: string; body: string | string[] }>;
    for (const [name, s] of Object.entries(raw)) {
      const prefix = Array.isArray(s.prefix) ? s.prefix[0] : s.prefix;
      out.push({ name, prefix, description: s.description ?? '', body: Array.isArray(s.body) ? s.body.join('\n') : s.body, language, file });
    }
  }
  return out;
}

/**
 * Expands a snippet body the way accepting every default would: `${1:default}` (nested too) and `${1|a,b|}`
 * become their default, `$1` / `${1}` mirror the default of tab stop 1 (or nothing), `$0` disappears, and
 * `\$`, `\}`, `\\` are unescaped.
 */
export function expandSnippet(body: string): string {
  const defaults = new Map<string, string>();
  let i = 0;
  function parse(stopAt: string | undefined): string {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\,|'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
        continue;
      }
      if (stopAt !== undefined && c === stopAt) return out;
      if (c === '$') {
        const simple = /^\$(\d+)/.exec(body.slice(i));
        if (simple) {
          i += simple[0].length;
          out += `\u0000${simple[1]}\u0000`;
          continue;
        }
        const open = /^\$\{(\d+)([:|}])/.exec(body.slice(i));
        if (open) {
          const n = open[1];
          i += open[0].length;
          if (open[2] === '}') {
            out += `\u0000${n}\u0000`;
          } else if (open[2] === ':') {
            const inner = parse('}');
            i++; // '}'
            // Like VS Code: the first occurrence with a default gives its value to every occurrence.
            if (!defaults.has(n)) defaults.set(n, inner);
            out += `\u0000${n}\u0000`;
          } else {
            const end = body.indexOf('|}', i);
            if (end < 0) throw new Error(`unterminated choice at ${i}`);
            const first = body.slice(i, end).split(',')[0];
            i = end + 2;
            if (!defaults.has(n)) defaults.set(n, first);
            out += `\u0000${n}\u0000`;
          }
          continue;
        }
        if (/^\$[A-Z_]/.test(body.slice(i))) throw new Error(`snippet variables are not used here: ${body.slice(i, i + 20)}`);
      }
      out += c;
      i++;
    }
    if (stopAt !== undefined) throw new Error(`unterminated placeholder, expected '${stopAt}'`);
    return out;
  }
  const text = parse(undefined);
  // Resolve mirrors (their defaults may themselves contain mirrors).
  let resolved = text;
  for (let pass = 0; pass < 10 && resolved.includes('\u0000'); pass++) {
    resolved = resolved.replace(/\u0000(\d+)\u0000/g, (_, n: string) => defaults.get(n) ?? '');
  }
  return resolved;
}

const SLOT = '__SNIPPET_SLOT__';
const PROP_SLOT = '__SNIPPET_PROP__';

function appContainer(withLogs: boolean): Record<string, unknown> {
  const c: Record<string, unknown> = {
    name: 'web',
    image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2',
    essential: true,
    user: '1000',
    readonlyRootFilesystem: true,
    portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
  };
  if (withLogs) {
    c.logConfiguration = {
      logDriver: 'awslogs',
      options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' },
    };
  }
  return c;
}

function taskDefinition(containers: unknown[], volumes?: unknown[]): Record<string, unknown> {
  const t: Record<string, unknown> = {
    family: 'web',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '1024',
    memory: '2048',
    runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    taskRoleArn: 'arn:aws:iam::123456789012:role/webTaskRole',
    containerDefinitions: containers,
  };
  if (volumes) t.volumes = volumes;
  return t;
}

const EFS_VOLUME = {
  name: 'efs-data',
  efsVolumeConfiguration: {
    fileSystemId: 'fs-0123456789abcdef0',
    transitEncryption: 'ENABLED',
    authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0', iam: 'ENABLED' },
  },
};

const ROUTER = {
  name: 'log-router',
  image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4',
  essential: true,
  memoryReservation: 50,
  firelensConfiguration: { type: 'fluentbit' },
  logConfiguration: {
    logDriver: 'awslogs',
    options: { 'awslogs-group': '/ecs/firelens', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'log-router' },
  },
};

const FIRELENS_LOGS = {
  logDriver: 'awsfirelens',
  options: { Name: 'cloudwatch_logs', region: 'us-east-1', log_group_name: '/ecs/web', log_stream_prefix: 'web-' },
};

/** The document text around a snippet of this context, with {@link MARKER} where the snippet goes. */
export function wrapperTemplate(context: SnippetContext): string {
  let obj: unknown;
  switch (context) {
    case 'document':
      return MARKER;
    case 'container':
      obj = taskDefinition([appContainer(true), SLOT]);
      break;
    case 'volume':
      obj = taskDefinition([{ ...appContainer(true), mountPoints: [{ sourceVolume: 'efs-data', containerPath: '/mnt/data' }] }], [SLOT]);
      break;
    case 'mountPoint':
      obj = taskDefinition([{ ...appContainer(true), mountPoints: [SLOT] }], [EFS_VOLUME]);
      break;
    case 'containerProperty':
      obj = taskDefinition([{ ...appContainer(true), [PROP_SLOT]: 0 }]);
      break;
    case 'logConfiguration':
      obj = taskDefinition([{ ...appContainer(false), [PROP_SLOT]: 0 }]);
      break;
    case 'firelensLogs':
      obj = taskDefinition([{ ...appContainer(false), [PROP_SLOT]: 0 }, ROUTER]);
      break;
    case 'firelensRouter':
      obj = taskDefinition([{ ...appContainer(false), logConfiguration: FIRELENS_LOGS }, SLOT]);
      break;
  }
  return JSON.stringify(obj, null, 2).replace(`"${SLOT}"`, MARKER).replace(`"${PROP_SLOT}": 0`, MARKER);
}

/** The full document for an expanded snippet. */
export function wrapSnippet(prefix: string, expanded: string): string {
  const context = SNIPPET_CONTEXTS[prefix];
  if (!context) throw new Error(`no test context for snippet ${prefix}`);
  return wrapperTemplate(context).replace(MARKER, () => expanded);
}
