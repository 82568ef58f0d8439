/**
 * Positions and names for the features: which API path is under an offset of a `.tf` text (hover, completion,
 * "definition at cursor"), and how Terraform spells an API path (messages in the user's names).
 */
import type { Node } from '../json';
import { TF_RESOURCES, type TfSchema } from '../../knowledge/terraformEcs';
import type { TerraformDefinition } from './frontEnd';

export interface Located {
  /** API path from the definition's body. */
  path: (string | number)[];
  /** The innermost node at the offset. */
  node: Node;
  /** The offset is on a property's key (the Terraform argument or block name, a JSON key). */
  onKey: boolean;
}

/**
 * The innermost node of a definition at `offset`. Unlike a first-match descent, every child is considered: an object
 * that exists in the API shape only (deploymentConfiguration made of top-level arguments) may span members that
 * belong elsewhere, so the smallest containing node wins.
 */
export function locate(def: TerraformDefinition, offset: number): Located | undefined {
  const root = def.body.node;
  const contains = (n: Node) => offset >= n.offset && offset <= n.offset + n.length;
  if (!contains(root)) return undefined;
  let best: { node: Node; path: (string | number)[]; onKey: boolean } = { node: root, path: [], onKey: false };
  const stack: { node: Node; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (node.type === 'object' && c.type === 'property') {
        const key = c.children?.[0];
        const value = c.children?.[1];
        if (!key) continue;
        const p = [...path, key.value as string];
        if (!def.virtual.has(key) && contains(key) && key.length <= best.node.length) best = { node: key, path: p, onKey: true };
        if (value && contains(value)) {
          if (!def.virtual.has(value) && value.length <= best.node.length) best = { node: value, path: p, onKey: false };
          stack.push({ node: value, path: p });
        }
      } else if (node.type === 'array' && contains(c)) {
        const p = [...path, i];
        if (c.length <= best.node.length) best = { node: c, path: p, onKey: false };
        stack.push({ node: c, path: p });
      }
    }
  }
  return best;
}

/**
 * The Terraform spelling of an API path of a definition: `network_configuration.assign_public_ip`,
 * `deployment_maximum_percent`, `volume[1].efs_volume_configuration.file_system_id`; inside container_definitions the
 * JSON keys as they are (`container_definitions[0].portMappings[0].hostPort`). Undefined when the path has no
 * Terraform spelling.
 */
export function terraformName(def: Pick<TerraformDefinition, 'resourceType'>, path: readonly (string | number)[]): string | undefined {
  let schema: TfSchema = TF_RESOURCES[def.resourceType].schema;
  let out = '';
  let i = 0;
  while (i < path.length) {
    let match: { name: string; len: number } | undefined;
    for (const [name, f] of Object.entries(schema)) {
      if (f.kind === 'terraform' || f.api.length > path.length - i) continue;
      if (!f.api.every((s, k) => path[i + k] === s)) continue;
      if (!match || f.api.length > match.len) match = { name, len: f.api.length };
    }
    if (!match) return undefined;
    const field = schema[match.name];
    out += (out ? '.' : '') + match.name;
    i += match.len;
    if (field.kind === 'attribute') {
      // The rest is inside the value: JSON keys (container_definitions), map keys, list indexes.
      for (; i < path.length; i++) out += typeof path[i] === 'number' ? `[${path[i]}]` : `.${path[i]}`;
      return out;
    }
    if (field.kind !== 'block') return undefined;
    if (field.list && typeof path[i] === 'number') out += `[${path[i++]}]`;
    schema = field.body;
  }
  return out;
}
