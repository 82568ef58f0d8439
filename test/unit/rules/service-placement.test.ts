import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-placement';

describe(ID, () => {
  it('reports placement constraints and strategies on Fargate', () => {
    const s = validService();
    s.placementConstraints = [{ type: 'distinctInstance' }];
    s.placementStrategy = [{ type: 'spread', field: 'attribute:ecs.availability-zone' }];
    const f = ecsFindingsOf(ID, s);
    assert.deepStrictEqual(f.map((x) => x.data?.field), ['placementConstraints', 'placementStrategy']);
  });
  it('ignores empty lists and EC2 services', () => {
    const s = validService();
    s.placementConstraints = [];
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
    s.placementStrategy = [{ type: 'binpack', field: 'memory' }];
    s.launchType = 'EC2';
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });
});
