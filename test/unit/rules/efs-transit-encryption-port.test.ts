import * as assert from 'assert';
import { findingsOf, withEfs } from '../../helpers/docs';
import { covered, lineOf, lineWith } from '../../helpers/lines';

const ID = 'fargate/efs-transit-encryption-port';

describe('fargate/efs-transit-encryption-port', () => {
  it('accepts a port with transit encryption, and no port at all', () => {
    assert.deepStrictEqual(findingsOf(ID, withEfs({ transitEncryption: 'ENABLED', transitEncryptionPort: 2999 })), []);
    assert.deepStrictEqual(findingsOf(ID, withEfs({ transitEncryption: 'DISABLED' })), []);
    assert.deepStrictEqual(findingsOf(ID, withEfs({ transitEncryptionPort: null })), []);
  });

  it('reports the port key when transitEncryption is DISABLED or left out, with a remove fix', () => {
    for (const efs of [{ transitEncryption: 'DISABLED', transitEncryptionPort: 2999 }, { transitEncryptionPort: 2999 }]) {
      const text = JSON.stringify(withEfs(efs), null, 2);
      const f = findingsOf(ID, text);
      assert.strictEqual(f.length, 1, JSON.stringify(efs));
      assert.strictEqual(f[0].severity, 'error');
      assert.strictEqual(covered(text, f[0]), '"transitEncryptionPort"');
      assert.strictEqual(lineOf(text, f[0].offset), lineWith(text, '"transitEncryptionPort"'));
      assert.match(f[0].message, efs.transitEncryption ? /transitEncryption is "DISABLED"/ : /is not set \(so it is DISABLED\)/);
      assert.strictEqual(f[0].data?.removable, true);
      assert.strictEqual(f[0].data?.field, 'transitEncryptionPort');
    }
  });

  it('stays silent when transitEncryption is templated', () => {
    assert.deepStrictEqual(findingsOf(ID, withEfs({ transitEncryption: '${TRANSIT}', transitEncryptionPort: 2999 })), []);
    assert.deepStrictEqual(findingsOf(ID, withEfs({ transitEncryption: 'EFS_TRANSIT_ENCRYPTION', transitEncryptionPort: 2999 })), []);
  });
});
