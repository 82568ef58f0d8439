import { defineRule, DOCS } from './rule';
import { serviceInfo } from './support/service';
import { isEmptyValue } from './support/fargate';

/** Placement constraints and strategies are EC2 concepts; Fargate services reject them. */
export default defineRule(
  {
    id: 'fargate/service-placement',
    severity: 'error',
    title: 'Placement on a Fargate service',
    description:
      'Placement constraints and strategies choose which EC2 container instance runs a task. Fargate has no instances to ' +
      'choose from, so CreateService fails with "Placement constraints are not supported with FARGATE launch type" (or ' +
      '"Placement strategies…"). Remove them; to spread tasks across Availability Zones, list subnets in several zones.',
    source: DOCS.fargateTasks,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const svc = serviceInfo(body);
    if (!svc.fargate) return;
    for (const [field, label] of [['placementConstraints', 'Placement constraints'], ['placementStrategy', 'Placement strategies']] as const) {
      const prop = body.prop(field);
      if (!prop || isEmptyValue(prop.valueNode)) continue;
      ctx.report(
        prop.keyNode,
        `${label} pick EC2 container instances; this service runs on Fargate (${svc.fargateReason}), which has none, so AWS rejects "${field}". ` +
          `Remove it; spread tasks across Availability Zones by listing subnets in several zones.`,
        { field, removable: true },
      );
    }
  },
);
