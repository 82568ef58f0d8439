import * as assert from 'assert';
import { CONCEPTS, conceptById } from '../../server/src/knowledge/concepts';
import { CATEGORY_CONCEPTS, conceptsAtOffset, documentConcepts, formatPath } from '../../server/src/service/documentConcepts';
import { costEstimateFor } from '../../server/src/service/costEstimate';
import { RULES } from '../../server/src/service/rules';
import type { Finding } from '../../server/src/service/rules/rule';
import { doc, service, validTask, withCursor } from '../helpers/docs';
import { relatedWith, textDoc, validService } from '../helpers/ecs';

function analyse(text: string | object, findings?: Finding[]) {
  const t = typeof text === 'string' ? text : JSON.stringify(text, null, 2);
  const d = doc(t);
  const a = service.analyze(d);
  return { d, a, result: documentConcepts(a.doc, findings ?? service.findings(d), d) };
}

describe('documentConcepts', () => {
  it('lists the concepts a valid task definition touches, in catalog order, with field ranges', () => {
    const { d, result } = analyse(validTask());
    assert.strictEqual(result.kind, 'taskDefinition');
    const ids = result.concepts.map((c) => c.id);
    for (const id of ['awsvpc-eni', 'task-and-execution-roles', 'secrets-injection', 'cloudwatch-logs-metrics', 'health-checks-replacement']) {
      assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
    }
    const order = ids.map((id) => CONCEPTS.findIndex((c) => c.id === id));
    assert.deepStrictEqual(order, [...order].sort((a, b) => a - b));
    const secrets = result.concepts.find((c) => c.id === 'secrets-injection')!;
    const field = secrets.fields.find((f) => f.path === 'containerDefinitions[0].secrets');
    assert.ok(field, JSON.stringify(secrets.fields));
    assert.strictEqual(field.label, 'secrets (web)');
    const text = d.getText().slice(d.offsetAt(field.range.start), d.offsetAt(field.range.end));
    assert.ok(text.startsWith('"secrets"'), text);
  });

  it('recognises concepts from values (the Secrets Manager ARN, the role ARNs)', () => {
    const { result } = analyse(validTask());
    const secrets = result.concepts.find((c) => c.id === 'secrets-injection')!;
    const byValue = secrets.fields.find((f) => f.value?.startsWith('arn:aws:secretsmanager:'));
    assert.ok(byValue, JSON.stringify(secrets.fields));
    assert.strictEqual(byValue.path, 'containerDefinitions[0].secrets[0].valueFrom');
    assert.match(byValue.label, /^valueFrom \(DB_PASSWORD\): arn:aws:secretsmanager:/);
  });

  it('groups findings by the concept of the rule, the field, or the category', () => {
    const t = validTask();
    const text = JSON.stringify(t, null, 2);
    const at = text.indexOf('"secrets"');
    const fake: Finding[] = [
      { ruleId: 'fargate/not-a-rule', severity: 'warning', offset: at, length: 9, message: 'about secrets' },
      { ruleId: 'fargate/not-checked', severity: 'info', offset: 0, length: 0, message: 'too big' },
    ];
    const { result } = analyse(text, fake);
    const secrets = result.concepts.find((c) => c.id === 'secrets-injection')!;
    assert.deepStrictEqual(secrets.findings.map((f) => f.message), ['about secrets']);
    const recipe = result.concepts.find((c) => c.id === 'task-definition-recipe')!;
    assert.deepStrictEqual(recipe.findings.map((f) => f.message), ['too big']);
  });

  it('uses the rule concept when the rule names one', () => {
    const withConcept = RULES.find((r) => r.meta.concept && conceptById(r.meta.concept));
    assert.ok(withConcept, 'some registered rule names an existing concept (meta.concept)');
    const { result } = analyse(validTask(), [{ ruleId: withConcept.meta.id, severity: 'error', offset: 0, length: 1, message: 'x' }]);
    const c = result.concepts.find((x) => x.id === withConcept.meta.concept)!;
    assert.strictEqual(c.findings[0].ruleId, withConcept.meta.id);
    assert.strictEqual(c.findings[0].category, withConcept.meta.category);
  });

  it('every category maps to an existing concept', () => {
    for (const [cat, id] of Object.entries(CATEGORY_CONCEPTS)) assert.ok(conceptById(id), `${cat} -> ${id}`);
  });

  it('attaches real rule findings of a broken-but-parseable task definition', () => {
    const t = validTask();
    t.networkMode = 'bridge';
    t.cpu = '300';
    const { result } = analyse(t);
    const all = result.concepts.flatMap((c) => c.findings);
    const real = service.findings(doc(JSON.stringify(t, null, 2)));
    assert.ok(real.length > 0);
    assert.strictEqual(all.length, real.length);
  });

  it('reports syntax errors and keeps the kind', () => {
    const { result } = analyse('{ "family": "x", "containerDefinitions": [ { "name": "a" ');
    assert.strictEqual(result.syntaxErrors, true);
    assert.strictEqual(result.kind, 'taskDefinition');
  });

  it('is empty for JSON that is not an ECS document', () => {
    const { result } = analyse({ name: 'my-package', version: '1.0.0' });
    assert.deepStrictEqual(result, { kind: 'none', concepts: [], syntaxErrors: false });
  });

  it('prefixes service paths with service:', () => {
    const svc = {
      serviceName: 'web',
      cluster: 'prod',
      taskDefinition: 'web:3',
      desiredCount: 2,
      launchType: 'FARGATE',
      deploymentController: { type: 'CODE_DEPLOY' },
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0abc1234'], securityGroups: ['sg-0abc1234'], assignPublicIp: 'DISABLED' } },
    };
    const { result } = analyse(svc);
    assert.strictEqual(result.kind, 'service');
    const bg = result.concepts.find((c) => c.id === 'blue-green-codedeploy');
    assert.ok(bg?.fields.some((f) => f.path === 'service:deploymentController'), JSON.stringify(bg));
    const sg = result.concepts.find((c) => c.id === 'task-security-groups');
    assert.ok(sg?.fields.some((f) => f.path === 'service:networkConfiguration.awsvpcConfiguration.securityGroups'));
  });

  it('strips a describe-task-definition wrapper from paths', () => {
    const { result } = analyse({ taskDefinition: validTask() });
    const secrets = result.concepts.find((c) => c.id === 'secrets-injection')!;
    assert.ok(secrets.fields.some((f) => f.path === 'containerDefinitions[0].secrets'), JSON.stringify(secrets.fields));
  });

  it('survives deep and odd input without throwing', () => {
    let deep = '1';
    for (let i = 0; i < 200; i++) deep = `[${deep}]`;
    const { result } = analyse(`{ "family": "x", "containerDefinitions": ${deep}, "cpu": {"a": null}, "memory": [true] }`);
    assert.strictEqual(result.kind, 'taskDefinition');
  });

  it('caps the fields listed per concept', () => {
    const t = validTask();
    t.containerDefinitions = Array.from({ length: 10 }, (_, i) => ({ ...t.containerDefinitions[0], name: `c${i}` }));
    t.family = 'many';
    const { result } = analyse(t);
    for (const c of result.concepts) assert.ok(c.fields.length <= 100);
    const logs = result.concepts.find((c) => c.id === 'cloudwatch-logs-metrics')!;
    assert.ok(logs.fields.filter((f) => f.label.startsWith('logConfiguration')).length >= 10);
  });
});

describe('conceptsAtOffset', () => {
  function at(text: string) {
    const { doc: d, offset } = withCursor(text);
    return conceptsAtOffset(service.analyze(d).doc, offset);
  }

  it('explains the field under the cursor, most specific first', () => {
    const r = at('{ "family": "web", "networkMode": "aws|vpc", "containerDefinitions": [] }');
    assert.strictEqual(r.path, 'networkMode');
    assert.strictEqual(r.conceptIds[0], 'awsvpc-eni');
  });

  it('works on a key inside a container', () => {
    const r = at('{ "family": "web", "containerDefinitions": [ { "name": "a", "sec|rets": [] } ] }');
    assert.strictEqual(r.path, 'containerDefinitions[0].secrets');
    assert.strictEqual(r.conceptIds[0], 'secrets-injection');
  });

  it('puts a recognised value first (the X-Ray daemon image)', () => {
    const r = at('{ "family": "web", "containerDefinitions": [ { "name": "x", "image": "amazon/aws-xray-dae|mon:3.3.12" } ] }');
    assert.strictEqual(r.conceptIds[0], 'xray-tracing');
  });

  it('says nothing outside ECS documents', () => {
    assert.deepStrictEqual(at('{ "na|me": "pkg" }'), { conceptIds: [] });
  });
});

describe('costEstimateFor', () => {
  function est(t: object | string) {
    const d = doc(typeof t === 'string' ? t : JSON.stringify(t));
    const a = service.analyze(d);
    return costEstimateFor(a.doc, a.task);
  }

  it('prices a .25 vCPU / 0.5 GB Linux task', () => {
    const r = est(validTask());
    assert.strictEqual(r.unavailable, undefined);
    assert.strictEqual(r.cpuUnits, 256);
    assert.strictEqual(r.memoryMiB, 512);
    assert.strictEqual(r.platform, 'Linux/x86');
    const perHour = 0.25 * 0.04048 + 0.5 * 0.004445;
    assert.ok(Math.abs(r.perHour! - perHour) < 1e-9);
    assert.ok(Math.abs(r.perMonth! - perHour * 730) < 1e-6);
    assert.deepStrictEqual(r.scaling!.map((s) => s.tasks), [1, 2, 3, 5, 10]);
    assert.ok(Math.abs(r.scaling![2].perMonth - 3 * r.perMonth!) < 1e-9);
  });

  it('uses ARM prices and notes an invalid size', () => {
    const t = validTask();
    t.runtimePlatform.cpuArchitecture = 'ARM64';
    t.memory = '4096';
    const r = est(t);
    assert.strictEqual(r.platform, 'Linux/ARM (Graviton)');
    assert.ok(r.notes.some((n) => n.includes('not a Fargate size')), r.notes.join('\n'));
  });

  it('gives a reason instead of a number for placeholders, missing sizes, EC2 and services', () => {
    const p = validTask();
    p.cpu = '${CPU}';
    assert.match(est(p).unavailable ?? '', /placeholder/);
    const m = validTask();
    delete m.memory;
    assert.match(est(m).unavailable ?? '', /cpu and memory/);
    const e = validTask();
    e.requiresCompatibilities = ['EC2'];
    assert.match(est(e).unavailable ?? '', /does not target Fargate/);
    assert.match(est({ serviceName: 'a', desiredCount: 1 }).unavailable ?? '', /task definition/);
  });

  it('path formatting', () => {
    assert.strictEqual(formatPath(['containerDefinitions', 0, 'secrets', 1]), 'containerDefinitions[0].secrets[1]');
  });
});

describe('languageService.documentConcepts with related documents', () => {
  it('includes the cross-file findings validate reports for a service', () => {
    const task = validTask();
    task.containerDefinitions[0].name = 'api';
    const related = relatedWith(task);
    const d = textDoc(JSON.stringify(validService(), null, 2));
    const ruleIds = (r: ReturnType<typeof service.documentConcepts>) => r.concepts.flatMap((c) => c.findings.map((f) => f.ruleId));
    const validated = service.validate(d, undefined, related).map((x) => x.code);
    assert.ok(validated.includes('fargate/service-task-container'), JSON.stringify(validated));
    assert.ok(!ruleIds(service.documentConcepts(d)).includes('fargate/service-task-container'));
    const withRelated = ruleIds(service.documentConcepts(d, undefined, related));
    assert.ok(withRelated.includes('fargate/service-task-container'), JSON.stringify(withRelated));
    assert.deepStrictEqual([...withRelated].sort(), [...validated].sort());
  });
});
