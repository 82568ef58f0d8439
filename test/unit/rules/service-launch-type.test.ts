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

  it('ignores templated provider names and values, and null entries', () => {
    assert.deepStrictEqual(ecsFindingsOf(ID, withStrategy('FARGATE', '${ASG_PROVIDER}')), []);
    const s = withStrategy('FARGATE');
    s.capacityProviderStrategy.push(null, { capacityProvider: 'FARGATE_SPOT', weight: '${SPOT_WEIGHT}', base: '{{ .Env.BASE }}' });
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
    const t = validService();
    delete t.launchType;
    t.capacityProviderStrategy = '${STRATEGY}';
    assert.deepStrictEqual(ecsFindingsOf(ID, t), []);
  });

  it('reports entries AWS cannot read: not an object, no provider name, a provider that is not a string', () => {
    const s = withStrategy('FARGATE');
    s.capacityProviderStrategy.push('oops', { weight: 1 }, { capacityProvider: 7 });
    const messages = ecsFindingsOf(ID, s).map((x) => x.message);
    assert.deepStrictEqual(messages, [
      'Each entry of "capacityProviderStrategy" must be an object with "capacityProvider" (and optionally "weight" and "base"), not a string.',
      'This entry of "capacityProviderStrategy" has no "capacityProvider": name the capacity provider (FARGATE or FARGATE_SPOT for Fargate tasks).',
      '"capacityProvider" must be the name of a capacity provider, not a number.',
    ]);
    const list = validService();
    delete list.launchType;
    list.capacityProviderStrategy = { capacityProvider: 'FARGATE' };
    assert.match(ecsFindingsOf(ID, list)[0].message, /must be a list of capacity providers .* not an object/);
  });

  it('checks weights and bases: ranges, one base at most, not every weight 0', () => {
    const s = validService();
    delete s.launchType;
    s.capacityProviderStrategy = [
      { capacityProvider: 'FARGATE', weight: 1001, base: 2 },
      { capacityProvider: 'FARGATE_SPOT', weight: -1, base: 1 },
      { capacityProvider: 'FARGATE_SPOT', weight: 1.5, base: 100001 },
    ];
    const f = ecsFindingsOf(ID, s);
    // In document order; the out-of-range base of the third entry is not counted as a second base.
    assert.deepStrictEqual(f.map((x) => x.message), [
      '"weight" must be a whole number from 0 to 1,000, not 1001.',
      '"weight" must be a whole number from 0 to 1,000, not -1.',
      'Only one capacity provider in a strategy may have a "base" above 0, and "FARGATE" already has one; AWS rejects the strategy. Keep the base on the provider that must always run tasks (usually FARGATE) and set this one to 0.',
      '"weight" must be a whole number from 0 to 1,000, not 1.5.',
      '"base" must be a whole number from 0 to 100,000, not 100001.',
    ]);
    const text = JSON.stringify(s, null, 2);
    const second = f.find((x) => /Only one capacity provider/.test(x.message));
    assert.strictEqual(text.slice(second?.offset, (second?.offset ?? 0) + (second?.length ?? 0)), '1', 'at the second base');

    s.capacityProviderStrategy = [{ capacityProvider: 'FARGATE' }, { capacityProvider: 'FARGATE_SPOT', weight: 0, base: 1 }];
    const zero = ecsFindingsOf(ID, s);
    assert.strictEqual(zero.length, 1);
    assert.match(zero[0].message, /^Every capacity provider in "capacityProviderStrategy" has weight 0 \(the default when it is left out\)/);
    assert.strictEqual(zero[0].offset, JSON.stringify(s, null, 2).indexOf('"capacityProviderStrategy"'));
    // Null entries are not providers: one real provider alone may leave its weight out.
    s.capacityProviderStrategy = [{ capacityProvider: 'FARGATE' }, null];
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
    // The AWS CLI wants numbers in JSON, whole ones.
    s.capacityProviderStrategy = [{ capacityProvider: 'FARGATE', weight: '2', base: 1.0 }];
    assert.deepStrictEqual(ecsFindingsOf(ID, s).map((x) => x.message), ['"weight" must be a whole number from 0 to 1,000, not "2".']);
    // One provider alone may leave its weight out; so may a strategy where another provider has weight.
    s.capacityProviderStrategy = [{ capacityProvider: 'FARGATE', base: 1 }];
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
    s.capacityProviderStrategy = [{ capacityProvider: 'FARGATE', base: 1 }, { capacityProvider: 'FARGATE_SPOT', weight: 4 }];
    assert.deepStrictEqual(ecsFindingsOf(ID, s), []);
  });

  it('allows at most 20 providers', () => {
    const s = validService();
    delete s.launchType;
    s.capacityProviderStrategy = Array.from({ length: 21 }, (_, i) => ({ capacityProvider: `asg-${i}`, weight: 1 }));
    const f = ecsFindingsOf(ID, s);
    assert.deepStrictEqual(f.map((x) => [x.message, x.data?.max]), [['"capacityProviderStrategy" lists 21 capacity providers; a strategy takes at most 20.', 20]]);
  });

  it('reports a Fargate provider written in the wrong case', () => {
    const f = ecsFindingsOf(ID, withStrategy('fargate_spot'));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.expected, 'FARGATE_SPOT');
    assert.match(f[0].message, /case-sensitive/);
  });
});
