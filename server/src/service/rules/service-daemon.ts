import type { JsonObject } from '../json';
import { defineRule, DOCS } from './rule';
import { isEmptyValue, removableData } from './support/fargate';
import { readNumber } from './support/numbers';
import { serviceInfo } from './support/service';

/**
 * `describe-services` output keeps the count ECS computed for a daemon service, and ecspresso's service definitions
 * (which start from that output, carry `platformFamily` and leave the name to ecspresso's config) keep it too: ecspresso
 * drops desiredCount for DAEMON services before it calls CreateService. Only create-service input is checked for it.
 */
const DESCRIBE_OUTPUT_FIELDS = ['serviceArn', 'runningCount', 'pendingCount', 'deployments', 'events', 'createdAt', 'platformFamily'];

function mayHaveComputedCount(body: JsonObject): boolean {
  return DESCRIBE_OUTPUT_FIELDS.some((k) => body.has(k)) || !(body.has('serviceName') || body.has('service'));
}

/** Is this a DAEMON service that the scheduling-strategy rule does not already reject (Fargate, CODE_DEPLOY, EXTERNAL)? */
export function isEc2Daemon(body: JsonObject): boolean {
  if (body.str('schedulingStrategy') !== 'DAEMON') return false;
  const svc = serviceInfo(body);
  return !svc.fargate && svc.controller !== 'CODE_DEPLOY' && svc.controller !== 'EXTERNAL';
}

/** Settings a DAEMON service (one task on every container instance) does not take. */
export default defineRule(
  {
    id: 'fargate/service-daemon',
    severity: 'error',
    title: 'Setting a DAEMON service does not take',
    description:
      'A DAEMON service (EC2 only) runs exactly one task on each container instance that meets its placement ' +
      'constraints, so ECS decides the count and the placement itself. CreateService rejects a daemon service with a ' +
      '`desiredCount`, with `deploymentConfiguration.maximumPercent` above 100 (a daemon deployment cannot start an extra ' +
      'task on an instance that already runs one: it stops the old task first), with a `placementStrategy`, or with ' +
      '`availabilityZoneRebalancing` set to `ENABLED` (there is nothing to rebalance: every instance runs one task). ' +
      'Remove these settings, or use the REPLICA strategy if you want a number of tasks placed by a strategy. DAEMON on ' +
      'Fargate or with CodeDeploy is reported by `fargate/service-scheduling-strategy` instead. `desiredCount` is not ' +
      'reported in `describe-services` output or in files without a `serviceName` (ecspresso service definitions), whose ' +
      'deploy tools drop it for daemon services.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_service-options.html',
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body || !isEc2Daemon(body)) return;

    const countProp = body.prop('desiredCount');
    if (countProp && countProp.valueNode && countProp.valueNode.type !== 'null' && !mayHaveComputedCount(body)) {
      ctx.report(
        countProp.keyNode,
        `A DAEMON service runs one task on each container instance, so ECS sets the count itself and AWS rejects "desiredCount" ` +
          `("The daemon scheduling strategy does not support a desired count"). Remove desiredCount, or use "schedulingStrategy": "REPLICA" to choose a count.`,
        removableData('desiredCount'),
      );
    }

    const maxNode = body.obj('deploymentConfiguration')?.get('maximumPercent');
    const max = readNumber(maxNode);
    if (maxNode && max.kind === 'number' && max.value > 100) {
      ctx.report(
        maxNode,
        `"maximumPercent" is ${max.value}, but a DAEMON service cannot run a second task on an instance during a deployment (it stops the old task first), ` +
          `so AWS accepts at most 100 for it ("The daemon scheduling strategy does not support values above 100 for maximumPercent"). Set maximumPercent to 100 (or leave it out) and lower minimumHealthyPercent to let deployments progress.`,
        { expected: 100 },
      );
    }

    const strategy = body.prop('placementStrategy');
    if (strategy && !isEmptyValue(strategy.valueNode)) {
      ctx.report(
        strategy.keyNode,
        `A DAEMON service places one task on every container instance that meets its placement constraints, so there is nothing for a placement strategy to choose; ` +
          `AWS rejects "placementStrategy" for it ("The daemon scheduling strategy does not support placement strategies"). Remove it (use placementConstraints to limit which instances run the task).`,
        removableData('placementStrategy'),
      );
    }

    const az = body.get('availabilityZoneRebalancing');
    if (az && az.type === 'string' && az.value === 'ENABLED') {
      ctx.report(
        az,
        `Availability Zone rebalancing moves tasks between zones to even out a service's count, and a DAEMON service has exactly one task per instance, ` +
          `so AWS rejects "availabilityZoneRebalancing": "ENABLED" for it. Set it to "DISABLED" or remove it.`,
        { expected: 'DISABLED' },
      );
    }
  },
);
