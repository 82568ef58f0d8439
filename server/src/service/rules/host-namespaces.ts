import { defineRule, DOCS } from './rule';

/** pidMode host (ECS.3) and networkMode host (ECS.17) on EC2 task definitions. */
export default defineRule(
  {
    id: 'fargate/host-namespaces',
    severity: 'warning',
    title: "Host PID or network namespace",
    description:
      'The task shares a namespace with the EC2 instance it runs on. With `pidMode: "host"` its containers see (and, ' +
      'as root, can signal) every process on the instance, including other tasks (Security Hub ECS.3). With ' +
      '`networkMode: "host"` they bind directly to the instance network, can reach everything the instance can, and ' +
      'two copies of the task cannot use the same port (Security Hub ECS.17). Prefer `pidMode: "task"` (or none) and ' +
      '`awsvpc` networking. This rule covers EC2 task definitions; on Fargate these modes are rejected and reported by ' +
      'the Fargate compatibility rules.',
    source: DOCS.securityHubEcs,
    category: 'security',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task || task.fargate !== 'none') return;
    const pid = task.obj.get('pidMode');
    if (pid && pid.type === 'string' && pid.value === 'host') {
      ctx.report(pid, `pidMode "host" lets the containers see every process on the instance, including other tasks (Security Hub ECS.3). Use "task" or remove pidMode.`, {
        field: 'pidMode',
        suggestion: 'task',
      });
    }
    const net = task.obj.get('networkMode');
    if (net && net.type === 'string' && net.value === 'host') {
      ctx.report(net, `networkMode "host" puts the containers directly on the instance network (Security Hub ECS.17). Prefer "awsvpc", which gives the task its own network interface and security groups.`, {
        field: 'networkMode',
        suggestion: 'awsvpc',
      });
    }
  },
);
