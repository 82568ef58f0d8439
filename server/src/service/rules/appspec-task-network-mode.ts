import { registeredNetworkMode } from '../model';
import { defineRule, DOCS } from './rule';
import { relatedTask } from './support/related';
import { appSpecTarget } from './support/service';

/** An AppSpec NetworkConfiguration only fits a task definition with the awsvpc network mode. */
export default defineRule(
  {
    id: 'fargate/appspec-task-network-mode',
    severity: 'error',
    title: 'AppSpec network configuration does not match the task network mode',
    description:
      'CodeDeploy starts the replacement tasks with the AppSpec\'s `NetworkConfiguration` when it has one. Subnets and ' +
      'security groups belong to a task\'s own network interface, which only the awsvpc network mode (every Fargate task) ' +
      'gives; for a task definition in `bridge` or `host` mode ECS refuses the replacement task set, and the deployment ' +
      'fails after the new revision is registered. Remove `NetworkConfiguration` from the AppSpec, or move the task ' +
      'definition to awsvpc. The task definition is the one `fargate/appspec-task-container` pairs with the AppSpec.',
    source: DOCS.awsvpc,
    category: 'cross-file',
    target: 'appspec',
  },
  (ctx) => {
    const props = appSpecTarget(ctx.doc.body)?.properties;
    const nc = props?.prop('NetworkConfiguration');
    if (!props || !nc || !nc.valueNode || nc.valueNode.type === 'null' || !ctx.related) return;
    const td = props.get('TaskDefinition');
    const rt = relatedTask(ctx.related, td && td.type === 'string' ? (td.value as string) : undefined);
    if (!rt) return;
    const mode = registeredNetworkMode(rt.task);
    if (mode !== 'bridge' && mode !== 'host' && mode !== 'none') return;
    ctx.report(
      nc.keyNode,
      `The task definition in ${rt.file} uses the ${mode} network mode, where tasks share the instance's network, so the replacement tasks ` +
        `cannot take this "NetworkConfiguration" and the deployment fails. Remove NetworkConfiguration, or switch the task definition to awsvpc.`,
      { field: 'NetworkConfiguration', removable: true, taskDefinitionUri: rt.uri },
    );
  },
);
