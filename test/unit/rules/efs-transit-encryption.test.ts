import * as assert from 'assert';
import { findingsOf, validTask, withEfs } from '../../helpers/docs';

const WARN = 'fargate/efs-transit-encryption';
const ERR = 'fargate/efs-transit-encryption-required';

describe('rules fargate/efs-transit-encryption(-required)', () => {
  it('are silent with transit encryption on, or without EFS', () => {
    assert.deepStrictEqual(findingsOf(WARN, withEfs({ transitEncryption: 'ENABLED' })), []);
    assert.deepStrictEqual(findingsOf(ERR, withEfs({ transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } })), []);
    assert.deepStrictEqual(findingsOf(WARN, validTask()), []);
  });

  it('warn when transit encryption is off or missing (ECS.18)', () => {
    for (const efs of [{}, { transitEncryption: 'DISABLED' }]) {
      const f = findingsOf(WARN, withEfs(efs));
      assert.strictEqual(f.length, 1);
      assert.match(f[0].message, /ECS\.18/);
      assert.deepStrictEqual({ v: f[0].data?.volume, value: f[0].data?.value }, { v: 'data', value: 'ENABLED' });
      assert.deepStrictEqual(findingsOf(ERR, withEfs(efs)), []);
    }
  });

  it('error (not warn) with an access point or IAM authorization', () => {
    for (const auth of [{ accessPointId: 'fsap-1234' }, { iam: 'ENABLED' }]) {
      const t = withEfs({ transitEncryption: 'DISABLED', authorizationConfig: auth });
      assert.strictEqual(findingsOf(ERR, t).length, 1);
      assert.strictEqual(findingsOf(ERR, t)[0].severity, 'error');
      assert.deepStrictEqual(findingsOf(WARN, t), []);
    }
  });

  it('stay silent on placeholders', () => {
    assert.deepStrictEqual(findingsOf(WARN, withEfs({ transitEncryption: '${TRANSIT}' })), []);
  });
});
