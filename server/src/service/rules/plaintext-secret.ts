import { isPlaceholder } from '../values';
import { containerLabel, defineRule, DOCS } from './rule';

/** Names Security Hub ECS.8 flags (high severity). */
const ECS8_NAMES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'ECS_ENGINE_AUTH_DATA']);

/** Single words that mark a secret. */
const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'PASS', 'SECRET', 'SECRETS', 'TOKEN', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS', 'PASSPHRASE']);
/** Word pairs that mark a secret. */
const SECRET_PAIRS = [['API', 'KEY'], ['PRIVATE', 'KEY'], ['ACCESS', 'KEY'], ['SECRET', 'KEY'], ['CLIENT', 'SECRET'], ['AUTH', 'DATA'], ['MASTER', 'KEY'], ['TLS', 'KEY'], ['SSL', 'KEY'], ['SIGNING', 'KEY'], ['ENCRYPTION', 'KEY']];
/** Run-together words (`DBPASSWORD`, `S3SECRETACCESSKEY`) still contain these. */
const SECRET_INFIXES = ['PASSWORD', 'PASSWD', 'SECRET'];
/**
 * A final word that says the variable holds something about the secret, not the secret itself
 * (`PASSWORD_FILE`, `TOKEN_URL`, `SECRET_NAME`, `DB_PASSWORD_ARN`, `JWT_TOKEN_EXPIRY`).
 */
const NOT_A_SECRET_SUFFIX = new Set([
  'FILE', 'PATH', 'DIR', 'URL', 'URI', 'ENDPOINT', 'HOST', 'PORT', 'ARN', 'NAME', 'ID', 'IDS', 'HEADER', 'TYPE', 'ENABLED',
  'DISABLED', 'ENABLE', 'REQUIRED', 'LENGTH', 'LEN', 'EXPIRY', 'EXPIRES', 'EXPIRATION', 'TTL', 'TIMEOUT', 'LIFETIME', 'AGE', 'ALGORITHM',
  'ALG', 'ISSUER', 'AUDIENCE', 'SCOPE', 'SCOPES', 'FIELD', 'PARAM', 'PARAMETER', 'REGION', 'VERSION', 'PREFIX', 'SUFFIX', 'LOCATION',
  'SOURCE', 'PROVIDER', 'STORE', 'POLICY', 'LIMIT', 'COUNT', 'SIZE', 'MAX', 'MIN', 'MODE', 'METHOD', 'FORMAT', 'COOKIE', 'SECONDS', 'MINUTES', 'HOURS', 'DAYS', 'MS',
]);

/** Splits `dbPassword`, `DB_PASSWORD`, `db-password` into upper-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Every name, word, pair and infix above contains one of these: a name without any needs no splitting. */
const SECRET_HINT = /PASS|SECRET|TOKEN|KEY|CREDENTIAL|DATA/;

/** Does an environment variable NAME suggest it holds a secret? */
export function secretLikeName(name: string): boolean {
  const upper = name.toUpperCase();
  if (ECS8_NAMES.has(upper)) return true;
  if (!SECRET_HINT.test(upper)) return false;
  const words = nameWords(name);
  if (words.length === 0) return false;
  const last = words[words.length - 1];
  if (NOT_A_SECRET_SUFFIX.has(last)) return false;
  if (words.some((w) => SECRET_WORDS.has(w) || SECRET_INFIXES.some((x) => w.includes(x)))) return true;
  for (let i = 0; i + 1 < words.length; i++) {
    if (SECRET_PAIRS.some(([a, b]) => words[i] === a && words[i + 1] === b)) return true;
  }
  return false;
}

/** Does a VALUE look like an AWS access key id or secret access key? */
export function awsKeyLikeValue(value: string): boolean {
  const v = value.trim();
  if (/^(AKIA|ASIA)[A-Z0-9]{16}$/.test(v)) return true;
  // Secret access keys: 40 characters of base64 alphabet, mixed case, not a hex digest.
  if (/^[A-Za-z0-9/+]{40}$/.test(v) && !/^[0-9a-fA-F]{40}$/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9/+]/.test(v)) return true;
  return false;
}

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
      'ACCESS_KEY, CREDENTIALS, ...) or its value has the shape of an AWS access key. Environment values are stored in ' +
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
      for (const env of c.environment) {
        const name = env.str('name');
        const nameNode = env.get('name');
        const value = env.str('value');
        if (!name || !nameNode || value === undefined) continue;
        // Cheapest test first: most variables are neither secret-like by name nor by value.
        const byName = secretLikeName(name);
        const byValue = !byName && awsKeyLikeValue(value);
        if ((!byName && !byValue) || isReferenceOrTrivial(value)) continue;
        const ecs8 = ECS8_NAMES.has(name.toUpperCase());
        const why = byName ? `its name suggests it holds a credential` : `its value has the shape of an AWS access key`;
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
