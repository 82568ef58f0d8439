import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-scheduling-strategy';

describe(ID, () => {
  it('accepts REPLICA', () => {
    const s = validService();
    s.schedulingStrategy = 'REPLICA';
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
  it('rejects DAEMON on Fargate and with CODE_DEPLOY', () => {
    const s = validService();
    s.schedulingStrategy = 'DAEMON';
    assert.strictEqual(ecsFindingsOf(ID, s)[0].data?.expected, 'REPLICA');
    s.launchType = 'EC2';
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
    s.deploymentController = { type: 'CODE_DEPLOY' };
    assert.match(ecsFindingsOf(ID, s)[0].message, /CODE_DEPLOY/);
  });
  it('points out lowercase values', () => {
    const s = validService();
    s.schedulingStrategy = 'replica';
    assert.strictEqual(ecsFindingsOf(ID, s)[0].data?.expected, 'REPLICA');
  });
});
