import { memberValue } from '../json';
import { isPlaceholder } from '../values';
import { ECS8_NAMES, secretLikeName, secretLikeValue } from '../secrets';
import { containerLabel, defineRule, DOCS } from './rule';

/** Values that are obviously not the secret itself. */
function isReferenceOrTrivial(value: string): boolean {
  const v = value.trim();
  if (v === '' || isPlaceholder(v)) return true;
  if (/^arn:/i.test(v) || /^\{\{resolve:/i.test(v) || /^(ssm|secretsmanager|s3|file|https?):/i.test(v)) return true;
  if (/^(true|false|yes|no|on|off|none|null|required|optional|enabled|disabled)$/i.test(v)) return true;
  if (/^\d{1,6}$/.test(v)) return true; // a length, a TTL, a port
  return false;
}

/** Secrets written as plain environment variables. */
export default defineRule(
  {
    id: 'fargate/plaintext-secret',
    severity: 'warning',
    title: 'Secret in plain environment variable',
    description:
      'An `environment` entry looks like a credential: its name says so (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ' +
      'ACCESS_KEY, CREDENTIALS, ...) or its value has the shape of a credential (an AWS access key, a PEM private key, a URL with a password, a well-known API token). Environment values are stored in ' +
      'clear text in the task definition: anyone allowed to describe it, and every tool that logs it, can read them. ' +
      'Move the value to Secrets Manager or SSM Parameter Store and reference it from `secrets` (the task execution role ' +
      'then fetches it when the task starts). `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `ECS_ENGINE_AUTH_DATA` ' +
      'are a high-severity Security Hub finding (ECS.8); for AWS access, give the task a task role instead of keys.\n\n' +
      'Names that only point at a secret (`PASSWORD_FILE`, `TOKEN_URL`, `SECRET_NAME`, `*_ARN`, `*_PATH`, `*_ENDPOINT`) and values ' +
      'that are empty, placeholders or references (`arn:...`, `${...}`) are not reported. The value is never shown in the message.',
    source: DOCS.secrets,
    category: 'security',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    for (const c of task.containers) {
      // The syntax nodes of the entries, not c.environment: no JsonObject per entry (there can be thousands).
      for (const env of c.obj.arr('environment') ?? []) {
        if (env.type !== 'object') continue;
        const nameNode = memberValue(env, 'name');
        if (!nameNode || nameNode.type !== 'string') continue;
        const name = nameNode.value as string;
        // A number is a value too (value-type asks for quotes); it can be a PIN or a numeric password.
        const valueNode = memberValue(env, 'value');
        if (!valueNode) continue;
        const value = valueNode.type === 'number' ? String(valueNode.value) : valueNode.type === 'string' ? (valueNode.value as string) : undefined;
        if (!name || value === undefined) continue;
        // Cheapest test first: most variables are neither secret-like by name nor by value.
        const byName = secretLikeName(name);
        const byValue = !byName && secretLikeValue(value);
        if (!byName && !byValue) continue;
        // A name alone is not enough when the value is empty, a placeholder or a reference to the secret.
        if (byName && isReferenceOrTrivial(value)) continue;
        const ecs8 = ECS8_NAMES.has(name.toUpperCase());
        const why = byName ? `its name suggests it holds a credential` : `its value has the shape of a credential (an AWS access key, a private key, a URL with a password or an API token)`;
        const tail = ecs8
          ? ' Security Hub reports AWS keys and ECS_ENGINE_AUTH_DATA in environment variables as a high-severity finding (ECS.8); for AWS access, use a task role instead of keys.'
          : '';
        ctx.report(
          nameNode,
          `Environment variable '${name}' in ${containerLabel(c)} is stored in clear text: ${why}. Anyone who can describe the ` +
            `task definition can read it. Move it to 'secrets' with a Secrets Manager or SSM Parameter Store reference.${tail}`,
          { name, container: c.name, containerIndex: c.index, ecs8 },
        );
      }
    }
  },
);
