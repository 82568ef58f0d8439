import { defineRule, DOCS } from './rule';
import { serviceInfo } from './support/service';

/** Fargate (and CODE_DEPLOY) services must use the REPLICA scheduling strategy. */
export default defineRule(
  {
    id: 'fargate/service-scheduling-strategy',
    severity: 'error',
    title: 'DAEMON scheduling on Fargate or with CodeDeploy',
    description:
      'The DAEMON strategy runs one task on every EC2 container instance of the cluster. Fargate has no instances, so a ' +
      'Fargate service must use `REPLICA` (the default). Blue/green deployments with CodeDeploy and the EXTERNAL controller ' +
      'also require REPLICA.',
    source: DOCS.createServiceApi,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const node = body.get('schedulingStrategy');
    if (!node || node.type !== 'string') return;
    const value = node.value as string;
    if (value === 'REPLICA') return;
    const svc = serviceInfo(body);
    if (value !== 'DAEMON') {
      if (value.toUpperCase() === 'REPLICA' || value.toUpperCase() === 'DAEMON') {
        ctx.report(node, `"schedulingStrategy" is case-sensitive: write "${value.toUpperCase()}".`, { expected: value.toUpperCase() });
      }
      return;
    }
    if (svc.fargate) {
      ctx.report(
        node,
        `The DAEMON strategy places one task on each EC2 container instance, and this Fargate service (${svc.fargateReason}) has no instances. Use "REPLICA".`,
        { expected: 'REPLICA' },
      );
    } else if (svc.controller === 'CODE_DEPLOY' || svc.controller === 'EXTERNAL') {
      ctx.report(node, `Services using the ${svc.controller} deployment controller must use the REPLICA strategy, not DAEMON.`, { expected: 'REPLICA' });
    }
  },
);
