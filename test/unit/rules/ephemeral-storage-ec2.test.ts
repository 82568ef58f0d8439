import * as assert from 'assert';
import { ec2Task, findingsOf, validTask } from '../../helpers/docs';
import { covered, lineOf, lineWith } from '../../helpers/lines';

const ID = 'fargate/ephemeral-storage-ec2';

describe('fargate/ephemeral-storage-ec2', () => {
  it('accepts ephemeralStorage on Fargate-compatible task definitions', () => {
    const t = validTask();
    t.ephemeralStorage = { sizeInGiB: 50 };
    assert.deepStrictEqual(findingsOf(ID, t), []);
    t.requiresCompatibilities = ['EC2', 'FARGATE'];
    assert.deepStrictEqual(findingsOf(ID, t), []);
    assert.deepStrictEqual(findingsOf(ID, ec2Task()), []);
  });

  it('reports ephemeralStorage on an EC2-only task definition, on the key', () => {
    const t = ec2Task();
    t.ephemeralStorage = { sizeInGiB: 50 };
    const text = JSON.stringify(t, null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.strictEqual(covered(text, f[0]), '"ephemeralStorage"');
    assert.strictEqual(lineOf(text, f[0].offset), lineWith(text, '"ephemeralStorage"'));
    assert.match(f[0].message, /only runs on EC2 \(requiresCompatibilities\), and EC2 tasks cannot set ephemeralStorage/);
    assert.strictEqual(f[0].data?.removable, true);
    // The Fargate size check does not run on EC2 tasks: nothing is reported twice.
    assert.deepStrictEqual(findingsOf('fargate/ephemeral-storage', text), []);
  });

  it('is silent without requiresCompatibilities, with a templated one, or for null and {}', () => {
    const cases: ((t: Record<string, any>) => void)[] = [
      (t) => delete t.requiresCompatibilities,
      (t) => (t.requiresCompatibilities = ['${COMPATIBILITY}']),
      (t) => (t.requiresCompatibilities = ['MANAGED_INSTANCES']),
      (t) => (t.ephemeralStorage = null),
      (t) => (t.ephemeralStorage = {}),
    ];
    for (const c of cases) {
      const t = ec2Task();
      t.ephemeralStorage = { sizeInGiB: 50 };
      c(t);
      assert.deepStrictEqual(findingsOf(ID, t), [], c.toString());
    }
  });
});
