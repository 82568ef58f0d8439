import * as assert from 'assert';
import { ecsFindingsOf, validService } from '../../helpers/ecs';

const ID = 'fargate/service-launch-type';

function withStrategy(...providers: string[]): Record<string, any> {
  const s = validService();
  delete s.launchType;
  s.capacityProviderStrategy = providers.map((p, i) => ({ capacityProvider: p, weight: 1, base: i === 0 ? 1 : 0 }));
  return s;
}

describe(ID, () => {
  it('is silent for a valid launch type or a Fargate-only strategy', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, validService()), []);
    for (const lt of ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES']) {
      const s = validService();
      s.launchType = lt;
      assert.deepStrictEqual(ecsFindingsOf(ID, s), [], lt);
    }
    assert.deepStrictEqual(ecsFindingsOf(ID, withStrategy('FARGATE', 'FARGATE_SPOT')), []);
    assert.deepStrictEqual(ecsFindingsOf(ID, withStrategy('my-asg-provider', 'other-asg')), []);
  });

  it('reports launchType together with a capacity provider strategy, with a removal fix', () => {
    const s = withStrategy('FARGATE_SPOT');
    s.launchType = 'FARGATE';
    const f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /both launchType and capacityProviderStrategy/);
    assert.strictEqual(f[0].data?.field, 'launchType');
    assert.strictEqual(f[0].data?.removable, true);
    const text = JSON.stringify(s, null, 2);
    assert.strictEqual(f[0].offset, text.indexOf('"launchType"'));
  });

  it('treats an empty launchType (ecspresso), null, an empty strategy and placeholders as not set', () => {
    for (const lt of ['', '  ', null, '{{ must_env `LAUNCH_TYPE` }}', '${LAUNCH_TYPE}']) {
      const s = withStrategy('FARGATE');
      s.launchType = lt;
      assert.deepStrictEqual(ecsFindingsOf(ID, s), [], String(lt));
    }
    const s = validService();
    s.capacityProviderStrategy = [];
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });

  it('rejects unknown launch types, suggesting the right spelling', () => {
    const s = validService();
    s.launchType = 'fargate';
    let f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /case-sensitive/);
    assert.match(f[0].message, /Did you mean "FARGATE"\?/);
    assert.strictEqual(f[0].data?.expected, 'FARGATE');
    s.launchType = 'FARGTE';
    assert.strictEqual(ecsFindingsOf(ID, s)[0].data?.expected, 'FARGATE');
    s.launchType = 'SERVERLESS';
    f = ecsFindingsOf(ID, s);
    assert.strictEqual(f.length, 1);
    assert.doesNotMatch(f[0].message, /Did you mean/);
    assert.deepStrictEqual(f[0].data?.validValues, ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES']);
    s.launchType = 'MANAGED_INSTANCES';
    s.capacityProviderStrategy = [{ capacityProvider: 'FARGATE', weight: 1 }];
    assert.match(ecsFindingsOf(ID, s)[0].message, /both launchType/);
    delete s.capacityProviderStrategy;
    s.launchType = 3;
    assert.match(ecsFindingsOf(ID, s)[0].message, /must be a string/);
  });

  it('reports a strategy mixing Fargate and Auto Scaling group providers', () => {
    const f = ecsFindingsOf(ID, withStrategy('FARGATE', 'FARGATE_SPOT', 'my-asg-provider'));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /mixes Fargate \(FARGATE, FARGATE_SPOT\) with "my-asg-provider"/);
    assert.deepStrictEqual(f[0].data?.otherProviders, ['my-asg-provider']);
    const text = JSON.stringify(withStrategy('FARGATE', 'FARGATE_SPOT', 'my-asg-provider'), null, 2);
    assert.strictEqual(f[0].offset, text.indexOf('"capacityProviderStrategy"'));
  });

  it('ignores templated provider names and non-object entries', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, withStrategy('FARGATE', '${ASG_PROVIDER}')), []);
    const s = withStrategy('FARGATE');
    s.capacityProviderStrategy.push('oops', null, { weight: 1 });
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });

  it('reports a Fargate provider written in the wrong case', () => {
    const f = ecsFindingsOf(ID, withStrategy('fargate_spot'));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.expected, 'FARGATE_SPOT');
    assert.match(f[0].message, /case-sensitive/);
  });
});
