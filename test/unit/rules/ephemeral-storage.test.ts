import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/ephemeral-storage';

function withStorage(value: unknown): Record<string, any> {
  const t = validTask();
  t.ephemeralStorage = value;
  return t;
}

describe('fargate/ephemeral-storage', () => {
  it('accepts 21–200 GiB and an absent setting', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    for (const v of [21, 100, 200]) assert.deepStrictEqual(findingsOf(ID, withStorage({ sizeInGiB: v })), [], String(v));
  });

  it('reports 20 GiB or less with a hint to remove the setting', () => {
    for (const v of [0, 20]) {
      const f = findingsOf(ID, withStorage({ sizeInGiB: v }));
      assert.strictEqual(f.length, 1);
      assert.match(f[0].message, /first 20 GiB are always included/);
      assert.strictEqual(f[0].data?.removable, true);
      assert.strictEqual(f[0].data?.expected, 21);
    }
  });

  it('reports more than 200 GiB on the value', () => {
    const text = JSON.stringify(withStorage({ sizeInGiB: 500 }), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '500');
    assert.strictEqual(f[0].data?.expected, 200);
  });

  it('reports a missing size and range-checks numeric strings', () => {
    const f = findingsOf(ID, withStorage({}));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /no sizeInGiB/);
    assert.strictEqual(findingsOf(ID, withStorage({ sizeInGiB: '10' })).length, 1);
  });

  it('is silent for placeholders, wrong types (fargate/value-type) and EC2-only tasks', () => {
    assert.deepStrictEqual(findingsOf(ID, withStorage({ sizeInGiB: '${DISK}' })), []);
    assert.deepStrictEqual(findingsOf(ID, withStorage({ sizeInGiB: true })), []);
    assert.deepStrictEqual(findingsOf(ID, withStorage('big')), []);
    const t = withStorage({ sizeInGiB: 10 });
    t.requiresCompatibilities = ['EC2'];
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
