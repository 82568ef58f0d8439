/**
 * Cross-file helpers: which related task definition a service or appspec deploys, and how to name files in messages.
 */
import type { Node } from 'jsonc-parser';
import { closestName } from '../../../knowledge/catalog';
import type { JsonObject } from '../../json';
import type { ParsedDocument } from '../../document';
import { registeredNetworkMode, type TaskDefinitionModel } from '../../model';
import type { RelatedDocuments, RuleContext } from '../rule';
import { familyOfReference, intOf, isTemplated, serviceInfo } from './service';

export interface RelatedTask {
  uri: string;
  doc: ParsedDocument;
  task: TaskDefinitionModel;
  /** File name for messages (`taskdef.json`). */
  file: string;
}

/** The last path segment of a URI, decoded. */
export function fileNameOf(uri: string): string {
  const path = uri.split(/[?#]/)[0];
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The task definition a service/appspec deploys. A reference naming a family picks the task definition of that
 * family: in the same folder, else in `fargate.relatedFolders` (none when no file has it: it lives elsewhere). Without
 * a usable reference (absent or a placeholder such as `<TASK_DEFINITION>`), the folder's only task definition is used
 * (never one from a related folder); with several, none. Services go through {@link serviceTask}.
 */
export function relatedTask(related: RelatedDocuments | undefined, reference: string | undefined): RelatedTask | undefined {
  const everywhere = (related?.taskDefinitions ?? []).filter((t) => t.task.containers.length > 0);
  // Task definitions of the related folders count only when the reference names their family.
  const all = everywhere.filter((t) => !t.elsewhere);
  const family = familyOfReference(reference);
  const pick = (t: RelatedDocuments['taskDefinitions'][number]): RelatedTask => ({ uri: t.uri, doc: t.doc, task: t.task, file: t.label ?? fileNameOf(t.uri) });
  if (family) {
    const here = all.filter((t) => t.task.family === family);
    const matching = here.length > 0 ? here : everywhere.filter((t) => t.task.family === family);
    if (matching.length === 1) return pick(matching[0]);
    if (matching.length > 1) return undefined;
    // A family no file here defines: if the only task definition has a templated family, it may still be the one.
    const templated = all.filter((t) => t.task.family === undefined || isTemplated(t.task.family));
    return all.length === 1 && templated.length === 1 ? pick(all[0]) : undefined;
  }
  return all.length === 1 ? pick(all[0]) : undefined;
}

/**
 * The task definition a service deploys: the one its `taskDefinition` names, as {@link relatedTask} pairs it. Every
 * service rule pairs through here. A service with the EXTERNAL deployment controller is paired with none: its task
 * sets (CreateTaskSet) carry the task definition, launch type and network configuration, so no file of the folder
 * belongs to the service itself and comparing with one only gives false findings.
 */
export function serviceTask(related: RelatedDocuments | undefined, service: JsonObject): RelatedTask | undefined {
  if (!related || serviceInfo(service).controller === 'EXTERNAL') return undefined;
  return relatedTask(related, service.str('taskDefinition'));
}

/** A service's network mode as far as the files tell, and how that is known (for messages). */
export interface ServiceNetworkMode {
  mode: string;
  reason: string;
  /** The task definition that says so, when it was read from one. */
  task?: RelatedTask;
}

/**
 * The network mode of a service's tasks: the registered mode of its task definition when that is found (see
 * {@link serviceTask}); otherwise awsvpc when the service runs on Fargate or gives an awsvpcConfiguration (which only
 * awsvpc tasks take). Undefined when nothing tells.
 */
export function serviceNetworkMode(related: RelatedDocuments | undefined, service: JsonObject): ServiceNetworkMode | undefined {
  const rt = serviceTask(related, service);
  const mode = rt ? registeredNetworkMode(rt.task) : undefined;
  if (rt && mode) return { mode, reason: `the task definition in ${rt.file} uses the ${mode} network mode`, task: rt };
  const svc = serviceInfo(service);
  if (svc.fargate) return { mode: 'awsvpc', reason: `this Fargate service (${svc.fargateReason}) uses the awsvpc network mode` };
  if (svc.awsvpc) return { mode: 'awsvpc', reason: 'the service gives networkConfiguration.awsvpcConfiguration, so its tasks use the awsvpc network mode' };
  return undefined;
}

/** A load-balancer port value as a number; undefined when absent, templated or not a port. */
function readPort(portNode: Node | undefined): number | undefined {
  if (!portNode) return undefined;
  if (portNode.type === 'string' && isTemplated(portNode.value)) return undefined;
  return intOf(portNode);
}

/** Whether a container's port mappings cover `port`: yes, no (with the ports it maps), or unknown (templated). */
function portCoverage(c: TaskDefinitionModel['containers'][number], port: number): { mapped: number[]; covered: boolean; unknown: boolean } {
  const mapped: number[] = [];
  let covered = false;
  let unknown = false;
  for (const pm of c.portMappings) {
    if (pm.containerPort !== undefined) {
      mapped.push(pm.containerPort);
      if (pm.containerPort === port) covered = true;
    } else if (pm.containerPortRange) {
      const m = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(pm.containerPortRange);
      if (m && port >= Number(m[1]) && port <= Number(m[2])) covered = true;
      if (!m) unknown = true;
    } else {
      const raw = pm.obj.get('containerPort');
      if (raw && raw.type === 'string' && isTemplated(raw.value)) unknown = true;
    }
  }
  return { mapped, covered, unknown };
}

/**
 * Checks that `nameNode` names a container of the related task definition and that it maps `portNode`.
 * Reports on the service/appspec (the file that is wrong from its own point of view). Silent on placeholders.
 */
export function checkLoadBalancedContainer(
  ctx: RuleContext,
  rt: RelatedTask,
  nameNode: Node | undefined,
  portNode: Node | undefined,
  fields: { name: string; port: string },
): void {
  if (!nameNode || nameNode.type !== 'string') return;
  const name = nameNode.value as string;
  if (isTemplated(name)) return;
  const containers = rt.task.containers;
  const c = containers.find((x) => x.name === name);
  const family = rt.task.family ? `task definition '${rt.task.family}'` : 'the task definition';
  if (!c) {
    // A container with a templated name may be the one; stay silent rather than guess.
    if (containers.some((x) => x.name === undefined || isTemplated(x.name))) return;
    const names = containers.map((x) => x.name).filter((n): n is string => !!n);
    // Only a case slip is suggested: the message explains that names are case-sensitive.
    const close = closestName(name, names, { maxDistance: () => 0 });
    ctx.report(
      nameNode,
      `${family} in ${rt.file} has no container named '${name}'` +
        (names.length ? ` (it has ${names.map((n) => `'${n}'`).join(', ')})` : '') +
        `. The deployment fails because the load balancer target must be one of the task's containers.` +
        (close ? ` Did you mean '${close}'? Names are case-sensitive.` : ''),
      { expectedOneOf: names, suggestion: close ?? (names.length === 1 ? names[0] : undefined), taskDefinitionUri: rt.uri },
    );
    // The port is wrong too when no container of the task maps it: report both, so one fix does not reveal the other.
    const port = readPort(portNode);
    if (port === undefined || !portNode) return;
    const coverage = containers.map((x) => portCoverage(x, port));
    if (coverage.some((x) => x.covered || x.unknown)) return;
    const mappedAll = [...new Set(coverage.flatMap((x) => x.mapped))].sort((a, b) => a - b);
    ctx.report(
      portNode,
      `No container of ${family} in ${rt.file} maps port ${port}` +
        (mappedAll.length ? ` (its containers map ${mappedAll.join(', ')})` : ' (its containers have no portMappings)') +
        `. The load balancer can only reach a port a container maps; change ${fields.port} or add a port mapping for ${port} in ${rt.file}.`,
      mappedAll.length === 1 ? { expected: mappedAll[0], taskDefinitionUri: rt.uri } : { mappedPorts: mappedAll, taskDefinitionUri: rt.uri },
    );
    return;
  }
  const port = readPort(portNode);
  if (port === undefined || !portNode) return;
  const { mapped, covered, unknown } = portCoverage(c, port);
  if (covered || unknown) return;
  ctx.report(
    portNode,
    `Container '${name}' in ${rt.file} does not map port ${port}` +
      (mapped.length ? ` (its portMappings list ${mapped.join(', ')})` : ' (it has no portMappings)') +
      `. The load balancer can only reach a port the container maps; change ${fields.port} or add a port mapping for ${port} in ${rt.file}.`,
    mapped.length === 1 ? { expected: mapped[0], taskDefinitionUri: rt.uri } : { mappedPorts: mapped, taskDefinitionUri: rt.uri },
  );
}
