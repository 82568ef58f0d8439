import { portNamespace } from './support/network';
import { readNumber } from './support/numbers';
import { containerLabel, defineRule, DOCS } from './rule';

/** Under awsvpc (every Fargate task) and host networking, `hostPort` is omitted or equals `containerPort`. */
export default defineRule(
  {
    id: 'fargate/host-port',
    severity: 'error',
    title: 'hostPort differs from containerPort',
    description:
      'With `awsvpc` networking (always the case on Fargate) each task gets its own network interface, and a container ' +
      'port is reachable on that interface under the same number: there is no host to translate ports. The same holds ' +
      'for `host` networking. So `hostPort` must be left out or be equal to `containerPort`; `0` (a random host port, ' +
      'a bridge-mode feature) is not allowed either. ECS rejects the task definition otherwise. The usual fix is to ' +
      'delete `hostPort`; to expose a different port number, change the port the application listens on.',
    source: DOCS.awsvpc,
    category: 'networking',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const ns = portNamespace(task);
    if (ns !== 'awsvpc' && ns !== 'host') return;
    const modeText = ns === 'awsvpc' ? (task.fargate !== 'none' ? 'On Fargate (awsvpc networking)' : 'With awsvpc networking') : 'With host networking';
    for (const c of task.containers) {
      for (const pm of c.portMappings) {
        const hostNode = pm.obj.get('hostPort');
        const host = readNumber(hostNode);
        if (host.kind !== 'number' || !hostNode) continue;
        const cp = readNumber(pm.obj.get('containerPort'));
        const containerPort = cp.kind === 'number' ? cp.value : undefined;
        if (host.value === 0) {
          ctx.report(
            hostNode,
            `${modeText}, hostPort 0 (pick a random host port) is not possible: the container port is exposed under its own number. ` +
              `ECS rejects it. Remove hostPort` + (containerPort !== undefined ? ` or set it to ${containerPort}.` : '.'),
            { containerIndex: c.index, containerPort, expected: containerPort, field: 'hostPort', removable: true },
          );
        } else if (containerPort !== undefined && host.value !== containerPort) {
          ctx.report(
            hostNode,
            `${modeText}, hostPort must match containerPort, but ${containerLabel(c)} maps ${containerPort} to ${host.value}. ` +
              `There is no host in between to translate ports, so ECS rejects the mismatch. Remove hostPort or set it to ${containerPort}` +
              `; to be reachable on ${host.value}, make the application listen on ${host.value} and use that as containerPort.`,
            { containerIndex: c.index, containerPort, expected: containerPort, field: 'hostPort', removable: true },
          );
        }
      }
    }
  },
);
