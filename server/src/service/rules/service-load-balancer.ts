import { describeType } from '../json';
import { defineRule, DOCS, keyPlace } from './rule';
import { intOf, isTemplated, serviceInfo } from './support/service';

/** Load balancer entries: CODE_DEPLOY needs an ALB/NLB target group; Classic LBs cannot front Fargate; container + port. */
export default defineRule(
  {
    id: 'fargate/service-load-balancer',
    severity: 'error',
    title: 'Service load balancer configuration',
    description:
      'Each `loadBalancers` entry tells ECS which container port to register with an Application or Network Load Balancer ' +
      'target group: it needs `targetGroupArn`, `containerName` and `containerPort` (1–65535). Classic Load Balancers ' +
      '(`loadBalancerName`) cannot register Fargate tasks, because those are addressed by IP. A service using the ' +
      '`CODE_DEPLOY` deployment controller must have an ALB or NLB target group: CodeDeploy shifts traffic between two ' +
      'target groups of that load balancer.',
    source: DOCS.blueGreen,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const svc = serviceInfo(body);
    const lbs = svc.loadBalancers;
    if (svc.controller === 'CODE_DEPLOY' && !lbs.some((lb) => lb.has('targetGroupArn'))) {
      ctx.report(
        svc.controllerNode ?? keyPlace(body.prop('deploymentController'), body.node),
        'A CODE_DEPLOY service needs an Application or Network Load Balancer: add a "loadBalancers" entry with "targetGroupArn", ' +
          '"containerName" and "containerPort". CodeDeploy moves traffic between two target groups of that load balancer.',
        { missing: 'loadBalancers' },
      );
    }
    for (const lb of lbs) {
      const clb = lb.prop('loadBalancerName');
      if (clb && svc.fargate) {
        ctx.report(
          clb.keyNode,
          'Classic Load Balancers cannot register Fargate tasks (they are addressed by IP, not by instance). ' +
            'Use an Application or Network Load Balancer target group of target type "ip" in "targetGroupArn" instead.',
          { field: 'loadBalancerName', suggestion: 'targetGroupArn' },
        );
      }
      if (!lb.has('containerName')) {
        ctx.report(lb.node, 'This load balancer entry has no "containerName": ECS needs to know which container to register with the target group.', { missing: 'containerName' });
      }
      const portProp = lb.prop('containerPort');
      if (!portProp) {
        ctx.report(lb.node, 'This load balancer entry has no "containerPort": ECS needs to know which port of the container receives the traffic.', { missing: 'containerPort' });
      } else if (portProp.valueNode) {
        const pn = portProp.valueNode;
        if (pn.type === 'string' && isTemplated(pn.value)) continue;
        const port = intOf(pn);
        if (pn.type !== 'number' && pn.type !== 'null') {
          ctx.report(pn, `"containerPort" must be a number, not ${describeType(pn)}.`, port !== undefined ? { expected: port } : undefined);
        } else if (pn.type === 'number' && (!Number.isInteger(port) || (port as number) < 1 || (port as number) > 65535)) {
          ctx.report(pn, `"containerPort" must be a whole number from 1 to 65535, not ${String(pn.value)}.`);
        }
      }
    }
  },
);
