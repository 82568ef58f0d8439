import * as assert from 'assert';
import { ecsFindingsOf, validService, validTask, relatedWith } from '../../helpers/ecs';

describe('fargate/service-task-network-mode', () => {
  const ID = 'fargate/service-task-network-mode';
  it('rejects networkConfiguration with a bridge task', () => {
    const t = validTask();
    t.networkMode = 'bridge';
    t.requiresCompatibilities = ['EC2'];
    const s = validService();
    s.launchType = 'EC2';
    const f = ecsFindingsOf(ID, s, { related: relatedWith(t) });
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /bridge/);
  });
  it('requires networkConfiguration for an awsvpc task on EC2', () => {
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    const s = validService();
    s.launchType = 'EC2';
    delete s.networkConfiguration;
    assert.strictEqual(ecsFindingsOf(ID, s, { related: relatedWith(t) })[0].data?.missing, 'networkConfiguration');
    assert.deepStrictEqual(ecsFindingsOf(ID, validService(), { related: relatedWith(validTask()) }), []);
  });
  it('treats an EC2 task without networkMode as bridge (the Linux default)', () => {
    const t = validTask();
    delete t.networkMode;
    t.requiresCompatibilities = ['EC2'];
    const s = validService();
    s.launchType = 'EC2';
    const f = ecsFindingsOf(ID, s, { related: relatedWith(t) });
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /bridge/);
  });
});
