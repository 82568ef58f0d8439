/**
 * The `.fargate-lint.json` config file: the extension's settings (`enable`, `rules`, `unknownKeySeverity`,
 * `maxFileSize`) for the command line. Found from the working folder upwards unless `--config` names one.
 * Unlike VS Code settings (which fall back to defaults silently), a mistake here is a usage error: in CI a
 * typo must not quietly switch a check off.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { resolveSettings, type FargateSettings, type SeveritySetting } from '../common/settings';
import { checkRuleId, checkSeverity, UsageError } from './args';

export const CONFIG_FILE_NAME = '.fargate-lint.json';

const KEYS = ['enable', 'rules', 'unknownKeySeverity', 'maxFileSize', 'relatedFolders'];

/** The nearest `.fargate-lint.json` in `cwd` or a parent folder. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* not here */
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface RawConfig {
  enable?: boolean;
  rules: Record<string, SeveritySetting>;
  unknownKeySeverity?: SeveritySetting;
  maxFileSize?: number;
  relatedFolders?: string[];
}

function lineColOf(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/** Parses and checks a config file's text (JSON with comments). Throws {@link UsageError} naming `file`. */
export function parseConfig(text: string, file: string): RawConfig {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const e = errors[0];
    throw new UsageError(`${file}:${lineColOf(text, e.offset)}: the config file is not valid JSON (${printParseErrorCode(e.error)}).`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${file}: the config file must hold a JSON object.`);
  const raw = value as Record<string, unknown>;
  const out: RawConfig = { rules: {} };
  for (const key of Object.keys(raw)) {
    if (key === '$schema') continue;
    if (!KEYS.includes(key)) {
      const bare = key.replace(/^fargate\./, '');
      const hint = KEYS.includes(bare) ? ` Write '${bare}' (without the 'fargate.' prefix).` : ` Known keys: ${KEYS.join(', ')}.`;
      throw new UsageError(`${file}: unknown setting '${key}'.${hint}`);
    }
  }
  if (raw.enable !== undefined) {
    if (typeof raw.enable !== 'boolean') throw new UsageError(`${file}: 'enable' must be true or false.`);
    out.enable = raw.enable;
  }
  if (raw.rules !== undefined) {
    if (!raw.rules || typeof raw.rules !== 'object' || Array.isArray(raw.rules)) {
      throw new UsageError(`${file}: 'rules' must be an object such as { "fargate/image-tag": "off" }.`);
    }
    for (const [id, sev] of Object.entries(raw.rules as Record<string, unknown>)) {
      const known = checkRuleId(id, file);
      out.rules[known] = checkSeverity(sev, `${file}: rule ${id}`);
    }
  }
  if (raw.unknownKeySeverity !== undefined) out.unknownKeySeverity = checkSeverity(raw.unknownKeySeverity, `${file}: unknownKeySeverity`);
  if (raw.maxFileSize !== undefined) {
    const n = raw.maxFileSize;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) throw new UsageError(`${file}: 'maxFileSize' must be a number of bytes, 0 or more.`);
    out.maxFileSize = n;
  }
  if (raw.relatedFolders !== undefined) {
    const f = raw.relatedFolders;
    if (!Array.isArray(f) || !f.every((x) => typeof x === 'string')) {
      throw new UsageError(`${file}: 'relatedFolders' must be a list of folder paths such as ["../taskdefs"], relative to each service or appspec file.`);
    }
    out.relatedFolders = f;
  }
  return out;
}

/** Reads a config file; a missing or unreadable file is a usage error. */
export function loadConfig(file: string): RawConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read config file ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}.`);
  }
  return parseConfig(text, file);
}

/** Settings for a run: the config file, then `--rule` overrides on top, through the extension's resolver. */
export function settingsFor(config: RawConfig | undefined, cliRules: Record<string, SeveritySetting>): FargateSettings {
  return resolveSettings({ ...(config ?? {}), rules: { ...(config?.rules ?? {}), ...cliRules } });
}
