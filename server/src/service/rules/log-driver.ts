import { containerLabel, defineRule, DOCS } from './rule';
import { isPlaceholderNode, sentenceLabel } from './support/fargate';

export const FARGATE_LOG_DRIVERS: readonly string[] = ['awslogs', 'splunk', 'awsfirelens'];

/** Fargate supports only the awslogs, splunk and awsfirelens log drivers. */
export default defineRule(
  {
    id: 'fargate/log-driver',
    severity: 'error',
    title: 'Log driver not supported on Fargate',
    description:
      'On EC2 a container can use any Docker log driver the instance has, but Fargate only offers `awslogs` (CloudWatch Logs), ' +
      '`splunk` and `awsfirelens` (a Fluent Bit or Fluentd sidecar). `json-file`, `syslog`, `journald`, `gelf` and `fluentd` ' +
      'are refused at registration. Use `awslogs` for CloudWatch, or `awsfirelens` to route logs anywhere Fluent Bit can send ' +
      'them. Windows containers on Fargate cannot use FireLens.',
    source: DOCS.awslogs,
    category: 'logging',
    target: 'taskDefinition',
    fargateOnly: true,
    concept: 'cloudwatch-logs-metrics',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    for (const container of task.containers) {
      const node = container.logConfiguration?.get('logDriver');
      if (!node || node.type !== 'string' || isPlaceholderNode(node)) continue;
      const driver = node.value as string;
      const label = containerLabel(container);
      if (FARGATE_LOG_DRIVERS.includes(driver)) {
        if (driver === 'awsfirelens' && task.windows) {
          ctx.report(
            node,
            `${sentenceLabel(label)} uses FireLens, which Windows containers on Fargate do not support. Use "awslogs" to send this container's output to CloudWatch Logs.`,
            { validValues: ['awslogs', 'splunk'], suggestion: 'awslogs' },
          );
        }
        continue;
      }
      const lower = driver.trim().toLowerCase();
      const fixed = FARGATE_LOG_DRIVERS.find((d) => d === lower);
      const toFirelens = ['fluentd', 'gelf', 'syslog'].includes(lower);
      ctx.report(
        node,
        fixed
          ? `Log driver names are case-sensitive: write "${fixed}", or AWS rejects "${driver}" as an unknown driver.`
          : `${sentenceLabel(label)} uses the "${driver}" log driver, but Fargate only supports awslogs, splunk and awsfirelens, so registration fails ` +
              `("${driver} is not a valid log driver"). ` +
              (toFirelens
                ? `To keep shipping logs to a ${lower} endpoint, use "awsfirelens" with a Fluent Bit sidecar; or use "awslogs" for CloudWatch Logs.`
                : 'Use "awslogs" to send output to CloudWatch Logs, or "awsfirelens" to route it through a Fluent Bit sidecar.'),
        { validValues: [...FARGATE_LOG_DRIVERS], suggestion: fixed ?? (toFirelens ? 'awsfirelens' : 'awslogs') },
      );
    }
  },
);
