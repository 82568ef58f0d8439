import * as assert from 'assert';
import { parse, type ParseError } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, CompletionItemTag, InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { FARGATE_SIZES } from '../../server/src/knowledge/fargateSizes';
import { service, validTask, withCursor } from '../helpers/docs';

interface Result {
  items: CompletionItem[];
  text: string;
  d: TextDocument;
}

function complete(text: string, marker = '|'): Result {
  const { doc: d, offset } = withCursor(text, marker);
  return { items: service.complete(d, d.positionAt(offset)).items, text: d.getText(), d };
}

/** A task definition text with `slot` (containing the cursor) spliced in at the task level. */
function task(slot: string, extra = ''): string {
  return `{"family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", ${extra}"containerDefinitions": [{"name": "web", "image": "nginx"}], ${slot}}`;
}

/** Applies an item's edits (snippet syntax removed) to the document text. */
function apply(r: Result, item: CompletionItem): string {
  const edits: TextEdit[] = [item.textEdit as TextEdit, ...(item.additionalTextEdits ?? [])];
  let out = r.text;
  for (const e of [...edits].sort((a, b) => r.d.offsetAt(b.range.start) - r.d.offsetAt(a.range.start))) {
    let t = e.newText;
    if (item.insertTextFormat === InsertTextFormat.Snippet && e === item.textEdit) {
      t = t.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
    }
    out = out.slice(0, r.d.offsetAt(e.range.start)) + t + out.slice(r.d.offsetAt(e.range.end));
  }
  return out;
}

function parsed(text: string): Record<string, any> {
  const errors: ParseError[] = [];
  const v = parse(text, errors);
  assert.deepStrictEqual(errors, [], `not valid JSON: ${text}`);
  return v;
}

const values = (items: CompletionItem[]) => items.filter((i) => i.kind !== CompletionItemKind.Snippet);
const inserted = (items: CompletionItem[]) => values(items).map((i) => JSON.parse((i.textEdit as TextEdit).newText.trim()));
const byLabel = (items: CompletionItem[], label: string) => {
  const it = items.find((i) => i.label === label);
  assert.ok(it, `no item ${label} in ${items.map((i) => i.label).join(', ')}`);
  return it;
};
const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));

describe('completion: task cpu and memory', () => {
  it('offers the eight Fargate sizes at "cpu": |, inserting CPU units as strings', () => {
    const r = complete(task('"cpu": |'));
    const items = values(r.items);
    assert.deepStrictEqual(items.map((i) => i.label), ['.25 vCPU', '.5 vCPU', '1 vCPU', '2 vCPU', '4 vCPU', '8 vCPU', '16 vCPU', '32 vCPU']);
    assert.deepStrictEqual(inserted(items), FARGATE_SIZES.map((s) => String(s.cpu)));
    assert.strictEqual(byLabel(items, '.5 vCPU').detail, 'memory 1 GB to 4 GB in 1 GB steps');
    assert.strictEqual(byLabel(items, '.25 vCPU').detail, 'memory 512 MiB, 1 GB or 2 GB');
    assert.strictEqual(parsed(apply(r, byLabel(items, '2 vCPU'))).cpu, '2048');
  });

  it('replaces the whole string when the cursor is inside one, also an unterminated one', () => {
    const r = complete(task('"cpu": "2|"'));
    const item = byLabel(r.items, '4 vCPU');
    assert.strictEqual((item.textEdit as TextEdit).newText, '"4096"');
    assert.strictEqual(parsed(apply(r, item)).cpu, '4096');
    const open = complete('{"family": "web", "containerDefinitions": [], "cpu": "5|\n}');
    assert.strictEqual(parsed(apply(open, byLabel(open.items, '.5 vCPU'))).cpu, '512');
    const num = complete(task('"cpu": 25|6'));
    assert.strictEqual(parsed(apply(num, byLabel(num.items, '1 vCPU'))).cpu, '1024');
  });

  it('adds a space after a bare colon and offers nothing after a complete value', () => {
    const r = complete('{"family": "web", "containerDefinitions": [], "cpu":|}');
    assert.strictEqual((byLabel(r.items, '1 vCPU').textEdit as TextEdit).newText, ' "1024"');
    assert.deepStrictEqual(complete(task('"cpu": "256"|')).items, []);
  });

  for (const size of FARGATE_SIZES) {
    it(`offers exactly the valid memory values for cpu ${size.cpu}`, () => {
      for (const cpu of [`"${size.cpu}"`, String(size.cpu), `"${size.label}"`]) {
        const r = complete(task('"memory": "|"', `"cpu": ${cpu}, `));
        assert.deepStrictEqual(inserted(r.items), size.memory.map(String), `cpu ${cpu}`);
        assert.ok(values(r.items).every((i) => i.detail === `valid with cpu ${size.cpu} (${size.label})`));
        assert.ok(!r.items.some((i) => i.kind === CompletionItemKind.Snippet), 'no pair item when the cpu is valid');
      }
    });
  }

  it('labels memory values with their size in GB', () => {
    const r = complete(task('"memory": |', '"cpu": "256", '));
    assert.deepStrictEqual(values(r.items).map((i) => i.label), ['512 (512 MiB)', '1024 (1 GB)', '2048 (2 GB)']);
  });

  it('groups every valid memory value by cpu when the cpu is missing or invalid', () => {
    for (const extra of ['', '"cpu": "300", ', '"cpu": "${CPU}", ']) {
      const r = complete(task('"memory": |', extra));
      const items = sorted(values(r.items));
      const expected = FARGATE_SIZES.flatMap((s) => s.memory.map((m) => `${m}|valid with cpu ${s.cpu} (${s.label})`));
      assert.deepStrictEqual(items.map((i) => `${JSON.parse((i.textEdit as TextEdit).newText)}|${i.detail}`), expected);
    }
  });

  it('respects Windows: only 1, 2 and 4 vCPU', () => {
    const win = '"runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"}, ';
    const r = complete(task('"cpu": "|"', win));
    assert.deepStrictEqual(inserted(r.items), ['1024', '2048', '4096']);
    const m = complete(task('"memory": "|"', `${win}"cpu": "256", `));
    const expected = FARGATE_SIZES.filter((s) => s.windows).flatMap((s) => s.memory.map(String));
    assert.deepStrictEqual(sorted(values(m.items)).map((i) => JSON.parse((i.textEdit as TextEdit).newText)), expected);
    const pair = complete(task('"cpu": |', win)).items.find((i) => i.kind === CompletionItemKind.Snippet) as CompletionItem;
    assert.match((pair.textEdit as TextEdit).newText, /"cpu": "\$\{1:1024\}", "memory": "\$\{2:2048\}"/);
  });

  it('offers a cpu+memory pair at task level keys, and at cpu/memory when the other half is missing', () => {
    const keys = complete(task('|'));
    const pair = byLabel(keys.items, 'cpu + memory');
    assert.strictEqual(pair.insertTextFormat, InsertTextFormat.Snippet);
    const t = parsed(apply(keys, pair));
    assert.deepStrictEqual([t.cpu, t.memory], ['512', '1024']);

    const atCpu = complete(task('"cpu": |'));
    const p2 = atCpu.items.find((i) => i.kind === CompletionItemKind.Snippet) as CompletionItem;
    const t2 = parsed(apply(atCpu, p2));
    assert.deepStrictEqual([t2.cpu, t2.memory], ['512', '1024']);

    const atMem = complete(task('"memory": "|"'));
    const p3 = atMem.items.find((i) => i.kind === CompletionItemKind.Snippet) as CompletionItem;
    const t3 = parsed(apply(atMem, p3));
    assert.deepStrictEqual([t3.cpu, t3.memory], ['512', '1024']);

    // Not offered when cpu and memory are already there.
    assert.ok(!complete(task('|', '"cpu": "256", "memory": "512", ')).items.some((i) => i.label === 'cpu + memory'));
  });

  it('at cpu, the pair also fixes a memory no size accepts; a fitting memory needs no pair', () => {
    // memory 1000 fits no cpu: the pair sets both values.
    const r = complete(task('"cpu": "|"', '"memory": "1000", '));
    const pair = r.items.find((i) => i.kind === CompletionItemKind.Snippet) as CompletionItem;
    assert.ok(pair.additionalTextEdits?.length === 1);
    const t = parsed(apply(r, pair));
    assert.deepStrictEqual([t.cpu, t.memory], ['512', '1024']);
    // memory 4096 fits: no pair, and the sizes that fit say so.
    const ok = complete(task('"cpu": "|"', '"memory": "4096", '));
    assert.ok(!ok.items.some((i) => i.kind === CompletionItemKind.Snippet));
    assert.strictEqual(byLabel(ok.items, '.5 vCPU').labelDetails?.description, 'fits 4 GB');
  });
});

describe('completion: enums', () => {
  it('marks network modes Fargate rejects and sorts them last', () => {
    const r = complete('{"family": "web", "containerDefinitions": [], "networkMode": "|"}');
    const s = sorted(r.items);
    assert.strictEqual(s[0].label, 'awsvpc');
    for (const v of ['bridge', 'host', 'none']) {
      const it = byLabel(r.items, v);
      assert.strictEqual(it.labelDetails?.detail, ' (not on Fargate)');
      assert.strictEqual(it.detail, 'not supported on Fargate');
      assert.ok(!it.tags?.includes(CompletionItemTag.Deprecated));
    }
    assert.ok(s.indexOf(byLabel(r.items, 'bridge')) > s.indexOf(byLabel(r.items, 'awsvpc')));
    assert.match(String((byLabel(r.items, 'awsvpc').documentation as { value: string }).value), /elastic network interface/);
  });

  it('marks log drivers Fargate rejects', () => {
    const r = complete('{"family": "web", "containerDefinitions": [{"name": "a", "logConfiguration": {"logDriver": |}}]}');
    assert.deepStrictEqual(sorted(r.items).map((i) => i.label), ['awslogs', 'splunk', 'awsfirelens', 'json-file', 'syslog', 'journald', 'gelf', 'fluentd']);
    assert.strictEqual(byLabel(r.items, 'json-file').labelDetails?.detail, ' (not on Fargate)');
    assert.strictEqual(byLabel(r.items, 'awslogs').labelDetails, undefined);
  });

  it('does not push EC2 values down in a task that is explicitly EC2-only', () => {
    const r = complete('{"family": "web", "requiresCompatibilities": ["EC2"], "containerDefinitions": [], "networkMode": "|"}');
    assert.strictEqual(sorted(r.items)[0].label, 'bridge');
  });

  const cases: [string, string, string[]][] = [
    ['protocol', '{"family": "w", "containerDefinitions": [{"portMappings": [{"protocol": "|"}]}]}', ['tcp', 'udp']],
    ['appProtocol', '{"family": "w", "containerDefinitions": [{"portMappings": [{"appProtocol": |}]}]}', ['http', 'http2', 'grpc']],
    ['condition', '{"family": "w", "containerDefinitions": [{"dependsOn": [{"condition": "|"}]}]}', ['START', 'COMPLETE', 'SUCCESS', 'HEALTHY']],
    ['requiresCompatibilities item', '{"family": "w", "containerDefinitions": [], "requiresCompatibilities": ["|"]}', ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES']],
    ['cpuArchitecture', '{"family": "w", "containerDefinitions": [], "runtimePlatform": {"cpuArchitecture": "|"}}', ['X86_64', 'ARM64']],
    ['launchType (service)', '{"serviceName": "s", "cluster": "c", "launchType": |}', ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES']],
    ['deploymentController type (service)', '{"serviceName": "s", "cluster": "c", "deploymentController": {"type": "|"}}', ['ECS', 'CODE_DEPLOY', 'EXTERNAL']],
    ['strategy (service)', '{"serviceName": "s", "cluster": "c", "deploymentConfiguration": {"strategy": "|"}}', ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY']],
    ['assignPublicIp (service)', '{"serviceName": "s", "cluster": "c", "networkConfiguration": {"awsvpcConfiguration": {"assignPublicIp": "|"}}}', ['ENABLED', 'DISABLED']],
    ['capacityProvider (service)', '{"serviceName": "s", "cluster": "c", "capacityProviderStrategy": [{"capacityProvider": "|"}]}', ['FARGATE', 'FARGATE_SPOT']],
  ];
  for (const [name, text, expected] of cases) {
    it(`offers the values of ${name}`, () => {
      assert.deepStrictEqual(complete(text).items.map((i) => i.label).sort(), [...expected].sort());
    });
  }

  it('puts FARGATE first for launchType and schedulingStrategy DAEMON last', () => {
    assert.strictEqual(sorted(complete('{"serviceName": "s", "cluster": "c", "launchType": "|"}').items)[0].label, 'FARGATE');
    const s = complete('{"serviceName": "s", "cluster": "c", "schedulingStrategy": "|"}').items;
    assert.strictEqual(byLabel(s, 'DAEMON').labelDetails?.detail, ' (not on Fargate)');
  });

  it('offers a whole one-element list for requiresCompatibilities and true/false for booleans', () => {
    const r = complete(task('"requiresCompatibilities": |').replace('"requiresCompatibilities": ["FARGATE"], ', ''));
    const it = sorted(r.items)[0];
    assert.strictEqual(it.label, '["FARGATE"]');
    assert.deepStrictEqual(parsed(apply(r, it)).requiresCompatibilities, ['FARGATE']);
    const b = complete('{"family": "w", "containerDefinitions": [{"name": "a", "essential": |}]}');
    assert.deepStrictEqual(b.items.map((i) => i.label), ['true', 'false']);
  });
});

describe('completion: keys', () => {
  it('offers the keys of the object at the cursor, minus those present, with snippets by type', () => {
    const r = complete(task('|'));
    const labels = r.items.map((i) => i.label);
    for (const present of ['family', 'requiresCompatibilities', 'networkMode', 'containerDefinitions']) assert.ok(!labels.includes(present), present);
    for (const wanted of ['cpu', 'memory', 'executionRoleArn', 'taskRoleArn', 'runtimePlatform', 'volumes', 'ephemeralStorage']) assert.ok(labels.includes(wanted), wanted);
    assert.strictEqual((byLabel(r.items, 'cpu').textEdit as TextEdit).newText, '"cpu": "$1"');
    assert.strictEqual((byLabel(r.items, 'volumes').textEdit as TextEdit).newText, '"volumes": [{$1}]');
    assert.strictEqual((byLabel(r.items, 'runtimePlatform').textEdit as TextEdit).newText, '"runtimePlatform": {$1}');
    assert.strictEqual((byLabel(r.items, 'enableFaultInjection').textEdit as TextEdit).newText, '"enableFaultInjection": ${1:true}');
    assert.match((byLabel(r.items, 'pidMode').textEdit as TextEdit).newText, /^"pidMode": "\$\{1\|task,host\|\}"$/);
    assert.match(String((byLabel(r.items, 'executionRoleArn').documentation as { value: string }).value), /pulling private ECR images/);
    // Applying a key item gives valid JSON.
    const t = parsed(apply(r, byLabel(r.items, 'taskRoleArn')));
    assert.strictEqual(t.taskRoleArn, '');
  });

  it('marks keys Fargate does not support and sorts them last, without the Deprecated tag', () => {
    const r = complete('{"family": "w", "requiresCompatibilities": ["FARGATE"], "containerDefinitions": [{"name": "a", "linuxParameters": {|}}]}');
    const s = sorted(r.items);
    for (const k of ['devices', 'maxSwap', 'sharedMemorySize', 'swappiness', 'tmpfs']) {
      const it = byLabel(r.items, k);
      assert.strictEqual(it.detail, 'not supported on Fargate');
      assert.ok(!it.tags?.includes(CompletionItemTag.Deprecated));
      assert.ok(s.indexOf(it) > s.indexOf(byLabel(r.items, 'capabilities')));
      assert.ok(s.indexOf(it) > s.indexOf(byLabel(r.items, 'initProcessEnabled')));
    }
  });

  it('replaces a partly typed key and only the key when a value follows', () => {
    const r = complete(task('"cp|"'));
    const t = parsed(apply(r, byLabel(r.items, 'cpu')));
    assert.strictEqual(t.cpu, '');
    const k = complete(task('"memor|": "512"'));
    const item = byLabel(k.items, 'memory');
    assert.strictEqual((item.textEdit as TextEdit).newText, '"memory"');
    assert.strictEqual(parsed(apply(k, item)).memory, '512');
    // The key being edited is still offered; others present are not.
    assert.ok(!k.items.some((i) => i.label === 'family'));
  });

  it('adds a comma when another property follows', () => {
    const r = complete('{"family": "w", "containerDefinitions": [], |\n "cpu": "256"}');
    const t = parsed(apply(r, byLabel(r.items, 'memory')));
    assert.strictEqual(t.cpu, '256');
  });

  it('offers container definition keys inside a container, and works in an incomplete document', () => {
    const r = complete('{"family": "w", "containerDefinitions": [{"name": "a", |');
    const labels = r.items.map((i) => i.label);
    assert.ok(labels.includes('image') && labels.includes('portMappings') && labels.includes('secrets'));
    assert.ok(!labels.includes('name'));
    assert.strictEqual(byLabel(r.items, 'privileged').detail, 'not supported on Fargate');
  });

  it('offers service keys in a service document', () => {
    const r = complete('{"serviceName": "s", "cluster": "c", |}');
    const labels = r.items.map((i) => i.label);
    for (const k of ['taskDefinition', 'desiredCount', 'launchType', 'networkConfiguration', 'deploymentController']) assert.ok(labels.includes(k), k);
    assert.ok(!labels.includes('serviceName'));
    assert.strictEqual(byLabel(r.items, 'placementStrategy').detail, 'not supported on Fargate');
  });

  it('offers awslogs options not yet set, required first', () => {
    const r = complete('{"family": "w", "containerDefinitions": [{"name": "api", "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/api", |}}}]}');
    const labels = sorted(r.items).map((i) => i.label);
    assert.ok(!labels.includes('awslogs-group'));
    assert.deepStrictEqual(labels.slice(0, 2), ['awslogs-region', 'awslogs-stream-prefix']);
    assert.ok(labels.includes('mode') && labels.includes('max-buffer-size'));
    const t = parsed(apply(r, byLabel(r.items, 'awslogs-stream-prefix')));
    assert.strictEqual(t.containerDefinitions[0].logConfiguration.options['awslogs-stream-prefix'], 'api');
    // Other drivers have other options: stay silent.
    assert.deepStrictEqual(complete('{"family": "w", "containerDefinitions": [{"logConfiguration": {"logDriver": "splunk", "options": {|}}}]}').items, []);
  });

  it('stays silent outside ECS documents and outside the definition body', () => {
    assert.deepStrictEqual(complete('{"name": "pkg", |}').items, []);
    assert.deepStrictEqual(complete(JSON.stringify({ taskDefinition: validTask() }).replace(/}$/, ', |}')).items, []);
  });
});

describe('completion: names', () => {
  const containers = '{"family": "w", "volumes": [{"name": "data"}, {"name": "cache"}], "containerDefinitions": [{"name": "app", "image": "x"}, {"name": "proxy", "image": "y"}, {"name": "log", "image": "z", SLOT}]}';

  it('offers the other containers in dependsOn[].containerName', () => {
    const r = complete(containers.replace('SLOT', '"dependsOn": [{"containerName": "|"}]'));
    assert.deepStrictEqual(r.items.map((i) => i.label), ['app', 'proxy']);
    const t = parsed(apply(r, byLabel(r.items, 'proxy')));
    assert.strictEqual(t.containerDefinitions[2].dependsOn[0].containerName, 'proxy');
  });

  it('offers the other containers in volumesFrom[].sourceContainer', () => {
    const r = complete(containers.replace('SLOT', '"volumesFrom": [{"sourceContainer": |}]'));
    assert.deepStrictEqual(r.items.map((i) => i.label), ['app', 'proxy']);
  });

  it('offers the task volumes in mountPoints[].sourceVolume', () => {
    const r = complete(containers.replace('SLOT', '"mountPoints": [{"sourceVolume": "c|"}]'));
    assert.deepStrictEqual(r.items.map((i) => i.label), ['data', 'cache']);
  });
});

describe('completion: edits VS Code accepts', () => {
  it('every edit is on one line and contains the cursor', () => {
    const texts = [
      task('"cpu": |'),
      task('"cpu":\n   |'),
      task('"memory": "|"'),
      task('"cp|"'),
      '{"family": "w", "containerDefinitions": [{"name": "a", "logConfiguration": {"logDriver": "awslogs", "options": {|}}}]}',
    ];
    for (const t of texts) {
      const { doc: d, offset } = withCursor(t);
      const pos = d.positionAt(offset);
      const items = service.complete(d, pos).items;
      assert.ok(items.length > 0, t);
      for (const i of items) {
        const r = (i.textEdit as TextEdit).range;
        assert.strictEqual(r.start.line, r.end.line, `${i.label} in ${t}`);
        assert.ok(r.start.line === pos.line && r.start.character <= pos.character && pos.character <= r.end.character, `${i.label} in ${t}`);
      }
    }
  });
});
