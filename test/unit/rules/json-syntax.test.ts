import * as assert from 'assert';
import { DEFAULT_SETTINGS } from '../../../server/src/common/settings';
import { doc, findings, service, validTask } from '../../helpers/docs';
import { ecsFindings, VALID_APPSPEC_YAML } from '../../helpers/ecs';

const ID = 'fargate/json-syntax';

function findingsAt(text: string, uri: string) {
  return service.findings(doc(text, uri), DEFAULT_SETTINGS);
}

describe(ID, () => {
  it('reports a missing comma once, with the parser message, as an error at the next property', () => {
    const text = '{\n  "family": "web"\n  "containerDefinitions": [{"name": "web", "image": "nginx:1.27"}]\n}';
    const f = findings(text);
    // Only the syntax error: while the JSON is broken no other rule speaks.
    assert.deepStrictEqual(f.map((x) => [x.ruleId, x.severity]), [[ID, 'error']]);
    assert.strictEqual(f[0].message, 'Comma expected. Fix the JSON syntax: AWS cannot read this file until it parses.');
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"containerDefinitions"');
  });

  it('reads comments and trailing commas as JSONC: no syntax error, and every other rule still runs', () => {
    const json = JSON.stringify({ ...validTask(), networkMode: 'bridge' }, null, 2);
    const text = `// the web service\n${json.replace('"family": "web",', '"family": "web", /* the family */').replace(/\n}$/, ',\n}')}`;
    assert.ok(text.includes('/* the family */') && text.endsWith(',\n}'), 'the comments and the trailing comma are in the text');
    // In a .jsonc file nothing but the real finding; in a .json file fargate/strict-json speaks too (its own test).
    assert.deepStrictEqual(findingsAt(text, 'file:///t/taskdef.jsonc').map((f) => f.ruleId), ['fargate/network-mode']);
    assert.deepStrictEqual(findings(text).filter((f) => f.ruleId === ID), []);
  });

  it('reports YAML syntax errors of an appspec as YAML', () => {
    const text = VALID_APPSPEC_YAML.replace('Type: AWS::ECS::Service', 'Type: [AWS::ECS::Service');
    const f = ecsFindings(text, { yaml: true });
    assert.ok(f.length > 0, 'the broken flow sequence is reported');
    for (const x of f) {
      assert.strictEqual(x.ruleId, ID);
      assert.strictEqual(x.severity, 'error');
      assert.match(x.message, /\. Fix the YAML syntax: AWS cannot read this file until it parses\.$/);
      assert.doesNotMatch(x.message, /JSON/);
    }
    assert.deepStrictEqual(ecsFindings(VALID_APPSPEC_YAML, { yaml: true }).filter((x) => x.ruleId === ID), []);
  });

  it('reports at most 20 syntax errors, then one note with how many more follow', () => {
    // 25 missing commas between array items: one parser error each.
    const items = Array.from({ length: 26 }, (_, i) => `"arg${i}"`);
    const text = `{"family": "web", "containerDefinitions": [{"name": "web", "command": [${items.join(' ')}]}]}`;
    const f = findings(text);
    assert.ok(f.every((x) => x.ruleId === ID));
    assert.strictEqual(f.length, 21);
    assert.ok(f.slice(0, 20).every((x) => x.message.startsWith('Comma expected. Fix the JSON syntax')), JSON.stringify(f.slice(0, 20).map((x) => x.message)));
    assert.strictEqual(f[20].message, '…and 5 more syntax errors after this point.');
    // The note sits on the 21st error, right after the 20th.
    assert.strictEqual(text.slice(f[20].offset, f[20].offset + f[20].length), '"');
    assert.strictEqual(f[20].offset, text.indexOf('"arg21"'));
    assert.ok(f[20].offset > f[19].offset);
  });

  it('is silent on broken JSON and YAML that are not ECS documents', () => {
    assert.deepStrictEqual(findings('{\n  "name": "some-package",\n  "version": "1.0.0"\n  "private": true\n}'), []);
    assert.deepStrictEqual(findings('[1, 2 3'), []);
    assert.deepStrictEqual(ecsFindings('{"name": "x" "tags": [}', { uri: 'file:///ecs/other/config.json' }), []);
    assert.deepStrictEqual(ecsFindings('name: ci\non: [push\njobs: {build: }\n', { yaml: true, uri: 'file:///ecs/ci/workflow.yaml' }), []);
  });
});
