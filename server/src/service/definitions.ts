import type { Node } from 'jsonc-parser';
import type { JsonObject } from './json';

/** What a definition is. */
export type DefinitionKind = 'taskDefinition' | 'service' | 'appspec' | 'taskSet' | 'cluster' | 'capacityProvider' | 'clusterCapacityProviderAssociations' | 'containerDefinitions';
/** Which front end produced it. */
export type Dialect = 'ecs-json' | 'ecs-yaml' | 'cloudformation' | 'terraform' | 'container-definitions';

export interface SourceRange { offset: number; length: number }

/** One task definition / service / ... found in a document, in the ECS API's shape. */
export interface Definition {
  kind: DefinitionKind;
  dialect: Dialect;
  /** CloudFormation logical id, Terraform address (`aws_ecs_task_definition.api`); absent for plain API files. */
  name?: string;
  /**
   * The definition's object in the API's shape: a jsonc-parser shaped Node tree (type, offset, length, children,
   * parent, value, colonOffset) whose property key nodes carry the API (camelCase) name in `value`, and whose every
   * node's offset/length is the range of the source text it came from (the key's range for key nodes, the value's
   * range for value nodes). Free-form maps (dockerLabels, options, driverOpts, labels, proxy properties) keep keys verbatim.
   */
  body: JsonObject;
  /** The whole resource / block / object in the source text (for suppressions, sidebar, "definition at cursor"). */
  range: SourceRange;
  /** Source spelling of key nodes whose spelling differs from the API name (`FilesystemId`, `file_system_id`). */
  sourceKeys: WeakMap<Node, string>;
  /** Value nodes whose value the document computes: node -> the source expression (`!Ref ContainerCpu`, `var.cpu`). */
  unknowns: WeakMap<Node, string>;
}

/**
 * An unknown value is a `string` node whose `value` is `${<expr>}` with braces removed from expr, so every existing
 * rule's placeholder test (`values.ts` isPlaceholder) already treats it as "unknown, stay silent"; the definition's
 * `unknowns` map keeps the real expression.
 */
export function unknownValue(expr: string): string {
  return '${' + expr.replace(/[{}]/g, '').slice(0, 200) + '}';
}
