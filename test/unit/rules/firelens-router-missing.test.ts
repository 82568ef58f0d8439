import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/firelens-router-missing';

function firelensApp(mutate?: (t: Record<string, any>) => void): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].logConfiguration = { logDriver: 'awsfirelens', options: { Name: 'stdout' } };
  mutate?.(t);
  return t;
}

describe('fargate/firelens-router-missing', () => {
  it('accepts awsfirelens with a router container', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    const t = firelensApp((x) => {
      x.containerDefinitions.push({ name: 'log_router', image: 'fluent-bit', essential: true, firelensConfiguration: { type: 'fluentbit' } });
    });
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('warns on each awsfirelens driver when no router exists', () => {
    const text = JSON.stringify(firelensApp(), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'warning');
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"awsfirelens"');
    assert.strictEqual(f[0].data?.suggestion, 'awslogs');
  });

  it('counts an empty firelensConfiguration as no router', () => {
    const f = findingsOf(ID, firelensApp((x) => {
      x.containerDefinitions[0].firelensConfiguration = {};
    }));
    assert.strictEqual(f.length, 1);
  });

  it('stays silent for EC2-only task definitions', () => {
    assert.deepStrictEqual(findingsOf(ID, firelensApp((x) => {
      x.requiresCompatibilities = ['EC2'];
    })), []);
  });
});
