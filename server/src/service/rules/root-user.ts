import { isPlaceholder } from '../values';
import { containerLabel, defineRule, DOCS, keyPlace } from './rule';

/** True when a `user` value runs the process as root: "root", "0", "0:0", "root:root", ... */
export function isRootUser(user: string): boolean {
  const who = user.trim().split(':')[0].trim();
  return who === '' || who === '0' || who.toLowerCase() === 'root';
}

/** Linux containers that run as root (Security Hub ECS.20). */
export default defineRule(
  {
    id: 'fargate/root-user',
    severity: 'info',
    title: 'Container runs as root',
    description:
      'A Linux container has no `user`, or sets it to `root`/`0`, so its process runs as root unless the image itself ' +
      'switches user. If the application is compromised, root makes the next step easier (writing to the image ' +
      'filesystem, reading mounted secrets). Security Hub control ECS.20 asks for a non-root `user` such as `"1000"` or ' +
      '`"1000:1000"`; make sure the image works as that user. If the image already sets a non-root USER, you can ' +
      'turn this rule off. Windows containers are not checked.',
    source: DOCS.securityHubEcs,
    category: 'security',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task || task.windows) return;
    for (const c of task.containers) {
      const node = c.obj.get('user');
      if (node && node.type === 'string' && isPlaceholder(node.value)) continue;
      if (node && node.type !== 'string' && node.type !== 'null') continue; // wrong type: fargate/value-type.
      const user = node && node.type === 'string' ? (node.value as string) : undefined;
      if (user !== undefined && !isRootUser(user)) continue;
      const what = user === undefined || user.trim() === '' ? 'sets no user' : `runs as '${user.trim()}'`;
      ctx.report(
        keyPlace(c.obj.prop('user') ?? c.obj.prop('name'), c.obj.node),
        `${containerLabel(c).replace(/^c/, 'C')} ${what}, so it runs as root unless the image switches user (Security Hub ECS.20). ` +
          `Set "user" to a non-root user such as "1000:1000".`,
        { container: c.name, containerIndex: c.index, suggestion: '1000:1000' },
      );
    }
  },
);
