import * as assert from 'assert';
import { ecsFindingsOf, validService, validTask, relatedWith } from '../../helpers/ecs';

describe('fargate/service-task-compatibility', () => {
  const ID = 'fargate/service-task-compatibility';
  it('reports a Fargate service whose task definition is EC2-only', () => {
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    const f = ecsFindingsOf(ID, validService(), { related: relatedWith(t) });
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /launch_type FARGATE/);
  });
  it('is silent for Fargate task definitions and EC2 services', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, validService(), { related: relatedWith(validTask()) }), []);
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    const s = validService();
    s.launchType = 'EC2';
    assert.deepStrictEqual(ecsFindingsOf(ID, s, { related: relatedWith(t) }), []);
  });
});
