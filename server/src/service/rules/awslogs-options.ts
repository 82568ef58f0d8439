import { containerLabel, defineRule, DOCS } from './rule';
import { isEmptyValue, orList, sentenceLabel } from './support/fargate';

export const REQUIRED_AWSLOGS_OPTIONS: readonly string[] = ['awslogs-group', 'awslogs-region', 'awslogs-stream-prefix'];

/** awslogs on Fargate needs a log group, a region and a stream prefix. */
export default defineRule(
  {
    id: 'fargate/awslogs-options',
    severity: 'error',
    title: 'awslogs options incomplete for Fargate',
    description:
      'The `awslogs` driver needs to know where to write: `awslogs-group` (the CloudWatch Logs group) and `awslogs-region`. ' +
      'On Fargate `awslogs-stream-prefix` is required too, because there is no instance to name the streams after: each ' +
      'stream becomes `prefix/container-name/task-id`, which is how you find a task\'s logs (AWS answers "Fargate requires ' +
      'log configuration options to include awslogs-stream-prefix"). Add the missing options; templated values count as set.',
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
      const lc = container.logConfiguration;
      const driverNode = lc?.get('logDriver');
      if (!lc || !driverNode || container.logDriver !== 'awslogs') continue;
      const optionsProp = lc.prop('options');
      const optionsNode = optionsProp?.valueNode;
      // A templated or mistyped options value is unknown here (the schema rules report wrong types).
      if (optionsNode && optionsNode.type !== 'object' && optionsNode.type !== 'null') continue;
      const options = lc.obj('options');
      const missing = REQUIRED_AWSLOGS_OPTIONS.filter((k) => {
        const v = options?.get(k);
        return !v || isEmptyValue(v);
      });
      if (missing.length === 0) continue;
      const label = containerLabel(container);
      const list = orList(missing.map((m) => `"${m}"`), 'and');
      const why = missing.includes('awslogs-stream-prefix')
        ? ' Fargate refuses awslogs without a stream prefix, since streams are named prefix/container/task-id.'
        : ' Without them the log router does not know which CloudWatch Logs group and Region to write to, and the task fails to start.';
      ctx.report(
        options && optionsProp ? optionsProp.keyNode : driverNode,
        `${sentenceLabel(label)} sends logs with awslogs but ${options ? 'its options lack' : 'has no options; it needs'} ${list}.${why} ` +
          `Add ${missing.length === 1 ? 'it' : 'them'} to logConfiguration.options.`,
        { missing },
      );
    }
  },
);
