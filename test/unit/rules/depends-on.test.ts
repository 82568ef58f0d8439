import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/depends-on';

function task(): Record<string, any> {
  const t = validTask();
  t.containerDefinitions.push({ name: 'migrate', image: 'app:1', essential: false });
  t.containerDefinitions.push({ name: 'proxy', image: 'envoy:1', essential: true });
  return t;
}

function dep(t: Record<string, any>, index: number, ...deps: unknown[]): Record<string, any> {
  t.containerDefinitions[index].dependsOn = deps;
  return t;
}

describe('fargate/depends-on', () => {
  it('accepts valid dependencies, volumesFrom and mount points', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    const t = dep(task(), 0, { containerName: 'migrate', condition: 'SUCCESS' }, { containerName: 'proxy', condition: 'START' });
    t.containerDefinitions[1].volumesFrom = [{ sourceContainer: 'web', readOnly: true }];
    t.volumes = [{ name: 'scratch' }];
    t.containerDefinitions[0].mountPoints = [{ sourceVolume: 'scratch', containerPath: '/tmp' }];
    assert.deepStrictEqual(findingsOf(ID, t), []);
    // HEALTHY on a container that has a health check.
    assert.deepStrictEqual(findingsOf(ID, dep(task(), 2, { containerName: 'web', condition: 'HEALTHY' })), []);
  });

  it('reports an unknown containerName with a suggestion', () => {
    const text = JSON.stringify(dep(task(), 0, { containerName: 'migrat', condition: 'START' }), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"migrat"');
    assert.strictEqual(f[0].data?.suggestion, 'migrate');
    assert.match(f[0].message, /no container in this task definition has that name/);
  });

  it('reports self-dependencies and missing fields', () => {
    const f = findingsOf(ID, dep(task(), 0, { containerName: 'web', condition: 'START' }, { condition: 'START' }, { containerName: 'proxy' }));
    assert.strictEqual(f.length, 3);
    assert.ok(f.some((x) => /depends on itself/.test(x.message)));
    assert.ok(f.some((x) => x.data?.missing === 'containerName'));
    assert.ok(f.some((x) => x.data?.missing === 'condition' && x.data?.suggestion === 'START'));
  });

  it('reports HEALTHY on a container without healthCheck', () => {
    const f = findingsOf(ID, dep(task(), 0, { containerName: 'proxy', condition: 'HEALTHY' }));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /has no healthCheck/);
    assert.strictEqual(f[0].data?.suggestion, 'START');
  });

  it('reports COMPLETE/SUCCESS on an essential container', () => {
    for (const condition of ['COMPLETE', 'SUCCESS']) {
      const f = findingsOf(ID, dep(task(), 0, { containerName: 'proxy', condition }));
      assert.strictEqual(f.length, 1, condition);
      assert.match(f[0].message, /is essential/);
    }
  });

  it('leaves unknown condition values to fargate/value-type', () => {
    assert.deepStrictEqual(findingsOf(ID, dep(task(), 0, { containerName: 'proxy', condition: 'RUNNING' })), []);
  });

  it('reports a dependency cycle once', () => {
    const t = dep(task(), 0, { containerName: 'proxy', condition: 'START' });
    dep(t, 2, { containerName: 'migrate', condition: 'START' });
    dep(t, 1, { containerName: 'web', condition: 'START' });
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.deepStrictEqual(f[0].data?.cycle, ['web', 'proxy', 'migrate', 'web']);
    assert.match(f[0].message, /web → proxy → migrate → web/);
  });

  it('reports volumesFrom and mountPoints that name nothing', () => {
    const t = task();
    t.containerDefinitions[1].volumesFrom = [{ sourceContainer: 'wbe' }, { sourceContainer: 'migrate' }, {}];
    t.containerDefinitions[0].mountPoints = [{ sourceVolume: 'data', containerPath: '/data' }];
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 4);
    assert.ok(f.some((x) => x.data?.suggestion === 'web'));
    assert.ok(f.some((x) => /mounts volumes from itself/.test(x.message)));
    assert.ok(f.some((x) => x.data?.missing === 'sourceContainer'));
    assert.ok(f.some((x) => /declares no volumes/.test(x.message)));
  });

  it('stays silent when names are templated', () => {
    const t = dep(task(), 0, { containerName: '${SIDECAR}', condition: '<COND>' });
    assert.deepStrictEqual(findingsOf(ID, t), []);
    const u = dep(task(), 0, { containerName: 'other', condition: 'START' });
    u.containerDefinitions[2].name = '{{ .Env.PROXY_NAME }}';
    assert.deepStrictEqual(findingsOf(ID, u), []);
    const v = task();
    v.volumes = [{ name: '${VOLUME}' }];
    v.containerDefinitions[0].mountPoints = [{ sourceVolume: 'data', containerPath: '/data' }];
    assert.deepStrictEqual(findingsOf(ID, v), []);
  });
});
