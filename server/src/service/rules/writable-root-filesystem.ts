import { containerLabel, defineRule, DOCS, keyPlace } from './rule';

/** Containers whose root filesystem is writable (Security Hub ECS.5). */
export default defineRule(
  {
    id: 'fargate/writable-root-filesystem',
    severity: 'info',
    title: 'Writable root filesystem',
    description:
      'A Linux container does not set `readonlyRootFilesystem: true`, so a process in it can change its own binaries and ' +
      'configuration. A read-only root filesystem makes tampering harder; give the application a volume (or a bind ' +
      'mount) for the paths it really writes, such as /tmp. Security Hub control ECS.5 checks this. Windows containers ' +
      'do not support the setting and are not checked.',
    source: DOCS.securityHubEcs,
    category: 'security',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task || task.windows) return;
    for (const c of task.containers) {
      const node = c.obj.get('readonlyRootFilesystem');
      if (node && node.type === 'boolean' && node.value === true) continue;
      if (node && node.type !== 'boolean' && node.type !== 'null') continue; // wrong type or placeholder: not ours.
      ctx.report(
        keyPlace(c.obj.prop('readonlyRootFilesystem') ?? c.obj.prop('name'), c.obj.node),
        `${containerLabel(c).replace(/^c/, 'C')} has a writable root filesystem (Security Hub ECS.5). Set "readonlyRootFilesystem": true ` +
          `and mount a volume for the paths the application writes.`,
        { container: c.name, containerIndex: c.index, field: 'readonlyRootFilesystem', value: true },
      );
    }
  },
);
