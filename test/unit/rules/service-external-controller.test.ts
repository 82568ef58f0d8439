import * as assert from 'assert';
import { ecsFindings, ecsFindingsOf, relatedWith, validService, validTask } from '../../helpers/ecs';

const ID = 'fargate/service-external-controller';

/** An EXTERNAL-controller service as CreateService takes it: task sets carry the task definition and network. */
function externalService(): Record<string, any> {
  return {
    serviceName: 'web',
    cluster: 'prod',
    desiredCount: 2,
    deploymentController: { type: 'EXTERNAL' },
  };
}

describe(ID, () => {
  it('is not paired with the task definition of its folder (no false missing networkConfiguration)', () => {
    // An awsvpc task definition on EC2 beside it: with the ECS controller this service would need networkConfiguration.
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    const related = relatedWith(t);
    const ecsController = { ...externalService(), deploymentController: { type: 'ECS' } };
    assert.deepStrictEqual(ecsFindingsOf('fargate/service-task-network-mode', ecsController, { related }).map((f) => f.data?.missing), ['networkConfiguration']);
    const all = ecsFindings(externalService(), { related });
    assert.deepStrictEqual(all.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`), []);
  });

  it('reports a taskDefinition on the service, on its key, with a quick-fix removal', () => {
    const s = externalService();
    s.taskDefinition = 'web:3';
    const text = JSON.stringify(s, null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"taskDefinition"');
    assert.match(f[0].message, /EXTERNAL/);
    assert.match(f[0].message, /task set/);
    assert.deepStrictEqual([f[0].data?.field, f[0].data?.removable], ['taskDefinition', true]);
  });

  it('is silent for the ECS and CODE_DEPLOY controllers, a null taskDefinition and a templated controller type', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, validService()), []);
    const cd = validService();
    cd.deploymentController = { type: 'CODE_DEPLOY' };
    assert.deepStrictEqual(ecsFindingsOf(ID, cd), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, { ...externalService(), taskDefinition: null }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, { ...externalService(), taskDefinition: '' }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, { ...validService(), deploymentController: { type: '${CONTROLLER}' } }), []);
  });
});

describe('fargate/service-network-configuration with the EXTERNAL controller', () => {
  it('does not ask a Fargate EXTERNAL service for the networkConfiguration its task sets carry', () => {
    const s = { serviceName: 'web', launchType: 'FARGATE', desiredCount: 1, deploymentController: { type: 'EXTERNAL' } };
    assert.deepStrictEqual(ecsFindingsOf('fargate/service-network-configuration', s), []);
    const ecs = { ...s, deploymentController: { type: 'ECS' } };
    assert.deepStrictEqual(ecsFindingsOf('fargate/service-network-configuration', ecs).map((f) => f.data?.missing), ['networkConfiguration']);
  });
});
