import * as assert from 'assert';
import { parseTree, type Node } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { ROOT_SHAPES, getShape, enumValues } from '../../server/src/knowledge/catalog';
import { FARGATE_SIZES, formatMemory } from '../../server/src/knowledge/fargateSizes';
import { VALUE_DOCS } from '../../server/src/knowledge/fieldDocs';
import { PRICES_AS_OF, estimateCost, formatUsd } from '../../server/src/knowledge/prices';
import { parseSecretReference } from '../../server/src/service/hover';
import { parseImageReference } from '../../server/src/service/images';
import { doc, findings, service, validTask, withCursor } from '../helpers/docs';

/** Hover text at the `|` marker (or another marker), or null. */
function hoverAt(text: string, marker = '|'): string | null {
  const { doc: d, offset } = withCursor(text, marker);
  const h = service.hover(d, d.positionAt(offset));
  return h ? (h.contents as MarkupContent).value : null;
}

/** Hover text for a JSON object, with the cursor inside the first occurrence of `needle` (+ `delta`). */
function hoverIn(obj: object, needle: string, delta = 1): string | null {
  const text = JSON.stringify(obj, null, 2);
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${needle} not in document`);
  const d = doc(text);
  const h = service.hover(d, d.positionAt(i + delta));
  return h ? (h.contents as MarkupContent).value : null;
}

/** Every property key node of a tree (iterative). */
function keyNodes(root: Node): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.type === 'property' && n.children?.[0]) out.push(n.children[0]);
    for (const c of n.children ?? []) stack.push(c);
  }
  return out;
}

function assertEveryKeyHasHover(obj: object): number {
  const text = JSON.stringify(obj, null, 2);
  const d = doc(text);
  const keys = keyNodes(parseTree(text) as Node);
  for (const k of keys) {
    const h = service.hover(d, d.positionAt(k.offset + 1));
    assert.ok(h, `no hover for key ${String(k.value)}`);
    const md = (h.contents as MarkupContent).value;
    assert.strictEqual((h.contents as MarkupContent).kind, 'markdown');
    assert.ok(md.includes(`\`${String(k.value)}\``), `hover for ${String(k.value)} does not name it:\n${md}`);
    assert.match(md, /\]\(https:\/\/docs\.aws\.amazon\.com\//, `hover for ${String(k.value)} has no AWS docs link`);
    assert.deepStrictEqual(h.range, { start: d.positionAt(k.offset), end: d.positionAt(k.offset + k.length) });
  }
  return keys.length;
}

const SERVICE = {
  serviceName: 'web',
  cluster: 'prod',
  taskDefinition: 'web:3',
  desiredCount: 2,
  launchType: 'FARGATE',
  platformVersion: 'LATEST',
  networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0abc'], securityGroups: ['sg-0abc'], assignPublicIp: 'DISABLED' } },
  loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc', containerName: 'web', containerPort: 8080 }],
  deploymentController: { type: 'CODE_DEPLOY' },
  deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100 },
  schedulingStrategy: 'REPLICA',
};

const APPSPEC = {
  version: 0.0,
  Resources: [
    {
      TargetService: {
        Type: 'AWS::ECS::Service',
        Properties: {
          TaskDefinition: '<TASK_DEFINITION>',
          LoadBalancerInfo: { ContainerName: 'web', ContainerPort: 8080 },
          PlatformVersion: 'LATEST',
          NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-1'], SecurityGroups: ['sg-1'], AssignPublicIp: 'DISABLED' } },
        },
      },
    },
  ],
  Hooks: [{ BeforeInstall: 'fnA' }, { AfterAllowTestTraffic: 'fnB' }],
};

describe('hover: keys', () => {
  it('explains every key of the valid task definition (nested objects included) with its name and a docs link', () => {
    const n = assertEveryKeyHasHover(validTask());
    assert.ok(n > 35, `only ${n} keys checked`);
  });

  it('explains every key of a service and of a JSON appspec', () => {
    assert.ok(assertEveryKeyHasHover(SERVICE) > 15);
    assert.ok(assertEveryKeyHasHover(APPSPEC) > 15);
  });

  it('shows type, description, Fargate note, concept with analogy and the API link', () => {
    const md = hoverIn(validTask(), '"networkMode"') as string;
    assert.match(md, /`networkMode`/);
    assert.match(md, /`string`/);
    assert.match(md, /Values: `bridge` \(not on Fargate\), `host` \(not on Fargate\), `awsvpc`, `none` \(not on Fargate\)/);
    assert.match(md, /\*\*Fargate:\*\* Fargate accepts only awsvpc\./);
    assert.match(md, /\*\*Concept: awsvpc/);
    assert.match(md, /\n_Think of it[^\n]*_/);
    assert.match(md, /API_RegisterTaskDefinition\.html#ECS-RegisterTaskDefinition-request-networkMode/);
  });

  it('names list and object types', () => {
    assert.match(hoverIn(validTask(), '"portMappings"') as string, /`list of PortMapping object`/);
    assert.match(hoverIn(validTask(), '"containerPort"') as string, /`integer`.*PortMapping/);
    assert.match(hoverIn(validTask(), '"logConfiguration"') as string, /`LogConfiguration object`/);
  });

  it('marks fields Fargate does not support', () => {
    const t = validTask();
    t.containerDefinitions[0].privileged = false;
    t.ipcMode = 'task';
    assert.match(hoverIn(t, '"privileged"') as string, /\*\*Fargate:\*\* Not supported on Fargate; leave it out or false\./);
    assert.match(hoverIn(t, '"ipcMode"') as string, /\*\*Fargate:\*\* IPC mode cannot be set for Fargate tasks\./);
  });

  it('explains awslogs options and names what is required', () => {
    const md = hoverIn(validTask(), '"awslogs-stream-prefix"') as string;
    assert.match(md, /awslogs option · required on Fargate/);
    assert.match(md, /using_awslogs\.html/);
  });

  it('flags unknown keys with a suggestion and read-only describe output fields', () => {
    const t = validTask();
    t.containerDefinitons = [];
    t.revision = 3;
    assert.match(hoverIn(t, '"containerDefinitons"') as string, /Did you mean `containerDefinitions`\?/);
    assert.match(hoverIn(t, '"revision"') as string, /does not accept it/);
  });

  it('works inside a describe-task-definition wrapper', () => {
    const md = hoverIn({ taskDefinition: validTask() }, '"executionRoleArn"') as string;
    assert.match(md, /`executionRoleArn`/);
    assert.strictEqual(hoverIn({ taskDefinition: validTask() }, '"taskDefinition"'), null);
  });

  it('says nothing for JSON files that are not ECS documents', () => {
    assert.strictEqual(hoverAt('{"name": "pkg", "ver|sion": "1.0.0", "cpu": "256"}'), null);
  });

  it('survives broken documents and odd values', () => {
    assert.ok(hoverAt('{"family": "web", "containerDefinitions": [ {"name": "a", "ima|ge": } ]'));
    assert.ok(hoverAt('{"family": "web", "containerDefinitions": [], "cpu": {"x": 1}, "mem|ory": [1]}'));
    assert.strictEqual(hoverAt('{"family": "web", "containerDefinitions": [] |}'), null);
  });
});

describe('hover: values', () => {
  it('explains awsvpc, FARGATE, awslogs and CODE_DEPLOY', () => {
    assert.match(hoverIn(validTask(), '"awsvpc"') as string, /value of `networkMode`[\s\S]*own elastic network interface/);
    assert.match(hoverIn(validTask(), '"FARGATE"') as string, /value of `requiresCompatibilities`[\s\S]*Serverless compute/);
    assert.match(hoverIn(validTask(), '"awslogs"') as string, /value of `logDriver`[\s\S]*CloudWatch Logs/);
    assert.match(hoverIn(SERVICE, '"CODE_DEPLOY"') as string, /value of `type`[\s\S]*CodeDeploy[\s\S]*Concept: Blue\/green/);
  });

  it('notes Fargate-incompatible values', () => {
    const t = validTask();
    t.networkMode = 'bridge';
    assert.match(hoverIn(t, '"bridge"') as string, /not accepted on Fargate/);
  });

  it('explains wrong enum values with the allowed ones', () => {
    const t = validTask();
    t.networkMode = 'AWSVPC';
    assert.match(hoverIn(t, '"AWSVPC"') as string, /case-sensitive: use `awsvpc`/);
  });

  it('does not take a free-text value for a documented enum value', () => {
    const t = validTask();
    t.containerDefinitions[0].name = 'host';
    const md = hoverIn(t, '"host"') as string;
    assert.doesNotMatch(md, /share the EC2 instance/);
    assert.match(md, /`name`/);
  });

  /** Builds a document in which `value` sits at `Shape.member`, reached from the task or service root. */
  function documentWith(shape: string, member: string, value: string, index?: number): { text: string; kind: string } | undefined {
    const marker = '__VALUE__';
    for (const [kind, root] of [['task', ROOT_SHAPES.taskDefinition], ['service', ROOT_SHAPES.service]] as const) {
      // Breadth-first search for a path of members from the root to `shape`.
      const queue: { shape: string; path: { member: string; list: boolean }[] }[] = [{ shape: root, path: [] }];
      const seen = new Set([root]);
      while (queue.length > 0) {
        const cur = queue.shift() as (typeof queue)[number];
        if (cur.shape === shape) {
          const field = getShape(shape)?.fields[member];
          if (!field) return undefined;
          const leaf = field.type === 'list' ? (index !== undefined ? [...Array(index).fill('x'), marker] : [marker]) : marker;
          let value2: unknown = { [member]: leaf };
          for (let i = cur.path.length - 1; i >= 0; i--) value2 = { [cur.path[i].member]: cur.path[i].list ? [value2] : value2 };
          const body = value2 as Record<string, unknown>;
          const full = kind === 'task' ? { family: 'f', containerDefinitions: [], ...body } : { serviceName: 's', cluster: 'c', ...body };
          return { text: JSON.stringify(full, null, 2).replace(`"${marker}"`, `"|${value}"`), kind };
        }
        for (const [m, f] of Object.entries(getShape(cur.shape)?.fields ?? {})) {
          const next = f.type === 'structure' ? f.shape : f.items?.type === 'structure' ? f.items.shape : undefined;
          if (next && !seen.has(next)) {
            seen.add(next);
            queue.push({ shape: next, path: [...cur.path, { member: m, list: f.type === 'list' }] });
          }
        }
      }
    }
    return undefined;
  }

  /** Where each bare VALUE_DOCS value is used when no enum lists it. */
  const NON_ENUM_CONTEXTS: Record<string, [string, string, number?]> = {
    FARGATE_SPOT: ['CapacityProviderStrategyItem', 'capacityProvider'],
    LATEST: ['CreateServiceRequest', 'platformVersion'],
    '1.4.0': ['CreateServiceRequest', 'platformVersion'],
    '1.3.0': ['CreateServiceRequest', 'platformVersion'],
    '1.2.0': ['CreateServiceRequest', 'platformVersion'],
    '1.1.0': ['CreateServiceRequest', 'platformVersion'],
    '1.0.0': ['CreateServiceRequest', 'platformVersion'],
    CMD: ['HealthCheck', 'command', 0],
    'CMD-SHELL': ['HealthCheck', 'command', 0],
    SYS_PTRACE: ['KernelCapabilities', 'add'],
    NET_ADMIN: ['KernelCapabilities', 'add'],
    SYS_ADMIN: ['KernelCapabilities', 'add'],
    ALL: ['KernelCapabilities', 'drop'],
    gp3: ['ServiceManagedEBSVolumeConfiguration', 'volumeType'],
    gp2: ['ServiceManagedEBSVolumeConfiguration', 'volumeType'],
  };

  /** The first catalog field whose enum lists `value`. */
  function enumContext(value: string): [string, string] | undefined {
    for (const root of [ROOT_SHAPES.taskDefinition, ROOT_SHAPES.service]) {
      const queue = [root];
      const seen = new Set(queue);
      while (queue.length > 0) {
        const s = queue.shift() as string;
        for (const [m, f] of Object.entries(getShape(s)?.fields ?? {})) {
          if (enumValues(s, m)?.includes(value) && !Object.prototype.hasOwnProperty.call(VALUE_DOCS, `${s}.${m}=${value}`)) return [s, m];
          const next = f.type === 'structure' ? f.shape : f.items?.type === 'structure' ? f.items.shape : undefined;
          if (next && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
    }
    return undefined;
  }

  it('explains every field of every task definition and service shape in the catalog (key hovers)', () => {
    const shapes = new Set<string>();
    for (const root of [ROOT_SHAPES.taskDefinition, ROOT_SHAPES.service]) {
      const queue = [root];
      shapes.add(root);
      while (queue.length > 0) {
        const cur = queue.shift() as string;
        for (const f of Object.values(getShape(cur)?.fields ?? {})) {
          const next = f.type === 'structure' ? f.shape : f.items?.type === 'structure' ? f.items.shape : undefined;
          if (next && !shapes.has(next)) {
            shapes.add(next);
            queue.push(next);
          }
        }
      }
    }
    let checked = 0;
    const missing: string[] = [];
    for (const shape of shapes) {
      for (const member of Object.keys(getShape(shape)?.fields ?? {})) {
        const built = documentWith(shape, member, 'x');
        if (!built) continue;
        const marker = built.text.indexOf('"|x"');
        const text = built.text.replace('"|x"', '"x"');
        const keyAt = text.lastIndexOf(`"${member}"`, marker);
        const d = doc(text);
        const h = service.hover(d, d.positionAt(keyAt + 1));
        const md = h && typeof h.contents === 'object' && 'value' in h.contents ? (h.contents as MarkupContent).value : '';
        if (!md.includes(member) || !/https:\/\/docs\.aws\.amazon\.com\//.test(md)) missing.push(`${shape}.${member}`);
        checked++;
      }
    }
    assert.ok(checked > 250, `checked ${checked} fields`);
    assert.deepStrictEqual(missing, []);
  });

  it('explains every VALUE_DOCS entry in its context', () => {
    let checked = 0;
    for (const [key, vd] of Object.entries(VALUE_DOCS)) {
      const m = /^(\w+)\.(\w+)=(.*)$/.exec(key);
      const ctx: [string, string, number?] | undefined = m ? [m[1], m[2]] : enumContext(key) ?? NON_ENUM_CONTEXTS[key];
      assert.ok(ctx, `no context known for VALUE_DOCS entry ${key}; add one to this test`);
      const value = m ? m[3] : key;
      const built = documentWith(ctx[0], ctx[1], value, ctx[2]);
      assert.ok(built, `cannot build a document for ${key} at ${ctx[0]}.${ctx[1]}`);
      const md = hoverAt(built.text);
      assert.ok(md, `no hover for ${key}:\n${built.text}`);
      assert.ok(md.includes(vd.description), `hover for ${key} does not show its doc:\n${md}`);
      assert.ok(md.includes(`\`${value}\``), `hover for ${key} does not name the value`);
      checked++;
    }
    assert.strictEqual(checked, Object.keys(VALUE_DOCS).length);
  });

  it('explains appspec values', () => {
    assert.match(hoverIn(APPSPEC, '"<TASK_DEFINITION>"') as string, /CodePipeline[\s\S]*replaces this placeholder/);
    assert.match(hoverIn(APPSPEC, '"LATEST"') as string, /newest Fargate platform version/);
  });
});

describe('hover: task size and price', () => {
  function task(cpu: unknown, memory: unknown, runtimePlatform?: object): Record<string, unknown> {
    const t = validTask();
    t.cpu = cpu;
    if (memory === undefined) delete t.memory;
    else t.memory = memory;
    if (runtimePlatform) t.runtimePlatform = runtimePlatform;
    else delete t.runtimePlatform;
    return t;
  }
  const cpuHover = (t: object) => hoverIn(t, '"cpu": ', 8) as string;
  const memHover = (t: object) => hoverIn(t, '"memory": ', 11) as string;

  it('gives vCPU, valid memory and the price with the task memory', () => {
    const md = cpuHover(task('1024', '3072'));
    const est = estimateCost(1024, 3072, 'linux-x86');
    assert.match(md, /Task CPU: 1 vCPU\*\* \(1024 CPU units\)/);
    assert.match(md, /2 GB to 8 GB in 1 GB steps/);
    assert.ok(md.includes(`**${formatUsd(est.perHour)} per hour**`), md);
    assert.ok(md.includes(`**${formatUsd(est.perMonth)} per month**`), md);
    assert.ok(md.includes(`us-east-1 on-demand, prices as of ${PRICES_AS_OF}, estimate`), md);
    assert.match(md, /Linux\/x86/);
  });

  it('every Fargate size hover lists its memory range', () => {
    for (const s of FARGATE_SIZES) {
      const md = cpuHover(task(String(s.cpu), String(s.memory[0])));
      assert.ok(md.includes(`Task CPU: ${s.label}`), md);
      assert.ok(md.includes(formatMemory(s.memory[0])) && md.includes(formatMemory(s.memory[s.memory.length - 1])), md);
    }
  });

  it('prices with the smallest valid memory when the memory does not fit, and says so', () => {
    const md = cpuHover(task('256', '4096'));
    assert.match(md, /task memory 4 GB is not valid with this CPU, so this uses the smallest valid memory, 512 MiB/);
    assert.ok(md.includes(formatUsd(estimateCost(256, 512).perHour)));
    assert.match(cpuHover(task('256', undefined)), /task memory is not set/);
  });

  it('uses the ARM and Windows price lists from runtimePlatform', () => {
    const arm = cpuHover(task('512', '1024', { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' }));
    assert.match(arm, /Linux\/ARM/);
    assert.ok(arm.includes(formatUsd(estimateCost(512, 1024, 'linux-arm').perHour)));
    const win = cpuHover(task('1024', '2048', { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' }));
    assert.match(win, /Windows\/x86/);
    assert.ok(win.includes(formatUsd(estimateCost(1024, 2048, 'windows').perHour)));
    assert.match(cpuHover(task('512', '1024', { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' })), /only with 1, 2 or 4 vCPU/);
  });

  it('reads vCPU strings, numbers, and reports non-Fargate sizes and placeholders', () => {
    assert.match(cpuHover(task('1 vCPU', '2 GB')), /Task CPU: 1 vCPU/);
    assert.match(cpuHover(task(2048, 4096)), /Task CPU: 2 vCPU/);
    assert.match(cpuHover(task('300', '1024')), /not a Fargate size/);
    assert.match(cpuHover(task('${CPU}', '1024')), /placeholder/);
    assert.match(cpuHover(task('lots', '1024')), /cannot be read/);
  });

  it('memory: lists the CPU sizes it fits and prices with the task cpu', () => {
    const md = memHover(task('512', '2048'));
    assert.match(md, /Fits these CPU sizes: \.25 vCPU \(256\), \.5 vCPU \(512\), 1 vCPU \(1024\)\./);
    assert.ok(md.includes(formatUsd(estimateCost(512, 2048).perHour)), md);
    const other = memHover(task('4096', '2048'));
    assert.match(other, /task cpu 4096 does not go with this memory, so this uses the smallest CPU that fits, \.25 vCPU/);
    assert.match(memHover(task('256', '1000')), /not a Fargate memory size/);
  });
});

describe('hover: roles, secrets, images', () => {
  it('explains the execution and task roles with account and role name', () => {
    const ex = hoverIn(validTask(), 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole', 5) as string;
    assert.match(ex, /Execution role/);
    assert.match(ex, /utility keys/);
    assert.match(ex, /pulls the image/);
    assert.match(ex, /Role `ecsTaskExecutionRole` in account `123456789012`/);
    const tr = hoverIn(validTask(), 'arn:aws:iam::123456789012:role/webTaskRole', 5) as string;
    assert.match(tr, /Task role/);
    assert.match(tr, /app's own keys/);
    assert.match(tr, /Role `webTaskRole`/);
  });

  it('explains role ARNs in other fields and role paths', () => {
    const md = hoverIn({ ...SERVICE, role: 'arn:aws:iam::111122223333:role/service-role/ecsServiceRole' }, 'arn:aws:iam', 3) as string;
    assert.match(md, /IAM role\*\* used by `role`/);
    assert.match(md, /Role `ecsServiceRole` in account `111122223333`, path `\/service-role\/`/);
  });

  it('reads a Secrets Manager valueFrom: name, region, account, key, stage, id', () => {
    const t = validTask();
    t.containerDefinitions[0].secrets = [{ name: 'API', valueFrom: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/api-Xy12Zq:token:AWSPREVIOUS:' }];
    const md = hoverIn(t, 'arn:aws:secretsmanager', 3) as string;
    assert.match(md, /Secrets Manager secret\*\* `app\/api` · Region `eu-west-1`, account `111122223333`/);
    assert.match(md, /JSON key `token`/);
    assert.match(md, /version stage `AWSPREVIOUS`/);
    assert.match(md, /environment variable `API`/);
    const full = parseSecretReference('arn:aws:secretsmanager:us-east-1:1:secret:db-AbCdEf:pw:AWSCURRENT:v-123');
    assert.deepStrictEqual([full?.name, full?.suffix, full?.jsonKey, full?.versionStage, full?.versionId], ['db', '-AbCdEf', 'pw', 'AWSCURRENT', 'v-123']);
    assert.strictEqual(parseSecretReference('arn:aws:secretsmanager:us-east-1:1:secret:db-backup')?.name, 'db-backup');
  });

  it('reads Parameter Store ARNs and names', () => {
    const t = validTask();
    t.containerDefinitions[0].secrets = [
      { name: 'A', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/prod/db/password' },
      { name: 'B', valueFrom: 'plainParam' },
    ];
    const a = hoverIn(t, 'arn:aws:ssm', 3) as string;
    assert.match(a, /SSM Parameter Store parameter\*\* `\/prod\/db\/password` · Region `us-east-1`, account `123456789012`/);
    const b = hoverIn(t, '"plainParam"') as string;
    assert.match(b, /same Region and account/);
  });

  it('reads ECR, ECR Public, Docker Hub and other registries, with the scanning concept', () => {
    const ecr = hoverIn(validTask(), '.dkr.ecr.', 2) as string;
    assert.match(ecr, /Amazon ECR \(private\) · account `123456789012`, Region `us-east-1`/);
    assert.match(ecr, /Repository `web`, tag `1\.4\.2`/);
    assert.match(ecr, /Concept: Amazon ECR and image scanning/);
    const t = validTask();
    t.containerDefinitions[0].image = 'nginx';
    const hub = hoverIn(t, '"nginx"') as string;
    assert.match(hub, /Docker Hub · `library\/nginx`/);
    assert.match(hub, /No tag/);
    assert.match(hub, /image scanning/);
    assert.deepStrictEqual(parseImageReference('public.ecr.aws/nginx/nginx:1.27').registry, 'ecr-public');
    assert.deepStrictEqual(parseImageReference('ghcr.io/org/app@sha256:abc'), { registry: 'other', host: 'ghcr.io', repository: 'org/app', tag: undefined, digest: 'sha256:abc' });
    assert.deepStrictEqual(parseImageReference('localhost:5000/app:1').tag, '1');
    // One reading of ECR hosts for the hover, the execution-role rule and the quick fixes: FIPS, China, a port, a
    // templated account (no account then, but still ECR).
    assert.deepStrictEqual(parseImageReference('123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/app:1'), {
      registry: 'ecr', host: '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com', account: '123456789012', region: 'us-gov-west-1', repository: 'app', tag: '1', digest: undefined,
    });
    assert.strictEqual(parseImageReference('123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn:443/app').region, 'cn-north-1');
    const templated = parseImageReference('$ACCOUNT.dkr.ecr.eu-west-1.amazonaws.com/app:2');
    assert.deepStrictEqual([templated.registry, templated.account, templated.region], ['ecr', undefined, 'eu-west-1']);
    assert.strictEqual(parseImageReference('dkr.ecr.eu-west-1.amazonaws.com.evil.example/app').registry, 'other');
    t.containerDefinitions[0].image = 'AWS_ACCOUNT_ID.dkr.ecr.eu-west-1.amazonaws.com/web:3';
    assert.match(hoverIn(t, '"AWS_ACCOUNT_ID.dkr') as string, /Amazon ECR \(private\) · account `AWS_ACCOUNT_ID` \(filled in when deployed\), Region `eu-west-1`/);
    t.containerDefinitions[0].image = '12345.dkr.ecr.eu-west-1.amazonaws.com/web:3';
    assert.match(hoverIn(t, '"12345.dkr') as string, /Amazon ECR \(private\) · account `12345` \(not a 12-digit account id\), Region `eu-west-1`/);
    t.containerDefinitions[0].image = '<IMAGE1_NAME>';
    assert.match(hoverIn(t, '"<IMAGE1_NAME>"') as string, /filled in by your pipeline/);
  });

  it('never shows a secret-looking environment value', () => {
    const t = validTask();
    t.containerDefinitions[0].environment = [
      { name: 'DB_PASSWORD', value: 'hunter2-very-secret' },
      { name: 'LOG_LEVEL', value: 'AKIAABCDEFGHIJKLMNOP' },
    ];
    const a = hoverIn(t, 'hunter2') as string;
    assert.match(a, /Looks like a secret/);
    assert.match(a, /`secrets`/);
    assert.ok(!a.includes('hunter2'));
    const b = hoverIn(t, 'AKIA') as string;
    assert.match(b, /Looks like a secret/);
    assert.ok(!b.includes('AKIAABCDEFGHIJKLMNOP'));
    // A harmless value gets the field's explanation, still without echoing it.
    const c = hoverIn(validTask(), '"info"') as string;
    assert.match(c, /`value`/);
  });
});

describe('hover: YAML appspec', () => {
  it('explains appspec keys and values from the YAML tree', () => {
    const text = 'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: <TASK_DEFINITION>\n        LoadBalancerInfo:\n          ContainerName: "web"\n          ContainerPort: 8080\n        PlatformVersion: "1.4.0"\n';
    const d = TextDocument.create('file:///test/appspec.yaml', 'yaml', 1, text);
    const at = (needle: string) => {
      const h = service.hover(d, d.positionAt(text.indexOf(needle) + 1));
      return h ? (h.contents as MarkupContent).value : '';
    };
    assert.match(at('ContainerPort'), /`ContainerPort`[\s\S]*containerPort values/);
    assert.match(at('<TASK_DEFINITION>'), /replaces this placeholder/);
    assert.match(at('1.4.0'), /value of `PlatformVersion`/);
  });
});

describe('hover agrees with the diagnostics on role ARNs and secret references', () => {
  it('names the problem the role-arn and secret-value-from rules report', () => {
    const t = validTask();
    t.taskRoleArn = 'arn:aws:iam::12345:role/app';
    t.containerDefinitions[0].secrets = [{ name: 'A', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf::' }];
    const text = JSON.stringify(t, null, 2);
    const d = doc(text);
    const at = (needle: string) => d.positionAt(text.indexOf(needle) + 3);
    const role = service.hover(d, at('arn:aws:iam::12345:'));
    const secret = service.hover(d, at('arn:aws:secretsmanager'));
    assert.match(JSON.stringify(role?.contents), /Problem:.*not 12 digits/);
    assert.match(JSON.stringify(secret?.contents), /Problem:.*optional positions/);
    const ids = findings(t).map((f) => f.ruleId);
    assert.ok(ids.includes('fargate/role-arn') && ids.includes('fargate/secret-value-from'));
  });
});
