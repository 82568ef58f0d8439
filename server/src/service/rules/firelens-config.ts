import { containerLabel, defineRule } from './rule';
import { isEmptyValue, isPlaceholderNode, sentenceLabel } from './support/fargate';

export const FIRELENS_DOCS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html';

/** A FireLens log router is declared but no container sends its logs through it. */
export default defineRule(
  {
    id: 'fargate/firelens-config',
    severity: 'error',
    title: 'FireLens router without any awsfirelens container',
    description:
      'A container with `firelensConfiguration` is the FireLens log router (a Fluent Bit or Fluentd sidecar). AWS only accepts ' +
      'it when at least one container in the task uses the `awsfirelens` log driver, so that something is routed through it ' +
      '("When a firelensConfiguration object is specified, at least one container has to be configured with the awsfirelens ' +
      'log driver"). Point the application containers\' `logConfiguration.logDriver` at `awsfirelens`, or remove the router.',
    source: FIRELENS_DOCS,
    category: 'logging',
    target: 'taskDefinition',
    fargateOnly: true,
    concept: 'cloudwatch-logs-metrics',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const drivers = task.containers.map((c) => c.logConfiguration?.get('logDriver'));
    // A templated driver might be awsfirelens: unknown, not wrong.
    if (drivers.some((d) => isPlaceholderNode(d))) return;
    if (task.containers.some((c) => c.logDriver === 'awsfirelens')) return;
    for (const container of task.containers) {
      const prop = container.obj.prop('firelensConfiguration');
      if (!prop?.valueNode || isEmptyValue(prop.valueNode)) continue;
      ctx.report(
        prop.keyNode,
        `${sentenceLabel(containerLabel(container))} is a FireLens log router, but no container in the task uses the "awsfirelens" log driver, ` +
          'so AWS rejects the task definition. Set logConfiguration.logDriver to "awsfirelens" on the containers whose logs it should route, ' +
          'or remove firelensConfiguration.',
        { field: 'firelensConfiguration', expectedDriver: 'awsfirelens' },
      );
    }
  },
);
