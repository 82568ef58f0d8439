import * as assert from 'assert';
import { parseTree } from 'jsonc-parser';
import { parseJsonDocument, treeDepthExceeds, MAX_NESTING } from '../../server/src/service/document';
import { doc, findings, ruleIds, validTask } from '../helpers/docs';

describe('document recognition', () => {
  const kind = (text: string) => parseJsonDocument(doc(text)).kind;

  it('recognises a task definition by containerDefinitions, whatever the file name', () => {
    assert.strictEqual(kind('{"containerDefinitions": []}'), 'taskDefinition');
    assert.strictEqual(parseJsonDocument(doc('{"containerDefinitions": []}', 'file:///x/package.json')).kind, 'taskDefinition');
  });

  it('recognises family + task fields without containers', () => {
    assert.strictEqual(kind('{"family": "web", "cpu": "256"}'), 'taskDefinition');
    assert.strictEqual(kind('{"family": "web"}'), 'none');
  });

  it('recognises describe-task-definition output wrapped in {"taskDefinition": ...}', () => {
    const p = parseJsonDocument(doc(JSON.stringify({ taskDefinition: validTask() })));
    assert.strictEqual(p.kind, 'taskDefinition');
    assert.strictEqual(p.wrapperKey, 'taskDefinition');
  });

  it('stays silent on other JSON files', () => {
    for (const text of [
      '{"name": "x", "version": "1.0.0", "dependencies": {}}',
      '{"compilerOptions": {"strict": true}}',
      '[1, 2, 3]',
      '"just a string"',
      '',
      '{"containerDefinitions": "not an array"}',
    ]) {
      assert.strictEqual(kind(text), 'none', text);
      assert.deepStrictEqual(ruleIds(text), [], text);
    }
  });

  it('recognises services and appspecs', () => {
    assert.strictEqual(kind('{"serviceName": "web", "taskDefinition": "web:1", "desiredCount": 2}'), 'service');
    assert.strictEqual(kind('{"version": 0.0, "Resources": [{"TargetService": {}}]}'), 'appspec');
  });

  it('measures nesting on the tree without recursion, ignoring brackets in strings', () => {
    const t = parseTree('{"a": [[1]], "b": "[[[["}')!;
    assert.strictEqual(treeDepthExceeds(t, 3), false);
    assert.strictEqual(treeDepthExceeds(t, 2), true);
    for (const n of [MAX_NESTING + 1, 10000, 100000]) {
      const deep = '['.repeat(n) + ']'.repeat(n);
      assert.strictEqual(parseJsonDocument(doc(deep)).kind, 'none');
      const ours = `{"containerDefinitions": ${deep}}`;
      const p = parseJsonDocument(doc(ours));
      assert.strictEqual(p.kind, 'taskDefinition');
      assert.match(p.skipped ?? '', /levels deep/);
    }
  });
});

describe('fargate/json-syntax', () => {
  it('reports syntax errors in a task definition', () => {
    const f = findings('{"containerDefinitions": [ {"name": "a" "image": "x"} ]}');
    assert.deepStrictEqual(f.map((x) => x.ruleId), ['fargate/json-syntax']);
    assert.match(f[0].message, /Comma expected/);
    assert.strictEqual(f[0].severity, 'error');
  });

  it('tolerates comments and trailing commas', () => {
    const text = '// my task\n{"family": "web", /* c */ "containerDefinitions": [],}';
    assert.deepStrictEqual(ruleIds(text).filter((r) => r === 'fargate/json-syntax'), []);
  });

  it('still recognises a task definition that is broken early', () => {
    const f = findings('{ "family" "web", "containerDefinitions": [ ] }');
    assert.ok(f.length > 0 && f.every((x) => x.ruleId === 'fargate/json-syntax'));
  });

  it('is silent on broken JSON that is not a task definition', () => {
    assert.deepStrictEqual(ruleIds('{"name": "x" "version": 1}'), []);
  });

  it('caps the number of syntax errors', () => {
    const text = '{"containerDefinitions": [' + '"a" "b" '.repeat(200) + ']}';
    const f = findings(text);
    assert.ok(f.length <= 21, `got ${f.length}`);
    assert.match(f[f.length - 1].message, /more syntax errors/);
  });

  it('says once, as information, that an over-size file is not checked', () => {
    const text = JSON.stringify(validTask());
    const f = findings(text, { maxFileSize: 100 });
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'info');
    assert.match(f[0].message, /maxFileSize/);
  });

  it('can be disabled', () => {
    assert.deepStrictEqual(ruleIds('{"containerDefinitions": [ 1 2 ]}', { rules: { 'fargate/json-syntax': 'off' } }), []);
    assert.deepStrictEqual(ruleIds('{"containerDefinitions": [ 1 2 ]}', { enable: false }), []);
  });
});
