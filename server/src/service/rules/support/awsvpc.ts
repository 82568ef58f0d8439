/**
 * The subnet and security group lists of an awsvpc configuration, read the same way in a service definition
 * (`awsvpcConfiguration.subnets`) and in an AppSpec (`AwsvpcConfiguration.Subnets`).
 */
import type { Node } from 'jsonc-parser';
import { describeType } from '../../json';
import type { RuleContext } from '../rule';
import { isTemplated } from './service';

export interface IdListKind {
  /** A task's network interface takes at most this many. */
  max: number;
  what: string;
  /** Shape of one ID, to tell a padded ID (`" subnet-1 "`) from anything else. */
  pattern: RegExp;
  example: string;
}

export const SUBNETS: IdListKind = { max: 16, what: 'subnet', pattern: /^subnet-[0-9a-f]+$/, example: 'subnet-…' };
export const SECURITY_GROUPS: IdListKind = { max: 5, what: 'security group', pattern: /^sg-[0-9a-f]+$/, example: 'sg-…' };

/**
 * Reports what AWS would reject in a list of subnet or security group IDs written as `field`: not a list, more
 * entries than an interface takes, entries that are not strings, IDs with surrounding spaces (AWS does not trim
 * them) and IDs listed twice. A templated list or entry is left alone. Whether the list may be empty is the caller's
 * business (subnets may not, security groups may).
 */
export function checkIdList(ctx: RuleContext, list: Node, field: string, kind: IdListKind): void {
  if (list.type === 'null' || (list.type === 'string' && isTemplated(list.value))) return;
  if (list.type !== 'array') {
    ctx.report(list, `"${field}" must be a list of ${kind.what} IDs (["${kind.example}"]), not ${describeType(list)}.`);
    return;
  }
  const items = list.children ?? [];
  if (items.length > kind.max) {
    ctx.report(
      items[kind.max],
      `"${field}" lists ${items.length} entries; a task's network interface accepts at most ${kind.max} ${kind.what}s. Remove ${items.length - kind.max}.`,
      { max: kind.max },
    );
  }
  const seen = new Set<string>();
  for (const item of items) {
    if (item.type !== 'string') {
      if (item.type !== 'null') ctx.report(item, `Each entry of "${field}" must be a ${kind.what} ID string, not ${describeType(item)}.`);
      continue;
    }
    const id = item.value as string;
    if (isTemplated(id)) continue;
    if (id !== id.trim() && kind.pattern.test(id.trim())) {
      ctx.report(item, `The ${kind.what} ID "${id}" has surrounding spaces; AWS does not trim IDs, so this one will not be found.`, { expected: id.trim() });
    } else if (seen.has(id)) {
      ctx.report(item, `The ${kind.what} "${id}" is listed twice in "${field}".`, { duplicate: id, removable: true });
    }
    seen.add(id);
  }
}
