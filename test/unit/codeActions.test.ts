import * as assert from 'assert';
import { parseYamlTree } from '../../server/src/service/yamlDocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS } from '../../server/src/common/settings';
import { compactJson, detectIndentation, getCodeActions, insertMembers, removeMembers, removeYamlEntry, applyOffsetEdits } from '../../server/src/service/codeActions';
import { parseTree, type Node } from 'jsonc-parser';
import { applyTextEdits, editsOf } from '../helpers/edits';
import { doc, service, validTask } from '../helpers/docs';
import * as ecs from '../helpers/ecs';
import type { RelatedDocuments } from '../../server/src/service/rules/rule';

type Task = Record<string, any>;

function json(obj: unknown, indent: string | number = 2): string {
  return JSON.stringify(obj, null, indent) + '\n';
}

function diagnosticsOf(text: string) {
  const d = doc(text);
  return { d, diags: service.validate(d, DEFAULT_SETTINGS) };
}

function actionsFor(text: string, ruleId: string): { actions: CodeAction[]; diags: Diagnostic[]; uri: string } {
  const { d, diags } = diagnosticsOf(text);
  const mine = diags.filter((x) => x.code === ruleId);
  assert.ok(mine.length > 0, `expected a ${ruleId} diagnostic, got ${diags.map((x) => x.code).join(', ') || 'none'}`);
  const actions = mine.flatMap((x) => service.codeActions(d, x.range, [x], DEFAULT_SETTINGS));
  return { actions, diags, uri: d.uri };
}

function errorCodes(diags: Diagnostic[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of diags) if (d.severity === DiagnosticSeverity.Error) m.set(String(d.code), (m.get(String(d.code)) ?? 0) + 1);
  return m;
}

/** Applies one action and checks: still parses, fewer diagnostics of the rule, no new errors. */
function applyAndCheck(text: string, ruleId: string, action: CodeAction, uri: string, before: Diagnostic[]): string {
  const out = applyTextEdits(text, editsOf(action, uri));
  const a = service.analyze(doc(out), DEFAULT_SETTINGS);
  assert.deepStrictEqual(a.doc.syntaxErrors, [], `'${action.title}' broke the JSON:\n${out}`);
  const after = service.validate(doc(out), DEFAULT_SETTINGS);
  const n = (list: Diagnostic[]) => list.filter((x) => x.code === ruleId).length;
  assert.ok(n(after) < n(before), `'${action.title}' left ${n(after)} of ${n(before)} ${ruleId}:\n${out}`);
  const was = errorCodes(before);
  for (const [code, count] of errorCodes(after)) {
    assert.ok(count <= (was.get(code) ?? 0), `'${action.title}' introduced ${code}:\n${after.filter((x) => x.code === code).map((x) => x.message).join('\n')}\n${out}`);
  }
  return out;
}

/** Applies the action whose title matches (or the preferred one) and returns the new text. */
function fix(text: string, ruleId: string, title?: RegExp): { out: string; action: CodeAction; actions: CodeAction[]; uri: string } {
  const { actions, diags, uri } = actionsFor(text, ruleId);
  const action = title ? actions.find((a) => title.test(a.title)) : actions.find((a) => a.isPreferred);
  assert.ok(action, `no action ${title ?? '(preferred)'} among ${actions.map((a) => a.title).join(' | ') || 'none'}`);
  return { out: applyAndCheck(text, ruleId, action, uri, diags), action, actions, uri };
}

/** Every action offered for the rule fixes its diagnostic. */
function everyActionFixes(text: string, ruleId: string): CodeAction[] {
  const { actions, diags, uri } = actionsFor(text, ruleId);
  assert.ok(actions.length > 0, `no actions for ${ruleId}`);
  for (const a of actions) applyAndCheck(text, ruleId, a, uri, diags);
  return actions;
}

function task(mutate: (t: Task) => void): Task {
  const t = validTask();
  mutate(t);
  return t;
}

function container(t: Task): Task {
  return t.containerDefinitions[0];
}

describe('quick fixes (codeActions)', () => {
  describe('every fix turns its failing document into one without that diagnostic', () => {
    const cases: { rule: string; name: string; doc: Task | string; titles: RegExp[] }[] = [
      { rule: 'fargate/network-mode', name: 'bridge', doc: task((t) => (t.networkMode = 'bridge')), titles: [/^Set networkMode to "awsvpc"$/] },
      { rule: 'fargate/network-mode', name: 'missing', doc: task((t) => delete t.networkMode), titles: [/^Add "networkMode": "awsvpc"$/] },
      {
        rule: 'fargate/host-port',
        name: 'hostPort differs',
        doc: task((t) => (container(t).portMappings = [{ containerPort: 8080, hostPort: 80, protocol: 'tcp' }])),
        titles: [/^Remove hostPort/, /^Set hostPort to 8080/],
      },
      { rule: 'fargate/task-size', name: 'memory too big for cpu', doc: task((t) => (t.memory = '3072')), titles: [/^Change memory to 2048/, /^Change cpu to 512 \(\.5 vCPU\) to keep 3 GB/] },
      { rule: 'fargate/task-size', name: 'cpu not a size', doc: task((t) => { t.cpu = '300'; t.memory = '1024'; }), titles: [/^Change cpu to 256/] },
      { rule: 'fargate/task-size-required', name: 'cpu missing', doc: task((t) => delete t.cpu), titles: [/^Add task-level "cpu": "256"$/] },
      {
        rule: 'fargate/task-size-required',
        name: 'both missing',
        doc: task((t) => { delete t.cpu; delete t.memory; }),
        titles: [/^Add task-level "cpu"/, /^Add task-level "memory"/, /^Add task-level "cpu": "256" and "memory": "512"$/],
      },
      {
        rule: 'fargate/execution-role-required',
        name: 'missing role',
        doc: task((t) => delete t.executionRoleArn),
        titles: [/^Add executionRoleArn \(arn:aws:iam::123456789012:role\/ecsTaskExecutionRole\)$/],
      },
      { rule: 'fargate/execution-role-required', name: 'empty role', doc: task((t) => (t.executionRoleArn = '')), titles: [/^Set executionRoleArn/] },
      {
        rule: 'fargate/plaintext-secret',
        name: 'password in environment',
        doc: task((t) => container(t).environment.push({ name: 'API_TOKEN', value: 'tok-9f8e7d6c5b4a' })),
        titles: [/^Move 'API_TOKEN' to secrets/],
      },
      {
        rule: 'fargate/awslogs-options',
        name: 'stream prefix missing',
        doc: task((t) => delete container(t).logConfiguration.options['awslogs-stream-prefix']),
        titles: [/^Add the missing awslogs options \(awslogs-stream-prefix\)$/],
      },
      {
        rule: 'fargate/awslogs-options',
        name: 'no options at all',
        doc: task((t) => delete container(t).logConfiguration.options),
        titles: [/^Add the missing awslogs options/],
      },
      {
        rule: 'fargate/read-only-field',
        name: 'describe output fields',
        doc: task((t) => Object.assign(t, { taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3', revision: 3, status: 'ACTIVE' })),
        titles: [/^Remove 'taskDefinitionArn'$/, /^Remove 'revision'$/, /^Remove 'status'$/, /^Remove all 3 read-only fields$/],
      },
      { rule: 'fargate/unknown-key', name: 'typo', doc: task((t) => (container(t).memoryReservaton = 256)), titles: [/^Rename 'memoryReservaton' to 'memoryReservation'$/] },
      {
        rule: 'fargate/unsupported-container-field',
        name: 'privileged and links',
        doc: task((t) => Object.assign(container(t), { privileged: true, links: ['db'] })),
        titles: [/^Remove 'privileged'$/, /^Remove 'links'$/],
      },
      {
        rule: 'fargate/unsupported-container-field',
        name: 'linuxParameters.devices and a GPU',
        doc: task((t) =>
          Object.assign(container(t), {
            linuxParameters: { devices: [{ hostPath: '/dev/fuse' }], initProcessEnabled: true },
            resourceRequirements: [{ type: 'GPU', value: '1' }],
          }),
        ),
        titles: [/^Remove 'devices'$/, /^Remove the GPU entry from resourceRequirements$/],
      },
      {
        rule: 'fargate/unsupported-task-field',
        name: 'ipcMode, pidMode host, placementConstraints',
        doc: task((t) => Object.assign(t, { ipcMode: 'host', pidMode: 'host', placementConstraints: [{ type: 'memberOf', expression: 'attribute:x == y' }] })),
        titles: [/^Remove 'ipcMode'$/, /^Remove 'pidMode'$/, /^Set pidMode to "task"$/, /^Remove 'placementConstraints'$/],
      },
      {
        rule: 'fargate/linux-capabilities',
        name: 'NET_ADMIN next to SYS_PTRACE',
        doc: task((t) => (container(t).linuxParameters = { capabilities: { add: ['SYS_PTRACE', 'NET_ADMIN'], drop: ['ALL'] } })),
        titles: [/^Remove NET_ADMIN from capabilities.add$/],
      },
      { rule: 'fargate/requires-compatibilities', name: 'absent', doc: task((t) => delete t.requiresCompatibilities), titles: [/^Add "FARGATE" to requiresCompatibilities$/] },
      { rule: 'fargate/requires-compatibilities', name: 'empty list', doc: task((t) => (t.requiresCompatibilities = [])), titles: [/^Add "FARGATE"/] },
      {
        rule: 'fargate/log-driver',
        name: 'json-file',
        doc: task((t) => (container(t).logConfiguration = { logDriver: 'json-file', options: { 'max-size': '10m' } })),
        titles: [/^Switch the log driver to "awslogs" and add its options$/],
      },
      {
        rule: 'fargate/log-driver',
        name: 'wrong case',
        doc: task((t) => (container(t).logConfiguration.logDriver = 'AwsLogs')),
        titles: [/^Switch the log driver to "awslogs"$/],
      },
      {
        rule: 'fargate/value-type',
        name: 'enum case, quoted number, quoted boolean',
        doc: task((t) => {
          container(t).portMappings = [{ containerPort: '8080', protocol: 'TCP' }];
          container(t).essential = 'true';
        }),
        titles: [/^Change to 8080$/, /^Change to "tcp"$/, /^Change to true$/],
      },
      {
        rule: 'fargate/value-type',
        name: 'object where a list belongs',
        doc: task((t) => (container(t).portMappings = { containerPort: 8080 })),
        titles: [/^Wrap the object in \[ \]$/],
      },
      {
        rule: 'fargate/efs-transit-encryption-port',
        name: 'port without transit encryption',
        doc: task((t) => (t.volumes = [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-12345678', transitEncryptionPort: 2999 } }])),
        titles: [/^Remove 'transitEncryptionPort'$/],
      },
      {
        rule: 'fargate/efs-access-point-root-directory',
        name: 'rootDirectory with an access point',
        doc: task((t) => {
          t.volumes = [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-12345678', rootDirectory: '/srv', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } } }];
        }),
        titles: [/^Remove 'rootDirectory'$/, /^Set rootDirectory to "\/"$/],
      },
      {
        rule: 'fargate/environment-files',
        name: 's3:// URL',
        doc: task((t) => (container(t).environmentFiles = [{ value: 's3://config-bucket/web.env', type: 's3' }])),
        titles: [/^Change to "arn:aws:s3:::config-bucket\/web.env"$/],
      },
      {
        rule: 'fargate/ulimit-soft-limit',
        name: 'soft above hard',
        doc: task((t) => (container(t).ulimits = [{ name: 'nofile', softLimit: 131072, hardLimit: 65535 }])),
        titles: [/^Change to 65535$/],
      },
      {
        rule: 'fargate/restart-attempt-period',
        name: 'below 60 seconds',
        doc: task((t) => (container(t).restartPolicy = { enabled: true, restartAttemptPeriod: 10 })),
        titles: [/^Change to 60$/],
      },
      { rule: 'fargate/family-name', name: 'dot and space', doc: task((t) => (t.family = 'web app.v2')), titles: [/^Change to "web-app-v2"$/] },
      {
        rule: 'fargate/proxy-configuration',
        name: 'containerName case slip',
        doc: task((t) => {
          t.containerDefinitions.push({ name: 'envoy', image: 'public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.4.0-prod', essential: true, user: '1337' });
          t.proxyConfiguration = {
            type: 'APPMESH',
            containerName: 'Envoy',
            properties: [
              { name: 'IgnoredUID', value: '1337' },
              { name: 'ProxyIngressPort', value: '15000' },
              { name: 'ProxyEgressPort', value: '15001' },
              { name: 'AppPorts', value: '8080' },
            ],
          };
        }),
        titles: [/^Change to "envoy"$/],
      },
      {
        rule: 'fargate/ephemeral-storage-ec2',
        name: 'EC2-only task',
        doc: task((t) => {
          t.requiresCompatibilities = ['EC2'];
          t.networkMode = 'bridge';
          t.ephemeralStorage = { sizeInGiB: 30 };
        }),
        titles: [/^Remove 'ephemeralStorage'$/],
      },
    ];
    for (const c of cases) {
      it(`${c.rule}: ${c.name}`, () => {
        const text = typeof c.doc === 'string' ? c.doc : json(c.doc);
        const actions = everyActionFixes(text, c.rule);
        for (const t of c.titles) assert.ok(actions.some((a) => t.test(a.title)), `missing ${t} in ${actions.map((a) => a.title).join(' | ')}`);
        for (const a of actions) {
          assert.strictEqual(a.kind, 'quickfix');
          assert.strictEqual(a.diagnostics?.length, 1);
          assert.strictEqual(a.diagnostics?.[0].code, c.rule);
        }
        assert.ok(actions.some((a) => a.isPreferred), 'one action is preferred');
      });
    }
  });

  describe('no fix where the value would be a guess', () => {
    it('offers nothing for a missing environment file type (an insertion) or a proxy property list', () => {
      const missingType = json(task((t) => (container(t).environmentFiles = [{ value: 'arn:aws:s3:::b/k.env' }])));
      assert.deepStrictEqual(actionsFor(missingType, 'fargate/environment-files').actions, []);
      const props = json(task((t) => {
        t.containerDefinitions.push({ name: 'envoy', image: 'envoy', essential: true });
        t.proxyConfiguration = { type: 'APPMESH', containerName: 'envoy', properties: [] };
      }));
      assert.deepStrictEqual(actionsFor(props, 'fargate/proxy-configuration').actions, []);
    });
  });

  describe('edits', () => {
    it('sets networkMode to awsvpc in place', () => {
      const { out } = fix(json(task((t) => (t.networkMode = 'bridge'))), 'fargate/network-mode');
      assert.strictEqual(JSON.parse(out).networkMode, 'awsvpc');
      assert.match(out, /\n {2}"networkMode": "awsvpc",\n/);
    });

    it('inserts a missing networkMode after requiresCompatibilities with the document indentation', () => {
      const { out } = fix(json(task((t) => delete t.networkMode)), 'fargate/network-mode');
      assert.match(out, /"requiresCompatibilities": \[\n {4}"FARGATE"\n {2}\],\n {2}"networkMode": "awsvpc",\n/);
    });

    it('keeps the form of cpu and memory: numbers, numeric strings, vCPU and GB strings', () => {
      assert.strictEqual(JSON.parse(fix(json(task((t) => { t.cpu = 256; t.memory = 3072; })), 'fargate/task-size').out).memory, 2048);
      assert.strictEqual(JSON.parse(fix(json(task((t) => (t.memory = '3072'))), 'fargate/task-size').out).memory, '2048');
      assert.strictEqual(JSON.parse(fix(json(task((t) => { t.cpu = '1 vCPU'; t.memory = '1 GB'; })), 'fargate/task-size').out).memory, '2 GB');
      const cpu = fix(json(task((t) => { t.cpu = '.25 vCPU'; t.memory = '3 GB'; })), 'fargate/task-size', /^Change cpu/).out;
      assert.deepStrictEqual([JSON.parse(cpu).cpu, JSON.parse(cpu).memory], ['.5 vCPU', '3 GB']);
    });

    it('adds missing task size fields as strings, or as numbers when the other one is a number', () => {
      const s = JSON.parse(fix(json(task((t) => delete t.memory)), 'fargate/task-size-required').out);
      assert.strictEqual(s.memory, '512');
      const n = JSON.parse(fix(json(task((t) => { delete t.memory; t.cpu = 1024; })), 'fargate/task-size-required').out);
      assert.strictEqual(n.memory, 2048);
      const both = JSON.parse(fix(json(task((t) => { delete t.cpu; delete t.memory; })), 'fargate/task-size-required', /and "memory"/).out);
      assert.deepStrictEqual([both.cpu, both.memory], ['256', '512']);
    });

    it('adds the execution role placeholder when no account is known', () => {
      const t = task((x) => {
        delete x.executionRoleArn;
        delete x.taskRoleArn;
        delete container(x).secrets;
        container(x).image = 'public.ecr.aws/nginx/nginx:1.27';
      });
      const out = JSON.parse(fix(json(t), 'fargate/execution-role-required').out);
      assert.strictEqual(out.executionRoleArn, 'arn:aws:iam::<ACCOUNT_ID>:role/ecsTaskExecutionRole');
    });

    it('moves a plaintext secret to secrets without ever writing its value', () => {
      const value = 'tok-9f8e7d6c5b4a';
      const text = json(task((t) => container(t).environment.push({ name: 'API_TOKEN', value })));
      const { out, action, uri } = fix(text, 'fargate/plaintext-secret');
      assert.ok(!JSON.stringify(action).includes(value), 'the action never carries the value');
      assert.ok(!out.includes(value));
      const c = container(JSON.parse(out));
      assert.deepStrictEqual(c.environment, [{ name: 'LOG_LEVEL', value: 'info' }]);
      assert.deepStrictEqual(c.secrets[1], { name: 'API_TOKEN', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:<SECRET_NAME>' });
      assert.strictEqual(editsOf(action, uri).length, 2, 'two minimal edits');
    });

    it('creates the secrets list when the container has none, and leaves an empty environment', () => {
      const t = task((x) => {
        delete container(x).secrets;
        container(x).environment = [{ name: 'DB_PASSWORD', value: 'hunter2hunter2' }];
      });
      const { out } = fix(json(t), 'fargate/plaintext-secret');
      assert.ok(!out.includes('hunter2'));
      const c = container(JSON.parse(out));
      assert.deepStrictEqual(c.environment, []);
      assert.strictEqual(c.secrets[0].name, 'DB_PASSWORD');
    });

    it('only removes the environment entry when the secret is already defined', () => {
      const t = task((x) => container(x).environment.push({ name: 'DB_PASSWORD', value: 'hunter2hunter2' }));
      const { out, action } = fix(json(t), 'fargate/plaintext-secret');
      assert.match(action.title, /already in secrets/);
      assert.strictEqual(container(JSON.parse(out)).secrets.length, 1);
      assert.ok(!out.includes('hunter2'));
    });

    it('fills awslogs options from the task: group from the family, region from the image, prefix from the container', () => {
      const { out } = fix(json(task((t) => delete container(t).logConfiguration.options)), 'fargate/awslogs-options');
      assert.deepStrictEqual(container(JSON.parse(out)).logConfiguration.options, {
        'awslogs-group': '/ecs/web',
        'awslogs-region': 'us-east-1',
        'awslogs-stream-prefix': 'web',
      });
    });

    it('uses a <REGION> placeholder when the task names no Region', () => {
      const t = task((x) => {
        delete container(x).logConfiguration.options['awslogs-region'];
        container(x).image = 'nginx:1.27';
        delete container(x).secrets;
      });
      const { out } = fix(json(t), 'fargate/awslogs-options');
      assert.strictEqual(container(JSON.parse(out)).logConfiguration.options['awslogs-region'], '<REGION>');
    });

    it('renames only the key of an unknown field', () => {
      const { out, action, uri } = fix(json(task((t) => (container(t).memoryReservaton = 256))), 'fargate/unknown-key');
      assert.strictEqual(container(JSON.parse(out)).memoryReservation, 256);
      const edit = editsOf(action, uri)[0];
      assert.strictEqual(edit.newText, '"memoryReservation"');
      assert.strictEqual(edit.range.start.line, edit.range.end.line);
    });

    it('offers no rename onto a key that already exists', () => {
      const { actions } = actionsFor(json(task((t) => (container(t).essentail = true))), 'fargate/unknown-key');
      assert.deepStrictEqual(actions, []);
    });

    it('removes only the offending capability', () => {
      const { out } = fix(json(task((t) => (container(t).linuxParameters = { capabilities: { add: ['SYS_PTRACE', 'NET_ADMIN'] } }))), 'fargate/linux-capabilities');
      assert.deepStrictEqual(container(JSON.parse(out)).linuxParameters.capabilities.add, ['SYS_PTRACE']);
    });

    it('removes all read-only fields in one edit set', () => {
      const text = json(task((t) => Object.assign(t, { taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3', revision: 3, compatibilities: ['EC2', 'FARGATE'], registeredAt: '2024-01-01T00:00:00Z' })));
      const { out } = fix(text, 'fargate/read-only-field', /^Remove all 4/);
      const o = JSON.parse(out);
      for (const k of ['taskDefinitionArn', 'revision', 'compatibilities', 'registeredAt']) assert.ok(!(k in o), k);
      assert.deepStrictEqual(o, validTask());
    });

    it('unwraps {"taskDefinition": {...}}, re-indents one level less and keeps the tags', () => {
      const inner = task((t) => Object.assign(t, { revision: 4, status: 'ACTIVE' }));
      const text = json({ taskDefinition: inner, tags: [{ key: 'team', value: 'web' }] });
      const { out } = fix(text, 'fargate/read-only-field', /^Unwrap the task definition from 'taskDefinition'$/);
      const o = JSON.parse(out);
      assert.strictEqual(o.family, 'web');
      assert.deepStrictEqual(o.tags, [{ key: 'team', value: 'web' }]);
      assert.match(out, /^\{\n {2}"family": "web",\n/);
      assert.match(out, /\n {6}"name": "web",\n/, 'container members two levels deep');
      const clean = fix(text, 'fargate/read-only-field', /and remove the read-only fields$/).out;
      const after = service.validate(doc(clean), DEFAULT_SETTINGS);
      assert.deepStrictEqual(after.filter((x) => x.code === 'fargate/read-only-field'), []);
      assert.ok(!('revision' in JSON.parse(clean)));
    });

    it('finds fixes inside a wrapped document', () => {
      const text = json({ taskDefinition: task((t) => (container(t).portMappings = [{ containerPort: 8080, hostPort: 80 }])) });
      const { out } = fix(text, 'fargate/host-port', /^Set hostPort to 8080/);
      assert.strictEqual(JSON.parse(out).taskDefinition.containerDefinitions[0].portMappings[0].hostPort, 8080);
    });

    it('adds FARGATE into an empty requiresCompatibilities list', () => {
      const { out } = fix(json(task((t) => (t.requiresCompatibilities = []))), 'fargate/requires-compatibilities');
      assert.match(out, /"requiresCompatibilities": \["FARGATE"\]/);
    });

    it('switches a log driver to awslogs and keeps the other options', () => {
      const t = task((x) => (container(x).logConfiguration = { logDriver: 'json-file', options: { 'max-size': '10m' } }));
      const lc = container(JSON.parse(fix(json(t), 'fargate/log-driver').out)).logConfiguration;
      assert.strictEqual(lc.logDriver, 'awslogs');
      assert.strictEqual(lc.options['max-size'], '10m');
      assert.strictEqual(lc.options['awslogs-stream-prefix'], 'web');
    });
  });

  describe('formatting is kept', () => {
    it('a 4-space document stays 4-space', () => {
      const { out } = fix(json(task((t) => delete t.networkMode), 4), 'fargate/network-mode');
      assert.match(out, /\n {4}"networkMode": "awsvpc",\n/);
      for (const line of out.split('\n')) assert.ok(/^( {4})*(?! )/.test(line), `not 4-space: ${JSON.stringify(line)}`);
    });

    it('a tab-indented document stays tabs, also for inserted objects', () => {
      const t = task((x) => {
        delete container(x).logConfiguration.options;
        delete x.networkMode;
      });
      let text = json(t, '\t');
      text = fix(text, 'fargate/network-mode').out;
      const out = fix(text, 'fargate/awslogs-options').out;
      assert.match(out, /\n\t"networkMode": "awsvpc",\n/);
      assert.match(out, /\n\t\t\t\t"options": \{\n\t\t\t\t\t"awslogs-group": "\/ecs\/web",/);
      for (const line of out.split('\n')) assert.ok(!/^\t* +/.test(line), `space indentation: ${JSON.stringify(line)}`);
    });

    it('a single-line document stays on one line', () => {
      const text = JSON.stringify(task((t) => { delete t.networkMode; container(t).environment.push({ name: 'API_TOKEN', value: 'tok-9f8e7d6c5b4a' }); }));
      const a = fix(text, 'fargate/network-mode').out;
      const b = fix(a, 'fargate/plaintext-secret').out;
      assert.ok(!b.includes('\n'), b);
      assert.match(b, /"secrets":\[\{"name":"DB_PASSWORD".*\}, \{ "name": "API_TOKEN", "valueFrom": "arn:aws:secretsmanager:/);
    });

    it('one-line environment entries keep their neighbours untouched', () => {
      const text = [
        '{',
        '  "family": "web",',
        '  "requiresCompatibilities": ["FARGATE"],',
        '  "networkMode": "awsvpc",',
        '  "cpu": "256",',
        '  "memory": "512",',
        '  "containerDefinitions": [',
        '    {',
        '      "name": "web",',
        '      "image": "nginx:1.27",',
        '      "environment": [',
        '        { "name": "LOG_LEVEL", "value": "info" },',
        '        { "name": "DB_PASSWORD", "value": "hunter2hunter2" },',
        '        { "name": "PORT", "value": "8080" }',
        '      ],',
        '      "secrets": [',
        '        { "name": "OTHER", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/other" }',
        '      ]',
        '    }',
        '  ],',
        '  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"',
        '}',
        '',
      ].join('\n');
      const { out } = fix(text, 'fargate/plaintext-secret');
      assert.strictEqual(
        out,
        text
          .replace('        { "name": "DB_PASSWORD", "value": "hunter2hunter2" },\n', '')
          .replace(
            'parameter/other" }\n',
            'parameter/other" },\n        { "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:<SECRET_NAME>" }\n',
          ),
      );
    });

    it('CRLF documents get CRLF line breaks', () => {
      const text = json(task((t) => delete t.networkMode)).replace(/\n/g, '\r\n');
      const { out } = fix(text, 'fargate/network-mode');
      assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
      assert.match(out, /\r\n {2}"networkMode": "awsvpc",\r\n/);
    });

    it('JSONC comments elsewhere survive a fix', () => {
      const text = json(task((t) => (t.networkMode = 'bridge'))).replace('{\n', '{\n  // web service task\n');
      const { out } = fix(text, 'fargate/network-mode');
      assert.ok(out.includes('// web service task'));
    });
  });

  describe('request handling', () => {
    const text = json(task((t) => { t.networkMode = 'bridge'; container(t).memoryReservaton = 256; }));

    it('reads code and data, never the message', () => {
      const { d, diags } = diagnosticsOf(text);
      const target = diags.find((x) => x.code === 'fargate/network-mode')!;
      const actions = service.codeActions(d, target.range, [{ ...target, message: '' }]);
      assert.deepStrictEqual(actions.map((a) => a.title), ['Set networkMode to "awsvpc"']);
    });

    it('skips diagnostics outside the requested range and diagnostics of other sources', () => {
      const { d, diags } = diagnosticsOf(text);
      const nm = diags.find((x) => x.code === 'fargate/network-mode')!;
      const uk = diags.find((x) => x.code === 'fargate/unknown-key')!;
      assert.deepStrictEqual(service.codeActions(d, nm.range, [nm, uk]).map((a) => a.diagnostics?.[0].code), ['fargate/network-mode']);
      assert.deepStrictEqual(service.codeActions(d, nm.range, [{ ...nm, code: 'json/other' }]), []);
    });

    it('accepts the LSP CodeActionContext and honours `only`', () => {
      const { d, diags } = diagnosticsOf(text);
      const nm = diags.find((x) => x.code === 'fargate/network-mode')!;
      assert.strictEqual(service.codeActions(d, nm.range, { diagnostics: [nm] }).length, 1);
      assert.strictEqual(service.codeActions(d, nm.range, { diagnostics: [nm], only: ['quickfix'] }).length, 1);
      assert.deepStrictEqual(service.codeActions(d, nm.range, { diagnostics: [nm], only: ['refactor'] }), []);
    });

    it('offers nothing for a stale diagnostic whose place no longer matches', () => {
      const { diags } = diagnosticsOf(text);
      const uk = diags.find((x) => x.code === 'fargate/unknown-key')!;
      const edited = doc(text.replace('"memoryReservaton": 256', '"image2": 1, "x": 256'));
      assert.deepStrictEqual(service.codeActions(edited, uk.range, [uk]), []);
    });

    it('offers nothing while the fargate extension is disabled, or for non-task documents', () => {
      const { d, diags } = diagnosticsOf(text);
      assert.deepStrictEqual(service.codeActions(d, diags[0].range, diags, { ...DEFAULT_SETTINGS, enable: false }), []);
      const other = doc('{"name": "x"}');
      assert.deepStrictEqual(getCodeActions(service.analyze(other), other, diags[0].range, diags), []);
    });

    it('survives junk data', () => {
      const { d, diags } = diagnosticsOf(text);
      for (const x of diags) {
        for (const data of [undefined, null, 'x', [1], { field: 7, suggestion: {}, missing: 'nope', validMemory: 'x' }]) {
          const actions = service.codeActions(d, x.range, [{ ...x, data }]);
          assert.ok(Array.isArray(actions));
        }
      }
    });
  });

  describe('helpers', () => {
    it('detects indentation', () => {
      assert.deepStrictEqual(detectIndentation('{\n    "a": {\n        "b": 1\n    }\n}').unit, '    ');
      assert.deepStrictEqual(detectIndentation('{\n\t"a": 1\n}').unit, '\t');
      assert.deepStrictEqual(detectIndentation('{"a": 1}').unit, '  ');
      assert.strictEqual(detectIndentation('{\r\n  "a": 1\r\n}').eol, '\r\n');
    });

    it('removes runs of members without overlapping edits', () => {
      const text = '{"a": 1, "b": 2, "c": 3, "d": 4}';
      const root = parseTree(text)!;
      const [a, b, , d] = root.children!;
      assert.strictEqual(applyOffsetEdits(text, removeMembers(root, new Set([a, b, d]))), '{"c": 3}');
      assert.strictEqual(applyOffsetEdits(text, removeMembers(root, new Set(root.children))), '{}');
    });

    it('inserts into empty containers', () => {
      const text = '{\n  "a": [],\n  "b": {}\n}';
      const root = parseTree(text)!;
      const ind = detectIndentation(text);
      const arr = root.children![0].children![1];
      const obj = root.children![1].children![1];
      assert.strictEqual(applyOffsetEdits(text, [insertMembers(text, arr, ['X'], ind)]), '{\n  "a": ["X"],\n  "b": {}\n}');
      assert.strictEqual(applyOffsetEdits(text, [insertMembers(text, obj, [['k', 1]], ind)]), '{\n  "a": [],\n  "b": {\n    "k": 1\n  }\n}');
    });

    it('writes compact JSON like a person would', () => {
      assert.strictEqual(compactJson({ a: [1, 'x'], b: {} }), '{ "a": [1, "x"], "b": {} }');
    });
  });
});

describe('code actions: services and appspecs', () => {
  interface Case {
    text: string;
    yaml?: boolean;
    related?: RelatedDocuments;
  }

  function diagsOf(c: Case, text = c.text): { d: ReturnType<typeof ecs.textDoc>; diags: Diagnostic[] } {
    const d = ecs.textDoc(text, { yaml: c.yaml, uri: c.yaml ? 'file:///ecs/shared/appspec.yaml' : 'file:///ecs/shared/service.json' });
    return { d, diags: service.validate(d, DEFAULT_SETTINGS, c.related) };
  }

  /** Applies the action titled `title` (or the preferred one) for `ruleId`; the diagnostic must go and the document must still parse. */
  function apply(c: Case, ruleId: string, title?: RegExp): string {
    const { d, diags } = diagsOf(c);
    const mine = diags.filter((x) => x.code === ruleId);
    assert.ok(mine.length > 0, `expected ${ruleId}, got ${diags.map((x) => x.code).join(', ') || 'none'}`);
    const actions = mine.flatMap((x) => service.codeActions(d, x.range, [x], DEFAULT_SETTINGS));
    const action = title ? actions.find((a) => title.test(a.title)) : actions.find((a) => a.isPreferred);
    assert.ok(action, `no action ${title ?? '(preferred)'} among ${actions.map((a) => a.title).join(' | ') || 'none'}`);
    const out = applyTextEdits(c.text, editsOf(action, d.uri));
    const after = diagsOf(c, out);
    assert.deepStrictEqual(service.analyze(after.d).doc.syntaxErrors, [], `'${action.title}' broke the document:\n${out}`);
    assert.strictEqual(service.analyze(after.d).doc.kind, service.analyze(d).doc.kind);
    const n = (list: Diagnostic[]) => list.filter((x) => x.code === ruleId).length;
    assert.ok(n(after.diags) < n(mine), `'${action.title}' left ${ruleId}:\n${out}`);
    const was = errorCodes(diags);
    for (const [code, count] of errorCodes(after.diags)) assert.ok(count <= (was.get(code) ?? 0), `'${action.title}' introduced ${code}:\n${out}`);
    return out;
  }

  const svc = (edit: (s: Record<string, any>) => void): Case => {
    const s = ecs.validService();
    edit(s);
    return { text: json(s) };
  };

  it('replaces a value with data.expected (platformVersion "1.4" -> "1.4.0", assignPublicIp, launchType case)', () => {
    let out = apply(svc((s) => (s.platformVersion = '1.4')), 'fargate/service-platform-version');
    assert.match(out, /"platformVersion": "1\.4\.0"/);
    out = apply(svc((s) => (s.networkConfiguration.awsvpcConfiguration.assignPublicIp = 'ENABLED')), 'fargate/service-public-ip');
    assert.match(out, /"assignPublicIp": "DISABLED"/);
    out = apply(svc((s) => (s.networkConfiguration.awsvpcConfiguration.assignPublicIp = 'disabled')), 'fargate/service-network-configuration');
    assert.match(out, /"assignPublicIp": "DISABLED"/);
    out = apply(svc((s) => (s.launchType = 'fargate')), 'fargate/service-launch-type');
    assert.match(out, /"launchType": "FARGATE"/);
  });

  it('sets a second capacity provider base to 0', () => {
    const out = apply(
      svc((s) => {
        delete s.launchType;
        s.capacityProviderStrategy = [{ capacityProvider: 'FARGATE', weight: 1, base: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 3, base: 2 }];
      }),
      'fargate/service-launch-type',
    );
    assert.match(out, /"capacityProvider": "FARGATE_SPOT",\s*"weight": 3,\s*"base": 0/);
  });

  it('turns a quoted port into a number', () => {
    const out = apply(svc((s) => (s.loadBalancers[0].containerPort = '8080')), 'fargate/service-load-balancer');
    assert.match(out, /"containerPort": 8080/);
  });

  it('renames an unknown service key to its suggestion', () => {
    const c = svc((s) => {
      s.desiredcount = s.desiredCount;
      delete s.desiredCount;
    });
    const out = apply(c, 'fargate/service-unknown-key', /Rename 'desiredcount' to 'desiredCount'/);
    assert.match(out, /"desiredCount": 2/);
  });

  it('removes a removable property (launchType next to a capacity provider strategy)', () => {
    const out = apply(
      svc((s) => (s.capacityProviderStrategy = [{ capacityProvider: 'FARGATE', weight: 1 }])),
      'fargate/service-launch-type',
      /Remove 'launchType'/,
    );
    assert.ok(!out.includes('launchType'));
  });

  it('removes desiredCount from a DAEMON service and platformVersion from an EC2 service', () => {
    const daemon = svc((s) => {
      s.launchType = 'EC2';
      delete s.platformVersion;
      delete s.loadBalancers;
      s.schedulingStrategy = 'DAEMON';
      s.deploymentConfiguration = { maximumPercent: 100, minimumHealthyPercent: 0 };
    });
    let out = apply(daemon, 'fargate/service-daemon', /^Remove 'desiredCount'$/);
    assert.ok(!out.includes('desiredCount'));
    out = apply(svc((s) => (s.launchType = 'EC2')), 'fargate/service-platform-version-ec2', /^Remove 'platformVersion'$/);
    assert.ok(!out.includes('platformVersion'));
  });

  it('removes the role of an awsvpc service and renames an invalid serviceName', () => {
    let out = apply(svc((s) => (s.role = 'ecsServiceRole')), 'fargate/service-role', /^Remove 'role'$/);
    assert.ok(!out.includes('"role"'));
    out = apply(svc((s) => (s.serviceName = 'web.api')), 'fargate/service-name');
    assert.match(out, /"serviceName": "web-api"/);
  });

  it('fixes the case of a load balancer container name from the related task definition', () => {
    const c = svc((s) => (s.loadBalancers[0].containerName = 'Web'));
    c.related = ecs.relatedWith(validTask());
    const out = apply(c, 'fargate/service-task-container');
    assert.match(out, /"containerName": "web"/);
  });

  it('YAML appspecs: hook name case, TaskDefinition and key case, keeping valid YAML', () => {
    let out = apply({ text: ecs.VALID_APPSPEC_YAML.replace('BeforeAllowTraffic', 'beforeAllowTraffic'), yaml: true }, 'fargate/appspec-hooks');
    assert.match(out, /- BeforeAllowTraffic: "CheckBeforeTraffic"/);
    out = apply({ text: ecs.VALID_APPSPEC_YAML.replace('<TASK_DEFINITION>', '<TASK_DEFINTION>'), yaml: true }, 'fargate/appspec-task-definition');
    assert.match(out, /TaskDefinition: "<TASK_DEFINITION>"/);
    out = apply({ text: ecs.VALID_APPSPEC_YAML.replace('Hooks:', 'hooks:'), yaml: true }, 'fargate/appspec-hooks');
    assert.match(out, /^Hooks:$/m);
    out = apply({ text: ecs.VALID_APPSPEC_YAML.replace('ContainerName: "web"', 'ContainerName: "Web"'), yaml: true, related: ecs.relatedWith(validTask()) }, 'fargate/appspec-task-container');
    assert.match(out, /ContainerName: "web"/);
  });

  it('YAML appspecs: renames an unknown key', () => {
    const text = ecs.VALID_APPSPEC_YAML.replace('ContainerPort: 8080', 'ContainerPrt: 8080');
    const { diags } = diagsOf({ text, yaml: true });
    const codes = diags.map((x) => x.code);
    const target = diags.find((x) => (x.data as Record<string, unknown> | undefined)?.suggestion === 'ContainerPort');
    assert.ok(target, JSON.stringify(codes));
    const out = apply({ text, yaml: true }, String(target.code), /Rename 'ContainerPrt' to 'ContainerPort'/);
    assert.match(out, /ContainerPort: 8080/);
  });

  it('YAML appspecs: removes a duplicated hook (a one-key sequence item) with its line', () => {
    const dup = ecs.VALID_APPSPEC_YAML + '  - AfterInstall: "Check"\n  - BeforeAllowTraffic: "Other"   # again\n';
    const out = apply({ text: dup, yaml: true }, 'fargate/appspec-hooks', /^Remove/);
    assert.strictEqual(out, ecs.VALID_APPSPEC_YAML + '  - AfterInstall: "Check"\n');
  });

  it('YAML appspecs: removes a duplicated subnet from a block list and from a flow list', () => {
    const props = (lists: string) => ecs.VALID_APPSPEC_YAML.replace('          ContainerPort: 8080\n', `          ContainerPort: 8080\n        NetworkConfiguration:\n          AwsvpcConfiguration:\n${lists}`);
    const block = props('            Subnets:\n              - "subnet-1"\n              - subnet-2\n              - "subnet-1"\n            AssignPublicIp: DISABLED\n');
    assert.strictEqual(
      apply({ text: block, yaml: true }, 'fargate/appspec-network-configuration', /^Remove this entry$/),
      block.replace('              - "subnet-1"\n            AssignPublicIp', '            AssignPublicIp'),
    );
    const flow = props('            Subnets: ["subnet-1", "subnet-2", "subnet-1"]\n');
    assert.strictEqual(apply({ text: flow, yaml: true }, 'fargate/appspec-network-configuration', /^Remove this entry$/), props('            Subnets: ["subnet-1", "subnet-2"]\n'));
  });

  it('YAML appspecs: removes a NetworkConfiguration a bridge task definition cannot take, nested lines included', () => {
    const network = '        NetworkConfiguration:\n          AwsvpcConfiguration:\n            Subnets: ["subnet-1"]\n';
    const text = ecs.VALID_APPSPEC_YAML.replace('          ContainerPort: 8080\n', `          ContainerPort: 8080\n${network}`);
    const bridge = { ...validTask(), networkMode: 'bridge', requiresCompatibilities: ['EC2'] };
    const out = apply({ text, yaml: true, related: ecs.relatedWith(bridge) }, 'fargate/appspec-task-network-mode', /^Remove 'NetworkConfiguration'$/);
    assert.strictEqual(out, ecs.VALID_APPSPEC_YAML);
  });

  it('YAML appspecs: a duplicated hook written as a flow map goes as its whole list item; an anchor blocks the removal', () => {
    const base = ecs.VALID_APPSPEC_YAML.replace('Hooks:\n  - BeforeAllowTraffic: "CheckBeforeTraffic"\n', '');
    const flow = `${base}Hooks: [{BeforeAllowTraffic: a}, {AfterInstall: c}, {BeforeAllowTraffic: b}]\n`;
    assert.strictEqual(apply({ text: flow, yaml: true }, 'fargate/appspec-hooks', /^Remove/), `${base}Hooks: [{BeforeAllowTraffic: a}, {AfterInstall: c}]\n`);
    const anchored = `${base}Hooks:\n  - BeforeAllowTraffic: &fn a\n  - AfterInstall: *fn\n  - BeforeAllowTraffic: &again b\n`;
    const { d, diags } = diagsOf({ text: anchored, yaml: true });
    const dup = diags.find((x) => x.code === 'fargate/appspec-hooks' && /listed twice/.test(x.message));
    assert.ok(dup, JSON.stringify(diags.map((x) => x.message)));
    assert.deepStrictEqual(service.codeActions(d, dup.range, [dup], DEFAULT_SETTINGS).filter((a) => /^Remove/.test(a.title)), []);
  });

  it('YAML: removeYamlEntry takes whole lines in block style and gives up where a line holds more', () => {
    // Not an ECS document (the service would not parse it at all): convert the YAML directly.
    const yamlRoot = (text: string) => parseYamlTree(text).root as Node;
    const text = 'a:\n  b: 1\n  c:\n    d: [1, 2]\n  e: 3\nlist:\n  - x: 1\n    y: 2\n';
    const root = yamlRoot(text);
    const a = root.children?.[0].children?.[1] as Node;
    const c = a.children?.[1] as Node;
    assert.strictEqual(applyOffsetEdits(text, removeYamlEntry(text, c) ?? []), 'a:\n  b: 1\n  e: 3\nlist:\n  - x: 1\n    y: 2\n');
    const item = (root.children?.[1].children?.[1] as Node).children?.[0] as Node;
    const [x, y] = item.children as Node[];
    assert.strictEqual(removeYamlEntry(text, x), undefined, '`- x: 1` is the item\'s first line: no fix');
    assert.strictEqual(applyOffsetEdits(text, removeYamlEntry(text, y) ?? []), 'a:\n  b: 1\n  c:\n    d: [1, 2]\n  e: 3\nlist:\n  - x: 1\n');
  });

  it('offers nothing for data that asks for an insertion', () => {
    const c = svc((s) => delete s.networkConfiguration);
    const { d, diags } = diagsOf(c);
    const missing = diags.filter((x) => (x.data as Record<string, unknown> | undefined)?.missing !== undefined);
    assert.ok(missing.length > 0);
    for (const m of missing) assert.deepStrictEqual(service.codeActions(d, m.range, [m], DEFAULT_SETTINGS), []);
  });
});

describe('quick fixes: fargate/strict-json', () => {
  const ID = 'fargate/strict-json';
  const base = json(validTask());

  it('removes a comment alone on its line with its line, and a trailing comment with the blanks before it', () => {
    const text = base.replace('  "family": "web",\n', '  // the family\n  "family": "web", // keep short\n');
    const first = fix(text, ID).out;
    assert.strictEqual(first, base.replace('  "family": "web",\n', '  "family": "web", // keep short\n'));
    assert.strictEqual(fix(first, ID).out, base);
  });

  it('removes a trailing comma, and offers to remove every comment and comma at once', () => {
    const text = `/* web */\n${base.replace('"FARGATE"\n', '"FARGATE",\n').replace(/\n}\n$/, ',\n}\n')}`;
    const { out, actions } = fix(text, ID, /^Remove all 3 comments and trailing commas$/);
    assert.strictEqual(out, base);
    assert.ok(actions.some((a) => a.title === 'Remove the trailing comma' && a.isPreferred));
    assert.deepStrictEqual(service.validate(doc(out), DEFAULT_SETTINGS), []);
  });

  it('works in a service definition too', () => {
    const svc = '{\n  "serviceName": "web",\n  "cluster": "prod",\n  "taskDefinition": "web:3",\n  "desiredCount": 2,\n  "launchType": "FARGATE",\n}\n';
    const d = doc(svc);
    const diag = service.validate(d, DEFAULT_SETTINGS).find((x) => x.code === ID);
    assert.ok(diag, 'the trailing comma of the service is reported');
    const [action] = service.codeActions(d, diag.range, [diag], DEFAULT_SETTINGS).filter((a) => a.isPreferred);
    assert.strictEqual(applyTextEdits(svc, editsOf(action, d.uri)), svc.replace('"FARGATE",\n', '"FARGATE"\n'));
  });
});
