import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/essential-container';

describe('fargate/essential-container', () => {
  it('accepts an explicit or defaulted essential container', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    const t = validTask();
    delete t.containerDefinitions[0].essential;
    t.containerDefinitions.push({ name: 'sidecar', image: 'busybox:1.36', essential: false });
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('reports when every container is non-essential, once, on containerDefinitions', () => {
    const t = validTask();
    t.containerDefinitions[0].essential = false;
    t.containerDefinitions.push({ name: 'sidecar', image: 'busybox:1.36', essential: false });
    const text = JSON.stringify(t, null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"containerDefinitions"');
    assert.deepStrictEqual([f[0].data?.containerIndex, f[0].data?.field, f[0].data?.expected], [0, 'essential', true]);
    assert.match(f[0].message, /at least one essential container/);
  });

  it('treats a non-boolean essential as the default (true) and skips templated lists', () => {
    const t = validTask();
    t.containerDefinitions[0].essential = 'false';
    assert.deepStrictEqual(findingsOf(ID, t), []);
    const u = validTask();
    u.containerDefinitions[0].essential = false;
    u.containerDefinitions.push('<MAIN_CONTAINER>');
    assert.deepStrictEqual(findingsOf(ID, u), []);
  });

  it('applies to EC2-only task definitions', () => {
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    t.containerDefinitions[0].essential = false;
    assert.strictEqual(findingsOf(ID, t).length, 1);
  });
});
