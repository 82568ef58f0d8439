import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/container-cpu-sum';

function sidecar(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'sidecar', image: 'public.ecr.aws/nginx/nginx:1.27', essential: false, ...extra };
}

describe('fargate/container-cpu-sum', () => {
  it('accepts container cpu that fits the task cpu (equal sum included)', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    const t = validTask();
    t.containerDefinitions[0].cpu = 128;
    t.containerDefinitions.push(sidecar({ cpu: 128 }));
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('reports a sum above the task cpu once, on the task cpu, with the numbers in data', () => {
    const t = validTask();
    t.containerDefinitions[0].cpu = 200;
    t.containerDefinitions.push(sidecar({ cpu: 100 }));
    const text = JSON.stringify(t, null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"256"');
    assert.strictEqual(f[0].data?.containerCpuSum, 300);
    assert.strictEqual(f[0].data?.taskCpu, 256);
    assert.match(f[0].message, /300 CPU units.*container 'web': 200, container 'sidecar': 100/);
  });

  it('understands vCPU strings at task level and numeric strings in containers', () => {
    const t = validTask();
    t.cpu = '.5 vCPU';
    t.memory = '1 GB';
    t.containerDefinitions[0].cpu = '1024';
    assert.strictEqual(findingsOf(ID, t).length, 1);
    t.containerDefinitions[0].cpu = '512';
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('stays silent with placeholders, wrong types or no task cpu', () => {
    for (const mutate of [
      (t: Record<string, any>) => (t.cpu = '${CPU}'),
      (t: Record<string, any>) => (t.containerDefinitions[0].cpu = '<CPU>'),
      (t: Record<string, any>) => (t.containerDefinitions[0].cpu = { units: 4096 }),
      (t: Record<string, any>) => delete t.cpu,
    ]) {
      const t = validTask();
      t.containerDefinitions[0].cpu = 4096;
      mutate(t);
      assert.deepStrictEqual(findingsOf(ID, t), [], mutate.toString());
    }
  });

  it('does not apply to EC2-only task definitions', () => {
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    t.containerDefinitions[0].cpu = 4096;
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
