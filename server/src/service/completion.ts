/**
 * Completions for task definitions and services: keys valid at the cursor (from the catalog), enum values
 * (Fargate-incompatible ones marked and sorted last), Fargate CPU sizes and the memory values that go with
 * the task CPU, a whole cpu+memory pair, awslogs options, and names of containers and volumes.
 *
 * Uses jsonc-parser's `getLocation` to tell key from value positions, so it works on incomplete documents.
 * Items replace the whole string (quotes included) under the cursor through a textEdit.
 */
import { sizeNumber } from './values';
import { findNodeAtLocation, getLocation, type Node } from 'jsonc-parser';
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import { fieldNames, getField, shapeForPath, typeAtPath, type FieldInfo, type TypeRef } from '../knowledge/catalog';
import { FARGATE_SIZES, formatMemory, sizeForCpu, smallestCpuForMemory, type FargateCpuSize } from '../knowledge/fargateSizes';
import { AWSLOGS_OPTIONS } from '../knowledge/fieldDocs';
import {
  bodyContext, describeMemoryRange, fieldLines, isUnsupportedOnFargate, priceLines, relativePath, taskModelOf, typeLabel, valueDoc,
  type BodyContext, type Path,
} from './hover';
import { JsonObject } from './json';
import type { Analysis } from './languageService';
import type { TaskDefinitionModel } from './model';
import { FARGATE_PROVIDERS } from './rules/support/capacityProviders';
import { appSpecCompletions, loadBalancedItems } from './appspecCompletion';
import { serviceTask } from './rules/support/related';
import type { RelatedDocuments } from './rules/rule';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** Re-opens the suggest widget after a key is inserted, so its value can be picked right away. */
const SUGGEST_AGAIN = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

interface Site {
  analysis: Analysis;
  ctx: BodyContext;
  text: string;
  textDoc: TextDocument;
  offset: number;
  /** The text range the items replace. */
  range: Range;
  rangeStart: number;
  rangeEnd: number;
  /** Full path (from the document root) of the location. */
  fullPath: Path;
  task?: TaskDefinitionModel;
  /** Documents next to a service (its task definition), for container names and ports. */
  related?: RelatedDocuments;
}

/** Completion items at a position. Never throws on odd input. */
export function doComplete(analysis: Analysis, textDoc: TextDocument, position: Position, related?: RelatedDocuments): CompletionList {
  if (analysis.doc.kind === 'appspec' && !analysis.doc.skipped) return appSpecCompletions(analysis, textDoc, position, related);
  const ctx = bodyContext(analysis);
  if (!ctx || analysis.doc.format !== 'json' || !ctx.rootShape) return EMPTY;
  const text = analysis.doc.text;
  const offset = textDoc.offsetAt(position);
  const loc = getLocation(text, offset);
  const rel = relativePath(ctx, loc.path);
  if (!rel) return EMPTY;
  const prev = loc.previousNode;

  if (loc.isAtPropertyKey) {
    if (rel.length === 0) return EMPTY;
    let start = offset;
    let end = offset;
    if (prev && offset > prev.offset && offset <= prev.offset + prev.length) {
      start = prev.offset;
      end = prev.offset + prev.length;
    } else {
      start = offset - (/[A-Za-z0-9_.-]*$/.exec(text.slice(Math.max(0, offset - 200), offset))?.[0].length ?? 0);
    }
    const site = makeSite(analysis, ctx, textDoc, offset, start, end, loc.path, related);
    return { isIncomplete: false, items: keyItems(site, rel.slice(0, -1)) };
  }

  // Value position: inside a string/number/literal, or an empty value slot.
  let start = offset;
  let end = offset;
  let current: Node | undefined;
  if (prev && prev.type !== 'property') {
    const stringEnd = prev.offset + prev.length;
    const unterminated = prev.type === 'string' && (prev.length < 2 || text.charAt(stringEnd - 1) !== '"' || text.charAt(stringEnd - 2) === '\\');
    const inside = prev.type === 'string' ? offset > prev.offset && (offset < stringEnd || (unterminated && offset === stringEnd)) : offset > prev.offset && offset <= stringEnd;
    if (!inside) return EMPTY;
    current = prev;
    start = prev.offset;
    end = stringEnd;
  } else {
    start = offset - (/[A-Za-z0-9_.-]*$/.exec(text.slice(Math.max(0, offset - 200), offset))?.[0].length ?? 0);
  }
  const site = makeSite(analysis, ctx, textDoc, offset, start, end, loc.path, related);
  return { isIncomplete: false, items: valueItems(site, rel, current) };
}

function makeSite(analysis: Analysis, ctx: BodyContext, textDoc: TextDocument, offset: number, start: number, end: number, fullPath: Path, related?: RelatedDocuments): Site {
  return {
    analysis, ctx, text: analysis.doc.text, textDoc, offset, rangeStart: start, rangeEnd: end,
    range: { start: textDoc.positionAt(start), end: textDoc.positionAt(end) },
    fullPath, task: taskModelOf(analysis, ctx), related,
  };
}

function markdown(lines: string[]): { kind: 'markdown'; value: string } {
  return { kind: MarkupKind.Markdown, value: lines.join('\n\n') };
}

function edit(site: Site, newText: string): TextEdit {
  return { range: site.range, newText };
}

/** Escapes text for use inside a snippet (outside placeholders). */
function snippetText(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Escapes a value inside a snippet choice `${1|a,b|}`. */
function choiceText(s: string): string {
  return s.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}

function pad(n: number, width = 3): string {
  return String(n).padStart(width, '0');
}

/** The object node at a full path, when the tree has it. */
function objectAt(site: Site, fullObjPath: Path): JsonObject | undefined {
  const root = site.analysis.doc.root;
  if (!root) return undefined;
  const n = fullObjPath.length === 0 ? root : findNodeAtLocation(root, fullObjPath);
  return n && n.type === 'object' ? new JsonObject(n) : undefined;
}

// ─────────────────────────────────────────── keys ───────────────────────────────────────────

function keyItems(site: Site, objPath: Path): CompletionItem[] {
  const { ctx } = site;
  const rootShape = ctx.rootShape as string;
  const fullObjPath = site.fullPath.slice(0, -1);
  const obj = objectAt(site, fullObjPath);
  const present = new Set<string>();
  for (const p of obj?.props.values() ?? []) {
    const inKey = site.offset >= p.keyNode.offset && site.offset <= p.keyNode.offset + p.keyNode.length;
    if (!inKey) present.add(p.key);
  }
  for (const d of obj?.duplicates ?? []) present.add(d.key);
  const after = site.text.slice(site.rangeEnd, site.rangeEnd + 200);
  const keyOnly = /^\s*:/.test(after);
  const needsComma = !keyOnly && /^\s*"/.test(after);
  const quoted = site.text.charAt(site.rangeStart) === '"';

  const shape = shapeForPath(rootShape, objPath);
  if (!shape) {
    const container = typeAtPath(rootShape, objPath);
    if (container?.type === 'map' && objPath[objPath.length - 1] === 'options' && shapeForPath(rootShape, objPath.slice(0, -1)) === 'LogConfiguration') {
      const driver = objectAt(site, site.fullPath.slice(0, -2))?.str('logDriver');
      if (driver !== undefined && driver !== 'awslogs') return [];
      return awslogsOptionItems(site, present, keyOnly, needsComma, quoted);
    }
    return [];
  }
  const fargateRelevant = !explicitlyNotFargate(site);
  const items: CompletionItem[] = [];
  for (const member of fieldNames(shape)) {
    if (present.has(member)) continue;
    const field = getField(shape, member) as FieldInfo;
    const unsupported = field.fargate === 'unsupported';
    const value = valueSnippet(shape, member, field);
    const insert = keyOnly ? `"${member}"` : `"${member}": ${value}${needsComma ? ',' : ''}`;
    const item: CompletionItem = {
      label: member,
      kind: CompletionItemKind.Property,
      detail: unsupported ? 'not supported on Fargate' : typeLabel(field),
      documentation: markdown(fieldLines(shape, member, field, ctx.kind, objPath)),
      filterText: quoted ? `"${member}"` : member,
      sortText: `${unsupported && fargateRelevant ? '9' : field.required ? '0' : '5'}_${member}`,
      textEdit: edit(site, insert),
      insertTextFormat: keyOnly ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
    };
    if (field.deprecated) item.tags = [CompletionItemTag.Deprecated];
    if (!keyOnly && hasValueCompletions(shape, member, field)) item.command = SUGGEST_AGAIN;
    items.push(item);
  }
  if (shape === rootShape && ctx.kind === 'taskDefinition' && objPath.length === 0 && !present.has('cpu') && !present.has('memory') && !keyOnly) {
    const pair = defaultPair(site.task);
    items.push({
      label: 'cpu + memory',
      kind: CompletionItemKind.Snippet,
      detail: `a valid Fargate size (${sizeForCpu(pair.cpu)?.label}, ${formatMemory(pair.memory)})`,
      documentation: markdown(pairDoc(site.task, pair)),
      filterText: quoted ? '"cpu" "memory"' : 'cpu memory',
      sortText: '0_cpu',
      textEdit: edit(site, `"cpu": "\${1:${pair.cpu}}", "memory": "\${2:${pair.memory}}"${needsComma ? ',' : ''}`),
      insertTextFormat: InsertTextFormat.Snippet,
    });
  }
  return items;
}

function hasValueCompletions(shape: string, member: string, field: FieldInfo): boolean {
  if (shape === 'RegisterTaskDefinitionRequest' && (member === 'cpu' || member === 'memory')) return true;
  if (shape === 'ContainerDependency' && member === 'containerName') return true;
  if (shape === 'VolumeFrom' && member === 'sourceContainer') return true;
  if (shape === 'MountPoint' && member === 'sourceVolume') return true;
  return field.type === 'string' && !!field.enum && field.enum.length > 0;
}

/** The value part inserted after `"key": `, as a snippet fitting the field's type. */
function valueSnippet(shape: string, member: string, field: TypeRef): string {
  switch (field.type) {
    case 'string': {
      if (field.enum && field.enum.length > 0) {
        const ordered = [...field.enum].sort((a, b) => Number(isUnsupportedOnFargate(shape, member, a)) - Number(isUnsupportedOnFargate(shape, member, b)));
        if (shape === 'RegisterTaskDefinitionRequest' && member === 'networkMode') ordered.sort((a, b) => Number(b === 'awsvpc') - Number(a === 'awsvpc'));
        return `"\${1|${ordered.map(choiceText).join(',')}|}"`;
      }
      return '"$1"';
    }
    case 'boolean':
      return '${1:true}';
    case 'list':
      if (field.items?.enum && shape === 'RegisterTaskDefinitionRequest' && member === 'requiresCompatibilities') return '["${1:FARGATE}"]';
      return field.items?.type === 'structure' ? '[{$1}]' : field.items?.type === 'string' ? '["$1"]' : '[$1]';
    case 'map':
    case 'structure':
      return '{$1}';
    default:
      return '$1';
  }
}

function awslogsOptionItems(site: Site, present: Set<string>, keyOnly: boolean, needsComma: boolean, quoted: boolean): CompletionItem[] {
  const items: CompletionItem[] = [];
  let i = 0;
  for (const [name, opt] of Object.entries(AWSLOGS_OPTIONS)) {
    i++;
    if (present.has(name)) continue;
    const value = name === 'awslogs-create-group' ? '"${1:true}"' : name === 'mode' ? '"${1|non-blocking,blocking|}"' : name === 'awslogs-stream-prefix' ? `"\${1:${snippetText(streamPrefixGuess(site))}}"` : '"$1"';
    items.push({
      label: name,
      kind: CompletionItemKind.Property,
      detail: opt.required === 'always' ? 'awslogs option · required' : opt.required === 'fargate' ? 'awslogs option · required on Fargate' : 'awslogs option',
      documentation: markdown([opt.description]),
      filterText: quoted ? `"${name}"` : name,
      sortText: `${opt.required ? '0' : '5'}_${pad(i)}`,
      textEdit: edit(site, keyOnly ? `"${name}"` : `"${name}": ${value}${needsComma ? ',' : ''}`),
      insertTextFormat: keyOnly ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
    });
  }
  return items;
}

function streamPrefixGuess(site: Site): string {
  const rel = relativePath(site.ctx, site.fullPath);
  if (rel && rel[0] === 'containerDefinitions' && typeof rel[1] === 'number') {
    const c = site.task?.containers.find((x) => x.index === rel[1]);
    if (c?.name) return c.name;
  }
  return site.task?.family ?? 'app';
}

// ─────────────────────────────────────────── values ───────────────────────────────────────────

function valueItems(site: Site, rel: Path, current: Node | undefined): CompletionItem[] {
  const rootShape = site.ctx.rootShape as string;
  let memberIdx = -1;
  for (let i = rel.length - 1; i >= 0; i--) {
    if (typeof rel[i] === 'string') {
      memberIdx = i;
      break;
    }
  }
  if (memberIdx < 0) return [];
  const member = rel[memberIdx] as string;
  const objPath = rel.slice(0, memberIdx);
  const atListItem = rel.length > memberIdx + 1;
  const shape = shapeForPath(rootShape, objPath);
  const space = !current && site.rangeStart === site.offset && site.text.charAt(site.offset - 1) === ':' ? ' ' : '';

  if (!shape) {
    // Values of awslogs options.
    const container = typeAtPath(rootShape, objPath);
    if (container?.type === 'map' && objPath[objPath.length - 1] === 'options' && !atListItem) {
      if (member === 'mode') return stringItems(site, space, ['non-blocking', 'blocking'], (v) => (v === 'non-blocking' ? 'buffers logs; never stalls the app (default)' : 'never drops logs; can stall the app'));
      if (member === 'awslogs-create-group') return stringItems(site, space, ['true'], () => 'create the log group if it is missing');
    }
    return [];
  }
  const task = site.task;
  if (site.ctx.kind === 'taskDefinition' && shape === rootShape && objPath.length === 0 && !atListItem && task) {
    if (member === 'cpu') return [...cpuItems(site, task, space), ...pairItems(site, task, 'cpu', space)];
    if (member === 'memory') return [...memoryItems(site, task, space), ...pairItems(site, task, 'memory', space)];
  }
  if (task && ((shape === 'ContainerDependency' && member === 'containerName') || (shape === 'VolumeFrom' && member === 'sourceContainer'))) {
    const own = objPath[0] === 'containerDefinitions' && typeof objPath[1] === 'number' ? objPath[1] : -1;
    const names = task.containers.filter((c) => c.index !== own && c.name).map((c) => c.name as string);
    return stringItems(site, space, [...new Set(names)], () => 'container in this task', CompletionItemKind.Reference);
  }
  if (task && shape === 'MountPoint' && member === 'sourceVolume') {
    const names = task.volumes.filter((v) => v.name).map((v) => v.name as string);
    return stringItems(site, space, [...new Set(names)], () => 'volume of this task', CompletionItemKind.Reference);
  }
  if (shape === 'LoadBalancer' && site.ctx.kind === 'service' && (member === 'containerName' || member === 'containerPort') && !atListItem) {
    // The containers (and their ports) of the task definition this service deploys.
    const rt = serviceTask(site.related, JsonObject.of(site.ctx.node));
    if (!rt) return [];
    const entry = objectAt(site, [...site.ctx.prefix, ...objPath]);
    const named = entry?.str('containerName');
    return loadBalancedItems(member === 'containerName' ? 'name' : 'port', rt, named, (v) => (member === 'containerName' ? `${space}${JSON.stringify(v)}` : `${space}${v}`), site);
  }
  if (shape === 'CapacityProviderStrategyItem' && member === 'capacityProvider' && !atListItem) {
    // A free-form name in the API; the two Fargate providers are the ones every Fargate service may use.
    return stringItems(site, space, [...FARGATE_PROVIDERS], (v) => (v === 'FARGATE' ? 'on-demand Fargate capacity' : 'Fargate Spot: spare capacity at a discount, may be interrupted'));
  }
  const field = getField(shape, member);
  if (!field) return [];
  const t = atListItem ? field.items : field;
  if (!t) return [];
  if (t.enum) return enumItems(site, shape, member, t.enum, space);
  if (!atListItem && field.type === 'list' && field.items?.enum && !current) {
    // `"requiresCompatibilities": |` → a whole one-element list.
    return field.items.enum.map((v, i) => {
      const unsupported = isUnsupportedOnFargate(shape, member, v);
      const text = `${space}["${v}"]`;
      return {
        label: `["${v}"]`,
        kind: CompletionItemKind.Value,
        labelDetails: unsupported ? { detail: ' (not on Fargate)' } : undefined,
        detail: unsupported ? 'not supported on Fargate' : undefined,
        documentation: docOf(shape, member, v, field.items?.enum),
        sortText: enumSort(site, shape, member, v, i),
        filterText: text.trim(),
        textEdit: edit(site, text),
      };
    });
  }
  if (t.type === 'boolean') {
    return ['true', 'false'].map((v, i) => ({
      label: v,
      kind: CompletionItemKind.Value,
      sortText: pad(i),
      textEdit: edit(site, `${space}${v}`),
      filterText: v,
    }));
  }
  return [];
}

function docOf(shape: string, member: string, value: string, enumValues?: readonly string[]): { kind: 'markdown'; value: string } | undefined {
  const vd = valueDoc(shape, member, value, enumValues);
  return vd ? markdown([vd.description, ...(vd.docUrl ? [`[AWS documentation](${vd.docUrl})`] : [])]) : undefined;
}

/** Values listed first: the Fargate choice of fields that decide where a task runs. */
const PREFERRED: Readonly<Record<string, string>> = {
  'RegisterTaskDefinitionRequest.networkMode': 'awsvpc',
  'RegisterTaskDefinitionRequest.requiresCompatibilities': 'FARGATE',
  'CreateServiceRequest.launchType': 'FARGATE',
  'LogConfiguration.logDriver': 'awslogs',
  'CreateServiceRequest.schedulingStrategy': 'REPLICA',
};

/** True when the task definition says it is for EC2/EXTERNAL only: Fargate-first ordering would only be in the way. */
function explicitlyNotFargate(site: Site): boolean {
  // The model already decided: a non-empty requiresCompatibilities without FARGATE (placeholders count as unknown).
  const task = site.task;
  return !!task && task.fargate === 'none' && (task.requiresCompatibilities?.length ?? 0) > 0;
}

function enumSort(site: Site, shape: string, member: string, v: string, i: number): string {
  const unsupported = isUnsupportedOnFargate(shape, member, v) && !explicitlyNotFargate(site);
  const preferred = PREFERRED[`${shape}.${member}`] === v && !explicitlyNotFargate(site);
  return `${unsupported ? '9' : preferred ? '0' : '1'}_${pad(i)}`;
}

function enumItems(site: Site, shape: string, member: string, values: readonly string[], space: string): CompletionItem[] {
  return values.map((v, i) => {
    const unsupported = isUnsupportedOnFargate(shape, member, v);
    const text = `${space}${JSON.stringify(v)}`;
    const item: CompletionItem = {
      label: v,
      kind: CompletionItemKind.EnumMember,
      documentation: docOf(shape, member, v, values),
      sortText: enumSort(site, shape, member, v, i),
      filterText: text.trim(),
      textEdit: edit(site, text),
    };
    if (unsupported) {
      item.labelDetails = { detail: ' (not on Fargate)' };
      item.detail = 'not supported on Fargate';
    }
    return item;
  });
}

function stringItems(site: Site, space: string, values: string[], detail: (v: string) => string, kind: CompletionItemKind = CompletionItemKind.Value): CompletionItem[] {
  return values.map((v, i) => {
    const text = `${space}${JSON.stringify(v)}`;
    return { label: v, kind, detail: detail(v), sortText: pad(i), filterText: text.trim(), textEdit: edit(site, text) };
  });
}

// ─────────────────────────────────────────── cpu and memory ───────────────────────────────────────────

function sizesFor(task: TaskDefinitionModel): readonly FargateCpuSize[] {
  return task.windows ? FARGATE_SIZES.filter((s) => s.windows) : FARGATE_SIZES;
}

/** The task cpu when it is a Fargate size allowed for this task's OS. */
function validCpu(task: TaskDefinitionModel): FargateCpuSize | undefined {
  const cpu = sizeNumber(task.cpu?.value);
  const size = cpu !== undefined ? sizeForCpu(cpu) : undefined;
  return size && (!task.windows || size.windows) ? size : undefined;
}

function cpuItems(site: Site, task: TaskDefinitionModel, space: string): CompletionItem[] {
  const mem = sizeNumber(task.memory?.value);
  return sizesFor(task).map((s, i) => {
    const text = `${space}"${s.cpu}"`;
    const fits = mem !== undefined && s.memory.includes(mem);
    const priceMem = fits ? (mem as number) : s.memory[0];
    return {
      label: s.label,
      kind: CompletionItemKind.Value,
      labelDetails: { detail: ` ${s.cpu}`, description: fits ? `fits ${formatMemory(mem as number)}` : undefined },
      detail: `memory ${describeMemoryRange(s)}`,
      documentation: markdown([
        `**${s.label}** = ${s.cpu} CPU units. Memory that goes with it: ${describeMemoryRange(s)}.`,
        ...(s.minPlatform ? [`Needs Fargate Linux platform version ${s.minPlatform} or later.`] : []),
        ...priceLines(task, s.cpu, priceMem, fits ? undefined : `Priced with the smallest valid memory, ${formatMemory(priceMem)}.`),
      ]),
      sortText: pad(i),
      filterText: text.trim(),
      textEdit: edit(site, text),
    };
  });
}

function memoryItems(site: Site, task: TaskDefinitionModel, space: string): CompletionItem[] {
  const size = validCpu(task);
  const items: CompletionItem[] = [];
  const groups = size ? [size] : sizesFor(task);
  groups.forEach((s, gi) => {
    s.memory.forEach((m, mi) => {
      const text = `${space}"${m}"`;
      items.push({
        label: `${m} (${formatMemory(m)})`,
        kind: CompletionItemKind.Value,
        labelDetails: size ? undefined : { description: `cpu ${s.cpu} (${s.label})` },
        detail: `valid with cpu ${s.cpu} (${s.label})`,
        documentation: markdown(priceLines(task, s.cpu, m)),
        sortText: `${pad(gi, 2)}_${pad(mi)}`,
        filterText: text.trim(),
        textEdit: edit(site, text),
      });
    });
  });
  return items;
}

function defaultPair(task: TaskDefinitionModel | undefined): { cpu: number; memory: number } {
  return task?.windows ? { cpu: 1024, memory: 2048 } : { cpu: 512, memory: 1024 };
}

function pairDoc(task: TaskDefinitionModel | undefined, pair: { cpu: number; memory: number }): string[] {
  const lines = [`Inserts both task sizes at once, as a pair Fargate accepts: cpu ${pair.cpu} (${sizeForCpu(pair.cpu)?.label}) with memory ${pair.memory} (${formatMemory(pair.memory)}). Tab to change either value; completions list the valid choices.`];
  if (task) lines.push(...priceLines(task, pair.cpu, pair.memory));
  return lines;
}

/**
 * The whole-pair item at a cpu or memory value, offered when the other half is missing or not valid with any
 * choice here: it rewrites the property into `"cpu": "512", "memory": "1024"`, or fixes the other value too.
 */
function pairItems(site: Site, task: TaskDefinitionModel, at: 'cpu' | 'memory', space: string): CompletionItem[] {
  const otherField = at === 'cpu' ? task.memory : task.cpu;
  const otherNumber = sizeNumber(otherField?.value);
  if (otherField && otherField.value.kind === 'placeholder') return [];
  if (at === 'cpu' && otherNumber !== undefined && smallestCpuForMemory(otherNumber, task.windows)) return [];
  if (at === 'memory' && validCpu(task)) return [];
  let pair = defaultPair(task);
  if (at === 'cpu' && otherNumber !== undefined) {
    const fit = smallestCpuForMemory(otherNumber, task.windows);
    if (fit) pair = { cpu: fit.cpu, memory: otherNumber };
  }
  const label = `cpu ${pair.cpu} + memory ${pair.memory}`;
  const base: CompletionItem = {
    label,
    kind: CompletionItemKind.Snippet,
    detail: `a valid Fargate size (${sizeForCpu(pair.cpu)?.label}, ${formatMemory(pair.memory)})`,
    documentation: markdown(pairDoc(task, pair)),
    sortText: 'zz_pair',
  };
  const obj = objectAt(site, site.fullPath.slice(0, -1));
  if (!otherField) {
    // Rewrite the whole property, key included.
    const prop = obj?.prop(at);
    if (!prop) return [];
    const start = prop.keyNode.offset;
    const range: Range = { start: site.textDoc.positionAt(start), end: site.range.end };
    // VS Code drops items whose edit spans lines: only rewrite a property written on one line.
    if (range.start.line !== range.end.line) return [];
    const plain = `"cpu": "${pair.cpu}", "memory": "${pair.memory}"`;
    return [{
      ...base,
      filterText: site.text.slice(start, site.offset) + plain.slice(site.offset - start),
      textEdit: { range, newText: `"cpu": "\${1:${pair.cpu}}", "memory": "\${2:${pair.memory}}"` },
      insertTextFormat: InsertTextFormat.Snippet,
    }];
  }
  // The other half exists but does not fit: set this value and correct the other one.
  const value = at === 'cpu' ? pair.cpu : pair.memory;
  const otherValue = at === 'cpu' ? pair.memory : pair.cpu;
  const text = `${space}"${value}"`;
  return [{
    ...base,
    filterText: text.trim(),
    textEdit: edit(site, text),
    additionalTextEdits: [{
      range: { start: site.textDoc.positionAt(otherField.node.offset), end: site.textDoc.positionAt(otherField.node.offset + otherField.node.length) },
      newText: `"${otherValue}"`,
    }],
  }];
}
