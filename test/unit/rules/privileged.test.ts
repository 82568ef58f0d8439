import * as assert from 'assert';
import { ec2Task, findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/privileged';

describe('rule fargate/privileged', () => {
  it('is silent without privileged or with privileged: false', () => {
    const t = ec2Task();
    assert.deepStrictEqual(findingsOf(ID, t), []);
    t.containerDefinitions[0].privileged = false;
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('warns on privileged containers of EC2 tasks (ECS.4)', () => {
    const t = ec2Task();
    t.containerDefinitions[0].privileged = true;
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /ECS\.4/);
    assert.strictEqual(f[0].data?.removable, true);
  });

  it('leaves Fargate tasks to the Fargate compatibility rule', () => {
    const t = validTask();
    t.containerDefinitions[0].privileged = true;
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
