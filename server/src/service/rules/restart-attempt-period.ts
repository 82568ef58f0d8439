import { containerLabel, defineRule, DOCS } from './rule';
import { readNumber } from './support/numbers';

/** ContainerRestartPolicy.restartAttemptPeriod bounds, in seconds (ECS API model; default 300). */
export const RESTART_PERIOD_MIN = 60;
export const RESTART_PERIOD_MAX = 1800;

/** `restartPolicy.restartAttemptPeriod` outside 60–1800 seconds. */
export default defineRule(
  {
    id: 'fargate/restart-attempt-period',
    severity: 'error',
    title: 'restartPolicy.restartAttemptPeriod outside 60 to 1800 seconds',
    description:
      'With a container `restartPolicy`, ECS restarts an exited container in place, but only once it has run for ' +
      '`restartAttemptPeriod` seconds (default 300), so that a container that crashes at start does not loop. ECS accepts ' +
      `periods from ${RESTART_PERIOD_MIN} to ${RESTART_PERIOD_MAX} seconds and rejects the task definition otherwise ` +
      '("The \'restartAttemptPeriod\' setting for container ... must be between 60 and 1800"). Use a value in that range, or ' +
      'leave the field out for the 300-second default.',
    source: DOCS.containerDefinitionApi,
    category: 'health',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    for (const c of task.containers) {
      const node = c.obj.obj('restartPolicy')?.get('restartAttemptPeriod');
      const r = readNumber(node);
      if (r.kind !== 'number' || !node) continue; // absent, templated or a wrong type (fargate/value-type)
      if (r.value >= RESTART_PERIOD_MIN && r.value <= RESTART_PERIOD_MAX) continue;
      const expected = r.value < RESTART_PERIOD_MIN ? RESTART_PERIOD_MIN : RESTART_PERIOD_MAX;
      ctx.report(
        node,
        `restartPolicy.restartAttemptPeriod of ${containerLabel(c)} is ${r.value} seconds; ECS accepts ${RESTART_PERIOD_MIN} to ${RESTART_PERIOD_MAX} ` +
          `and rejects the task definition. Use ${expected} (the container must run that long before a restart is attempted), or remove it for the 300-second default.`,
        { min: RESTART_PERIOD_MIN, max: RESTART_PERIOD_MAX, expected },
      );
    }
  },
);
