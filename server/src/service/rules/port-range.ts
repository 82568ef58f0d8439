import type { Node } from 'jsonc-parser';
import type { JsonObject } from '../json';
import type { ContainerModel } from '../model';
import { isPlaceholder } from '../values';
import { parsePortRange } from './support/network';
import { readNumber, truncate } from './support/numbers';
import { containerLabel, defineRule, DOCS, keyPlace, type RuleContext } from './rule';

/** Port numbers, port ranges and protocols in `portMappings` that ECS cannot accept. */
export default defineRule(
  {
    id: 'fargate/port-range',
    severity: 'error',
    title: 'Invalid port mapping',
    description:
      'A port mapping exposes either one `containerPort` or a `containerPortRange` such as `"8000-8100"`. Ports are whole ' +
      'numbers from 1 to 65535 (`hostPort` may also be 0 on bridge networking, meaning "any free port"). A range must ' +
      'have its first port below its last, and takes no `hostPort` and no `containerPort`: ECS derives the host side ' +
      'itself. ECS rejects the task definition when a mapping breaks these rules. (The values of `protocol` — `tcp` or ' +
      '`udp` — and `appProtocol` — `http`, `http2` or `grpc` — are checked by `fargate/value-type`.)',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
    category: 'networking',
    target: 'taskDefinition',
  },
  (ctx) => {
    for (const c of ctx.task?.containers ?? []) {
      for (const pm of c.portMappings) checkMapping(ctx, c, pm.obj);
    }
  },
);

function checkMapping(ctx: RuleContext, c: ContainerModel, pm: JsonObject): void {
  const label = containerLabel(c);
  const cpNode = pm.get('containerPort');
  const hpNode = pm.get('hostPort');
  const rangeNode = pm.get('containerPortRange');
  const hasRange = !!rangeNode && rangeNode.type !== 'null';
  const cpOk = checkPort(ctx, c, 'containerPort', cpNode, 1);
  checkPort(ctx, c, 'hostPort', hpNode, 0);

  if (hasRange && rangeNode) {
    if (rangeNode.type === 'string' && !isPlaceholder(rangeNode.value)) {
      const text = rangeNode.value as string;
      const r = parsePortRange(text);
      if (!r) {
        ctx.report(
          rangeNode,
          `containerPortRange of ${label} is "${truncate(text)}"; ECS expects two port numbers joined by a hyphen, like "8000-8100".`,
          { containerIndex: c.index },
        );
      } else if (r.start < 1 || r.end > 65535 || r.start >= r.end) {
        const what = r.start >= r.end ? `its first port (${r.start}) is not below its last (${r.end})` : `ports must be between 1 and 65535`;
        ctx.report(rangeNode, `containerPortRange "${truncate(text)}" of ${label} is not a valid range: ${what}. ECS rejects it.`, {
          containerIndex: c.index,
          start: r.start,
          end: r.end,
        });
      }
    }
    if (hpNode && hpNode.type !== 'null') {
      ctx.report(
        keyPlace(pm.prop('hostPort'), hpNode),
        `A mapping with containerPortRange takes no hostPort: ECS chooses the host ports for a range itself (the same ports under awsvpc, ` +
          `free ones under bridge) and rejects the mapping otherwise. Remove hostPort.`,
        { containerIndex: c.index, field: 'hostPort', removable: true },
      );
    }
    if (cpNode && cpNode.type !== 'null') {
      ctx.report(
        keyPlace(pm.prop('containerPort'), cpNode),
        `This mapping sets both containerPort and containerPortRange. A mapping exposes one port or one range, not both. ` +
          `Remove containerPort, or move it to a mapping of its own.`,
        { containerIndex: c.index, field: 'containerPort', removable: true },
      );
    }
  } else if ((!cpNode || cpNode.type === 'null') && cpOk) {
    ctx.report(
      pm.node,
      `This port mapping of ${label} has no containerPort, so it exposes nothing and ECS rejects it. ` +
        `Add "containerPort" (the port the application listens on), or "containerPortRange" for a range.`,
      { containerIndex: c.index, missing: 'containerPort' },
    );
  }
  // protocol and appProtocol values are checked against the API enums by fargate/value-type.
}

/** Checks one port field. Returns false when the field is present but unusable (already reported). */
function checkPort(ctx: RuleContext, c: ContainerModel, field: 'containerPort' | 'hostPort', node: Node | undefined, min: number): boolean {
  const r = readNumber(node);
  if (r.kind === 'invalid') return false; // fargate/value-type reports wrong types
  if (r.kind !== 'number' || !node) return true;
  const label = containerLabel(c);
  const range = `${min}–65535`;
  if (r.value < min || r.value > 65535) {
    ctx.report(
      node,
      `${field} ${r.value} of ${label} is not a valid port: ports are numbered ${range}, so ECS rejects it.`,
      { containerIndex: c.index, field, min, max: 65535 },
    );
    return false;
  }
  return true;
}
