import { isPlaceholder } from '../values';
import { defineRule, keyPlace } from './rule';
import { isEmptyValue, removableData } from './support/fargate';

/** Launch types whose tasks cannot set ephemeralStorage (observed on EC2; EXTERNAL hosts are not Fargate either). */
const NON_FARGATE: readonly string[] = ['EC2', 'EXTERNAL'];

/**
 * `ephemeralStorage` on a task definition that can only run on EC2. Observed rejection (cdk-preflight
 * pf-ecs-fargate-ephemeral-storage-ec2): "Tasks using the EC2 launch type do not support EphemeralStorage."
 * The size range on Fargate is `fargate/ephemeral-storage`'s.
 */
export default defineRule(
  {
    id: 'fargate/ephemeral-storage-ec2',
    severity: 'error',
    title: 'ephemeralStorage on an EC2-only task definition',
    description:
      '`ephemeralStorage` enlarges the scratch disk AWS Fargate gives each task. On EC2 the containers use the instance\'s ' +
      'own Docker storage, so ECS rejects the setting in a task definition whose `requiresCompatibilities` lists only `EC2` ' +
      '("Tasks using the EC2 launch type do not support EphemeralStorage"). Remove `ephemeralStorage` and size the ' +
      'instances\' volumes instead, or add `FARGATE` to `requiresCompatibilities` if the task is meant for Fargate. Task ' +
      'definitions without `requiresCompatibilities`, or with a templated one, are not reported.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html',
    category: 'storage',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const prop = task.obj.prop('ephemeralStorage');
    if (!prop?.valueNode || isEmptyValue(prop.valueNode)) return;
    const rcNode = task.obj.get('requiresCompatibilities');
    if (!rcNode || rcNode.type !== 'array') return;
    const items = rcNode.children ?? [];
    if (items.length === 0 || items.some((n) => n.type !== 'string' || isPlaceholder(n.value))) return;
    const values = items.map((n) => n.value as string);
    if (!values.includes('EC2') || !values.every((v) => NON_FARGATE.includes(v))) return;
    ctx.report(
      keyPlace(prop, prop.valueNode),
      `This task definition only runs on ${values.join(' and ')} (requiresCompatibilities), and EC2 tasks cannot set ephemeralStorage: ` +
        'it sizes the disk Fargate provides, while EC2 tasks use the instance\'s storage. ECS rejects the task definition. ' +
        'Remove ephemeralStorage, or add "FARGATE" to requiresCompatibilities if the task is meant for Fargate.',
      removableData('ephemeralStorage', { add: 'FARGATE' }),
    );
  },
);
