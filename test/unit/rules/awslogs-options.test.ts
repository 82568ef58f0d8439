import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/awslogs-options';

function options(opts: unknown, mutate?: (t: Record<string, any>) => void): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].logConfiguration = opts === undefined ? { logDriver: 'awslogs' } : { logDriver: 'awslogs', options: opts };
  mutate?.(t);
  return t;
}

describe('fargate/awslogs-options', () => {
  it('accepts complete options (placeholders count as present)', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    const t = options({ 'awslogs-group': '${LOG_GROUP}', 'awslogs-region': '<REGION>', 'awslogs-stream-prefix': '{{ .Env.PREFIX }}' });
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('reports a missing stream prefix once, on the options key', () => {
    const text = JSON.stringify(options({ 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1' }), null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"options"');
    assert.deepStrictEqual(f[0].data?.missing, ['awslogs-stream-prefix']);
    assert.match(f[0].message, /stream prefix/);
  });

  it('lists every missing key when options are absent, empty, or blank', () => {
    const all = ['awslogs-group', 'awslogs-region', 'awslogs-stream-prefix'];
    for (const o of [undefined, {}, null, { 'awslogs-group': '', 'mode': 'non-blocking' }]) {
      const f = findingsOf(ID, options(o));
      assert.strictEqual(f.length, 1, JSON.stringify(o));
      assert.deepStrictEqual(f[0].data?.missing, all);
    }
    const f = findingsOf(ID, options(undefined));
    assert.match(f[0].message, /has no options/);
  });

  it('reports one finding per container', () => {
    const t = options({ 'awslogs-group': '/ecs/web' });
    t.containerDefinitions.push({ name: 'sidecar', image: 'busybox', essential: false, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-region': 'eu-west-1' } } });
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 2);
    assert.deepStrictEqual(f[1].data?.missing, ['awslogs-group', 'awslogs-stream-prefix']);
    assert.match(f[1].message, /^Container 'sidecar'/);
  });

  it('ignores other drivers and templated options', () => {
    const t = validTask();
    t.containerDefinitions[0].logConfiguration = { logDriver: 'splunk', options: {} };
    assert.deepStrictEqual(findingsOf(ID, t), []);
    assert.deepStrictEqual(findingsOf(ID, options('${LOG_OPTIONS}')), []);
  });

  it('stays silent for EC2-only task definitions', () => {
    assert.deepStrictEqual(findingsOf(ID, options({ 'awslogs-group': 'g', 'awslogs-region': 'us-east-1' }, (t) => {
      t.requiresCompatibilities = ['EC2'];
    })), []);
  });
});
