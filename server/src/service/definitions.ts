/**
 * Definitions: the unit the checker works on. A document (plain ECS API JSON/YAML, a CloudFormation template, a
 * Terraform module) yields a list of definitions, each one task definition / service / appspec / task set ...
 * with its kind, its name, its dialect and a tree in the ECS API's shape whose nodes keep the source ranges.
 * Rules, hovers and completions work on that tree and never learn dialects; the source ranges map their results
 * back onto the text. See ../shared/guides/dialects.md and ../shared/briefs/definitions-contract.md.
 *
 * Pure module: no LSP, no VS Code, no parser.
 */
import type { Node } from 'jsonc-parser';
import type { JsonObject } from './json';

/** What a definition is. */
export type DefinitionKind = 'taskDefinition' | 'service' | 'appspec' | 'taskSet' | 'cluster' | 'capacityProvider' | 'clusterCapacityProviderAssociations' | 'containerDefinitions';
/** Which front end produced it. */
export type Dialect = 'ecs-json' | 'ecs-yaml' | 'cloudformation' | 'terraform' | 'container-definitions';

export interface SourceRange { offset: number; length: number }

/**
 * Where a value node of the definition points to another definition or resource of the same document: a
 * CloudFormation `Ref` / `Fn::GetAtt` (`target` = logical id, `attribute` = `Arn`), a Terraform reference
 * (`target` = `aws_iam_role.exec`, `attribute` = `arn`).
 */
export interface DefinitionReference {
  target: string;
  attribute?: string;
}

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
  /** Value nodes that name another resource of the same document (added to the contract by the CloudFormation front end). */
  references?: WeakMap<Node, DefinitionReference>;
  /**
   * The same definition under other choices of the document's conditions (CloudFormation `Fn::If`: the first
   * definition takes every condition as true, a variant every condition as false). Rules run on each; findings
   * are merged. Absent when the definition has no conditional values.
   */
  variants?: Definition[];
  /**
   * Problems the front end found while building the tree (a CloudFormation property written in the wrong case),
   * reported under a rule's id so its severity setting and suppressions apply.
   */
  problems?: DefinitionProblem[];
  /** Rule ids switched off for this definition by the document (resource `Metadata`; see suppressions). */
  suppressed?: readonly string[];
}

export interface DefinitionProblem extends SourceRange {
  ruleId: string;
  message: string;
  data?: Record<string, unknown>;
}

/**
 * An unknown value is a `string` node whose `value` is `${<expr>}` with braces removed from expr, so every existing
 * rule's placeholder test (`values.ts` isPlaceholder) already treats it as "unknown, stay silent"; the definition's
 * `unknowns` map keeps the real expression.
 */
export function unknownValue(expr: string): string {
  return '${' + expr.replace(/[{}]/g, '').slice(0, 200) + '}';
}

/** What a dialect front end returns for one document. */
export interface FrontEndResult {
  definitions: Definition[];
  /** Syntax problems of the dialect (the document's text already parsed; these are the dialect's own). */
  syntaxErrors?: { offset: number; length: number; message: string }[];
}

const NO_KEYS = new WeakMap<Node, string>();
const NO_UNKNOWNS = new WeakMap<Node, string>();

/** The one definition of a plain ECS API document (JSON or YAML): its body is the parsed tree itself. */
export function plainDefinition(kind: DefinitionKind, dialect: Dialect, body: JsonObject, range: SourceRange): Definition {
  return { kind, dialect, body, range, sourceKeys: NO_KEYS, unknowns: NO_UNKNOWNS };
}

/** Is this dialect a plain ECS API file, whose tree is the document's own tree? */
export function isPlainDialect(dialect: Dialect): boolean {
  return dialect === 'ecs-json' || dialect === 'ecs-yaml';
}

/** The definition whose source range holds `offset` (the innermost, the first on ties); undefined outside all. */
export function definitionAt<D extends { range: SourceRange }>(definitions: readonly D[], offset: number): D | undefined {
  let best: D | undefined;
  for (const d of definitions) {
    if (offset < d.range.offset || offset > d.range.offset + d.range.length) continue;
    if (!best || d.range.length < best.range.length) best = d;
  }
  return best;
}
