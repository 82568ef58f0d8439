import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-placement-constraint';

function ec2(constraints: unknown[]): Record<string, any> {
  const s = validService();
  s.launchType = 'EC2';
  delete s.platformVersion;
  s.placementConstraints = constraints;
  return s;
}

describe(ID, () => {
  it('reports an expression on distinctInstance, on its key, removable', () => {
    const text = JSON.stringify(ec2([{ type: 'distinctInstance', expression: 'attribute:ecs.instance-type =~ t3.*' }]), null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"expression"');
    assert.match(f[0].message, /takes no expression/);
    assert.deepStrictEqual([f[0].data?.field, f[0].data?.removable], ['expression', true]);
  });

  it('accepts distinctInstance alone, memberOf with an expression, and Fargate services (service-placement)', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, ec2([{ type: 'distinctInstance' }, { type: 'memberOf', expression: 'attribute:ecs.os-type == linux' }])), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, ec2([{ type: 'distinctInstance', expression: '' }, { type: 'distinctInstance', expression: null }])), []);
    const f = validService();
    f.placementConstraints = [{ type: 'distinctInstance', expression: 'x' }];
    assert.deepStrictEqual(ecsFindingsOf(ID, f), []);
  });
});
