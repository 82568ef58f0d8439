import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-platform-version-ec2';

describe(ID, () => {
  it('reports platformVersion on the EC2 and EXTERNAL launch types, on its key, removable', () => {
    for (const launchType of ['EC2', 'EXTERNAL']) {
      const s = { ...validService(), launchType, platformVersion: '1.4' };
      const text = JSON.stringify(s, null, 2);
      const f = ecsFindingsOf(ID, text);
      assert.strictEqual(f.length, 1, launchType);
      assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"platformVersion"');
      assert.match(f[0].message, new RegExp(`${launchType} launch type`));
      assert.strictEqual(f[0].data?.removable, true);
      // The value is not judged as a Fargate version as well.
      assert.deepStrictEqual(ecsFindingsOf('fargate/service-platform-version', s), []);
    }
  });

  it('is silent on Fargate, capacity provider strategies, without a launch type and for empty values', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, validService()), []);
    const cp = validService();
    delete cp.launchType;
    cp.capacityProviderStrategy = [{ capacityProvider: 'my-asg-provider', weight: 1 }];
    assert.deepStrictEqual(ecsFindingsOf(ID, cp), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, { ...validService(), launchType: 'EC2', platformVersion: '' }), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, { ...validService(), launchType: 'EC2', platformVersion: null }), []);
  });
});
