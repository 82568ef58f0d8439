import * as assert from 'assert';
import { ecsFindingsOf, relatedWith, validService, validTask } from '../../helpers/ecs';

const ID = 'fargate/service-ebs-volume-task';
const at = (text: string, f: { offset: number; length: number }) => text.slice(f.offset, f.offset + f.length);

function taskWith(volumes: unknown[]): Record<string, any> {
  return { ...validTask(), volumes };
}

function serviceFor(name: unknown): Record<string, any> {
  return { ...validService(), volumeConfigurations: [{ name, managedEBSVolume: { roleArn: 'arn:aws:iam::123456789012:role/infra', sizeInGiB: 20 } }] };
}

describe(ID, () => {
  it('accepts a volume configured at launch', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, serviceFor('data'), { related: relatedWith(taskWith([{ name: 'data', configuredAtLaunch: true }])) }), []);
  });

  it('reports a name no task volume has, on the name, listing the volumes configured at launch', () => {
    const text = JSON.stringify(serviceFor('dta'), null, 2);
    const f = ecsFindingsOf(ID, text, { related: relatedWith(taskWith([{ name: 'data', configuredAtLaunch: true }, { name: 'tmp' }])) });
    assert.strictEqual(f.length, 1);
    assert.strictEqual(at(text, f[0]), '"dta"');
    assert.match(f[0].message, /has no volume named 'dta' \(its volumes configured at launch: 'data'\)/);
    assert.strictEqual(f[0].data?.suggestion, 'data');
  });

  it('reports a task volume that is not configured at launch', () => {
    for (const vol of [{ name: 'data' }, { name: 'data', configuredAtLaunch: false }, { name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-12345678' } }]) {
      const f = ecsFindingsOf(ID, serviceFor('data'), { related: relatedWith(taskWith([vol])) });
      assert.strictEqual(f.length, 1, JSON.stringify(vol));
      assert.match(f[0].message, /is not marked "configuredAtLaunch": true/);
    }
  });

  it('is silent on placeholders, without a task definition, and for EXTERNAL services', () => {
    const task = taskWith([{ name: 'data', configuredAtLaunch: true }]);
    assert.deepStrictEqual(ecsFindingsOf(ID, serviceFor('${VOLUME}'), { related: relatedWith(task) }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, serviceFor(''), { related: relatedWith(task) }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, serviceFor('other'), { related: relatedWith(taskWith([{ name: '${VOLUME}', configuredAtLaunch: true }])) }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, serviceFor('data'), { related: relatedWith(taskWith([{ name: 'data', configuredAtLaunch: '${AT_LAUNCH}' }])) }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, serviceFor('other')), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, { ...serviceFor('other'), deploymentController: { type: 'EXTERNAL' } }, { related: relatedWith(task) }), []);
  });
});
