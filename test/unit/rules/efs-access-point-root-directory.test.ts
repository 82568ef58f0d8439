import * as assert from 'assert';
import { findingsOf, withEfs } from '../../helpers/docs';

const ID = 'fargate/efs-access-point-root-directory';
const AP = { transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0', iam: 'ENABLED' } };

describe('fargate/efs-access-point-root-directory', () => {
  it('accepts an access point with rootDirectory "/", empty or left out, and any rootDirectory without an access point', () => {
    assert.deepStrictEqual(findingsOf(ID, withEfs(AP)), []);
    for (const rootDirectory of ['/', '', null]) assert.deepStrictEqual(findingsOf(ID, withEfs({ ...AP, rootDirectory })), [], String(rootDirectory));
    assert.deepStrictEqual(findingsOf(ID, withEfs({ transitEncryption: 'ENABLED', rootDirectory: '/data' })), []);
    assert.deepStrictEqual(findingsOf(ID, withEfs({ ...AP, authorizationConfig: { accessPointId: '' }, rootDirectory: '/data' })), []);
  });

  it('reports another rootDirectory on its value, with a remove / set-to-"/" fix', () => {
    const text = JSON.stringify(withEfs({ ...AP, rootDirectory: '/srv/app' }), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"/srv/app"');
    const line = text.split('\n').findIndex((l) => l.includes('"rootDirectory"'));
    assert.strictEqual(text.slice(0, f[0].offset).split('\n').length - 1, line);
    assert.match(f[0].message, /access point "fsap-0123456789abcdef0"/);
    assert.match(f[0].message, /rootDirectory must be "\/" or left out/);
    assert.deepStrictEqual(f[0].data, { ruleId: ID, volume: 'data', field: 'rootDirectory', removable: true, expected: '/' });
  });

  it('counts a templated access point as an access point, and stays silent on a templated rootDirectory', () => {
    assert.strictEqual(findingsOf(ID, withEfs({ ...AP, authorizationConfig: { accessPointId: '${ACCESS_POINT}' }, rootDirectory: '/x' })).length, 1);
    assert.deepStrictEqual(findingsOf(ID, withEfs({ ...AP, rootDirectory: '${ROOT_DIR}' })), []);
  });
});
