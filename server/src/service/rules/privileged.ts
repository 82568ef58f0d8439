import { containerLabel, defineRule, DOCS } from './rule';

/** Privileged containers on EC2 (Security Hub ECS.4). On Fargate `fargate/unsupported-container-field` reports them. */
export default defineRule(
  {
    id: 'fargate/privileged',
    severity: 'warning',
    title: 'Privileged container',
    description:
      'A container sets `privileged: true`, which gives it root access to the host instance: every device, every kernel ' +
      'capability. A compromised privileged container is a compromised host. Security Hub control ECS.4 flags it. ' +
      'Remove it and grant only the capabilities the workload needs (`linuxParameters.capabilities.add`). ' +
      'This rule covers EC2 task definitions; Fargate does not allow privileged containers at all, which ' +
      '`fargate/unsupported-container-field` reports as an error.',
    source: DOCS.securityHubEcs,
    category: 'security',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task || task.fargate !== 'none') return;
    for (const c of task.containers) {
      const prop = c.obj.prop('privileged');
      if (!prop || !prop.valueNode || prop.valueNode.type !== 'boolean' || prop.valueNode.value !== true) continue;
      ctx.report(
        prop.keyNode,
        `${containerLabel(c).replace(/^c/, 'C')} runs privileged, with root access to the host instance (Security Hub ECS.4). ` +
          `Remove "privileged" and add only the Linux capabilities it needs.`,
        { container: c.name, containerIndex: c.index, field: 'privileged', removable: true },
      );
    }
  },
);
