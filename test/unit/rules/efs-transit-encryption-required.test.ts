import * as assert from 'assert';
import { findingsOf, validTask, withEfs } from '../../helpers/docs';

const ERR = 'fargate/efs-transit-encryption-required';

describe('rule fargate/efs-transit-encryption-required', () => {
  it('is silent when transit encryption is on with an access point and IAM', () => {
    assert.deepStrictEqual(findingsOf(ERR, withEfs({ transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED', accessPointId: 'fsap-0123456789abcdef0' } })), []);
  });

  it('is silent without an access point or IAM authorization (the warning rule covers that)', () => {
    assert.deepStrictEqual(findingsOf(ERR, withEfs({ transitEncryption: 'DISABLED' })), []);
  });

  it('errors for an access point or IAM authorization without transit encryption, which AWS rejects', () => {
    for (const efs of [{ authorizationConfig: { accessPointId: 'fsap-1234' } }, { transitEncryption: 'DISABLED', authorizationConfig: { iam: 'ENABLED' } }]) {
      const f = findingsOf(ERR, withEfs(efs));
      assert.strictEqual(f.length, 1, JSON.stringify(efs));
      assert.strictEqual(f[0].severity, 'error');
    }
  });

  it('stays silent on placeholders', () => {
    assert.deepStrictEqual(findingsOf(ERR, withEfs({ transitEncryption: '${TRANSIT}', authorizationConfig: { iam: 'ENABLED' } })), []);
  });
});
