import * as assert from 'assert';
import { ec2Task as ec2TaskOf, findingsOf, validTask } from '../../helpers/docs';

/** An EC2 task without task-level cpu/memory (its container reserves memory instead). */
const ec2Task = () => ec2TaskOf({ taskSize: false });

const ID = 'fargate/container-memory';

describe('fargate/container-memory', () => {
  it('accepts the valid task and containers that fit', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    const t = validTask();
    t.containerDefinitions[0].memory = 512;
    t.containerDefinitions[0].memoryReservation = 512; // equal values are accepted by ECS
    assert.deepStrictEqual(findingsOf(ID, t), []);
    assert.deepStrictEqual(findingsOf(ID, ec2Task()), []);
  });

  it('reports a container memory above the Fargate task memory, on the container value', () => {
    const t = validTask();
    t.containerDefinitions[0].memory = 1024;
    const text = JSON.stringify(t, null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '1024');
    assert.deepStrictEqual([f[0].data?.containerMemory, f[0].data?.taskMemory], [1024, 512]);
    assert.match(f[0].message, /larger than the whole task's memory \(512 MiB\)/);
  });

  it('does not compare with task memory on EC2-only tasks or with placeholders', () => {
    const t = ec2Task();
    t.memory = '512';
    t.containerDefinitions[0].memory = 1024;
    assert.deepStrictEqual(findingsOf(ID, t), []);
    const u = validTask();
    u.memory = '${MEMORY}';
    u.containerDefinitions[0].memory = 99999;
    assert.deepStrictEqual(findingsOf(ID, u), []);
    u.memory = '512';
    u.containerDefinitions[0].memory = '<MEM>';
    assert.deepStrictEqual(findingsOf(ID, u), []);
  });

  it('reports a memoryReservation above memory, on any launch type', () => {
    for (const t of [validTask(), ec2Task()]) {
      t.containerDefinitions[0].memory = 256;
      t.containerDefinitions[0].memoryReservation = 384;
      const text = JSON.stringify(t, null, 2);
      const f = findingsOf(ID, text);
      assert.strictEqual(f.length, 1);
      assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '384');
      assert.match(f[0].message, /memoryReservation .* is above its memory limit/);
    }
  });

  it('reports an EC2 container with neither memory nor memoryReservation when the task has no memory', () => {
    const t = ec2Task();
    delete t.containerDefinitions[0].memoryReservation;
    t.containerDefinitions.push({ name: 'log-router', image: 'fluent/fluent-bit:3', memory: 0 });
    const text = JSON.stringify(t, null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 2);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"web"');
    assert.match(f[0].message, /^Container 'web' sets neither memory nor memoryReservation/);
    assert.deepStrictEqual(f[1].data?.containerIndex, 1);
  });

  it('counts a placeholder as set and is silent when the task has memory', () => {
    const t = ec2Task();
    t.containerDefinitions[0].memoryReservation = '${RESERVATION}';
    assert.deepStrictEqual(findingsOf(ID, t), []);
    delete t.containerDefinitions[0].memoryReservation;
    t.memory = '1024';
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
