import type { Node } from 'jsonc-parser';
import type { ContainerModel } from '../model';
import { parsePortRange, portNamespace } from './support/network';
import { readNumber } from './support/numbers';
import { containerLabel, defineRule, DOCS, type RuleContext } from './rule';

interface Binding {
  c: ContainerModel;
  node: Node;
  start: number;
  end: number;
  protocol: string;
}

function portText(b: Binding): string {
  return b.start === b.end ? `port ${b.start}` : `ports ${b.start}-${b.end}`;
}

/** Two mappings that claim the same port where only one can have it. */
export default defineRule(
  {
    id: 'fargate/port-conflict',
    severity: 'error',
    title: 'Port mapped twice',
    description:
      'With `awsvpc` networking (every Fargate task) and with `host` networking, all containers of a task share one ' +
      'network namespace, so a port number (per protocol) can be used by one container only, and port ranges must not ' +
      'overlap. With `bridge` networking the same applies to explicit `hostPort` values, which are ports of the ' +
      'instance. One port over both tcp and udp (DNS on 53) is fine. ECS rejects ' +
      'the task definition (or the task fails to start) when two mappings claim the same port: give one of the ' +
      'containers another port, or remove the duplicate mapping.',
    source: DOCS.awsvpc,
    category: 'networking',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const ns = portNamespace(task);
    const shared: Binding[] = [];
    const reported = new Set<Node>();
    for (const c of task.containers) {
      for (const pm of c.portMappings) {
        const protocol = pm.protocol;
        if (protocol !== 'tcp' && protocol !== 'udp') continue;
        const cpNode = pm.obj.get('containerPort');
        const cp = readNumber(cpNode);
        let own: Binding | undefined;
        if (cp.kind === 'number' && cp.integer && cp.value >= 1 && cp.value <= 65535 && cpNode) {
          own = { c, node: cpNode, start: cp.value, end: cp.value, protocol };
        } else {
          const rangeNode = pm.obj.get('containerPortRange');
          const r = rangeNode?.type === 'string' ? parsePortRange(rangeNode.value as string) : undefined;
          if (rangeNode && r && r.start >= 1 && r.end <= 65535 && r.start < r.end) own = { c, node: rangeNode, start: r.start, end: r.end, protocol };
        }
        // One container port over both tcp and udp (DNS on 53) is fine: ECS has accepted it since 2020 (the developer
        // guide dropped its old warning, awsdocs/amazon-ecs-developer-guide#128), so it is not compared across protocols.
        if (ns === 'awsvpc' || ns === 'host') {
          if (own) shared.push(own);
        } else if (ns === 'bridge') {
          const hpNode = pm.obj.get('hostPort');
          const hp = readNumber(hpNode);
          if (hp.kind === 'number' && hp.integer && hp.value >= 1 && hp.value <= 65535 && hpNode) {
            shared.push({ c, node: hpNode, start: hp.value, end: hp.value, protocol });
          }
        }
      }
    }
    if (ns === 'unknown') return;
    reportOverlaps(ctx, shared, ns, reported);
  },
);

function reportOverlaps(ctx: RuleContext, bindings: Binding[], ns: 'awsvpc' | 'host' | 'bridge', reported: Set<Node>): void {
  for (const protocol of ['tcp', 'udp']) {
    const list = bindings.filter((b) => b.protocol === protocol).sort((a, b) => a.start - b.start || a.node.offset - b.node.offset);
    let widest: Binding | undefined;
    for (const b of list) {
      if (widest && b.start <= widest.end) {
        const [first, second] = widest.node.offset < b.node.offset ? [widest, b] : [b, widest];
        if (!reported.has(second.node)) {
          reported.add(second.node);
          const port = Math.max(b.start, widest.start);
          const same = first.c === second.c;
          const who = same
            ? `${cap(containerLabel(second.c))} maps ${protocol} ${portText(second)} twice`
            : `${cap(containerLabel(second.c))} and ${containerLabel(first.c)} both map ${protocol} ${portText(second)}${second.start !== second.end || first.start !== first.end ? ` (overlapping at ${port})` : ''}`;
          const why =
            ns === 'bridge'
              ? `Explicit host ports are ports of the EC2 instance, and only one container can bind a host port, so ECS rejects the task definition.`
              : `With ${ns} networking all containers of the task share one network namespace, so only one of them can listen on a port and ECS rejects the duplicate.`;
          ctx.report(second.node, `${who}. ${why} Use a different port for one of them, or remove the extra mapping.`, {
            containerIndex: second.c.index,
            otherContainerIndex: first.c.index,
            port,
            protocol,
          });
        }
      }
      if (!widest || b.end > widest.end) widest = b;
    }
  }
}

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
