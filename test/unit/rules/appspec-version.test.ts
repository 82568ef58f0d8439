import * as assert from 'assert';
import { ecsFindingsOf, VALID_APPSPEC_YAML, validAppSpec } from '../../helpers/ecs';

const ID = 'fargate/appspec-version';

describe(ID, () => {
  it('accepts version 0.0 in YAML and JSON', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, VALID_APPSPEC_YAML, { yaml: true }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, '{"version": 0.0, "Resources": []}'), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, VALID_APPSPEC_YAML.replace('0.0', '"0.0"'), { yaml: true }), []);
  });
  it('rejects other versions, quoting the raw text', () => {
    const f = ecsFindingsOf(ID, VALID_APPSPEC_YAML.replace('version: 0.0', 'version: 1.0'), { yaml: true });
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /not 1\.0/);
    const a = validAppSpec();
    a.version = 1;
    assert.strictEqual(ecsFindingsOf(ID, a).length, 1);
  });
  it('requires a version', () => {
    const a = validAppSpec();
    delete a.version;
    assert.strictEqual(ecsFindingsOf(ID, a)[0].data?.missing, 'version');
  });
});
