import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-placement-strategy';

function ec2(strategy: unknown[]): Record<string, any> {
  const s = validService();
  s.launchType = 'EC2';
  delete s.platformVersion;
  s.placementStrategy = strategy;
  return s;
}

const at = (text: string, f: { offset: number; length: number }) => text.slice(f.offset, f.offset + f.length);

describe(ID, () => {
  it('accepts up to 5 rules with the fields their types take', () => {
    const ok = [
      { type: 'spread', field: 'attribute:ecs.availability-zone' },
      { type: 'spread', field: 'instanceId' },
      { type: 'binpack', field: 'memory' },
      { type: 'binpack', field: 'cpu' },
      { type: 'random' },
    ];
    assert.deepStrictEqual(ecsFindingsOf(ID, ec2(ok)), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, ec2([{ type: 'binpack', field: '${PACK_FIELD}' }, { type: 'binpack', field: '' }, { type: 'random', field: null }, { type: 'random', field: '' }])), []);
  });

  it('reports more than 5 rules on the key', () => {
    const text = JSON.stringify(ec2(Array.from({ length: 6 }, () => ({ type: 'spread', field: 'instanceId' }))), null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(at(text, f[0]), '"placementStrategy"');
    assert.match(f[0].message, /6 rules; AWS accepts at most 5/);
  });

  it('reports binpack on a field other than cpu or memory, suggesting the lower-case name', () => {
    const text = JSON.stringify(ec2([{ type: 'binpack', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'MEMORY' }]), null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.deepStrictEqual(f.map((x) => at(text, x)), ['"attribute:ecs.availability-zone"', '"MEMORY"']);
    assert.match(f[0].message, /must be "cpu" or "memory"/);
    assert.deepStrictEqual(f[0].data?.validValues, ['cpu', 'memory']);
    assert.strictEqual(f[1].data?.expected, 'memory');
  });

  it('reports a field on random, on the field key, removable', () => {
    const text = JSON.stringify(ec2([{ type: 'random', field: 'instanceId' }]), null, 2);
    const f = ecsFindingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(at(text, f[0]), '"field"');
    assert.match(f[0].message, /"random" strategy/);
    assert.strictEqual(f[0].data?.removable, true);
  });

  it('leaves Fargate services to fargate/service-placement', () => {
    const s = validService();
    s.placementStrategy = [{ type: 'random', field: 'x' }];
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
    assert.strictEqual(ecsFindingsOf('fargate/service-placement', s).length, 1);
  });
});
