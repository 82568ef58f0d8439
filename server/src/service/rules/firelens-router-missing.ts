import { containerListKnown } from '../model';
import { containerLabel, defineRule } from './rule';
import { FIRELENS_DOCS } from './firelens-config';
import { isEmptyValue, isPlaceholderNode, sentenceLabel } from './support/fargate';

/**
 * awsfirelens is used but no container is the FireLens log router. RegisterTaskDefinition refuses this on every
 * launch type (observed: "When awsfirelens log driver is specified in log configuration, a firelens configuration
 * object must be configured in one of the containers"), so the rule is not limited to Fargate tasks.
 */
export default defineRule(
  {
    id: 'fargate/firelens-router-missing',
    severity: 'error',
    title: 'awsfirelens log driver without a FireLens router container',
    description:
      'The `awsfirelens` log driver hands a container\'s output to a log router sidecar in the same task: a container with ' +
      '`firelensConfiguration` (usually the AWS for Fluent Bit image, `"type": "fluentbit"`). ECS checks this when the task ' +
      'definition is registered, on Fargate and EC2 alike: without a router, it rejects the definition ("a firelens ' +
      'configuration object must be configured in one of the containers"). Add a router container with ' +
      '`firelensConfiguration`, or switch the driver to `awslogs`. The opposite mistake (a router nobody sends logs to) is ' +
      '`fargate/firelens-config`.',
    source: FIRELENS_DOCS,
    category: 'logging',
    target: 'taskDefinition',
    concept: 'cloudwatch-logs-metrics',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    // The containers must be known: a templated container list (or entry) may hold the router.
    if (!containerListKnown(task)) return;
    const hasRouter = task.containers.some((c) => {
      const v = c.obj.get('firelensConfiguration');
      // A templated firelensConfiguration may well be a router.
      return (!!v && !isEmptyValue(v)) || isPlaceholderNode(v);
    });
    if (hasRouter) return;
    for (const container of task.containers) {
      if (container.logDriver !== 'awsfirelens') continue;
      ctx.report(
        container.logConfiguration!.get('logDriver')!,
        `${sentenceLabel(containerLabel(container))} routes its logs through FireLens ("awsfirelens"), but no container in the task has ` +
          'firelensConfiguration, so there is no log router to receive them and ECS rejects the task definition. Add a Fluent Bit sidecar with ' +
          '"firelensConfiguration": { "type": "fluentbit" }, or use the "awslogs" driver.',
        { suggestion: 'awslogs', routerImage: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable' },
      );
    }
  },
);
