import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/task-size-required';

describe('fargate/task-size-required', () => {
  it('accepts a task with cpu and memory', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('reports missing cpu with a suggestion that fits the memory', () => {
    const t = validTask();
    delete t.cpu;
    t.memory = '4096';
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.field, 'cpu');
    assert.strictEqual(f[0].data?.suggestion, '512');
    assert.match(f[0].message, /"cpu" at the task level/);
  });

  it('reports missing memory with the smallest memory for the cpu', () => {
    const t = validTask();
    delete t.memory;
    t.cpu = '1 vCPU';
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.field, 'memory');
    assert.strictEqual(f[0].data?.suggestion, '2048');
  });

  it('reports both when both are missing (and null counts as missing)', () => {
    const t = validTask();
    delete t.cpu;
    t.memory = null;
    const f = findingsOf(ID, t);
    assert.deepStrictEqual(f.map((x) => x.data?.field).sort(), ['cpu', 'memory']);
  });

  it('treats placeholders as present', () => {
    const t = validTask();
    t.cpu = '${CPU}';
    t.memory = '<MEMORY>';
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('stays silent for EC2-only task definitions', () => {
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    delete t.cpu;
    delete t.memory;
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('stays silent when Fargate is only implied by the shape (no requiresCompatibilities)', () => {
    const t = validTask();
    delete t.requiresCompatibilities;
    delete t.cpu;
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
