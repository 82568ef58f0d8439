import * as assert from 'assert';
import { findingsOf, validTask } from '../../helpers/docs';
import { parseRoleRef } from '../../../server/src/service/rules/role-arn';

const ID = 'fargate/role-arn';

function withRoles(exec: unknown, task?: unknown): Record<string, any> {
  const t = validTask();
  t.executionRoleArn = exec;
  if (task !== undefined) t.taskRoleArn = task;
  return t;
}

describe('rule fargate/role-arn', () => {
  it('accepts role ARNs in every partition, with paths', () => {
    assert.deepStrictEqual(findingsOf(ID, validTask()), []);
    assert.deepStrictEqual(findingsOf(ID, withRoles('arn:aws-cn:iam::123456789012:role/service-role/exec', 'arn:aws-us-gov:iam::123456789012:role/app')), []);
  });

  it('accepts bare role names and placeholders', () => {
    assert.deepStrictEqual(findingsOf(ID, withRoles('ecsTaskExecutionRole', 'my-app-role')), []);
    assert.deepStrictEqual(findingsOf(ID, withRoles('arn:aws:iam::${ACCOUNT_ID}:role/exec', 'arn:aws:iam::YOUR_ACCOUNT_ID:role/app')), []);
    assert.deepStrictEqual(findingsOf(ID, withRoles('<EXEC_ROLE>', '{{ .Env.TASK_ROLE }}')), []);
  });

  it('names the kind of a non-role IAM ARN', () => {
    const f = findingsOf(ID, withRoles('arn:aws:iam::123456789012:user/deployer', 'arn:aws:iam::123456789012:instance-profile/app'));
    assert.strictEqual(f.length, 2);
    assert.match(f[0].message, /IAM user/);
    assert.match(f[1].message, /instance profile/);
    assert.strictEqual(f[0].data?.field, 'executionRoleArn');
  });

  it('flags STS session ARNs, wrong services, bad accounts and regions', () => {
    const sts = parseRoleRef('arn:aws:sts::123456789012:assumed-role/app/session');
    assert.ok(sts.kind === 'invalid' && /STS/.test(sts.problem));
    for (const bad of ['arn:aws:s3:::bucket', 'arn:aws:iam::12345:role/x', 'arn:aws:iam:us-east-1:123456789012:role/x', 'arn:aws:iam::123456789012:role/', 'arn:aws:iam::123456789012:policy/p', 'arn:azure:iam::123456789012:role/x', 'my role']) {
      assert.strictEqual(parseRoleRef(bad).kind, 'invalid', bad);
    }
    assert.strictEqual(findingsOf(ID, withRoles('arn:aws:iam::12345678901:role/exec')).length, 1);
  });

  it('leaves empty and non-string values to other rules', () => {
    assert.deepStrictEqual(findingsOf(ID, withRoles('', 42)), []);
  });
});
