/**
 * Hovers: what a key means (type, purpose, Fargate support, the episode concept behind it, AWS docs) and what a
 * value means (sizes with their price, roles, secret references, images, notable enum values).
 *
 * Works on the jsonc Node tree and `doc.kind` only, so any format parsed into that tree (JSON, JSONC, YAML
 * appspecs) gets the same hovers. Never echoes a value that looks like a secret.
 */
import { parseImageReference } from './images';
import { parseRoleRef } from './rules/role-arn';
import { valueFromProblem } from './rules/secret-value-from';
import { secretLikeName, secretLikeValue } from './secrets';
import type { Node } from 'jsonc-parser';
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import {
  ROOT_SHAPES, didYouMean, getField, isReadOnlyTaskField, readOnlyTaskField, shapeForPath, typeAtPath,
  type FieldInfo, type TypeRef,
} from '../knowledge/catalog';
import { conceptById, conceptsForField, conceptsForValue, type Concept } from '../knowledge/concepts';
import { FARGATE_SIZES, cpuSizesForMemory, formatMemory, labelsText, memoryChoicesText, sizeForCpu, WINDOWS_SIZES, type FargateCpuSize } from '../knowledge/fargateSizes';
import { APPSPEC_DOCS, AWSLOGS_OPTIONS, VALUE_DOCS, fieldDoc, type FieldDoc } from '../knowledge/fieldDocs';
import {
  EPHEMERAL_INCLUDED_GB, HOURS_PER_MONTH, PRICES_AS_OF, PRICES_REGION, PRICES_SOURCE_URL, estimateCost, formatUsd,
} from '../knowledge/prices';
import { billing } from './costEstimate';
import type { DocumentKind } from './document';
import { JsonObject, nodeAtOffset, pathOf, scalar } from './json';
import type { Analysis } from './languageService';
import { buildTaskModel, type TaskDefinitionModel } from './model';
import { isPlaceholder, isTemplated, parseCpu, parseMemory, sizeNumber } from './values';

// ─────────────────────────────────────────── shared context helpers ───────────────────────────────────────────

export type Path = (string | number)[];

/** Where the definition sits in the document and which catalog shape its root is. */
export interface BodyContext {
  kind: Exclude<DocumentKind, 'none'>;
  /** The object holding the definition. */
  node: Node;
  /** Path from the document root to {@link node}: `[]` or `[wrapperKey]`. */
  prefix: Path;
  /** Catalog root shape (task definition and service documents). */
  rootShape?: string;
}

/** The definition body of an analysed document, also while the document is broken and not fully recognised. */
export function bodyContext(analysis: Analysis): BodyContext | undefined {
  const d = analysis.doc;
  if (d.kind === 'none' || d.skipped || !d.root || d.root.type !== 'object') return undefined;
  let node = d.body?.node;
  let prefix: Path = d.wrapperKey ? [d.wrapperKey] : [];
  if (!node) {
    node = d.root;
    prefix = [];
    const ro = new JsonObject(d.root);
    const inner = ro.get('taskDefinition');
    if (d.kind === 'taskDefinition' && !ro.has('containerDefinitions') && inner && inner.type === 'object') {
      node = inner;
      prefix = ['taskDefinition'];
    }
  }
  const rootShape = d.kind === 'taskDefinition' ? ROOT_SHAPES.taskDefinition : d.kind === 'service' ? ROOT_SHAPES.service : undefined;
  return { kind: d.kind, node, prefix, rootShape };
}

/** `path` relative to the body, or undefined when it lies outside the body. */
export function relativePath(ctx: BodyContext, path: readonly (string | number)[]): Path | undefined {
  for (let i = 0; i < ctx.prefix.length; i++) if (path[i] !== ctx.prefix[i]) return undefined;
  return path.slice(ctx.prefix.length);
}

/** The task model for hovers/completions: the cached one, or one built on the fly from a broken document. */
export function taskModelOf(analysis: Analysis, ctx: BodyContext): TaskDefinitionModel | undefined {
  if (ctx.kind !== 'taskDefinition') return undefined;
  return analysis.task ?? buildTaskModel(new JsonObject(ctx.node));
}

/** `containerDefinitions[].portMappings` style pattern for concept lookup, with the document kind's prefix. */
export function conceptPath(kind: BodyContext['kind'], path: readonly (string | number)[]): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? '[]' : s === '' ? seg : `.${seg}`;
  if (kind === 'service') return `service:${s}`;
  if (kind === 'appspec') return `appspec:${s}`;
  return s;
}

/** Friendly name of a catalog shape for headings. */
export function shapeLabel(shape: string): string {
  switch (shape) {
    case 'RegisterTaskDefinitionRequest':
      return 'task definition';
    case 'ContainerDefinition':
      return 'container definition';
    case 'CreateServiceRequest':
      return 'service';
    case 'UpdateServiceRequest':
      return 'service update';
    default:
      return shape;
  }
}

/** `string`, `integer`, `list of PortMapping`, `map of string to string`, `LogConfiguration` (an object). */
export function typeLabel(t: TypeRef): string {
  switch (t.type) {
    case 'list':
      return t.items ? `list of ${typeLabel(t.items)}` : 'list';
    case 'map':
      return t.items ? `map of string to ${typeLabel(t.items)}` : 'map';
    case 'structure':
      return t.shape ? `${t.shape} object` : 'object';
    case 'document':
      return 'any JSON value';
    default:
      return t.type;
  }
}

/**
 * Enum values Fargate rejects, per `Shape.member`. Completion marks them "(not on Fargate)" and sorts them last;
 * hovers mention it. The whole-field restrictions live in the catalog (`FieldInfo.fargate`).
 */
export const FARGATE_UNSUPPORTED_VALUES: Readonly<Record<string, readonly string[]>> = {
  'RegisterTaskDefinitionRequest.networkMode': ['bridge', 'host', 'none'],
  'RegisterTaskDefinitionRequest.pidMode': ['host'],
  'RegisterTaskDefinitionRequest.ipcMode': ['host', 'task', 'none'],
  'LogConfiguration.logDriver': ['json-file', 'syslog', 'journald', 'gelf', 'fluentd'],
  'CreateServiceRequest.schedulingStrategy': ['DAEMON'],
  'RuntimePlatform.operatingSystemFamily': ['WINDOWS_SERVER_2016_FULL', 'WINDOWS_SERVER_2004_CORE', 'WINDOWS_SERVER_20H2_CORE'],
  'ResourceRequirement.type': ['GPU', 'InferenceAccelerator', 'NeuronDevice'],
  'DockerVolumeConfiguration.scope': ['task', 'shared'],
  'PlacementStrategy.type': ['random', 'spread', 'binpack'],
  'PlacementConstraint.type': ['distinctInstance', 'memberOf'],
  'TaskDefinitionPlacementConstraint.type': ['memberOf'],
};

export function isUnsupportedOnFargate(shape: string, member: string, value: string): boolean {
  return FARGATE_UNSUPPORTED_VALUES[`${shape}.${member}`]?.includes(value) ?? false;
}

/** The API reference link for a field without its own doc entry (same scheme as fieldDocs). */
export function apiDocUrl(shape: string, member: string): string {
  const base = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/';
  const ops: Record<string, string> = {
    RegisterTaskDefinitionRequest: 'RegisterTaskDefinition',
    CreateServiceRequest: 'CreateService',
    UpdateServiceRequest: 'UpdateService',
  };
  const op = ops[shape];
  return op ? `${base}API_${op}.html#ECS-${op}-request-${member}` : `${base}API_${shape}.html#ECS-Type-${shape}-${member}`;
}

// ─────────────────────────────────────────── Markdown helpers ───────────────────────────────────────────

/** Inline code that survives backticks inside; long values are shortened. */
export function code(value: string, max = 80): string {
  const v = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  let fence = '`';
  while (v.includes(fence)) fence += '`';
  const pad = v.startsWith('`') || v.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${v}${pad}${fence}`;
}

/** The analogy's first sentence as a short italic line in the "Think of it ..." voice. */
export function analogyLine(c: Concept): string {
  let first = (c.analogy.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? c.analogy).trim();
  // Keep it to one short line: a long sentence is cut at its first colon or semicolon.
  const cut = first.search(/[:;]/);
  if (first.length > 110 && cut >= 30) first = `${first.slice(0, cut)}.`;
  let line: string;
  if (/^think of/i.test(first)) line = first;
  else if (/^(it|this) (is|works) /i.test(first)) line = `Think of it this way: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
  else line = `Think of it this way: ${first}`;
  return `_${line.replace(/_/g, '\\_')}_`;
}

/** The concept block: title, summary and analogy. */
export function conceptBlock(c: Concept | undefined): string[] {
  if (!c) return [];
  return [`**Concept: ${c.title}**: ${c.summary}`, analogyLine(c)];
}

function link(title: string, url: string): string {
  return `[${title}](${url})`;
}

function hover(lines: (string | undefined)[], node: Node, textDoc: TextDocument): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.filter((l): l is string => l !== undefined && l !== '').join('\n\n') },
    range: { start: textDoc.positionAt(node.offset), end: textDoc.positionAt(node.offset + node.length) },
  };
}

/** The valid memory values of a CPU size in words: "512 MiB, 1 GB or 2 GB", "2 GB to 8 GB in 1 GB steps". */
export function describeMemoryRange(size: FargateCpuSize): string {
  return memoryChoicesText(size.memory);
}

// ─────────────────────────────────────────── entry point ───────────────────────────────────────────

/** Hover at a position, or null when there is nothing useful to say. Never throws on odd input. */
export function doHover(analysis: Analysis, textDoc: TextDocument, position: Position): Hover | null {
  const ctx = bodyContext(analysis);
  if (!ctx) return null;
  const node = nodeAtOffset(analysis.doc.root, textDoc.offsetAt(position));
  if (!node || node.type === 'object' || node.type === 'array' || node.type === 'property') return null;
  const parent = node.parent;
  const isKey = parent?.type === 'property' && parent.children?.[0] === node;
  if (isKey) {
    if (typeof node.value !== 'string') return null;
    const objPath = relativePath(ctx, pathOf(node));
    if (!objPath) return null;
    const lines = ctx.kind === 'appspec' ? appspecKeyLines(ctx, objPath, node.value) : keyLines(analysis, ctx, objPath, node.value);
    return lines ? hover(lines, node, textDoc) : null;
  }
  const path = relativePath(ctx, pathOf(node));
  if (!path) return null;
  const lines = valueLines(analysis, ctx, node, path);
  return lines ? hover(lines, node, textDoc) : null;
}

// ─────────────────────────────────────────── keys ───────────────────────────────────────────

/** Documentation lines for one catalog field (used by hovers and completion items). */
export function fieldLines(shape: string, member: string, field: FieldInfo, kind: BodyContext['kind'], path: Path): string[] {
  const doc: FieldDoc | undefined = fieldDoc(shape, member);
  const lines: string[] = [];
  const req = field.required ? ' · required' : '';
  lines.push(`**${code(member)}** · ${code(typeLabel(field))} · ${shapeLabel(shape)}${req}`);
  lines.push(doc?.description ?? `A field of ${shape} in the ECS API.`);
  const values = field.enum ?? field.items?.enum;
  if (values) {
    const shown = values.map((v) => (isUnsupportedOnFargate(shape, member, v) ? `${code(v)} (not on Fargate)` : code(v)));
    lines.push(`Values: ${shown.join(', ')}`);
  }
  if (typeof field.min === 'number' || typeof field.max === 'number') {
    if (field.type === 'integer' || field.type === 'long' || field.type === 'double' || field.type === 'float') {
      lines.push(`Range: ${field.min ?? '…'} to ${field.max ?? '…'}`);
    }
  }
  const fargate = fargateLine(field, doc);
  if (fargate) lines.push(fargate);
  if (field.deprecated) lines.push('_Deprecated in the ECS API._');
  const concept = conceptsForField(conceptPath(kind, [...path, member]))[0] ?? (doc?.concept ? conceptById(doc.concept) : undefined);
  lines.push(...conceptBlock(concept));
  lines.push(link('AWS documentation', doc?.docUrl ?? apiDocUrl(shape, member)));
  return lines;
}

function fargateLine(field: FieldInfo, doc: FieldDoc | undefined): string | undefined {
  if (field.fargate === 'unsupported') {
    // Prefer the catalog's specific reason over a generic "Not supported on Fargate."
    const text = doc?.fargate && doc.fargate !== 'Not supported on Fargate.' ? doc.fargate : field.fargateNote ?? doc?.fargate ?? '';
    return /not (supported|allowed|available)|cannot|can't|only/i.test(text) ? `**Fargate:** ${text}` : `**Fargate:** not supported. ${text}`.trim();
  }
  const note = doc?.fargate ?? field.fargateNote;
  return note ? `**Fargate:** ${note}` : undefined;
}

function keyLines(analysis: Analysis, ctx: BodyContext, objPath: Path, key: string): string[] | undefined {
  if (!ctx.rootShape) return undefined;
  const shape = shapeForPath(ctx.rootShape, objPath);
  if (shape) {
    const field = getField(shape, key);
    if (field) return fieldLines(shape, key, field, ctx.kind, objPath);
    if (shape === ROOT_SHAPES.taskDefinition && isReadOnlyTaskField(key)) {
      const ro = readOnlyTaskField(key);
      return [
        `**${code(key)}**${ro ? ` · ${code(typeLabel(ro))}` : ''} · read-only`,
        'ECS returns this field from describe-task-definition, but register-task-definition does not accept it. Remove it before registering this file as a new revision.',
        link('AWS documentation', 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinition.html'),
      ];
    }
    const suggestion = didYouMean(shape, key);
    return [
      `**${code(key)}** · unknown key`,
      `The ECS API has no field ${code(key)} in a ${shapeLabel(shape)}; it would be rejected or ignored.${suggestion ? ` Did you mean ${code(suggestion)}?` : ''}`,
    ];
  }
  // Map keys: awslogs options get their own documentation.
  const container = typeAtPath(ctx.rootShape, objPath);
  if (container?.type === 'map' && objPath[objPath.length - 1] === 'options' && shapeForPath(ctx.rootShape, objPath.slice(0, -1)) === 'LogConfiguration') {
    return awslogsOptionLines(analysis, ctx, objPath, key);
  }
  return undefined;
}

function awslogsOptionLines(analysis: Analysis, ctx: BodyContext, objPath: Path, key: string): string[] | undefined {
  const driver = logDriverAt(ctx, objPath.slice(0, -1));
  if (driver !== undefined && driver !== 'awslogs') return undefined;
  if (!Object.prototype.hasOwnProperty.call(AWSLOGS_OPTIONS, key)) return undefined;
  const opt = AWSLOGS_OPTIONS[key];
  const req = opt.required === 'always' ? ' · required' : opt.required === 'fargate' ? ' · required on Fargate' : '';
  return [
    `**${code(key)}** · awslogs option${req}`,
    opt.description,
    ...conceptBlock(conceptById('cloudwatch-logs-metrics')),
    link('AWS documentation', 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html'),
  ];
}

/** The logDriver of the LogConfiguration object at `logPath` (relative to the body). */
function logDriverAt(ctx: BodyContext, logPath: Path): string | undefined {
  let cur: Node | undefined = ctx.node;
  for (const seg of logPath) {
    if (!cur) return undefined;
    if (typeof seg === 'number') cur = cur.type === 'array' ? cur.children?.[seg] : undefined;
    else cur = cur.type === 'object' ? new JsonObject(cur).get(seg) : undefined;
  }
  return cur && cur.type === 'object' ? new JsonObject(cur).str('logDriver') : undefined;
}

/** APPSPEC_DOCS entry for a key, trying the usual capitalisations. */
export function appspecDoc(key: string): FieldDoc | undefined {
  for (const k of [key, key.charAt(0).toUpperCase() + key.slice(1), key.toLowerCase()]) {
    if (Object.prototype.hasOwnProperty.call(APPSPEC_DOCS, `appspec.${k}`)) return APPSPEC_DOCS[`appspec.${k}`];
  }
  return undefined;
}

function appspecKeyLines(ctx: BodyContext, objPath: Path, key: string): string[] | undefined {
  const doc = appspecDoc(key);
  if (!doc) return undefined;
  const concept = conceptsForField(conceptPath(ctx.kind, [...objPath, key]))[0];
  return [
    `**${code(key)}** · CodeDeploy appspec`,
    doc.description,
    doc.fargate ? `**Fargate:** ${doc.fargate}` : undefined,
    ...conceptBlock(concept ?? conceptById('blue-green-codedeploy')),
    link('AWS documentation', doc.docUrl),
  ].filter((l): l is string => l !== undefined);
}

// ─────────────────────────────────────────── values ───────────────────────────────────────────

/** Contexts where a bare VALUE_DOCS entry is looked up although the field is not an enum. */
const VALUE_FIELDS = new Set([
  'HealthCheck.command',
  'KernelCapabilities.add',
  'KernelCapabilities.drop',
  'CreateServiceRequest.platformVersion',
  'UpdateServiceRequest.platformVersion',
  'CapacityProviderStrategyItem.capacityProvider',
  'ServiceManagedEBSVolumeConfiguration.volumeType',
  'ServiceManagedEBSVolumeConfiguration.filesystemType',
  'appspec.PlatformVersion',
  'appspec.CapacityProvider',
  'appspec.AssignPublicIp',
]);

/** VALUE_DOCS entry for a value of `Shape.member`: the specific entry first, then the bare value. */
export function valueDoc(shape: string, member: string, value: string, enumValues?: readonly string[]): { description: string; docUrl?: string } | undefined {
  const specific = `${shape}.${member}=${value}`;
  if (Object.prototype.hasOwnProperty.call(VALUE_DOCS, specific)) return VALUE_DOCS[specific];
  if (!Object.prototype.hasOwnProperty.call(VALUE_DOCS, value)) return undefined;
  if ((enumValues && enumValues.includes(value)) || VALUE_FIELDS.has(`${shape}.${member}`)) return VALUE_DOCS[value];
  return undefined;
}

function valueLines(analysis: Analysis, ctx: BodyContext, node: Node, path: Path): string[] | undefined {
  // The field this value belongs to: the last key in the path (list items belong to their list's field).
  let memberIdx = -1;
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === 'string') {
      memberIdx = i;
      break;
    }
  }
  if (memberIdx < 0) return undefined;
  const member = path[memberIdx] as string;
  const objPath = path.slice(0, memberIdx);
  const indexInList = path.length > memberIdx + 1 ? path[memberIdx + 1] : undefined;
  const raw = scalar(node);
  const value = typeof raw === 'string' ? raw : undefined;

  if (ctx.kind === 'appspec') return appspecValueLines(ctx, objPath, member, value);
  if (!ctx.rootShape) return undefined;
  const shape = shapeForPath(ctx.rootShape, objPath);
  const task = taskModelOf(analysis, ctx);

  // Map values (logConfiguration.options, dockerLabels): awslogs option values get the option's doc.
  if (!shape) {
    const container = typeAtPath(ctx.rootShape, objPath);
    if (container?.type === 'map' && objPath[objPath.length - 1] === 'options' && value !== undefined && secretLikeValue(value)) {
      return secretValueLines(member);
    }
    if (container?.type === 'map' && objPath[objPath.length - 1] === 'options') return awslogsOptionLines(analysis, ctx, objPath, member);
    return undefined;
  }
  const field = getField(shape, member);

  if (shape === ROOT_SHAPES.taskDefinition && objPath.length === 0 && task) {
    if (member === 'cpu') return cpuLines(task, node);
    if (member === 'memory') return memoryLines(task, node);
  }
  if (value !== undefined) {
    if (shape === 'KeyValuePair' && member === 'value') {
      const name = siblingString(node, 'name');
      if ((name !== undefined && secretLikeName(name)) || secretLikeValue(value)) return secretValueLines(name);
    }
    if (secretLikeValue(value)) return secretValueLines(undefined);
    if (member === 'valueFrom' || member === 'credentialsParameter' || /^arn:[^:]+:(secretsmanager|ssm):/.test(value)) {
      const lines = secretRefLines(value, node, member, shape);
      if (lines) return lines;
    }
    if (member === 'executionRoleArn' || member === 'taskRoleArn' || /^arn:[^:]+:iam::[^:]*:role\//.test(value)) {
      const lines = roleLines(value, member, shape);
      if (lines) return lines;
    }
    if (shape === 'ContainerDefinition' && member === 'image') return imageLines(value);
    if (!(shape === 'HealthCheck' && member === 'command' && indexInList !== 0)) {
      const enumValues = field?.enum ?? field?.items?.enum;
      const vd = valueDoc(shape, member, value, enumValues);
      if (vd) return valueDocLines(shape, member, value, vd, field, ctx.kind, path);
      if (enumValues && !enumValues.includes(value) && !isPlaceholder(value)) {
        const close = enumValues.find((v) => v.toLowerCase() === value.toLowerCase());
        return [
          `${code(value)} is not a value ECS accepts for ${code(member)}.`,
          close ? `Values are case-sensitive: use ${code(close)}.` : `Use one of: ${enumValues.map((v) => code(v)).join(', ')}.`,
          link('AWS documentation', fieldDoc(shape, member)?.docUrl ?? apiDocUrl(shape, member)),
        ];
      }
    }
  }
  // Otherwise explain the field the value belongs to (without repeating the value).
  return field ? fieldLines(shape, member, field, ctx.kind, objPath) : undefined;
}

function siblingString(node: Node, key: string): string | undefined {
  const obj = node.parent?.parent;
  return obj && obj.type === 'object' ? new JsonObject(obj).str(key) : undefined;
}

function secretValueLines(name: string | undefined): string[] {
  return [
    `**Looks like a secret**${name ? ` (${code(name)})` : ''}`,
    'This value looks like a password, key or token. Plain environment values are visible to anyone who can describe the task definition, and they end up in CI logs and version control. The value is not shown here.',
    `Store it in AWS Secrets Manager or SSM Parameter Store and reference it from the container's ${code('secrets')} list instead (${code('{"name": "...", "valueFrom": "arn:..."}')}); ECS injects it as the same environment variable when the container starts.`,
    ...conceptBlock(conceptById('secrets-injection')),
    link('AWS documentation', 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html'),
  ];
}

function valueDocLines(shape: string, member: string, value: string, vd: { description: string; docUrl?: string }, field: FieldInfo | undefined, kind: BodyContext['kind'], path: Path): string[] {
  const concept = conceptsForValue(value)[0] ?? conceptsForField(conceptPath(kind, path))[0];
  return [
    `**${code(value)}** · value of ${code(member)}${field ? '' : ` (${shapeLabel(shape)})`}`,
    vd.description,
    isUnsupportedOnFargate(shape, member, value) ? '**Fargate:** this value is not accepted on Fargate.' : undefined,
    ...conceptBlock(concept),
    link('AWS documentation', vd.docUrl ?? fieldDoc(shape, member)?.docUrl ?? apiDocUrl(shape, member)),
  ].filter((l): l is string => l !== undefined);
}

function appspecValueLines(ctx: BodyContext, objPath: Path, member: string, value: string | undefined): string[] | undefined {
  if (value !== undefined) {
    if (member === 'TaskDefinition' && isPlaceholder(value)) {
      return [
        `**${code(value)}** · placeholder`,
        'CodePipeline (the ECS blue/green deploy action) replaces this placeholder with the ARN of the task definition revision it just registered.',
        link('AWS documentation', appspecDoc('TaskDefinition')?.docUrl ?? 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html'),
      ];
    }
    const vd = valueDoc('appspec', member, value);
    if (vd) {
      return [
        `**${code(value)}** · value of ${code(member)}`,
        vd.description,
        ...conceptBlock(conceptsForValue(value)[0] ?? conceptById('blue-green-codedeploy')),
        link('AWS documentation', vd.docUrl ?? appspecDoc(member)?.docUrl ?? 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html'),
      ].filter((l): l is string => l !== undefined);
    }
  }
  return appspecKeyLines(ctx, objPath, member);
}

// ─────────────────────────────────────────── sizes and prices ───────────────────────────────────────────

const SIZES_TEXT = FARGATE_SIZES.map((s) => `${s.cpu} (${s.label})`).join(', ');

/** The cost lines for one task of this size. */
export function priceLines(task: TaskDefinitionModel, cpu: number, memory: number, note?: string): string[] {
  const { platform, ephemeralGiB } = billing(task);
  const est = estimateCost(cpu, memory, platform, ephemeralGiB);
  const extra = ephemeralGiB > EPHEMERAL_INCLUDED_GB ? `, ${ephemeralGiB} GiB ephemeral storage` : '';
  const size = `${sizeForCpu(cpu)?.label ?? `${cpu / 1024} vCPU`}, ${formatMemory(memory)}${extra}`;
  return [
    `**Estimated cost** for one task running all the time (${size}, ${est.label}): **${formatUsd(est.perHour)} per hour**, about **${formatUsd(est.perMonth)} per month** (${HOURS_PER_MONTH} hours).${note ? ` ${note}` : ''}`,
    `_${PRICES_REGION} on-demand, prices as of ${PRICES_AS_OF}, estimate; Fargate bills per second, Spot and Savings Plans cost less._ ${link('Fargate pricing', PRICES_SOURCE_URL)}`,
  ];
}

function cpuLines(task: TaskDefinitionModel, node: Node): string[] | undefined {
  const raw = scalar(node);
  const v = parseCpu(raw);
  if (!v) return undefined;
  const docs = link('Task CPU and memory', 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size');
  const concept = conceptBlock(conceptById('right-sizing'));
  if (v.kind === 'placeholder') {
    return [`**Task CPU** · placeholder ${code(v.text)}`, `The real value is filled in before registration. Fargate accepts ${SIZES_TEXT}.`, ...concept, docs];
  }
  if (v.kind === 'invalid') {
    return [`**Task CPU** · ${code(v.text)} cannot be read`, 'Write CPU units as a string ("1024") or vCPU ("1 vCPU").', `Fargate accepts ${SIZES_TEXT}.`, docs];
  }
  const size = sizeForCpu(v.value);
  if (!size) {
    return [
      `**Task CPU** · ${v.value} CPU units (${+(v.value / 1024).toFixed(3)} vCPU)`,
      `This is not a Fargate size. Fargate accepts ${SIZES_TEXT}.`,
      ...concept,
      docs,
    ];
  }
  const lines: string[] = [
    `**Task CPU: ${size.label}** (${size.cpu} CPU units)`,
    `Memory that goes with it on Fargate: ${describeMemoryRange(size)}.`,
  ];
  if (task.windows && !size.windows) lines.push(`**Windows:** Fargate runs Windows tasks only with ${labelsText(WINDOWS_SIZES, 'or')}; this size is rejected for them.`);
  if (size.minPlatform) lines.push(`Needs Fargate Linux platform version ${size.minPlatform} or later.`);
  const mem = sizeNumber(task.memory?.value);
  if (mem !== undefined && size.memory.includes(mem)) lines.push(...priceLines(task, size.cpu, mem));
  else {
    const why = mem === undefined ? 'The task memory is not set' : `The task memory ${formatMemory(mem)} is not valid with this CPU`;
    lines.push(...priceLines(task, size.cpu, size.memory[0], `${why}, so this uses the smallest valid memory, ${formatMemory(size.memory[0])}.`));
  }
  lines.push(...concept, docs);
  return lines;
}

function memoryLines(task: TaskDefinitionModel, node: Node): string[] | undefined {
  const v = parseMemory(scalar(node));
  if (!v) return undefined;
  const docs = link('Task CPU and memory', 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size');
  const concept = conceptBlock(conceptById('right-sizing'));
  if (v.kind === 'placeholder') return [`**Task memory** · placeholder ${code(v.text)}`, 'The real value is filled in before registration; it must pair with the task cpu.', ...concept, docs];
  if (v.kind === 'invalid') return [`**Task memory** · ${code(v.text)} cannot be read`, 'Write MiB as a string ("2048") or GB ("2 GB").', docs];
  const mem = v.value;
  const fits = cpuSizesForMemory(mem, task.windows);
  const lines: string[] = [`**Task memory: ${formatMemory(mem)}**${mem % 1024 === 0 ? ` (${mem} MiB)` : ''}`];
  if (fits.length === 0) {
    lines.push(`${formatMemory(mem)} is not a Fargate memory size for any${task.windows ? ' Windows' : ''} CPU value.`);
    const cpu = sizeNumber(task.cpu?.value);
    const size = cpu !== undefined ? sizeForCpu(cpu) : undefined;
    if (size) lines.push(`With cpu ${size.cpu} (${size.label}) use ${describeMemoryRange(size)}.`);
    lines.push(...concept, docs);
    return lines;
  }
  lines.push(`Fits these CPU sizes: ${fits.map((s) => `${s.label} (${s.cpu})`).join(', ')}.`);
  const cpu = sizeNumber(task.cpu?.value);
  if (cpu !== undefined && fits.some((s) => s.cpu === cpu)) lines.push(...priceLines(task, cpu, mem));
  else {
    const why = cpu === undefined ? 'The task cpu is not set' : `The task cpu ${cpu} does not go with this memory`;
    lines.push(...priceLines(task, fits[0].cpu, mem, `${why}, so this uses the smallest CPU that fits, ${fits[0].label}.`));
  }
  lines.push(...concept, docs);
  return lines;
}

// ─────────────────────────────────────────── roles, secrets, images ───────────────────────────────────────────

const ROLE_ARN_RE = /^arn:(aws[a-z-]*):iam::(\d{12}|[^:]*):role\/(.+)$/;

function roleLines(value: string, member: string, shape: string): string[] | undefined {
  const which =
    member === 'executionRoleArn'
      ? '**Execution role**: used by ECS and the Fargate agent, not by your code. It pulls the image from ECR, sends awslogs output to CloudWatch Logs and fetches `secrets` before the container starts. Think of it as the building\'s utility keys.'
      : member === 'taskRoleArn'
        ? '**Task role**: the app\'s own keys. Your code gets these permissions (S3, DynamoDB, SQS, ...) through the container credentials; ECS does not use them to start the task.'
        : `**IAM role** used by ${code(member)} (${shapeLabel(shape)}).`;
  const lines: string[] = [which];
  if (isPlaceholder(value)) lines.push(`${code(value)} is a placeholder filled in before registration.`);
  else {
    const m = ROLE_ARN_RE.exec(value);
    if (m) {
      const full = m[3];
      const slash = full.lastIndexOf('/');
      const name = full.slice(slash + 1);
      const rolePath = slash >= 0 ? `/${full.slice(0, slash + 1)}` : '/';
      lines.push(`Role ${code(name)} in account ${code(m[2])}${rolePath !== '/' ? `, path ${code(rolePath)}` : ''}${m[1] !== 'aws' ? ` (partition ${code(m[1])})` : ''}.`);
    } else if (!value.startsWith('arn:')) {
      lines.push(`Given by name: ECS looks up ${code(value)} in the account the task definition is registered in.`);
    } else if (member !== 'executionRoleArn' && member !== 'taskRoleArn') {
      return undefined;
    } else {
      lines.push(`${code(value)} is not an IAM role ARN (\`arn:aws:iam::<account>:role/<name>\`).`);
    }
  }
  // The same check as the role-arn rule, so hover and diagnostics never disagree about a value.
  const ref = parseRoleRef(value);
  if (ref.kind === 'invalid' && (member === 'executionRoleArn' || member === 'taskRoleArn')) lines.push(`**Problem:** this value ${ref.problem}.`);
  if (member === 'executionRoleArn' || member === 'taskRoleArn') lines.push('Its trust policy must let `ecs-tasks.amazonaws.com` assume it.');
  lines.push(...conceptBlock(conceptById('task-and-execution-roles')));
  lines.push(
    link(
      'AWS documentation',
      member === 'taskRoleArn'
        ? 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html'
        : 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
    ),
  );
  return lines;
}

export interface SecretReference {
  service: 'secretsmanager' | 'ssm';
  partition?: string;
  region?: string;
  account?: string;
  /** Secret name (without the random suffix) or parameter name. */
  name: string;
  /** The `-AbCdEf` suffix Secrets Manager adds, when present. */
  suffix?: string;
  jsonKey?: string;
  versionStage?: string;
  versionId?: string;
  /** True when only a name was given (Parameter Store, same Region and account). */
  byName?: boolean;
}

/** Reads a `valueFrom` reference. */
export function parseSecretReference(value: string): SecretReference | undefined {
  const sm = /^arn:(aws[a-z-]*):secretsmanager:([^:]*):([^:]*):secret:([^:]+)(?::([^:]*))?(?::([^:]*))?(?::([^:]*))?$/.exec(value);
  if (sm) {
    let name = sm[4];
    let suffix: string | undefined;
    const s = /^(.+)(-[A-Za-z0-9]{6})$/.exec(name);
    if (s && /[A-Z0-9]/.test(s[2])) {
      name = s[1];
      suffix = s[2];
    }
    return {
      service: 'secretsmanager', partition: sm[1], region: sm[2], account: sm[3], name, suffix,
      jsonKey: sm[5] || undefined, versionStage: sm[6] || undefined, versionId: sm[7] || undefined,
    };
  }
  const ssm = /^arn:(aws[a-z-]*):ssm:([^:]*):([^:]*):parameter\/(.+)$/.exec(value);
  if (ssm) {
    const rest = ssm[4];
    return { service: 'ssm', partition: ssm[1], region: ssm[2], account: ssm[3], name: rest.includes('/') ? `/${rest}` : rest };
  }
  if (!value.startsWith('arn:') && value.trim() !== '' && !/\s/.test(value)) return { service: 'ssm', name: value, byName: true };
  return undefined;
}

function secretRefLines(value: string, node: Node, member: string, shape: string): string[] | undefined {
  if (isPlaceholder(value)) return undefined;
  const ref = parseSecretReference(value);
  if (!ref) return undefined;
  if (member === 'credentialsParameter' && ref.service !== 'secretsmanager' && ref.byName) {
    return [`**Registry credentials** · Secrets Manager secret ${code(value)}`, 'Given by name: the secret must be in the task\'s own Region and account.', link('AWS documentation', 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html')];
  }
  const envName = shape === 'Secret' ? siblingString(node, 'name') : undefined;
  const lines: string[] = [];
  // The same check as the secret-value-from rule, so hover and diagnostics never disagree about a value.
  const problem = member === 'valueFrom' ? valueFromProblem(value) : undefined;
  if (problem) lines.push(`**Problem:** this value ${problem}.`.replace(/\.\.$/, "."));
  const where = [ref.region ? `Region ${code(ref.region)}` : undefined, ref.account ? `account ${code(ref.account)}` : undefined].filter(Boolean).join(', ');
  if (ref.service === 'secretsmanager') {
    lines.push(`**Secrets Manager secret** ${code(ref.name)}${where ? ` · ${where}` : ''}`);
    if (ref.suffix) lines.push(`The ${code(ref.suffix)} ending is the random suffix Secrets Manager adds to every secret ARN.`);
    const parts = [
      ref.jsonKey ? `JSON key ${code(ref.jsonKey)} (only that key's value is injected)` : 'the whole secret string',
      ref.versionStage ? `version stage ${code(ref.versionStage)}` : 'version stage AWSCURRENT (the default)',
      ref.versionId ? `version id ${code(ref.versionId)}` : undefined,
    ].filter(Boolean);
    lines.push(`Selects ${parts.join(', ')}.`);
    if (ref.jsonKey || ref.versionStage || ref.versionId) lines.push('Selecting a JSON key or version needs Fargate platform version 1.4.0 or later.');
    lines.push('The execution role needs `secretsmanager:GetSecretValue` on this secret (and `kms:Decrypt` for a customer managed key).');
  } else {
    lines.push(`**SSM Parameter Store parameter** ${code(ref.name)}${where ? ` · ${where}` : ''}`);
    if (ref.byName) lines.push('Given by name: this works only for a parameter in the same Region and account as the task; use the full ARN otherwise.');
    lines.push('The execution role needs `ssm:GetParameters` on this parameter (and `kms:Decrypt` for a SecureString with a customer managed key).');
  }
  if (envName) lines.push(`Injected into the container as the environment variable ${code(envName)} when it starts; a rotated value reaches only new tasks.`);
  else if (member === 'credentialsParameter') lines.push('Holds the user name and password for pulling the image from a private registry.');
  lines.push(...conceptBlock(conceptById('secrets-injection')));
  lines.push(link('AWS documentation', 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html'));
  return lines;
}

/** How the hover names an ECR host's account that is not 12 digits: a template word, or a mistake. */
function accountNote(account: string): string {
  return isTemplated(account) ? `account ${code(account)} (filled in when deployed)` : `account ${code(account)} (not a 12-digit account id)`;
}

function imageLines(value: string): string[] {
  const concept = conceptBlock(conceptById('ecr-image-scanning'));
  const docs = link('AWS documentation', 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/ECR_on_ECS.html');
  if (isPlaceholder(value)) {
    return ['**Container image** · placeholder', `${code(value)} is filled in by your pipeline before the task definition is registered.`, ...concept, docs];
  }
  const ref = parseImageReference(value);
  const lines: string[] = [];
  if (ref.registry === 'ecr') {
    lines.push(`**Container image** from Amazon ECR (private) · ${ref.account ? `account ${code(ref.account)}` : accountNote((ref.host ?? '').split('.dkr.')[0])}, Region ${code(ref.region ?? '')}`);
    lines.push(`Repository ${code(ref.repository)}${ref.tag ? `, tag ${code(ref.tag)}` : ''}${ref.digest ? `, digest ${code(ref.digest, 24)}` : ''}.`);
    lines.push('ECS pulls it with the execution role (`ecr:GetAuthorizationToken`, `ecr:BatchGetImage`, `ecr:GetDownloadUrlForLayer`); the task needs a route to ECR: a public IP, a NAT gateway or VPC endpoints.');
  } else if (ref.registry === 'ecr-public') {
    lines.push(`**Container image** from Amazon ECR Public · repository ${code(ref.repository)}${ref.tag ? `, tag ${code(ref.tag)}` : ''}`);
    lines.push('Public images need no credentials, but the task still needs a route to the internet (public IP or NAT gateway).');
  } else if (ref.registry === 'dockerhub') {
    lines.push(`**Container image** from Docker Hub · ${code(ref.repository)}${ref.tag ? `, tag ${code(ref.tag)}` : ''}${ref.repository.startsWith('library/') ? ' (official image)' : ''}`);
    lines.push('Pulled over the internet, so the task needs a public IP or a NAT gateway, and anonymous pulls are rate-limited. Copying the image to ECR (or an ECR pull-through cache) avoids both and lets ECR scan it.');
  } else {
    lines.push(`**Container image** from ${code(ref.host ?? 'another registry')} · ${code(ref.repository)}${ref.tag ? `, tag ${code(ref.tag)}` : ''}`);
    lines.push('A private registry outside ECR needs `repositoryCredentials` (a Secrets Manager secret the execution role can read).');
  }
  if (ref.digest) lines.push('Pinned by digest: every task runs exactly the same image.');
  else if (!ref.tag) lines.push('No tag: the image resolves to `latest`, which moves over time. Pin a version tag or a digest.');
  else if (ref.tag === 'latest') lines.push('The `latest` tag moves over time, so tasks started later may run different code. Pin a version tag or a digest.');
  lines.push(...concept, docs);
  return lines;
}
