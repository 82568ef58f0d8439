import { JsonObject } from '../json';
import { containerLabel, defineRule, DOCS } from './rule';
import { readNumber, truncate } from './support/numbers';

/**
 * A ulimit whose soft limit is above its hard limit. Observed rejection (cdk-preflight pf-ecs-ulimit-soft-over-hard, a
 * real RegisterTaskDefinition call): "Soft limit exceeds hard limit for ulimit nofile".
 */
export default defineRule(
  {
    id: 'fargate/ulimit-soft-limit',
    severity: 'error',
    title: 'ulimit softLimit above its hardLimit',
    description:
      'Each entry of `ulimits` sets a resource limit for the container\'s processes: `softLimit` is the limit in force, and ' +
      '`hardLimit` the ceiling a process may raise it to. A soft limit above the hard limit cannot exist: ECS rejects the task ' +
      'definition at registration ("Soft limit exceeds hard limit for ulimit nofile"), and Docker would refuse to create such ' +
      'a container anyway. Lower `softLimit` to at most `hardLimit`, or raise `hardLimit`. ' +
      'A limit of `-1` means unlimited and is not compared.',
    source: DOCS.containerDefinitionApi,
    category: 'schema',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    for (const c of task.containers) {
      const list = c.obj.arr('ulimits');
      if (!list) continue;
      for (const item of list) {
        if (item.type !== 'object') continue;
        const u = JsonObject.of(item);
        const softNode = u.get('softLimit');
        const soft = readNumber(softNode);
        const hard = readNumber(u.get('hardLimit'));
        if (soft.kind !== 'number' || hard.kind !== 'number' || !softNode) continue; // unknown or a wrong type (fargate/value-type)
        // -1 is "unlimited" (Docker's RLIM_INFINITY, memlock=-1:-1): not a number to compare.
        if (soft.value < 0 || hard.value < 0 || soft.value <= hard.value) continue;
        const name = u.str('name');
        ctx.report(
          softNode,
          `The ${name ? `"${truncate(name)}" ` : ''}ulimit of ${containerLabel(c)} has softLimit ${soft.value} above hardLimit ${hard.value}. ` +
            'The soft limit is the one in force and can never exceed the hard limit, so ECS rejects the task definition ("Soft limit exceeds hard limit"). ' +
            `Set softLimit to ${hard.value} or less, or raise hardLimit.`,
          { expected: hard.value, hardLimit: hard.value },
        );
      }
    }
  },
);
