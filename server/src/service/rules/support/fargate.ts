/**
 * Shared helpers for the Fargate compatibility rules: when a Fargate restriction applies to a task definition,
 * and which values count as "not set" (AWS ignores them, so they are never reported).
 */
import type { Node } from 'jsonc-parser';
import { registeredNetworkMode, type TaskDefinitionModel } from '../../model';
import { isPlaceholder } from '../../values';

/**
 * True when the Fargate restrictions should be enforced: the task lists FARGATE in `requiresCompatibilities`,
 * or lists a template placeholder there while its network mode is awsvpc (or unknown). A task without
 * `requiresCompatibilities` is not held to Fargate's rules, even when it is Fargate-shaped: ECS registers it
 * for EC2, and `fargate/requires-compatibilities` suggests adding FARGATE instead (a wrong error is worse
 * than none). The validator applies this to every `fargateOnly` rule.
 */
export function fargateApplies(task: TaskDefinitionModel | undefined): task is TaskDefinitionModel {
  if (!task || task.fargate === 'none') return false;
  if (task.fargate === 'explicit') return true;
  if (!task.requiresCompatibilities || task.requiresCompatibilities.length === 0) return false;
  // A templated requiresCompatibilities: Fargate unless the network mode says otherwise.
  const mode = registeredNetworkMode(task);
  return mode === undefined || mode === 'awsvpc';
}

/** True for values AWS treats as "not set": null, false, empty string/array/object. */
export function isEmptyValue(node: Node | undefined): boolean {
  if (!node) return true;
  switch (node.type) {
    case 'null':
      return true;
    case 'boolean':
      return node.value === false;
    case 'string':
      return (node.value as string).trim() === '';
    case 'array':
    case 'object':
      return (node.children ?? []).length === 0;
    default:
      return false;
  }
}

/**
 * True when a field is given a value: not absent, `null` or a blank string (which CLI skeletons leave and AWS
 * treats as not set). Unlike {@link isEmptyValue}, `false`, `0` and empty lists count as given.
 */
export function isSet(node: Node | undefined): node is Node {
  return !!node && node.type !== 'null' && !(node.type === 'string' && (node.value as string).trim() === '');
}

/**
 * A boolean field as AWS reads it: `true`/`false`, or the string a template conversion may leave (`"true"`); absent,
 * `null` and a blank string are the default `false`. Undefined when it cannot be told (a placeholder, another type).
 */
export function booleanOf(node: Node | undefined): boolean | undefined {
  if (!isSet(node)) return false;
  if (node.type === 'boolean') return node.value === true;
  if (node.type === 'string') {
    const v = (node.value as string).trim().toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
  }
  return undefined;
}

/** True when a node is a string placeholder (its final value is unknown). */
export function isPlaceholderNode(node: Node | undefined): boolean {
  return !!node && node.type === 'string' && isPlaceholder(node.value);
}

/** The `data` a "delete this property" quick fix needs. */
export function removableData(field: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { field, removable: true, ...extra };
}

/** Joins words into "a, b or c". */
export function orList(items: readonly string[], last = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** Where to point when a task-level field is missing: the FARGATE entry, `requiresCompatibilities`, `family`, or the task. */
export function fargateAnchor(task: TaskDefinitionModel): Node {
  const rc = task.obj.prop('requiresCompatibilities');
  const fargateEntry = rc?.valueNode?.children?.find((n) => n.type === 'string' && n.value === 'FARGATE');
  return fargateEntry ?? rc?.keyNode ?? task.obj.prop('family')?.keyNode ?? task.obj.node;
}

/** `containerLabel` with a capital first letter, for the start of a message. */
export function sentenceLabel(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
