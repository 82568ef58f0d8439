import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-lifecycle-hooks';
const HOOK = {
  hookTargetArn: 'arn:aws:lambda:us-east-1:123456789012:function:approve',
  roleArn: 'arn:aws:iam::123456789012:role/ecsHookRole',
  lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'],
};

describe(ID, () => {
  it('accepts a well-formed hook', () => {
    const s = validService();
    s.deploymentConfiguration = { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5, lifecycleHooks: [HOOK] };
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
  it('checks ARNs and stages', () => {
    const s = validService();
    s.deploymentConfiguration = {
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 5,
      lifecycleHooks: [{ hookTargetArn: 'approve', roleArn: 'arn:aws:iam::123456789012:user/bob', lifecycleStages: ['PRE_SCALEUP', 'post_scale_up'] }],
    };
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 4, JSON.stringify(f.map((x) => x.message)));
    assert.strictEqual(f[3].data?.expected, 'POST_SCALE_UP');
  });
  it('requires target, role and stages; skips templated values', () => {
    const s = validService();
    s.deploymentConfiguration = { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5, lifecycleHooks: [{}, { hookTargetArn: 'HOOK_FUNCTION_ARN', roleArn: '${ROLE}', lifecycleStages: ['PRE_SCALE_UP'] }] };
    const f = ecsFindingsOf(ID, s);
    assert.deepStrictEqual(f.map((x) => x.data?.missing), ['hookTargetArn', 'roleArn', 'lifecycleStages']);
  });
  it('notes that hooks never run without a strategy', () => {
    const s = validService();
    s.deploymentConfiguration = { lifecycleHooks: [HOOK] };
    assert.strictEqual(ecsFindingsOf(ID, s)[0].data?.missing, 'strategy');
  });
});
