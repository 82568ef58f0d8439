/**
 * Value helpers: template placeholders (the one place that knows their shapes) and the accepted textual forms of
 * task cpu/memory.
 */

/**
 * Template placeholders used by CI/CD tools to fill a task definition before registering it:
 * `<IMAGE1_NAME>` (CodePipeline), `${TAG}` / `$TAG` (envsubst, Terraform templatefile), `{{ .Env.X }}` / `{{ must_env "X" }}`
 * (ecspresso, Go templates), `#{X}` (Octopus), `__X__` (token replacement), `%X%`, `$(X)` (Azure Pipelines macros, make).
 */
const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /<[A-Za-z_][A-Za-z0-9_.:-]*>/,
  /\$\{[^}]*\}/,
  /\$[A-Z_][A-Z0-9_]*/,
  /\{\{[^}]*\}\}/,
  /#\{[^}]*\}/,
  /__[A-Z][A-Z0-9_]*__/,
  /%[A-Z_][A-Z0-9_]*%/,
  /\$\([A-Za-z_][A-Za-z0-9_.]*\)/,
];

/** Every pattern above needs one of these; most values have none, and one scan rules them out. */
const PLACEHOLDER_HINT = /[<${#%]|__/;

/** True when a string contains a template placeholder, so its final value is unknown. */
export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string' || !PLACEHOLDER_HINT.test(value)) return false;
  for (const p of PLACEHOLDER_PATTERNS) if (p.test(value)) return true;
  return false;
}

/**
 * True when a string's final value is unknown in a looser sense, used where an ID or name is expected: a template
 * placeholder, or a SCREAMING_SNAKE token that deploy scripts replace with sed (`PRIVATE_SUBNET_ONE`,
 * `arn:…:AWS_ACCOUNT_ID:…`). Not for free text such as environment values, where such words are ordinary.
 */
export function isTemplated(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (isPlaceholder(value)) return true;
  return /(^|[^A-Za-z0-9])[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]([^A-Za-z0-9]|$)/.test(value);
}

/**
 * An account id field of an ARN written as a template word (`YOUR_ACCOUNT_ID`, `XXXXXXXXXXXX`, `aws_account_id`,
 * `${AccountId}`): no digits at all, so it is a placeholder rather than a mistyped id.
 */
export function isAccountPlaceholder(account: string): boolean {
  return !/^\d+$/.test(account) && /^[A-Za-z_{}<>$ -]+$/.test(account);
}

/** Result of reading a size value: a number, a placeholder (unknown), or something that cannot be read. */
export type SizeValue =
  | { kind: 'number'; value: number; text: string }
  | { kind: 'placeholder'; text: string }
  | { kind: 'invalid'; text: string };

/**
 * A bare upper-case token with an underscore (`TASK_CPU`, `CONTAINER_MEMORY`): pipelines replace these with sed.
 * No size is ever written like this, so for cpu/memory such a value is a placeholder, not a mistake.
 */
const SED_TOKEN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

const VCPU_RE = /^\s*(\d*\.?\d+)\s*vcpu\s*$/i;
const GB_RE = /^\s*(\d*\.?\d+)\s*gb\s*$/i;
const INT_RE = /^\s*(\d+)\s*$/;

/** Reads a size: a finite number, a placeholder, an integer string, or `<n> <unit>` scaled by 1024 (vCPU, GB). */
function parseSize(raw: unknown, unit: RegExp): SizeValue | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { kind: 'number', value: raw, text: String(raw) } : { kind: 'invalid', text: String(raw) };
  }
  if (typeof raw !== 'string') return { kind: 'invalid', text: JSON.stringify(raw) ?? String(raw) };
  if (isPlaceholder(raw) || SED_TOKEN.test(raw)) return { kind: 'placeholder', text: raw };
  const i = INT_RE.exec(raw);
  if (i) return { kind: 'number', value: Number(i[1]), text: raw };
  const u = unit.exec(raw);
  if (u) return { kind: 'number', value: Math.round(Number(u[1]) * 1024), text: raw };
  return { kind: 'invalid', text: raw };
}

/** The number of a size when it is known (not absent, a placeholder or unreadable). */
export function sizeNumber(v: SizeValue | undefined): number | undefined {
  return v && v.kind === 'number' ? v.value : undefined;
}

/**
 * Normalises task-level `cpu`: CPU units as number or string (`1024`, `"1024"`) or a vCPU string
 * (`"1 vCPU"`, `".25 vCPU"`, `"0.5 vcpu"`). Returns CPU units.
 */
export function parseCpu(raw: unknown): SizeValue | undefined {
  return parseSize(raw, VCPU_RE);
}

/** Normalises task-level `memory`: MiB as number or string (`2048`, `"2048"`) or GB (`"2 GB"`, `"0.5GB"`). Returns MiB. */
export function parseMemory(raw: unknown): SizeValue | undefined {
  return parseSize(raw, GB_RE);
}

