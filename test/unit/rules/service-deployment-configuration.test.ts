import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-deployment-configuration';

describe(ID, () => {
  it('accepts the defaults and a valid BLUE_GREEN setup', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, validService()), []);
    const s = validService();
    s.deploymentConfiguration = { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 10 };
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
  it('checks percent ranges', () => {
    const s = validService();
    s.deploymentConfiguration = { minimumHealthyPercent: 150, maximumPercent: 200 };
    assert.match(ecsFindingsOf(ID, s)[0].message, /0 to 100/);
    s.deploymentConfiguration = { minimumHealthyPercent: 50, maximumPercent: 40 };
    assert.match(ecsFindingsOf(ID, s)[0].message, /below/);
    s.deploymentConfiguration = { minimumHealthyPercent: 100, maximumPercent: 100 };
    assert.match(ecsFindingsOf(ID, s)[0].message, /never progresses/);
  });
  it('rejects the circuit breaker and ECS strategies with CODE_DEPLOY', () => {
    const s = validService();
    s.deploymentController = { type: 'CODE_DEPLOY' };
    s.deploymentConfiguration = { deploymentCircuitBreaker: { enable: true, rollback: true }, strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 };
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 2);
    s.deploymentConfiguration = { deploymentCircuitBreaker: { enable: false, rollback: false } };
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
  it('requires bakeTimeInMinutes for BLUE_GREEN, within 0..1440', () => {
    const s = validService();
    s.deploymentConfiguration = { strategy: 'BLUE_GREEN' };
    assert.strictEqual(ecsFindingsOf(ID, s)[0].data?.missing, 'bakeTimeInMinutes');
    s.deploymentConfiguration = { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 2000 };
    assert.match(ecsFindingsOf(ID, s)[0].message, /0 to 1440/);
  });
  it('checks strategy and controller enums', () => {
    const s = validService();
    s.deploymentConfiguration = { strategy: 'blue-green' };
    assert.strictEqual(ecsFindingsOf(ID, s)[0].data?.expected, 'BLUE_GREEN');
    s.deploymentConfiguration = {};
    s.deploymentController = { type: 'CODEDEPLOY' };
    assert.strictEqual(ecsFindingsOf(ID, s).length, 1);
  });
  it('checks linear and canary settings and their strategy', () => {
    const s = validService();
    s.deploymentConfiguration = { strategy: 'LINEAR', linearConfiguration: { stepPercent: 2, stepBakeTimeInMinutes: 5 } };
    assert.match(ecsFindingsOf(ID, s)[0].message, /3 to 100/);
    s.deploymentConfiguration = { strategy: 'CANARY', canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1500 } };
    assert.match(ecsFindingsOf(ID, s)[0].message, /0 to 1440/);
    s.deploymentConfiguration = { strategy: 'LINEAR', canaryConfiguration: { canaryPercent: 10 } };
    assert.strictEqual(ecsFindingsOf(ID, s)[0].data?.expectedStrategy, 'CANARY');
  });
});
