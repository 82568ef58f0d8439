import type { Node } from 'jsonc-parser';
import { closestName } from '../../knowledge/catalog';
import type { JsonObject } from '../json';
import { containerListKnown, type ContainerModel, type TaskDefinitionModel } from '../model';
import { isPlaceholder } from '../values';
import { truncate } from './support/numbers';
import { containerLabel, defineRule, DOCS, keyPlace, type RuleContext } from './rule';

/**
 * References between the parts of a task definition: `dependsOn`, `volumesFrom` and `mountPoints` must name
 * containers / volumes that exist, with conditions ECS can honour, and without dependency cycles.
 */
export default defineRule(
  {
    id: 'fargate/depends-on',
    severity: 'error',
    title: 'Broken container dependency or reference',
    description:
      'Containers refer to each other by name: `dependsOn` orders their start (and, reversed, their shutdown), ' +
      '`volumesFrom` mounts another container\'s volumes, and `mountPoints[].sourceVolume` names a task `volumes` entry. ' +
      'ECS rejects references to names that do not exist. A dependency `condition` is one of `START`, `COMPLETE`, ' +
      '`SUCCESS` or `HEALTHY`; `HEALTHY` needs a `healthCheck` on the container waited for, and `COMPLETE`/`SUCCESS` ' +
      'cannot wait for an essential container (an essential container that exits stops the whole task). A container ' +
      'cannot depend on itself, and dependencies must not form a cycle, or no container could ever start.',
    source: DOCS.containerDefinitionApi,
    category: 'fargate',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const byName = new Map<string, ContainerModel>();
    for (const c of task.containers) if (c.name !== undefined && !byName.has(c.name)) byName.set(c.name, c);
    const namesKnown = containerNamesKnown(task);
    const edges = new Map<ContainerModel, ContainerModel[]>();

    for (const c of task.containers) {
      const label = containerLabel(c);
      const targets: ContainerModel[] = [];
      for (const dep of c.dependsOn) {
        const target = checkDependency(ctx, c, label, dep, byName, namesKnown);
        if (target && target !== c) targets.push(target);
      }
      edges.set(c, targets);
      for (const vf of c.volumesFrom) checkVolumesFrom(ctx, c, label, vf, byName, namesKnown);
      checkMountPoints(ctx, task, c, label);
    }
    reportCycles(ctx, task.containers, edges);
  },
);

function containerNamesKnown(task: TaskDefinitionModel): boolean {
  if (!containerListKnown(task)) return false;
  return task.containers.every((c) => c.name !== undefined && !isPlaceholder(c.name));
}

/** A container name close to `name` (same name ignoring case, or a typo within a third of its length). */
function closest(name: string, candidates: readonly string[]): string | undefined {
  return closestName(name, candidates, { maxDistance: (len) => Math.max(1, Math.floor(len / 3)) });
}

function listNames(names: Iterable<string>): string {
  const all = [...names].map((n) => `"${truncate(n)}"`);
  return all.length === 0 ? 'none' : all.join(', ');
}

function checkDependency(
  ctx: RuleContext,
  c: ContainerModel,
  label: string,
  dep: JsonObject,
  byName: Map<string, ContainerModel>,
  namesKnown: boolean,
): ContainerModel | undefined {
  const nameNode = dep.get('containerName');
  const condNode = dep.get('condition');
  let target: ContainerModel | undefined;
  let nameOk = false;
  if (!nameNode || nameNode.type === 'null') {
    ctx.report(
      dep.node,
      `This dependency of ${label} has no containerName, so ECS cannot tell which container to wait for. Add the name of another container in this task.`,
      { containerIndex: c.index, missing: 'containerName' },
    );
  } else if (nameNode.type === 'string' && !isPlaceholder(nameNode.value)) {
    const name = nameNode.value as string;
    target = byName.get(name);
    if (target === c) {
      ctx.report(
        nameNode,
        `${cap(label)} depends on itself. A container cannot wait for its own start, so ECS rejects this. Remove this dependsOn entry.`,
        { containerIndex: c.index, removable: true },
      );
      target = undefined;
    } else if (!target && namesKnown) {
      const suggestion = closest(name, [...byName.keys()].filter((n) => n !== c.name));
      ctx.report(
        nameNode,
        `${cap(label)} depends on "${truncate(name)}", but no container in this task definition has that name ` +
          `(containers: ${listNames(byName.keys())}). ECS only orders containers of the same task and rejects the reference.` +
          (suggestion ? ` Did you mean "${suggestion}"?` : ''),
        { containerIndex: c.index, suggestion },
      );
    } else nameOk = !!target;
  }

  if (!condNode || condNode.type === 'null') {
    ctx.report(
      keyPlace(undefined, nameNode ?? dep.node),
      `This dependency of ${label} has no condition. ECS requires one: START, COMPLETE, SUCCESS or HEALTHY ("START" waits until the other container has started).`,
      { containerIndex: c.index, missing: 'condition', suggestion: 'START' },
    );
    return target;
  }
  if (condNode.type !== 'string' || isPlaceholder(condNode.value)) return target;
  // Values outside the enum are reported by fargate/value-type.
  const cond = condNode.value as string;
  if (!nameOk || !target) return target;
  const tLabel = containerLabel(target);
  if (cond === 'HEALTHY') {
    const hc = target.obj.get('healthCheck');
    if (!hc || hc.type === 'null') {
      ctx.report(
        condNode,
        `${cap(label)} waits for ${tLabel} to be HEALTHY, but ${tLabel} has no healthCheck, so it never reports a health status ` +
          `and ECS refuses the dependency. Add a healthCheck to ${tLabel}, or use the condition "START".`,
        { containerIndex: c.index, target: target.name, suggestion: 'START' },
      );
    }
  } else if ((cond === 'COMPLETE' || cond === 'SUCCESS') && target.essential) {
    ctx.report(
      condNode,
      `${cap(label)} waits for ${tLabel} to ${cond === 'SUCCESS' ? 'exit successfully' : 'exit'}, but ${tLabel} is essential: ` +
        `when an essential container exits, ECS stops the whole task, so AWS does not allow ${cond} on it. ` +
        `Mark ${tLabel} "essential": false (typical for an init or migration container), or use "START" or "HEALTHY".`,
      { containerIndex: c.index, target: target.name, targetIndex: target.index },
    );
  }
  return target;
}

function checkVolumesFrom(
  ctx: RuleContext,
  c: ContainerModel,
  label: string,
  vf: JsonObject,
  byName: Map<string, ContainerModel>,
  namesKnown: boolean,
): void {
  const node = vf.get('sourceContainer');
  if (!node || node.type === 'null') {
    ctx.report(vf.node, `This volumesFrom entry of ${label} has no sourceContainer. Name the container whose volumes should be mounted.`, {
      containerIndex: c.index,
      missing: 'sourceContainer',
    });
    return;
  }
  if (node.type !== 'string' || isPlaceholder(node.value)) return;
  const name = node.value as string;
  const source = byName.get(name);
  if (source === c) {
    ctx.report(node, `${cap(label)} mounts volumes from itself; volumesFrom must name another container of the task. Remove this entry.`, {
      containerIndex: c.index,
      removable: true,
    });
  } else if (!source && namesKnown) {
    const suggestion = closest(name, [...byName.keys()].filter((n) => n !== c.name));
    ctx.report(
      node,
      `volumesFrom of ${label} names "${truncate(name)}", which is not a container of this task definition (containers: ${listNames(byName.keys())}). ` +
        `Containers can only share volumes within one task.` +
        (suggestion ? ` Did you mean "${suggestion}"?` : ''),
      { containerIndex: c.index, suggestion },
    );
  }
}

function checkMountPoints(ctx: RuleContext, task: TaskDefinitionModel, c: ContainerModel, label: string): void {
  if (c.mountPoints.length === 0) return;
  const volumesNode = task.obj.get('volumes');
  // Unknown volume names (templated list or names) keep the rule silent.
  let known = true;
  if (volumesNode && volumesNode.type !== 'array' && volumesNode.type !== 'null') known = false;
  if (volumesNode?.type === 'array' && (volumesNode.children ?? []).some((n) => n.type !== 'object')) known = false;
  if (task.volumes.some((v) => v.name === undefined || isPlaceholder(v.name))) known = false;
  const names = task.volumes.map((v) => v.name).filter((n): n is string => n !== undefined);
  for (const mp of c.mountPoints) {
    const node: Node | undefined = mp.get('sourceVolume');
    if (!node || node.type === 'null') {
      ctx.report(
        mp.node,
        `This mount point of ${label} has no sourceVolume. ECS needs the name of a task-level volume to mount at containerPath.`,
        { containerIndex: c.index, missing: 'sourceVolume', volumes: names },
      );
      continue;
    }
    if (node.type !== 'string' || isPlaceholder(node.value) || !known) continue;
    const name = node.value as string;
    if (names.includes(name)) continue;
    const suggestion = closest(name, names);
    ctx.report(
      node,
      `Mount point of ${label} uses volume "${truncate(name)}", but the task definition ` +
        (names.length === 0 ? `declares no volumes. ` : `only declares ${listNames(names)}. `) +
        `ECS mounts only volumes listed in the task's "volumes", so it rejects this. ` +
        (suggestion ? `Did you mean "${suggestion}"?` : `Add {"name": "${truncate(name)}"} to "volumes" or fix the name.`),
      { containerIndex: c.index, suggestion, volume: name },
    );
  }
}

/** Reports each group of containers that wait for each other (strongly connected component) once. */
function reportCycles(ctx: RuleContext, containers: readonly ContainerModel[], edges: Map<ContainerModel, ContainerModel[]>): void {
  // Tarjan's algorithm, iterative (the graph is small, but input is untrusted).
  let counter = 0;
  const index = new Map<ContainerModel, number>();
  const low = new Map<ContainerModel, number>();
  const onStack = new Set<ContainerModel>();
  const stack: ContainerModel[] = [];
  const components: ContainerModel[][] = [];
  for (const root of containers) {
    if (index.has(root)) continue;
    const work: { v: ContainerModel; i: number }[] = [{ v: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const next = edges.get(frame.v) ?? [];
      if (frame.i < next.length) {
        const w = next[frame.i++];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ v: w, i: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].v;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.v)!));
      }
      if (low.get(frame.v) === index.get(frame.v)) {
        const comp: ContainerModel[] = [];
        let w: ContainerModel | undefined;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== frame.v);
        if (comp.length > 1) components.push(comp);
      }
    }
  }
  for (const comp of components) {
    const members = new Set(comp);
    const start = comp.reduce((a, b) => (a.index < b.index ? a : b));
    // Walk the cycle from the first container in document order, staying inside the component.
    const path = cyclePath(start, members, edges);
    const names = path.map((c) => c.name ?? `#${c.index + 1}`);
    ctx.report(
      keyPlace(start.obj.prop('dependsOn'), start.obj.node),
      `These containers wait for each other in a circle: ${names.join(' → ')}. None of them can start first, so ECS rejects the ` +
        `task definition. Remove one of the dependsOn entries in the circle.`,
      { containerIndex: start.index, cycle: names },
    );
  }
}

function cyclePath(start: ContainerModel, members: Set<ContainerModel>, edges: Map<ContainerModel, ContainerModel[]>): ContainerModel[] {
  // Breadth-first search for the shortest way back to `start`.
  const prev = new Map<ContainerModel, ContainerModel>();
  const queue: ContainerModel[] = [start];
  const seen = new Set<ContainerModel>([start]);
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of edges.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path: ContainerModel[] = [start];
        for (let x: ContainerModel | undefined = v; x && x !== start; x = prev.get(x)) path.splice(1, 0, x);
        path.push(start);
        return path;
      }
      if (!seen.has(w)) {
        seen.add(w);
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
