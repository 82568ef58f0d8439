/**
 * Settings shared by the client, the language server and the CLI. The client (or the CLI's config file)
 * resolves raw values; the service only ever sees a {@link FargateSettings} produced by {@link resolveSettings}.
 */

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = SeverityName | 'off';

export interface FargateSettings {
  /** Master switch: when false the server publishes nothing. */
  enable: boolean;
  /** Per-rule severity overrides keyed by rule id (e.g. `fargate/service-public-ip`). */
  rules: Record<string, SeveritySetting>;
  /** Severity of the "unknown key" diagnostic. */
  unknownKeySeverity: SeveritySetting;
  /** Documents larger than this (in UTF-16 code units ~ bytes for ASCII) are not linted. */
  maxFileSize: number;
  /**
   * Folders, relative to a service or appspec file, whose task definitions it may deploy besides those next to it
   * (`["../taskdefs"]`). Task definitions found there are matched by family only.
   */
  relatedFolders: string[];
}

/** At most this many related folders are searched. */
export const MAX_RELATED_FOLDERS = 10;

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export const DEFAULT_SETTINGS: Readonly<FargateSettings> = Object.freeze({
  enable: true,
  rules: {},
  unknownKeySeverity: 'warning',
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  relatedFolders: [],
});

const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error', 'hint'];

export function isSeveritySetting(v: unknown): v is SeveritySetting {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

/**
 * Turns whatever arrived from `workspace/configuration` (or a config file) into valid settings.
 * Invalid values fall back to defaults, never throw: a typo in settings.json must not stop the server.
 */
export function resolveSettings(raw: unknown): FargateSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
    for (const [id, sev] of Object.entries(r.rules as Record<string, unknown>)) {
      const s = typeof sev === 'string' ? (sev.toLowerCase() === 'information' ? 'info' : sev.toLowerCase()) : sev;
      if (isSeveritySetting(s)) rules[id] = s;
    }
  }
  const maxFileSize =
    typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize >= 0
      ? r.maxFileSize
      : DEFAULT_MAX_FILE_SIZE;
  const relatedFolders = Array.isArray(r.relatedFolders)
    ? [...new Set(r.relatedFolders.filter((f): f is string => typeof f === 'string').map((f) => f.trim()).filter((f) => f !== '' && f !== '.'))].slice(0, MAX_RELATED_FOLDERS)
    : [];
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : true,
    rules,
    unknownKeySeverity: isSeveritySetting(r.unknownKeySeverity) ? r.unknownKeySeverity : 'warning',
    maxFileSize,
    relatedFolders,
  };
}
