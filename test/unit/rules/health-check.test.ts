import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/health-check';

function withCheck(hc: unknown): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].healthCheck = hc;
  return t;
}

describe('fargate/health-check', () => {
  it('accepts CMD and CMD-SHELL commands with timings in range', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, withCheck({ command: ['CMD', '/bin/healthcheck', '--quick'], interval: 5, timeout: 2, retries: 10, startPeriod: 0 })), []);
    assert.deepStrictEqual(findingsOf(ID, withCheck({ command: ['CMD-SHELL', 'exit 0'], interval: 300, timeout: 60, retries: 1, startPeriod: 300 })), []);
  });

  it('reports each timing outside its range, with min/max in data', () => {
    const text = JSON.stringify(withCheck({ command: ['CMD-SHELL', 'exit 0'], interval: 301, timeout: 1, retries: 0, startPeriod: 301 }), null, 2);
    const f = findingsOf(ID, text);
    assert.deepStrictEqual(f.map((x) => x.data?.field), ['interval', 'timeout', 'retries', 'startPeriod']);
    assert.deepStrictEqual(f.map((x) => x.data?.expected), [300, 2, 1, 300]);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '301');
    assert.match(f[0].message, /above the maximum of 300/);
    assert.match(f[1].message, /below the minimum of 2/);
  });

  it('range-checks numeric strings but leaves other types to fargate/value-type', () => {
    assert.strictEqual(findingsOf(ID, withCheck({ command: ['CMD', 'true'], interval: '900' })).length, 1);
    assert.deepStrictEqual(findingsOf(ID, withCheck({ command: ['CMD', 'true'], interval: 'often', retries: true, timeout: '${T}' })), []);
  });

  it('reports a command written as one string, suggesting the array form', () => {
    const f = findingsOf(ID, withCheck({ command: 'curl -f http://localhost/ || exit 1' }));
    assert.strictEqual(f.length, 1);
    assert.deepStrictEqual(f[0].data?.suggestion, ['CMD-SHELL', 'curl -f http://localhost/ || exit 1']);
    const console = findingsOf(ID, withCheck({ command: 'CMD-SHELL, curl -f http://localhost/ || exit 1' }));
    assert.deepStrictEqual(console[0].data?.suggestion, ['CMD-SHELL', 'curl -f http://localhost/ || exit 1']);
  });

  it('reports commands that do not start with CMD or CMD-SHELL', () => {
    const cases: [unknown[], string[]][] = [
      [['curl', '-f', 'http://localhost/'], ['CMD', 'curl', '-f', 'http://localhost/']],
      [['curl -f http://localhost/ || exit 1'], ['CMD-SHELL', 'curl -f http://localhost/ || exit 1']],
      [['cmd-shell', 'exit 0'], ['CMD-SHELL', 'exit 0']],
      [['CMD-SHELL curl -f http://localhost/'], ['CMD-SHELL', 'curl -f http://localhost/']],
    ];
    for (const [command, suggestion] of cases) {
      const f = findingsOf(ID, withCheck({ command }));
      assert.strictEqual(f.length, 1, JSON.stringify(command));
      assert.deepStrictEqual(f[0].data?.suggestion, suggestion);
    }
    const none = findingsOf(ID, withCheck({ command: ['NONE'] }));
    assert.match(none[0].message, /remove the healthCheck object/);
  });

  it('reports empty, missing and bare commands', () => {
    assert.match(findingsOf(ID, withCheck({ command: [] }))[0].message, /is empty/);
    assert.match(findingsOf(ID, withCheck({ interval: 30 }))[0].message, /has no command/);
    assert.match(findingsOf(ID, withCheck({ command: ['CMD-SHELL'] }))[0].message, /gives no command after it/);
  });

  it('stays silent on placeholders and on types fargate/value-type reports', () => {
    assert.deepStrictEqual(findingsOf(ID, withCheck({ command: '${HEALTH_CMD}' })), []);
    assert.deepStrictEqual(findingsOf(ID, withCheck({ command: ['<HEALTH>', 'x'] })), []);
    assert.deepStrictEqual(findingsOf(ID, withCheck({ command: { cmd: 'x' } })), []);
    assert.deepStrictEqual(findingsOf(ID, withCheck({ command: [42] })), []);
    assert.deepStrictEqual(findingsOf(ID, withCheck('yes')), []);
  });

  it('applies to EC2-only task definitions too', () => {
    const t = withCheck({ command: ['CMD', 'true'], retries: 20 });
    t.requiresCompatibilities = ['EC2'];
    assert.strictEqual(findingsOf(ID, t).length, 1);
  });
});
