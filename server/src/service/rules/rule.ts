/**
 * The rule contract. Every rule lives in its own module with its metadata (id, default severity, title,
 * explanation, AWS source) and a `check` function that reports findings through the context.
 */
import type { Node } from 'jsonc-parser';
import type { FargateSettings, SeverityName } from '../../common/settings';
import type { Definition } from '../definitions';
import type { ParsedDocument } from '../document';
import type { TaskDefinitionModel } from '../model';

export type RuleCategory =
  | 'syntax'
  | 'schema'
  | 'fargate'
  | 'networking'
  | 'iam'
  | 'security'
  | 'logging'
  | 'storage'
  | 'health'
  | 'service'
  | 'appspec'
  | 'cross-file';

/** What a rule inspects. `document` rules run on every recognised document. */
export type RuleTarget = 'document' | 'taskDefinition' | 'service' | 'appspec';

export interface RuleMeta {
  /** Stable id, also the diagnostic `code`: `fargate/<kebab-name>`. */
  id: string;
  /** Default severity; users override it per rule with `fargate.rules`. */
  severity: SeverityName;
  /** Short title, used in the rule reference and SARIF. */
  title: string;
  /** Longer explanation: what is checked, why AWS cares, how to fix it. Markdown. */
  description: string;
  /** The AWS page (or other primary source) the rule comes from; also `codeDescription.href`. */
  source: string;
  category: RuleCategory;
  target: RuleTarget;
  /** Task-definition rules that only apply when the task targets Fargate. */
  fargateOnly?: boolean;
  /** Id of the episode concept this rule teaches (concept sidebar). */
  concept?: string;
}

/** A place in the document: a node or an explicit offset/length. */
export type Place = Node | { offset: number; length: number };

export interface Finding {
  ruleId: string;
  severity: SeverityName;
  offset: number;
  length: number;
  message: string;
  /** Data for quick fixes; always carries `ruleId`. */
  data?: Record<string, unknown>;
}

/** Documents related to the one being checked (same folder, and `fargate.relatedFolders`), for cross-file rules. */
export interface RelatedDocuments {
  taskDefinitions: {
    uri: string;
    doc: ParsedDocument;
    task: TaskDefinitionModel;
    /** Found in one of `fargate.relatedFolders` rather than next to the file: matched by family only. */
    elsewhere?: boolean;
    /** How messages name the file: its name, or its path from the checked file's folder when elsewhere. */
    label?: string;
  }[];
  services: { uri: string; doc: ParsedDocument }[];
  appspecs: { uri: string; doc: ParsedDocument }[];
}

export interface RuleContext {
  /**
   * The document as the rule's definition shows it: for a plain ECS file the document itself; for a template a
   * per-definition view (kind, body and root are the definition's, offsets the template's).
   */
  readonly doc: ParsedDocument;
  /** The definition being checked, in documents with many definitions (templates). */
  readonly definition?: Definition;
  /** Present for task-definition documents. */
  readonly task?: TaskDefinitionModel;
  readonly settings: FargateSettings;
  readonly related?: RelatedDocuments;
  /** Reports a finding at `place`; `data` is attached to the diagnostic for quick fixes. */
  report(place: Place, message: string, data?: Record<string, unknown>): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Helper so each module reads `export default defineRule({...}, ctx => ...)`. */
export function defineRule(meta: RuleMeta, check: (ctx: RuleContext) => void): Rule {
  return { meta, check };
}

/** Range of a property key (for "remove this field" style findings), falling back to the node. */
export function keyPlace(prop: { keyNode: Node } | undefined, fallback: Node): Place {
  return prop ? prop.keyNode : fallback;
}

/** A readable label for a container in messages: its name, or its position. */
export function containerLabel(c: { name?: string; index: number }): string {
  return c.name ? `container '${c.name}'` : `container #${c.index + 1}`;
}

export const DOCS = {
  taskDefParams: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html',
  fargateTasks: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
  cpuMemoryError: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html',
  executionRole: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
  taskRole: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
  awsvpc: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html',
  secrets: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
  awslogs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
  securityHubEcs: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html',
  efs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html',
  registerApi: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
  containerDefinitionApi: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
  createServiceApi: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
  appspec: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html',
  blueGreen: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-bluegreen.html',
} as const;
