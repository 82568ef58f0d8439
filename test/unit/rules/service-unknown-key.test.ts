import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-unknown-key';

describe(ID, () => {
  it('is silent on a valid service and on describe-services fields', () => {
    const s = validService();
    s.platformFamily = 'Linux';
    s.runningCount = 0;
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
  it('suggests the intended field, also in nested objects', () => {
    const s = validService();
    s.desiredcount = 1;
    s.networkConfiguration.awsvpcConfiguration.subnet = ['subnet-1'];
    const f = ecsFindingsOf(ID, s);
    assert.deepStrictEqual(f.map((x) => x.data?.suggestion).sort(), ['desiredCount', 'subnets']);
  });
  it('follows unknownKeySeverity', () => {
    const s = validService();
    s.loadBalancer = [];
    assert.strictEqual(ecsFindingsOf(ID, s, { settings: { unknownKeySeverity: 'error' } })[0].severity, 'error');
    assert.deepStrictEqual(ecsFindingsOf(ID, s, { settings: { unknownKeySeverity: 'off' } }), []);
  });
});
