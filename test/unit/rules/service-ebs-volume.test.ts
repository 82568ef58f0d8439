import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-ebs-volume';
const ROLE = 'arn:aws:iam::123456789012:role/ecsInfrastructureRole';
const at = (text: string, f: { offset: number; length: number }) => text.slice(f.offset, f.offset + f.length);

function withVolume(ebs: Record<string, unknown>): Record<string, any> {
  return { ...validService(), volumeConfigurations: [{ name: 'data', managedEBSVolume: { roleArn: ROLE, ...ebs } }] };
}

describe(ID, () => {
  it('accepts volumes with a size or a snapshot and the performance fields their type takes', () => {
    for (const ebs of [
      { sizeInGiB: 20 },
      { snapshotId: 'snap-0123456789abcdef0' },
      { sizeInGiB: 100, volumeType: 'gp3', iops: 4000, throughput: 250 },
      { sizeInGiB: 100, volumeType: 'io1', iops: 3000 },
      { sizeInGiB: 100, volumeType: 'io2', iops: 10000 },
      { sizeInGiB: 200, volumeType: 'st1' },
      { sizeInGiB: 20, volumeType: 'gp2' },
      { sizeInGiB: 20, iops: 3000, throughput: 125 },
      { sizeInGiB: '${SIZE}', volumeType: '${TYPE}', iops: 100 },
    ]) {
      assert.deepStrictEqual(ecsFindingsOf(ID, withVolume(ebs)), [], JSON.stringify(ebs));
    }
  });

  it('reports neither sizeInGiB nor snapshotId, on managedEBSVolume', () => {
    const text = JSON.stringify(withVolume({ volumeType: 'gp3' }), null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(at(text, f[0]), '"managedEBSVolume"');
    assert.match(f[0].message, /The managed EBS volume 'data' has neither "sizeInGiB" nor "snapshotId"/);
  });

  it('reports iops on gp2, st1, sc1 and standard, on the iops key, removable', () => {
    for (const volumeType of ['gp2', 'st1', 'sc1', 'standard']) {
      const text = JSON.stringify(withVolume({ sizeInGiB: 500, volumeType, iops: 3000 }), null, 2);
      const f = ecsFindingsOf(ID, text);
      assert.strictEqual(f.length, 1, volumeType);
      assert.strictEqual(at(text, f[0]), '"iops"');
      assert.match(f[0].message, /no provisioned IOPS/);
      assert.strictEqual(f[0].data?.removable, true);
    }
  });

  it('reports io1 and io2 without iops, on the volume type', () => {
    const text = JSON.stringify(withVolume({ sizeInGiB: 100, volumeType: 'io2' }), null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(at(text, f[0]), '"io2"');
    assert.match(f[0].message, /requires "iops"/);
  });

  it('reports throughput on any type but gp3, on the throughput key', () => {
    for (const volumeType of ['gp2', 'io1', 'st1']) {
      const ebs: Record<string, unknown> = { sizeInGiB: 500, volumeType, throughput: 250 };
      if (volumeType === 'io1') ebs.iops = 1000;
      const text = JSON.stringify(withVolume(ebs), null, 2);
      const f = ecsFindingsOf(ID, text);
      assert.strictEqual(f.length, 1, volumeType);
      assert.strictEqual(at(text, f[0]), '"throughput"');
      assert.match(f[0].message, /Only gp3 volumes take a provisioned "throughput"/);
    }
  });
});
