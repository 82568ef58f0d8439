import { memberValue } from '../json';
import { isPlaceholder } from '../values';
import { containerLabel, defineRule, DOCS } from './rule';

/** A variable defined both as a secret and as a plain environment variable. */
export default defineRule(
  {
    id: 'fargate/secret-shadows-environment',
    severity: 'warning',
    title: 'Variable in both secrets and environment',
    description:
      'A container defines the same variable name in `secrets` and in `environment`. Only one value can reach the ' +
      'process, so one definition is dead weight, and the plain `environment` copy may hold a real credential in clear ' +
      'text in the task definition (visible to anyone who can describe it). Keep the variable in `secrets` only.',
    source: DOCS.secrets,
    category: 'iam',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    for (const c of task.containers) {
      // Syntax nodes rather than c.secrets / c.environment: no JsonObject per entry (there can be thousands).
      const secrets = c.obj.arr('secrets');
      if (!secrets || secrets.length === 0) continue;
      const secretNames = new Set<string>();
      for (const s of secrets) {
        const n = s.type === 'object' ? memberValue(s, 'name') : undefined;
        if (n && n.type === 'string' && n.value && !isPlaceholder(n.value)) secretNames.add(n.value as string);
      }
      if (secretNames.size === 0) continue;
      for (const env of c.obj.arr('environment') ?? []) {
        const nameNode = env.type === 'object' ? memberValue(env, 'name') : undefined;
        if (!nameNode || nameNode.type !== 'string') continue;
        const name = nameNode.value as string;
        if (!name || !secretNames.has(name)) continue;
        ctx.report(
          nameNode,
          `'${name}' is defined in both 'secrets' and 'environment' of ${containerLabel(c)}. Remove it from environment and keep the secret.`,
          { name, container: c.name, removable: true },
        );
      }
    }
  },
);
