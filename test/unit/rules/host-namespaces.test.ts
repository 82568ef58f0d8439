import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/host-namespaces';

describe('rule fargate/host-namespaces', () => {
  it('is silent for awsvpc / bridge EC2 tasks', () => {
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    assert.deepStrictEqual(findingsOf(ID, t), []);
    t.networkMode = 'bridge';
    t.pidMode = 'task';
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('warns on pidMode host (ECS.3) and networkMode host (ECS.17) on EC2', () => {
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    t.networkMode = 'host';
    t.pidMode = 'host';
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 2);
    assert.ok(f.some((x) => /ECS\.3/.test(x.message) && x.data?.suggestion === 'task'));
    assert.ok(f.some((x) => /ECS\.17/.test(x.message) && x.data?.suggestion === 'awsvpc'));
  });

  it('leaves Fargate tasks to the Fargate compatibility rules', () => {
    const t = validTask();
    t.pidMode = 'host';
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
