import { defineRule, DOCS } from './rule';
import { isPlaceholderNode, orList } from './support/fargate';

/** Windows Server versions documented as available on Fargate. */
export const FARGATE_WINDOWS_FAMILIES: readonly string[] = [
  'WINDOWS_SERVER_2019_FULL',
  'WINDOWS_SERVER_2019_CORE',
  'WINDOWS_SERVER_2022_FULL',
  'WINDOWS_SERVER_2022_CORE',
];

/** A Windows family the API accepts but that is not documented for Fargate. */
export default defineRule(
  {
    id: 'fargate/windows-os-version',
    severity: 'warning',
    title: 'Windows Server version not known to run on Fargate',
    description:
      'The ECS API lists more Windows Server versions than Fargate offers. Fargate documents Windows Server 2019 and 2022, ' +
      'in Full and Core editions; other versions (2016, 2004, 20H2, 2025) may only run on EC2 container instances, and a ' +
      'task that asks for one can fail to start. Prefer WINDOWS_SERVER_2022_CORE (smaller image) or another documented value.',
    source: DOCS.fargateTasks,
    category: 'fargate',
    target: 'taskDefinition',
    fargateOnly: true,
    concept: 'fargate-limits',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const node = task.obj.obj('runtimePlatform')?.get('operatingSystemFamily');
    if (!node || node.type !== 'string' || isPlaceholderNode(node)) return;
    const v = node.value as string;
    // Only exact WINDOWS_SERVER_* spellings; unknown or mis-cased values belong to fargate/runtime-platform.
    if (!/^WINDOWS_SERVER_[0-9A-Z]+_(FULL|CORE)$/.test(v) || FARGATE_WINDOWS_FAMILIES.includes(v)) return;
    ctx.report(
      node,
      `${v} is not known to run on Fargate: Fargate documents only ${orList(FARGATE_WINDOWS_FAMILIES)}. ` +
        'The task may fail to start; switch to one of those (e.g. WINDOWS_SERVER_2022_CORE) unless you have confirmed this version.',
      { validValues: [...FARGATE_WINDOWS_FAMILIES], suggestion: 'WINDOWS_SERVER_2022_CORE' },
    );
  },
);
