import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/log-driver';

function driver(logDriver: unknown, mutate?: (t: Record<string, any>) => void): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].logConfiguration = { logDriver, options: {} };
  mutate?.(t);
  return t;
}

describe('fargate/log-driver', () => {
  it('accepts awslogs, splunk and awsfirelens, and containers without logging', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, driver('splunk')), []);
    assert.deepStrictEqual(findingsOf(ID, driver('awsfirelens')), []);
    const t = validTask();
    delete t.containerDefinitions[0].logConfiguration;
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('reports unsupported drivers on the value, listing the valid ones', () => {
    const text = JSON.stringify(driver('json-file'), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"json-file"');
    assert.match(f[0].message, /awslogs, splunk and awsfirelens/);
    assert.deepStrictEqual(f[0].data?.validValues, ['awslogs', 'splunk', 'awsfirelens']);
    assert.strictEqual(f[0].data?.suggestion, 'awslogs');
  });

  it('suggests FireLens for fluentd/gelf/syslog and the right case for AwsLogs', () => {
    assert.strictEqual(findingsOf(ID, driver('fluentd'))[0].data?.suggestion, 'awsfirelens');
    const f = findingsOf(ID, driver('AwsLogs'));
    assert.strictEqual(f[0].data?.suggestion, 'awslogs');
    assert.match(f[0].message, /case-sensitive/);
  });

  it('reports FireLens on Windows', () => {
    const f = findingsOf(ID, driver('awsfirelens', (t) => {
      t.runtimePlatform = { operatingSystemFamily: 'WINDOWS_SERVER_2019_CORE', cpuArchitecture: 'X86_64' };
    }));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /Windows/);
  });

  it('treats placeholders and non-strings as unknown', () => {
    assert.deepStrictEqual(findingsOf(ID, driver('${LOG_DRIVER}')), []);
    assert.deepStrictEqual(findingsOf(ID, driver(3)), []);
  });

  it('stays silent for EC2-only task definitions', () => {
    assert.deepStrictEqual(findingsOf(ID, driver('json-file', (t) => {
      t.requiresCompatibilities = ['EC2'];
      t.networkMode = 'bridge';
    })), []);
  });
});
