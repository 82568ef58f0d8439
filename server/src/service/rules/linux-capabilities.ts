import { containerLabel, defineRule, DOCS } from './rule';
import { isPlaceholderNode, removableData, sentenceLabel } from './support/fargate';

/** The only Linux capability Fargate lets a container add. */
export const FARGATE_ADDABLE_CAPABILITY = 'SYS_PTRACE';

/** linuxParameters.capabilities.add may only contain SYS_PTRACE on Fargate. */
export default defineRule(
  {
    id: 'fargate/linux-capabilities',
    severity: 'error',
    title: 'Only SYS_PTRACE can be added on Fargate',
    description:
      'Fargate lets a container add exactly one Linux capability beyond Docker\'s defaults: `SYS_PTRACE`, which debuggers ' +
      'and tracing agents need. Any other entry in `linuxParameters.capabilities.add` (NET_ADMIN, SYS_ADMIN, ...) is refused ' +
      'at registration, because it would give the container power over the shared host. Dropping capabilities is always ' +
      'allowed. Remove the entry, or run the workload on EC2.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html',
    category: 'fargate',
    target: 'taskDefinition',
    fargateOnly: true,
    concept: 'isolation-compliance',
  },
  (ctx) => {
    const task = ctx.task;
    // Windows containers get linuxParameters reported as a whole by fargate/unsupported-container-field.
    if (!task || task.windows) return;
    for (const container of task.containers) {
      const add = container.linuxParameters?.obj('capabilities')?.arr('add');
      if (!add) continue;
      for (const el of add) {
        if (el.type !== 'string' || isPlaceholderNode(el)) continue;
        const cap = (el.value as string).trim();
        const bare = cap.toUpperCase().replace(/^CAP_/, '');
        if (cap === '' || bare === FARGATE_ADDABLE_CAPABILITY) continue;
        ctx.report(
          el,
          `${sentenceLabel(containerLabel(container))} adds the ${cap} capability, but on Fargate only ${FARGATE_ADDABLE_CAPABILITY} may be added ` +
            `(AWS answers "${cap} is not allowed on Fargate"). Remove "${cap}" from capabilities.add; dropping capabilities is fine.`,
          removableData('linuxParameters.capabilities.add', { element: true, value: cap }),
        );
      }
    }
  },
);
