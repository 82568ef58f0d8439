import { defineRule } from './rule';
import { isEmptyValue, removableData } from './support/fargate';
import { serviceNetworkMode } from './support/related';

/** The service `role` (the old ECS service role for Classic/instance load balancing) and where AWS takes it. */
export default defineRule(
  {
    id: 'fargate/service-role',
    severity: 'error',
    title: 'Service role AWS does not take',
    description:
      'The service `role` is the IAM role ECS once needed to register instances with a load balancer on your behalf. ' +
      'AWS takes it only for a service with `loadBalancers` whose tasks do not use the awsvpc network mode. An awsvpc ' +
      'service (every Fargate service) uses the ECS service-linked role `AWSServiceRoleForECS` instead, which AWS creates ' +
      'for the account, and CreateService rejects an explicit role for it; a role without load balancers is rejected as ' +
      'well. Remove `role`. The awsvpc mode is read from the task definition of the folder when there is one, else from ' +
      'the service (Fargate, or an `awsvpcConfiguration`).',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using-service-linked-roles.html',
    category: 'iam',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const prop = body.prop('role');
    if (!prop || isEmptyValue(prop.valueNode)) return;
    const network = serviceNetworkMode(ctx.related, body);
    if (network?.mode === 'awsvpc') {
      ctx.report(
        prop.keyNode,
        `A service whose tasks use awsvpc networking (${network.reason}) works through the ECS service-linked role, and AWS rejects a "role" for it ` +
          `("You cannot specify an IAM role for services that require a service linked role"). Remove role; AWS creates AWSServiceRoleForECS for the account when needed.`,
        removableData('role', network.task ? { taskDefinitionUri: network.task.uri } : {}),
      );
      return;
    }
    const lbs = body.get('loadBalancers');
    // A templated or otherwise unreadable list may hold load balancers: only an absent or empty one is known to have none.
    if (!lbs || lbs.type === 'null' || (lbs.type === 'array' && (lbs.children ?? []).length === 0)) {
      ctx.report(
        prop.keyNode,
        `"role" lets ECS register tasks with a load balancer, and this service lists no "loadBalancers"; AWS takes a role only together with a load balancer. ` +
          `Remove role, or add the load balancer it is for.`,
        removableData('role'),
      );
    }
  },
);
