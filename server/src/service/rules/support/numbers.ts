/**
 * Reading numeric fields (ports, seconds, MiB) the same way in every rule: a JSON number, a numeric string
 * (a type slip the schema rule reports; the value is still checked), a template placeholder (unknown, so
 * silent), or something that is not a number at all.
 */
import type { Node } from 'jsonc-parser';
import { describeType } from '../../json';
import { isPlaceholder } from '../../values';

export type NumberRead =
  | { kind: 'absent' }
  | { kind: 'placeholder' }
  | { kind: 'number'; value: number; integer: boolean; quoted: boolean }
  | { kind: 'invalid'; description: string };

const NUMERIC = /^\s*-?\d+(\.\d+)?\s*$/;

/** Reads a node as a number. `null` and a missing node are "absent" (AWS treats null as not set). */
export function readNumber(node: Node | undefined): NumberRead {
  if (!node || node.type === 'null') return { kind: 'absent' };
  if (node.type === 'number') {
    const value = node.value as number;
    if (!Number.isFinite(value)) return { kind: 'invalid', description: 'a number out of range' };
    return { kind: 'number', value, integer: Number.isInteger(value), quoted: false };
  }
  if (node.type === 'string') {
    const s = node.value as string;
    if (isPlaceholder(s)) return { kind: 'placeholder' };
    if (NUMERIC.test(s)) {
      const value = Number(s);
      return { kind: 'number', value, integer: Number.isInteger(value), quoted: true };
    }
    return { kind: 'invalid', description: s.trim() === '' ? 'an empty string' : `the text "${truncate(s)}"` };
  }
  return { kind: 'invalid', description: describeType(node) };
}

/** Shortens user text for a message. */
export function truncate(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
