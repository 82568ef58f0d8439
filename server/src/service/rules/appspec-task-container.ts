import { defineRule, DOCS } from './rule';
import { checkLoadBalancedContainer, relatedTask } from './support/related';
import { appSpecTarget } from './support/service';

/** The appspec's ContainerName/ContainerPort exist in the task definition of the same folder. */
export default defineRule(
  {
    id: 'fargate/appspec-task-container',
    severity: 'error',
    title: 'AppSpec container not in the task definition',
    description:
      '`LoadBalancerInfo.ContainerName` and `ContainerPort` tell CodeDeploy which container of the new task definition ' +
      'receives load balancer traffic. If the task definition has no such container, or the container does not map that ' +
      'port, the deployment fails after the new task definition is registered. This rule reads the task definition from ' +
      'the same folder (matched by family when the AppSpec names an ARN, otherwise the folder\'s only task definition, ' +
      'as with `<TASK_DEFINITION>` and taskdef.json in CodePipeline), or by family from the folders `fargate.relatedFolders` names.',
    source: DOCS.appspec,
    category: 'cross-file',
    target: 'appspec',
  },
  (ctx) => {
    const props = appSpecTarget(ctx.doc.body)?.properties;
    if (!props || !ctx.related) return;
    const td = props.get('TaskDefinition');
    const rt = relatedTask(ctx.related, td && td.type === 'string' ? (td.value as string) : undefined);
    if (!rt) return;
    const lb = props.obj('LoadBalancerInfo');
    if (!lb) return;
    checkLoadBalancedContainer(ctx, rt, lb.get('ContainerName'), lb.get('ContainerPort'), { name: 'ContainerName', port: 'ContainerPort' });
  },
);
