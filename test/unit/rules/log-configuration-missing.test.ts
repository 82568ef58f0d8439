import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/log-configuration-missing';

describe('rule fargate/log-configuration-missing', () => {
  it('is silent when every container logs', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('reports each container without logConfiguration (ECS.9)', () => {
    const t = validTask();
    delete t.containerDefinitions[0].logConfiguration;
    t.containerDefinitions.push({ name: 'side', image: 'busybox:1.36', essential: false, logConfiguration: null });
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 2);
    assert.match(f[0].message, /ECS\.9/);
    assert.deepStrictEqual(f.map((x) => x.data?.container), ['web', 'side']);
  });

  it('also runs for EC2 task definitions', () => {
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    t.networkMode = 'bridge';
    delete t.containerDefinitions[0].logConfiguration;
    assert.strictEqual(findingsOf(ID, t).length, 1);
  });
});
