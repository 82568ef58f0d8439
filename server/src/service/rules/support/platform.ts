/**
 * Fargate platform version checks shared by services and appspecs.
 */
import type { Node } from 'jsonc-parser';
import { describeType } from '../../json';
import { isSet } from './fargate';
import { isTemplated, LATEST_LINUX_PLATFORM, PLATFORM_VERSIONS } from './service';

export interface PlatformProblem {
  message: string;
  data: Record<string, unknown>;
}

/**
 * Problems with a platform version value: not a string, or a version Fargate does not have. `null` and a blank string
 * (what CLI skeletons leave) are not set, so the platform defaults to LATEST.
 */
export function platformVersionProblem(node: Node, field: string): PlatformProblem | undefined {
  if (!isSet(node)) return undefined;
  if (node.type !== 'string') {
    return {
      message: `"${field}" must be a string such as "LATEST" or "${LATEST_LINUX_PLATFORM}", not ${describeType(node)}.`,
      data: { validValues: [...PLATFORM_VERSIONS] },
    };
  }
  const v = node.value as string;
  if (isTemplated(v) || (PLATFORM_VERSIONS as readonly string[]).includes(v)) return undefined;
  let suggestion: string | undefined;
  if (v.toUpperCase() === 'LATEST') suggestion = 'LATEST';
  else {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/i.exec(v.trim());
    if (m) {
      const full = `${m[1]}.${m[2] ?? '0'}.${m[3] ?? '0'}`;
      if ((PLATFORM_VERSIONS as readonly string[]).includes(full)) suggestion = full;
    }
  }
  return {
    message:
      `Fargate has no platform version "${v}"; AWS would answer "The specified platform does not exist". ` +
      `Use "LATEST" or one of ${PLATFORM_VERSIONS.slice(1).join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}.`,
    data: suggestion ? { expected: suggestion, validValues: [...PLATFORM_VERSIONS] } : { validValues: [...PLATFORM_VERSIONS] },
  };
}

/** Is `v` an explicit platform version older than the newest Linux one? */
export function isOlderLinuxPlatform(v: string): boolean {
  return /^1\.[0-3]\.0$/.test(v);
}
