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

  it('reports each awsfirelens driver as an error when no router exists', () => {
    const text = JSON.stringify(firelensApp(), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.match(f[0].message, /ECS rejects the task definition/);
    const line = text.split('\n').findIndex((l) => l.includes('"logDriver": "awsfirelens"'));
    assert.strictEqual(text.slice(0, f[0].offset).split('\n').length - 1, line);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"awsfirelens"');
    assert.strictEqual(f[0].data?.suggestion, 'awslogs');
  });

  it('counts an empty firelensConfiguration as no router', () => {
    const f = findingsOf(ID, firelensApp((x) => {
      x.containerDefinitions[0].firelensConfiguration = {};
    }));
    assert.strictEqual(f.length, 1);
  });

  it('applies to EC2 task definitions too: registration fails on every launch type', () => {
    const ec2 = firelensApp((x) => {
      x.requiresCompatibilities = ['EC2'];
      x.networkMode = 'bridge';
    });
    assert.strictEqual(findingsOf(ID, ec2).length, 1);
    const none = firelensApp((x) => {
      delete x.requiresCompatibilities;
    });
    assert.strictEqual(findingsOf(ID, none).length, 1);
  });

  it('stays silent when the router may hide behind a template', () => {
    assert.deepStrictEqual(findingsOf(ID, firelensApp((x) => {
      x.containerDefinitions.push({ name: 'log_router', image: 'fluent-bit', firelensConfiguration: '${FIRELENS}' });
    })), []);
    assert.deepStrictEqual(findingsOf(ID, firelensApp((x) => {
      x.containerDefinitions.push('${ROUTER_CONTAINER}');
    })), []);
  });
});
