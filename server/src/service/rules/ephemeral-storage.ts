import { readNumber } from './support/numbers';
import { defineRule, keyPlace } from './rule';

const MIN = 21;
const MAX = 200;

/** `ephemeralStorage.sizeInGiB` on Fargate: 21–200 GiB (20 GiB come free without the setting). */
export default defineRule(
  {
    id: 'fargate/ephemeral-storage',
    severity: 'error',
    title: 'Ephemeral storage size out of range',
    description:
      'Every Fargate task gets 20 GiB of ephemeral (scratch) storage without asking. `ephemeralStorage.sizeInGiB` only ' +
      'raises that amount, so ECS accepts whole numbers from 21 to 200 GiB and rejects anything else. For 20 GiB or less, ' +
      'remove `ephemeralStorage`; for more than 200 GiB, put the data on an EFS volume instead.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html',
    category: 'storage',
    target: 'taskDefinition',
    fargateOnly: true,
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const es = task.obj.obj('ephemeralStorage');
    if (!es) return;
    const node = es.get('sizeInGiB');
    const r = readNumber(node);
    if (r.kind === 'placeholder') return;
    if (r.kind === 'absent' || !node) {
      ctx.report(
        keyPlace(task.obj.prop('ephemeralStorage'), es.node),
        `ephemeralStorage has no sizeInGiB. ECS requires the size when the object is present. ` +
          `Set sizeInGiB between ${MIN} and ${MAX}, or remove ephemeralStorage to keep the free 20 GiB.`,
        { min: MIN, max: MAX, field: 'ephemeralStorage', removable: true },
      );
      return;
    }
    if (r.kind !== 'number') return; // wrong types: fargate/value-type
    const v = r.value;
    if (v <= 20) {
      ctx.report(
        node,
        `ephemeralStorage.sizeInGiB is ${v}, but Fargate only accepts ${MIN}–${MAX}: the first 20 GiB are always included, and this ` +
          `setting only adds to them. Remove ephemeralStorage to get the default 20 GiB, or ask for at least ${MIN}.`,
        { min: MIN, max: MAX, expected: MIN, field: 'ephemeralStorage', removable: true },
      );
    } else if (v > MAX) {
      ctx.report(
        node,
        `ephemeralStorage.sizeInGiB is ${v}, above the Fargate maximum of ${MAX} GiB, so ECS rejects the task definition. ` +
          `Use at most ${MAX}, and keep larger data on an EFS volume.`,
        { min: MIN, max: MAX, expected: MAX },
      );
    }
  },
);
