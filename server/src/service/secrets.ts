/**
 * Recognising credentials: environment variable names that suggest a secret, and values shaped like one.
 * One place for the rule that reports plaintext secrets and for every feature that must never show them
 * (hovers, completions, quick fixes).
 */

/** Names Security Hub ECS.8 flags (high severity). */
export const ECS8_NAMES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'ECS_ENGINE_AUTH_DATA']);

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

/**
 * Rules out most names without upper-casing them (which copies the string): an ASCII name that matches none of
 * the hints case-insensitively has none after upper-casing either. A non-ASCII character (`ß` upper-cases to `SS`)
 * takes the exact path. The ECS.8 names contain a hint too (KEY, SECRET, DATA).
 */
const MAYBE_SECRET_NAME = /PASS|SECRET|TOKEN|KEY|CREDENTIAL|DATA|[^\x00-\x7f]/i;

/** Does an environment variable NAME suggest it holds a secret? */
export function secretLikeName(name: string): boolean {
  if (!MAYBE_SECRET_NAME.test(name)) return false;
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
  // Cheap length test first: this runs on every environment value of every keystroke.
  if (v.length !== 20 && v.length !== 40) return false;
  if (/^(AKIA|ASIA)[A-Z0-9]{16}$/.test(v)) return true;
  // Secret access keys: 40 characters of base64 alphabet, mixed case, not a hex digest.
  if (/^[A-Za-z0-9/+]{40}$/.test(v) && !/^[0-9a-fA-F]{40}$/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9/+]/.test(v)) return true;
  return false;
}

/** Well-known token prefixes (GitHub, Slack, Stripe, GitLab, OpenAI-style keys). */
const TOKEN_RE =
  /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,}|xox[abp]-[A-Za-z0-9-]{10,}|[sr]k_live_[A-Za-z0-9]{10,}|glpat-[A-Za-z0-9_-]{20}|sk-(?:proj-)?[A-Za-z0-9_-]{32,})/;
/** `scheme://user:password@host`, where the password is not a template placeholder. */
const URL_CREDENTIALS_RE = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:([^/\s@]+)@/i;

/**
 * Does a VALUE itself look like a credential, whatever the variable is called: an AWS access key, a PEM
 * private key, a URL with a password in it, or a well-known API token?
 */
export function secretLikeValue(value: string): boolean {
  if (value.length < 10) return false;
  if (awsKeyLikeValue(value)) return true;
  // Each pattern below is tried only when the value holds the text it needs (this runs on every keystroke).
  if (value.includes('PRIVATE KEY-----') && /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value)) return true;
  if (value.includes('://')) {
    const url = URL_CREDENTIALS_RE.exec(value.trim());
    if (url && !/^(\$\{.*\}|\$[A-Z_][A-Z0-9_]*|<[^>]+>|\{\{.*\}\})$/.test(url[1])) return true;
  }
  return (value.includes('_') || value.includes('-')) && TOKEN_RE.test(value);
}
