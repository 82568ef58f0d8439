import { containerLabel, defineRule } from './rule';
import { FIRELENS_DOCS } from './firelens-config';
import { isEmptyValue, sentenceLabel } from './support/fargate';

/** awsfirelens is used but no container is the FireLens log router. */
export default defineRule(
  {
    id: 'fargate/firelens-router-missing',
    severity: 'warning',
    title: 'awsfirelens log driver without a FireLens router container',
    description:
      'The `awsfirelens` log driver hands a container\'s output to a log router sidecar in the same task: a container with ' +
      '`firelensConfiguration` (usually the AWS for Fluent Bit image, `"type": "fluentbit"`). Without one, the logs have nowhere ' +
      'to go and ECS cannot start the task. Add a router container with `firelensConfiguration`, or switch the driver to `awslogs`.',
    source: FIRELENS_DOCS,
    category: 'logging',
    target: 'taskDefinition',
    fargateOnly: true,
    concept: 'cloudwatch-logs-metrics',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const hasRouter = task.containers.some((c) => {
      const v = c.obj.get('firelensConfiguration');
      return !!v && !isEmptyValue(v);
    });
    if (hasRouter) return;
    for (const container of task.containers) {
      if (container.logDriver !== 'awsfirelens') continue;
      ctx.report(
        container.logConfiguration!.get('logDriver')!,
        `${sentenceLabel(containerLabel(container))} routes its logs through FireLens ("awsfirelens"), but no container in the task has ` +
          'firelensConfiguration, so there is no log router to receive them. Add a Fluent Bit sidecar with ' +
          '"firelensConfiguration": { "type": "fluentbit" }, or use the "awslogs" driver.',
        { suggestion: 'awslogs', routerImage: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable' },
      );
    }
  },
);
