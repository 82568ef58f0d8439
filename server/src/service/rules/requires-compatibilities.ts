import { defineRule, DOCS, keyPlace } from './rule';

/** A Fargate-shaped task that does not declare FARGATE compatibility. */
export default defineRule(
  {
    id: 'fargate/requires-compatibilities',
    severity: 'info',
    title: 'FARGATE missing from requiresCompatibilities',
    description:
      'The task uses `awsvpc` networking and task-level `cpu`/`memory`, which is how Fargate tasks look, but ' +
      '`requiresCompatibilities` does not list `FARGATE`. ECS only checks a task definition against the Fargate ' +
      'requirements at registration when FARGATE is listed; otherwise the problems show up later, when a service or ' +
      '`run-task` with the Fargate launch type refuses the revision ("Task definition does not support launch_type FARGATE"). ' +
      'Add `"requiresCompatibilities": ["FARGATE"]`. Until then this extension does not apply its Fargate-only rules ' +
      'either, since such a task may be meant for EC2 with awsvpc networking.',
    source: DOCS.fargateTasks,
    category: 'schema',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task || task.fargate !== 'implied') return;
    const rc = task.requiresCompatibilities;
    // 'implied' also covers a templated requiresCompatibilities: its value is unknown, so stay silent.
    if (rc && rc.length > 0) return;
    const obj = task.obj;
    const rcProp = obj.prop('requiresCompatibilities');
    const anchor = rcProp ?? obj.prop('family') ?? obj.prop('networkMode');
    ctx.report(
      keyPlace(anchor, obj.node),
      `This task looks like a Fargate task (awsvpc with task-level cpu/memory) but 'requiresCompatibilities' does not list ` +
        `"FARGATE", so ECS registers it for EC2 and does not check it against Fargate's rules (nor does this extension). ` +
        `Add "FARGATE" to requiresCompatibilities to have it checked, and refused early if Fargate cannot run it.`,
      { add: 'FARGATE' },
    );
  },
);
