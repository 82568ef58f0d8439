import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/network-mode';

describe('fargate/network-mode', () => {
  it('accepts awsvpc', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('reports bridge on the value with the expected mode in data', () => {
    const t = validTask();
    t.networkMode = 'bridge';
    const text = JSON.stringify(t, null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"bridge"');
    assert.match(f[0].message, /awsvpc/);
    assert.strictEqual(f[0].data?.expected, 'awsvpc');
  });

  it('reports a missing networkMode when FARGATE is required, at the FARGATE entry', () => {
    const t = validTask();
    delete t.networkMode;
    const text = JSON.stringify(t, null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"FARGATE"');
    assert.strictEqual(f[0].data?.missing, true);
  });

  it('suggests lower case for AWSVPC', () => {
    const t = validTask();
    t.networkMode = 'AWSVPC';
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /case-sensitive/);
  });

  it('reports a non-string value clearly', () => {
    const t = validTask();
    t.networkMode = 42;
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /a number/);
  });

  it('treats placeholders as unknown', () => {
    for (const p of ['$$$NETWORK_MODE$$$', '${NETWORK_MODE}', '{{ .Env.MODE }}', '#{Mode}']) {
      const t = validTask();
      t.networkMode = p;
      assert.deepStrictEqual(findingsOf(ID, t), [], p);
    }
  });

  it('stays silent for EC2-only task definitions', () => {
    const t = validTask();
    t.requiresCompatibilities = ['EC2'];
    t.networkMode = 'bridge';
    assert.deepStrictEqual(findingsOf(ID, t), []);
    delete t.networkMode;
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });

  it('applies to EC2+FARGATE task definitions', () => {
    const t = validTask();
    t.requiresCompatibilities = ['EC2', 'FARGATE'];
    t.networkMode = 'host';
    assert.strictEqual(findingsOf(ID, t).length, 1);
  });

  it('stays silent when FARGATE is only templated and the mode is bridge', () => {
    const t = validTask();
    t.requiresCompatibilities = ['${LAUNCH_TYPE}'];
    t.networkMode = 'bridge';
    assert.deepStrictEqual(findingsOf(ID, t), []);
  });
});
