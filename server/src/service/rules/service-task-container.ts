import { defineRule, DOCS } from './rule';
import { checkLoadBalancedContainer, serviceTask } from './support/related';

/** The service's load-balanced container and port exist in the task definition of the same folder. */
export default defineRule(
  {
    id: 'fargate/service-task-container',
    severity: 'error',
    title: 'Service load balancer container not in the task definition',
    description:
      'Each `loadBalancers` entry names a container (`containerName`) and port (`containerPort`) that ECS registers with ' +
      'the target group. Both must exist in the task definition the service runs: a container of that name with a port ' +
      'mapping for that port. This rule reads the task definition from the same folder (matched by family when the ' +
      'service names one, otherwise the folder\'s only task definition; by family also in the folders `fargate.relatedFolders` ' +
      'names) and reports the service when they disagree.',
    source: DOCS.createServiceApi,
    category: 'cross-file',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body || !ctx.related) return;
    const rt = serviceTask(ctx.related, body);
    if (!rt) return;
    for (const lb of body.objects('loadBalancers')) {
      checkLoadBalancedContainer(ctx, rt, lb.get('containerName'), lb.get('containerPort'), { name: 'containerName', port: 'containerPort' });
    }
  },
);
