/**
 * Bad input: broken JSON, wrong types, files that are not ours, template placeholders, and documents that are
 * too deep or too large. Each gives one clear message or silence, never a crash or a cascade.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseJsonc } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../server/src/common/settings';
import { MAX_NESTING } from '../../server/src/service/document';
import { createLanguageService } from '../../server/src/service/languageService';
import { REPO_ROOT } from '../helpers/paths';
import { findings, validTask } from '../helpers/docs';

const service = createLanguageService({
  onRuleError: (rule, err) => {
    throw new Error(`rule ${rule.meta.id} threw: ${String(err)}`);
  },
});
let n = 0;
function textDoc(text: string, ext = 'json'): TextDocument {
  return TextDocument.create(`file:///bad/input${++n}.${ext}`, ext === 'yaml' ? 'yaml' : 'json', 1, text);
}

/** Runs validate, hover and completion at a few offsets; returns the diagnostics and the time taken. */
function everything(text: string, ext = 'json'): { diagnostics: ReturnType<typeof service.validate>; ms: number } {
  const d = textDoc(text, ext);
  const t0 = Date.now();
  const diagnostics = service.validate(d, DEFAULT_SETTINGS);
  for (const offset of [0, 1, Math.floor(text.length / 2), text.length - 1, text.length]) {
    const pos = d.positionAt(Math.max(0, offset));
    service.hover(d, pos, DEFAULT_SETTINGS);
    service.complete(d, pos, DEFAULT_SETTINGS);
  }
  return { diagnostics, ms: Date.now() - t0 };
}

/** Replaces every string value (not keys) of a JSON value. */
function mapStrings(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
  return v;
}

describe('bad input', () => {
  describe('invalid JSON shows only parser errors', () => {
    for (const [what, text] of [
      ['missing comma', '{"family": "web", "cpu": {}, "containerDefinitions": [{"name": "a" "image": "x"}]}'],
      ['truncated', JSON.stringify(validTask(), null, 2).slice(0, 400)],
      ['stray bracket', JSON.stringify({ ...validTask(), cpu: 'lots' }, null, 2).replace('"memory"', ']"memory"')],
      ['unterminated string', '{"family": "web", "containerDefinitions": [{"name": "a, "image": 5}]}'],
    ]) {
      it(what, () => {
        const f = findings(text);
        assert.ok(f.length > 0, 'at least one syntax error');
        assert.deepStrictEqual([...new Set(f.map((x) => x.ruleId))], ['fargate/json-syntax'], JSON.stringify(f));
        for (const x of f) assert.ok(x.offset + x.length <= text.length, `finding inside the text: ${JSON.stringify(x)}`);
      });
    }

    it('a syntax error at the very end of the file stays inside the document', () => {
      const text = '{"family": "web", "containerDefinitions": [';
      const f = findings(text);
      assert.ok(f.length > 0);
      for (const x of f) assert.ok(x.offset >= 0 && x.offset + x.length <= text.length, JSON.stringify(x));
    });
  });

  describe('wrong types give one clear message each', () => {
    const cases: [string, (t: Record<string, any>) => void, RegExp][] = [
      ['cpu as an object', (t) => (t.cpu = { units: 256 }), /'cpu'.*not an object/],
      ['memory as a boolean', (t) => (t.memory = true), /'memory'.*not a boolean/],
      ['containerDefinitions as a string', (t) => (t.containerDefinitions = 'oops'), /'containerDefinitions'.*array.*not a string/],
      ['portMappings as an object', (t) => (t.containerDefinitions[0].portMappings = { containerPort: 80 }), /'portMappings'.*not an object/],
    ];
    for (const [what, mutate, message] of cases) {
      it(what, () => {
        const t = validTask();
        mutate(t);
        const f = findings(t);
        assert.strictEqual(f.length, 1, JSON.stringify(f.map((x) => `${x.ruleId}: ${x.message}`)));
        assert.strictEqual(f[0].ruleId, 'fargate/value-type');
        assert.match(f[0].message, message);
      });
    }

    it('a minimal {"family", "containerDefinitions": "oops"} is still recognised and gets exactly one message', () => {
      const text = '{"family": "x", "containerDefinitions": "oops"}';
      assert.strictEqual(service.analyze(textDoc(text)).doc.kind, 'taskDefinition');
      const f = findings(text);
      assert.deepStrictEqual(f.map((x) => x.ruleId), ['fargate/value-type'], JSON.stringify(f));
    });
  });

  describe('files that are not ECS definitions get nothing', () => {
    const files: [string, string][] = [
      ['package.json', JSON.stringify({ name: 'x', version: '1.0.0', scripts: { build: 'tsc' }, dependencies: { cpu: '1' } })],
      ['tsconfig.json', '{ "compilerOptions": { "target": "ES2022", "strict": true }, // comment\n "include": ["src"] }'],
      ['settings.json', JSON.stringify({ 'editor.fontSize': 14, 'fargate.enable': true })],
      // A template with ECS resources is checked (cloudformation.test.ts); one without them says nothing.
      ['CloudFormation template without ECS resources', JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'x' } } } })],
      ['Kubernetes pod', JSON.stringify({ apiVersion: 'v1', kind: 'Pod', spec: { containers: [{ name: 'web', image: 'nginx', resources: { limits: { cpu: '500m', memory: '128Mi' } } }] } })],
      ['a top-level array', JSON.stringify([validTask().containerDefinitions[0]])],
      ['an object with only cpu and memory', JSON.stringify({ cpu: 'lots', memory: {} })],
      ['broken non-ECS JSON', '{"name": "x" "version": 1'],
      ['empty file', ''],
      ['only whitespace', '  \n\t\r\n'],
      ['a scalar', '42'],
    ];
    for (const [what, text] of files) {
      it(what, () => {
        const r = everything(text);
        assert.deepStrictEqual(r.diagnostics, []);
        const d = textDoc(text);
        assert.strictEqual(service.hover(d, d.positionAt(Math.floor(text.length / 2))), null);
        assert.deepStrictEqual(service.complete(d, d.positionAt(Math.floor(text.length / 2))).items, []);
      });
    }

    it('a YAML file that is not an appspec gets nothing', () => {
      assert.deepStrictEqual(everything('name: CI\non:\n  push:\n    branches: [main]\njobs: {}\n', 'yaml').diagnostics, []);
    });
  });

  describe('template placeholders never produce errors', () => {
    const styles = ['<PLACEHOLDER>', '${VAR}', '{{ .Env.X }}', '#{X}', '$$$X$$$', '{{ must_env `X` }}', '__TOKEN__', '$(Build.Tag)'];
    const service = {
      serviceName: 'web', cluster: 'prod', taskDefinition: 'web:3', desiredCount: 2, launchType: 'FARGATE', platformVersion: 'LATEST',
      deploymentController: { type: 'ECS' },
      deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5, maximumPercent: 200, minimumHealthyPercent: 100 },
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0abc'], securityGroups: ['sg-0abc'], assignPublicIp: 'DISABLED' } },
      loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc', containerName: 'web', containerPort: 8080 }],
    };
    const sources: [string, unknown][] = [['validTask()', validTask()], ['a blue/green service', service]];
    // Examples without real mistakes (needs-work-taskdef.json has wrong numbers, which placeholders do not hide).
    for (const f of ['web-taskdef.json', 'blue-green/taskdef.json', 'blue-green/service.json']) {
      const p = path.join(REPO_ROOT, 'examples', f);
      if (fs.existsSync(p)) sources.push([`examples/${f}`, parseJsonc(fs.readFileSync(p, 'utf8'))]);
    }
    for (const [name, source] of sources) {
      for (const style of styles) {
        it(`${name} with every string value replaced by ${style}`, () => {
          const t = mapStrings(source, () => style) as object;
          const f = findings(t);
          const errors = f.filter((x) => x.severity === 'error');
          assert.deepStrictEqual(errors.map((x) => `${x.ruleId}: ${x.message}`), []);
        });
      }
    }

    it('placeholders mixed into values (an image tag, an ARN account, a size) give no errors either', () => {
      const t = validTask();
      t.cpu = '${CPU}';
      t.memory = '{{ .Env.MEMORY }}';
      t.executionRoleArn = 'arn:aws:iam::${AWS_ACCOUNT_ID}:role/ecsTaskExecutionRole';
      t.containerDefinitions[0].image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:<TAG>';
      t.containerDefinitions[0].secrets[0].valueFrom = 'arn:aws:secretsmanager:#{Region}:#{Account}:secret:prod/db';
      t.containerDefinitions[0].portMappings[0].containerPort = '${PORT}';
      const errors = findings(t).filter((x) => x.severity === 'error');
      assert.deepStrictEqual(errors.map((x) => `${x.ruleId}: ${x.message}`), []);
    });
  });

  describe('deep nesting and size (pure service)', function () {
    this.timeout(60_000);
    const deep = (n: number, inner = '1') => '['.repeat(n) + inner + ']'.repeat(n);
    const inTask = (value: string) => `{"family": "x", "containerDefinitions": [{"name": "a", "image": "b:1", "command": ${value}}]}`;

    it('a 10,000-level nested array: silence, no stack overflow, bounded time', () => {
      const r = everything(deep(10_000));
      assert.deepStrictEqual(r.diagnostics, []);
      assert.ok(r.ms < 5000, `${r.ms} ms`);
      assert.deepStrictEqual(everything('['.repeat(10_000)).diagnostics, [], 'unclosed');
      assert.deepStrictEqual(everything('{"a":'.repeat(10_000)).diagnostics, [], 'unclosed objects');
    });

    it('a task definition nesting 10,000 levels gets one information diagnostic', () => {
      const r = everything(inTask(deep(10_000)));
      assert.strictEqual(r.diagnostics.length, 1, JSON.stringify(r.diagnostics));
      assert.strictEqual(r.diagnostics[0].severity, 3);
      assert.match(r.diagnostics[0].message, /more than 256 levels/);
      assert.ok(r.ms < 5000, `${r.ms} ms`);
    });

    it(`just under the ${MAX_NESTING}-level limit the rules run; just over it they do not`, () => {
      // The task object and containerDefinitions array add three levels.
      const under = everything(inTask(deep(MAX_NESTING - 4)));
      assert.ok(!under.diagnostics.some((d) => d.code === 'fargate/not-checked'), JSON.stringify(under.diagnostics));
      const over = everything(inTask(deep(MAX_NESTING)));
      assert.deepStrictEqual(over.diagnostics.map((d) => d.code), ['fargate/not-checked']);
    });

    it('a deeply nested YAML appspec does not overflow the stack', () => {
      for (const text of [
        `version: 0.0\nResources:\n  - ${deep(10_000)}\n`,
        'version: 0.0\nResources:\n' + Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i + 2)}- a:`).join('\n') + ' 1\n',
      ]) {
        const r = everything(text, 'yaml');
        assert.ok(r.diagnostics.length <= 1, JSON.stringify(r.diagnostics));
        assert.ok(r.ms < 10_000, `${r.ms} ms`);
      }
    });

    it('a 20 MB task definition gets one information diagnostic; a 20 MB other file gets silence', () => {
      const t = validTask();
      t.containerDefinitions[0].command = ['x'.repeat(20 * 1024 * 1024)];
      const r = everything(JSON.stringify(t));
      assert.strictEqual(r.diagnostics.length, 1);
      assert.strictEqual(r.diagnostics[0].code, 'fargate/not-checked');
      assert.strictEqual(r.diagnostics[0].severity, 3);
      assert.match(r.diagnostics[0].message, /20\.0 MB.*fargate\.maxFileSize/);
      assert.ok(r.ms < 10_000, `${r.ms} ms`);
      assert.deepStrictEqual(everything(JSON.stringify({ data: 'x'.repeat(20 * 1024 * 1024) })).diagnostics, []);
    });

    it('a large but allowed task definition (1,000 containers) is checked in bounded time with bounded findings', () => {
      const t = validTask();
      const c0 = t.containerDefinitions[0];
      t.containerDefinitions = Array.from({ length: 1000 }, (_, i) => ({ ...c0, name: `c${i}`, portMappings: [{ containerPort: 1000 + i }] }));
      const r = everything(JSON.stringify(t, null, 1));
      assert.ok(r.diagnostics.some((d) => d.code === 'fargate/container-count'));
      assert.ok(r.diagnostics.length <= 200, `${r.diagnostics.length} diagnostics`);
      assert.ok(r.ms < 30_000, `${r.ms} ms`);
    });
  });
});
