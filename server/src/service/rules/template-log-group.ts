import { JsonObject } from '../json';
import { defineRule, DOCS } from './rule';

/**
 * Template-wide: a container logs with awslogs to a literal `awslogs-group` that no `AWS::Logs::LogGroup` of the
 * template creates, and `awslogs-create-group` is not set.
 */
export default defineRule(
  {
    id: 'fargate/template-log-group',
    severity: 'warning',
    title: 'awslogs group not created by the template',
    description:
      'With the awslogs driver, the log group must exist before the task starts unless `awslogs-create-group` is ' +
      '`"true"`. In a CloudFormation template the usual way is an `AWS::Logs::LogGroup` resource that the container ' +
      'refers to with `!Ref` (which also deletes the group with the stack and lets you set its retention). A literal ' +
      'group name that no log group of the template creates works only if the group was created some other way; ' +
      'otherwise the task stops with ResourceInitializationError. Refer to a log group of the template, or set ' +
      '`awslogs-create-group: "true"` (the execution role then also needs `logs:CreateLogGroup`).',
    source: DOCS.awslogs,
    category: 'logging',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    const template = ctx.doc.template;
    const def = ctx.definition;
    if (!task || !template || !def) return;
    // Names of the template's log groups; undefined marks one whose name the template computes (it may be any).
    const names = new Set<string>();
    let computed = false;
    for (const r of template.resources.values()) {
      if (r.type !== 'AWS::Logs::LogGroup') continue;
      const n = r.properties?.get('LogGroupName');
      if (!n) continue; // Generated name: only reachable through Ref.
      if (n.type === 'string') names.add(n.value as string);
      else computed = true;
    }
    if (computed) return;
    for (const c of task.containers) {
      if (c.logDriver !== 'awslogs') continue;
      const options: JsonObject | undefined = c.logConfiguration?.obj('options');
      const group = options?.get('awslogs-group');
      if (!options || !group || group.type !== 'string' || def.unknowns.has(group) || /\$\{|<|\{\{/.test(group.value as string)) continue;
      const create = options.get('awslogs-create-group');
      if (create && (create.type !== 'string' || (create.value as string).toLowerCase() === 'true' || def.unknowns.has(create))) continue;
      const name = group.value as string;
      if (names.has(name)) continue;
      ctx.report(
        group,
        `No AWS::Logs::LogGroup of this template creates the log group '${name}', and awslogs-create-group is not set. ` +
          `Unless the group already exists, the task stops with ResourceInitializationError. Add a log group resource ` +
          `and refer to it with !Ref, or set awslogs-create-group to "true" (the execution role then needs logs:CreateLogGroup).`,
        { logGroup: name },
      );
    }
  },
);
