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
      const secretNames = new Set(c.secrets.map((s) => s.str('name')).filter((n): n is string => !!n && !isPlaceholder(n)));
      if (secretNames.size === 0) continue;
      for (const env of c.environment) {
        const name = env.str('name');
        const nameNode = env.get('name');
        if (!name || !nameNode || !secretNames.has(name)) continue;
        ctx.report(
          nameNode,
          `'${name}' is defined in both 'secrets' and 'environment' of ${containerLabel(c)}. Remove it from environment and keep the secret.`,
          { name, container: c.name, removable: true },
        );
      }
    }
  },
);
