/**
 * Command-line parsing for fargate-lint. Pure: argv in, options or a usage error out.
 */
import { isSeveritySetting, type SeveritySetting } from '../common/settings';
import { damerauLevenshtein } from '../knowledge/catalog';
import { RULES } from '../service/rules';

export type OutputFormat = 'text' | 'json' | 'sarif';
export const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export interface CliOptions {
  help: boolean;
  version: boolean;
  format: OutputFormat;
  /** Undefined: no limit. */
  maxWarnings?: number;
  /** `--rule` overrides, in order (a later one wins). */
  rules: Record<string, SeveritySetting>;
  config?: string;
  quiet: boolean;
  /** `--list-suppressed`: also list the findings that comment directives or template Metadata suppressed. */
  listSuppressed?: boolean;
  outputFile?: string;
  /** Undefined: decide from the terminal. */
  color?: boolean;
  inputs: string[];
}

/** A problem with the command line or the config file: exit code 2 with this message. */
export class UsageError extends Error {}

export const USAGE = `Usage: fargate-lint [options] <files or folders...>

Checks ECS task definitions, service definitions and CodeDeploy appspec files for AWS Fargate problems.
Folders are searched recursively for *.json, *.jsonc, *.yaml and *.yml files (node_modules and .git are
skipped); files are recognised by their content, and files that are not ECS documents are skipped.

Options:
  -f, --format <text|json|sarif>   Output format (default: text)
      --max-warnings <n>           Exit with code 1 when there are more than n warnings
      --rule <id>=<severity>       Set a rule's severity: off, info, warning or error (repeatable)
  -c, --config <path>              Config file (default: .fargate-lint.json in the current folder or above)
  -q, --quiet                      Report errors only
      --list-suppressed            Also list findings suppressed by fargate-disable comments or template Metadata
  -o, --output-file <path>         Write the report to a file instead of standard output
      --color, --no-color          Force or disable colours (default: on when writing to a terminal)
  -v, --version                    Print the version
  -h, --help                       Show this help

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage, config or I/O error.
`;

const RULE_IDS = RULES.map((r) => r.meta.id);

/** Up to three known rule ids close to `id`: small edit distance, or a shared word (`public-ipp` -> `service-public-ip`). */
export function closeRuleIds(id: string): string[] {
  const bare = id.replace(/^fargate\//, '').toLowerCase();
  const words = bare.split(/[^a-z0-9]+/).filter((w) => w.length > 3);
  return RULE_IDS.map((r) => {
    const rb = r.replace(/^fargate\//, '');
    const distance = damerauLevenshtein(bare, rb);
    const shared = words.some((w) => rb.split('-').includes(w));
    return { r, distance, shared, score: shared ? distance - 5 : distance };
  })
    .filter((x) => x.shared || x.distance <= Math.max(3, Math.floor(bare.length / 3)))
    .sort((a, b) => a.score - b.score || a.r.localeCompare(b.r))
    .slice(0, 3)
    .map((x) => x.r);
}

/** A known rule id for `id` (`image-tag` is accepted for `fargate/image-tag`), or a usage error. */
export function checkRuleId(id: string, where: string): string {
  if (RULE_IDS.includes(id)) return id;
  if (!id.includes('/') && RULE_IDS.includes(`fargate/${id}`)) return `fargate/${id}`;
  const close = closeRuleIds(id);
  throw new UsageError(
    `${where}: unknown rule '${id}'.` +
      (close.length ? ` Did you mean ${close.map((c) => `'${c}'`).join(', ')}?` : '') +
      ' docs/rules.md lists every rule id.',
  );
}

/** Normalises a severity word (`information` is accepted for `info`), or a usage error. */
export function checkSeverity(value: unknown, where: string): SeveritySetting {
  const s = typeof value === 'string' ? value.trim().toLowerCase() : value;
  const norm = s === 'information' ? 'info' : s;
  if (isSeveritySetting(norm)) return norm;
  throw new UsageError(`${where}: '${String(value)}' is not a severity; use off, info, warning or error.`);
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { help: false, version: false, format: 'text', rules: {}, quiet: false, inputs: [] };
  let i = 0;
  const valueOf = (name: string, inline: string | undefined): string => {
    if (inline !== undefined) return inline;
    const v = argv[++i];
    if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`option ${name} needs a value.`);
    return v;
  };
  let onlyFiles = false;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      opts.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    switch (name) {
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '-v':
      case '--version':
        opts.version = true;
        break;
      case '-f':
      case '--format': {
        const v = valueOf(name, inline).toLowerCase();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${v}').`);
        opts.format = v as OutputFormat;
        break;
      }
      case '--max-warnings': {
        const v = valueOf(name, inline);
        if (!/^\d+$/.test(v.trim())) throw new UsageError(`--max-warnings needs a whole number of 0 or more (got '${v}').`);
        opts.maxWarnings = Number(v.trim());
        break;
      }
      case '--rule': {
        const v = valueOf(name, inline);
        const at = v.lastIndexOf('=');
        if (at <= 0) throw new UsageError(`--rule expects <rule-id>=<severity>, e.g. --rule fargate/image-tag=off (got '${v}').`);
        const id = checkRuleId(v.slice(0, at).trim(), '--rule');
        opts.rules[id] = checkSeverity(v.slice(at + 1), `--rule ${id}`);
        break;
      }
      case '-c':
      case '--config':
        opts.config = valueOf(name, inline);
        break;
      case '-q':
      case '--quiet':
        opts.quiet = true;
        break;
      case '--list-suppressed':
        opts.listSuppressed = true;
        break;
      case '-o':
      case '--output-file':
        opts.outputFile = valueOf(name, inline);
        break;
      case '--color':
        opts.color = true;
        break;
      case '--no-color':
        opts.color = false;
        break;
      default:
        throw new UsageError(`unknown option ${name}.`);
    }
  }
  return opts;
}
