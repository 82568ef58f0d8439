import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-advanced-configuration';

function blueGreen(): Record<string, any> {
  const s = validService();
  s.deploymentConfiguration = { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 };
  return s;
}

describe(ID, () => {
  it('is silent for rolling deployments', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, validService()), []);
  });
  it('requires advancedConfiguration for blue/green behind a load balancer', () => {
    const f = ecsFindingsOf(ID, blueGreen());
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.missing, 'advancedConfiguration');
  });
  it('requires its three fields and checks their ARNs', () => {
    const s = blueGreen();
    s.loadBalancers[0].advancedConfiguration = { alternateTargetGroupArn: 'green', roleArn: 'arn:aws:iam::123456789012:role/ecsInfra' };
    const f = ecsFindingsOf(ID, s);
    assert.deepStrictEqual(f.map((x) => x.data?.missing ?? 'arn'), ['productionListenerRule', 'arn']);
  });
  it('accepts a complete configuration', () => {
    const s = blueGreen();
    s.loadBalancers[0].advancedConfiguration = {
      alternateTargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-green/fedcba9876543210',
      productionListenerRule: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web/1234567890abcdef/1234567890abcdef/1234567890abcdef',
      roleArn: 'arn:aws:iam::123456789012:role/ecsInfra',
    };
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
});
