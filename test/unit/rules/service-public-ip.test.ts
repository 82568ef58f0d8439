import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-public-ip';

describe(ID, () => {
  it('is silent for DISABLED', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, validService()), []);
  });
  it('warns for ENABLED (ECS.2) and can be turned off', () => {
    const s = validService();
    s.networkConfiguration.awsvpcConfiguration.assignPublicIp = 'ENABLED';
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /ECS\.2/);
    assert.strictEqual(f[0].data?.expected, 'DISABLED');
    assert.deepStrictEqual(ecsFindingsOf(ID, s, { settings: { rules: { [ID]: 'off' } } }), []);
  });
  it('leaves EC2 services to the network configuration rule', () => {
    const s = validService();
    s.launchType = 'EC2';
    s.networkConfiguration.awsvpcConfiguration.assignPublicIp = 'ENABLED';
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
});
