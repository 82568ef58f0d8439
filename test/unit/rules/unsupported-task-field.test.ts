import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/unsupported-task-field';

describe('fargate/unsupported-task-field', () => {
  it('accepts the valid task, pidMode task and empty values', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    const t = validTask();
    t.pidMode = 'task';
    t.ipcMode = null;
    t.placementConstraints = [];
    t.inferenceAccelerators = [];
    t.volumes = [{ name: 'scratch', host: {} }, { name: 'tmp' }, { name: 'nulls', host: { sourcePath: null }, dockerVolumeConfiguration: null }];
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('reports ipcMode whatever its value', () => {
    for (const v of ['host', 'task', 'none']) {
      const t = validTask();
      t.ipcMode = v;
      const f = findingsOf(ID, t);
      assert.strictEqual(f.length, 1, v);
      assert.deepStrictEqual(f[0].data?.field, 'ipcMode');
    }
  });

  it('reports pidMode host on the value, with task as the expected value', () => {
    const t = validTask();
    t.pidMode = 'host';
    const text = JSON.stringify(t, null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"host"');
    assert.strictEqual(f[0].data?.expected, 'task');
  });

  it('reports placementConstraints and inferenceAccelerators', () => {
    const t = validTask();
    t.placementConstraints = [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }];
    t.inferenceAccelerators = [{ deviceName: 'device_1', deviceType: 'eia2.medium' }];
    const f = findingsOf(ID, t);
    assert.deepStrictEqual(f.map((x) => x.data?.field), ['placementConstraints', 'inferenceAccelerators']);
  });

  it('reports Docker volumes and host paths, naming the volume', () => {
    const t = validTask();
    t.volumes = [
      { name: 'docker', dockerVolumeConfiguration: { scope: 'shared', driver: 'local' } },
      { name: 'hostpath', host: { sourcePath: '/var/run/docker.sock' } },
    ];
    const f = findingsOf(ID, t);
    assert.deepStrictEqual(f.map((x) => x.data?.field), ['dockerVolumeConfiguration', 'host.sourcePath']);
    assert.match(f[0].message, /Volume 'docker'/);
    assert.match(f[1].message, /Volume 'hostpath'/);
    assert.strictEqual(f[1].data?.removable, true);
  });

  it('treats a templated pidMode as unknown', () => {
    const t = validTask();
    t.pidMode = '${PID_MODE}';
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('stays silent for EC2-only task definitions', () => {
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    t.networkMode = 'host';
    t.pidMode = 'host';
    t.ipcMode = 'host';
    t.placementConstraints = [{ type: 'memberOf', expression: 'attribute:x == y' }];
    t.volumes = [{ name: 'v', host: { sourcePath: '/data' } }];
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
