import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/container-count';

function withContainers(n: number): Record<string, any> {
  const t = validTask();
  const base = t.containerDefinitions[0];
  t.containerDefinitions = Array.from({ length: n }, (_, i) => ({ ...base, name: `c${i}`, essential: i === 0 }));
  return t;
}

describe('fargate/container-count', () => {
  it('accepts 1 to 10 containers', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, withContainers(10)), []);
  });

  it('reports more than 10 containers on the containerDefinitions key', () => {
    const text = JSON.stringify(withContainers(11), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"containerDefinitions"');
    assert.deepStrictEqual([f[0].data?.count, f[0].data?.max], [11, 10]);
    assert.match(f[0].message, /11 containers.*at most 10/);
  });

  it('reports an empty containerDefinitions list', () => {
    const f = findingsOf(ID, withContainers(0));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /containerDefinitions is empty/);
  });

  it('is silent when the list is templated or not an array', () => {
    const t = withContainers(11);
    t.containerDefinitions.push('${SIDECARS}');
    assert.deepStrictEqual(findingsOf(ID, t), []);
    const u = validTask();
    u.containerDefinitions = '${CONTAINERS}';
    assert.deepStrictEqual(findingsOf(ID, u), []);
  });

  it('applies to EC2-only task definitions as well', () => {
    const t = withContainers(12);
    t.requiresCompatibilities = ['EC2'];
    t.networkMode = 'bridge';
    assert.strictEqual(findingsOf(ID, t).length, 1);
  });
});
