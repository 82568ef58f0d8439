import * as assert from 'assert';
import { findings, findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/requires-compatibilities';

describe('rule fargate/requires-compatibilities', () => {
  it('is silent when FARGATE is listed', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('reports a Fargate-shaped task without requiresCompatibilities', () => {
    const t = validTask();
    delete t.requiresCompatibilities;
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'info');
    assert.strictEqual(f[0].data?.add, 'FARGATE');
  });

  it('reports an empty requiresCompatibilities on its key', () => {
    const t = validTask();
    t.requiresCompatibilities = [];
    const text = JSON.stringify(t, null, 2);
    const f = findingsOf(ID, text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].offset, f[0].offset + f[0].length), '"requiresCompatibilities"');
  });

  it('stays silent for EC2 tasks, bridge tasks and templated compatibilities', () => {
    const ec2 = validTask();
    ec2.requiresCompatibilities = ['EC2'];
    assert.deepStrictEqual(findingsOf(ID, ec2), []);
    const bridge = validTask();
    delete bridge.requiresCompatibilities;
    bridge.networkMode = 'bridge';
    assert.deepStrictEqual(findingsOf(ID, bridge), []);
    const templated = validTask();
    templated.requiresCompatibilities = ['${LAUNCH_TYPE}'];
    assert.deepStrictEqual(findingsOf(ID, templated), []);
  });

  it('is the only finding about Fargate for a Fargate-shaped task that does not list FARGATE (no Fargate errors)', () => {
    const t = validTask();
    delete t.requiresCompatibilities;
    t.ipcMode = 'host';
    t.cpu = '300';
    t.containerDefinitions[0].privileged = true;
    t.containerDefinitions[0].logConfiguration = { logDriver: 'json-file' };
    const all = findings(t);
    assert.deepStrictEqual(all.filter((f) => f.ruleId === ID).length, 1);
    assert.deepStrictEqual(all.filter((f) => f.severity === 'error').map((f) => f.ruleId), []);
    // With FARGATE listed, the same task gets the Fargate errors.
    t.requiresCompatibilities = ['FARGATE'];
    const ids = findings(t).filter((f) => f.severity === 'error').map((f) => f.ruleId);
    for (const id of ['fargate/unsupported-task-field', 'fargate/unsupported-container-field', 'fargate/log-driver', 'fargate/task-size']) assert.ok(ids.includes(id), id);
  });
});
