import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';

const ID = 'fargate/same-task-and-execution-role';

describe('rule fargate/same-task-and-execution-role', () => {
  it('is silent for two different roles', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
  });

  it('warns when both fields name the same role', () => {
    const t = validTask();
    t.taskRoleArn = t.executionRoleArn;
    const f = findingsOf(ID, t);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'warning');
    assert.match(f[0].message, /application/);
  });

  it('matches a bare name against the ARN of the same role', () => {
    const t = validTask();
    t.taskRoleArn = 'ecsTaskExecutionRole';
    assert.strictEqual(findingsOf(ID, t).length, 1);
  });

  it('is silent when a role is missing, empty or a placeholder', () => {
    const a = validTask();
    delete a.taskRoleArn;
    assert.deepStrictEqual(findingsOf(ID, a), []);
    const b = validTask();
    b.taskRoleArn = b.executionRoleArn = '${ROLE}';
    assert.deepStrictEqual(findingsOf(ID, b), []);
    const c = validTask();
    c.taskRoleArn = '';
    assert.deepStrictEqual(findingsOf(ID, c), []);
  });
});
