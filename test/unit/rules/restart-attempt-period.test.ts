import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { covered, lineOf, lineWith } from '../../helpers/lines';

const ID = 'fargate/restart-attempt-period';

function withPolicy(policy: unknown): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].restartPolicy = policy;
  return t;
}

describe('fargate/restart-attempt-period', () => {
  it('accepts 60 to 1800 seconds and a policy without a period', () => {
    for (const p of [60, 300, 1800]) assert.deepStrictEqual(findingsOf(ID, withPolicy({ enabled: true, restartAttemptPeriod: p })), [], String(p));
    assert.deepStrictEqual(findingsOf(ID, withPolicy({ enabled: true })), []);
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('reports a period outside the range on its value, with the nearest bound', () => {
    const text = JSON.stringify(withPolicy({ enabled: true, restartAttemptPeriod: 30 }), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.strictEqual(covered(text, f[0]), '30');
    assert.strictEqual(lineOf(text, f[0].offset), lineWith(text, '"restartAttemptPeriod"'));
    assert.match(f[0].message, /container 'web' is 30 seconds; ECS accepts 60 to 1800/);
    assert.strictEqual(f[0].data?.expected, 60);
    const high = findingsOf(ID, withPolicy({ enabled: true, restartAttemptPeriod: 3600 }));
    assert.strictEqual(high.length, 1);
    assert.strictEqual(high[0].data?.expected, 1800);
    assert.strictEqual(findingsOf(ID, withPolicy({ enabled: false, restartAttemptPeriod: '10' })).length, 1);
  });

  it('stays silent on placeholders and wrong types', () => {
    assert.deepStrictEqual(findingsOf(ID, withPolicy({ enabled: true, restartAttemptPeriod: '${PERIOD}' })), []);
    assert.deepStrictEqual(findingsOf(ID, withPolicy({ enabled: true, restartAttemptPeriod: true })), []);
    assert.deepStrictEqual(findingsOf(ID, withPolicy('${POLICY}')), []);
  });
});
