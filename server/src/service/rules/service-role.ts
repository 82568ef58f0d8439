import { defineRule } from './rule';
import { isEmptyValue, removableData } from './support/fargate';
import { serviceNetworkMode } from './support/related';
import { serviceInfo } from './support/service';

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
      'for the account, and CreateService rejects an explicit role for it. The same holds for services with service ' +
      'discovery (`serviceRegistries`), the EXTERNAL deployment controller or more than one target group. A role ' +
      'without load balancers is rejected as ' +
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
    const lbs = body.get('loadBalancers');
    // Each of these makes ECS work through the service-linked role, which rules out a role of your own.
    let why: string | undefined;
    if (network?.mode === 'awsvpc') why = `its tasks use awsvpc networking: ${network.reason}`;
    else if (serviceInfo(body).controller === 'EXTERNAL') why = 'it uses the EXTERNAL deployment controller';
    else if (!isEmptyValue(body.get('serviceRegistries')) && body.get('serviceRegistries')?.type === 'array') why = 'it registers with service discovery (serviceRegistries)';
    else if (lbs && lbs.type === 'array' && (lbs.children ?? []).length > 1) why = 'it uses more than one target group';
    if (why) {
      ctx.report(
        prop.keyNode,
        `This service works through the ECS service-linked role because ${why}, and AWS rejects a "role" for it ` +
          `("You cannot specify an IAM role for services that require a service linked role"). Remove role; AWS creates AWSServiceRoleForECS for the account when needed.`,
        removableData('role', network?.task ? { taskDefinitionUri: network.task.uri } : {}),
      );
      return;
    }
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
