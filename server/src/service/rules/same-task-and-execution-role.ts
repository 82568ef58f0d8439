import { defineRule, DOCS } from './rule';
import { parseRoleRef } from './role-arn';

/** The same role for the agent's setup work and for the application (Checkov CKV_AWS_249). */
export default defineRule(
  {
    id: 'fargate/same-task-and-execution-role',
    severity: 'warning',
    title: 'Task role and execution role are the same',
    description:
      'Two different parties use these roles. The task execution role is used by ECS/Fargate before and around your ' +
      'container: pull the image, write logs, fetch secrets. The task role is what your application code gets as its ' +
      'AWS credentials. Using one role for both hands your application the permissions to read every secret and pull ' +
      'every image the platform can, and gives the platform whatever your application needs. Keep two roles, each with ' +
      'only its own permissions (least privilege; Checkov CKV_AWS_249).',
    source: DOCS.taskRole,
    category: 'iam',
    target: 'taskDefinition',
  },
  (ctx) => {
    const body = ctx.task?.obj;
    if (!body) return;
    const exec = body.str('executionRoleArn');
    const taskNode = body.get('taskRoleArn');
    if (exec === undefined || !taskNode || taskNode.type !== 'string') return;
    const a = parseRoleRef(exec);
    const b = parseRoleRef(taskNode.value as string);
    if ((a.kind !== 'role' && a.kind !== 'name') || (b.kind !== 'role' && b.kind !== 'name')) return;
    // Compare full ARNs exactly; a bare name matches an ARN with the same role name.
    const same = a.kind === 'role' && b.kind === 'role' ? exec.trim() === (taskNode.value as string).trim() : a.name === b.name;
    if (!same) return;
    ctx.report(
      taskNode,
      `taskRoleArn is the same role as executionRoleArn. The execution role is for ECS itself (image pulls, logs, secrets); ` +
        `the task role is the one your application code uses. Give the application its own role with only the permissions it needs.`,
      { role: b.name },
    );
  },
);
