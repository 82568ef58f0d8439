import * as assert from 'assert';
import { ecsFindingsOf, validService, validTask, relatedWith } from '../../helpers/ecs';

describe('fargate/service-task-container', () => {
  const ID = 'fargate/service-task-container';
  it('is silent when the container maps the port, or without related files', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, validService(), { related: relatedWith(validTask()) }), []);
    const s = validService();
    s.loadBalancers[0].containerName = 'api';
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
  it('reports an unknown container name with the names that exist', () => {
    const s = validService();
    s.loadBalancers[0].containerName = 'Web';
    const f = ecsFindingsOf(ID, s, { related: relatedWith(validTask()) });
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /taskdef\.json/);
    assert.strictEqual(f[0].data?.suggestion, 'web');
  });
  it('reports a port the container does not map', () => {
    const s = validService();
    s.loadBalancers[0].containerPort = 80;
    const f = ecsFindingsOf(ID, s, { related: relatedWith(validTask()) });
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.expected, 8080);
  });
  it('picks the task definition by family and ignores other families', () => {
    const other = validTask();
    other.family = 'worker';
    other.containerDefinitions[0].name = 'worker';
    const s = validService();
    s.loadBalancers[0].containerPort = 80;
    assert.strictEqual(ecsFindingsOf(ID, s, { related: relatedWith(other, validTask()) }).length, 1);
    s.taskDefinition = 'billing:1';
    assert.deepStrictEqual(ecsFindingsOf(ID, s, { related: relatedWith(other, validTask()) }), []);
  });
  it('accepts ports inside a containerPortRange and stays silent on templated names', () => {
    const t = validTask();
    t.containerDefinitions[0].portMappings = [{ containerPortRange: '8000-8100' }];
    assert.deepStrictEqual(ecsFindingsOf(ID, validService(), { related: relatedWith(t) }), []);
    const s = validService();
    s.loadBalancers[0].containerName = '{{ must_env `NAME` }}';
    s.loadBalancers[0].containerPort = 1;
    assert.deepStrictEqual(ecsFindingsOf(ID, s, { related: relatedWith(validTask()) }), []);
  });
});
