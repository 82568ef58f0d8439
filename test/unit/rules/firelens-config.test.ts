import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/firelens-config';

function withRouter(appDriver: unknown, mutate?: (t: Record<string, any>) => void): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].logConfiguration = { logDriver: appDriver, options: { Name: 'cloudwatch', region: 'us-east-1', log_group_name: '/ecs/web', log_stream_prefix: 'web' } };
  t.containerDefinitions.push({
    name: 'log_router',
    image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
    essential: true,
    firelensConfiguration: { type: 'fluentbit' },
    logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/firelens', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'firelens' } },
  });
  mutate?.(t);
  return t;
}

describe('fargate/firelens-config', () => {
  it('accepts a router used by an awsfirelens container', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, withRouter('awsfirelens')), []);
  });

  it('reports a router that no container uses, on its firelensConfiguration key', () => {
    const text = JSON.stringify(withRouter('awslogs'), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"firelensConfiguration"');
    assert.match(f[0].message, /^Container 'log_router'/);
    assert.strictEqual(f[0].data?.expectedDriver, 'awsfirelens');
  });

  it('treats a templated driver as unknown and a null router as absent', () => {
    assert.deepStrictEqual(findingsOf(ID, withRouter('${DRIVER}')), []);
    assert.deepStrictEqual(findingsOf(ID, withRouter('awslogs', (t) => {
      t.containerDefinitions[1].firelensConfiguration = null;
    })), []);
  });

  it('stays silent for EC2-only task definitions', () => {
    assert.deepStrictEqual(findingsOf(ID, withRouter('awslogs', (t) => {
      t.requiresCompatibilities = ['EC2'];
    })), []);
  });
});
