import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { covered, lineOf, lineWith } from '../../helpers/lines';

const ID = 'fargate/unmounted-volume';

function withEbs(mutate?: (t: Record<string, any>) => void): Record<string, any> {
  const t = validTask();
  t.volumes = [{ name: 'ebs-data', configuredAtLaunch: true }];
  t.containerDefinitions[0].mountPoints = [{ sourceVolume: 'ebs-data', containerPath: '/data' }];
  mutate?.(t);
  return t;
}

describe('fargate/unmounted-volume', () => {
  it('accepts a volume configured at launch that a container mounts, in any container', () => {
    assert.deepStrictEqual(findingsOf(ID, withEbs()), []);
    assert.deepStrictEqual(findingsOf(ID, withEbs((t) => {
      t.containerDefinitions[0].mountPoints = [];
      t.containerDefinitions.push({ name: 'worker', image: 'busybox', essential: false, mountPoints: [{ sourceVolume: 'ebs-data', containerPath: '/d' }] });
    })), []);
  });

  it('reports a volume configured at launch that no container mounts, on its name', () => {
    const text = JSON.stringify(withEbs((t) => (t.containerDefinitions[0].mountPoints = [])), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.strictEqual(covered(text, f[0]), '"name"');
    assert.strictEqual(lineOf(text, f[0].offset), lineWith(text, '"name": "ebs-data"'));
    assert.match(f[0].message, /Volume "ebs-data" is configured at launch/);
    assert.match(f[0].message, /are not referenced by any of the containers/);
    assert.deepStrictEqual(f[0].data, { ruleId: ID, volume: 'ebs-data' });
  });

  it('leaves ordinary unmounted volumes alone (no evidence that AWS rejects them)', () => {
    assert.deepStrictEqual(findingsOf(ID, withEbs((t) => {
      t.volumes = [{ name: 'scratch' }, { name: 'shared', efsVolumeConfiguration: { fileSystemId: 'fs-12345678', transitEncryption: 'ENABLED' } }];
      t.containerDefinitions[0].mountPoints = [];
    })), []);
  });

  it('stays silent when a mount point or the containers are unknown', () => {
    const cases: ((t: Record<string, any>) => void)[] = [
      (t) => (t.containerDefinitions[0].mountPoints = [{ sourceVolume: '${VOLUME}', containerPath: '/data' }]),
      (t) => (t.containerDefinitions[0].mountPoints = '${MOUNT_POINTS}'),
      (t) => t.containerDefinitions.push('${SIDECAR}'),
      (t) => {
        t.containerDefinitions[0].mountPoints = [];
        t.volumes[0].name = '${VOLUME}';
      },
      (t) => {
        t.containerDefinitions[0].mountPoints = [];
        t.volumes[0].configuredAtLaunch = '${AT_LAUNCH}';
      },
    ];
    for (const c of cases) assert.deepStrictEqual(findingsOf(ID, withEbs(c)), [], c.toString());
  });
});
