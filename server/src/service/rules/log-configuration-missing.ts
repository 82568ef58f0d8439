import { containerLabel, defineRule, DOCS, keyPlace } from './rule';

/** Containers without a log configuration (Security Hub ECS.9). */
export default defineRule(
  {
    id: 'fargate/log-configuration-missing',
    severity: 'warning',
    title: 'Container without log configuration',
    description:
      'A container has no `logConfiguration`. On Fargate there is no host to read container output from afterwards: ' +
      'without a log driver, whatever the container prints is lost, including the error that made the task stop. ' +
      'Security Hub control ECS.9 requires a log configuration on every container. Add one, for example the `awslogs` ' +
      'driver with `awslogs-group`, `awslogs-region` and `awslogs-stream-prefix` (the task execution role needs ' +
      'permission to write the logs).',
    source: DOCS.awslogs,
    category: 'security',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    for (const c of task.containers) {
      const lc = c.obj.get('logConfiguration');
      if (lc && lc.type !== 'null') continue;
      const anchor = c.obj.prop('logConfiguration') ?? c.obj.prop('name');
      ctx.report(
        keyPlace(anchor, c.obj.node),
        `${containerLabel(c).replace(/^c/, 'C')} has no logConfiguration, so its output is not kept anywhere (Security Hub ECS.9). ` +
          `Add a log driver such as awslogs.`,
        { container: c.name, containerIndex: c.index },
      );
    }
  },
);
