import { registeredNetworkMode } from '../model';
import { defineRule, DOCS, keyPlace } from './rule';
import { serviceTask } from './support/related';
import { serviceInfo } from './support/service';

/** The service's network configuration matches the task definition's network mode. */
export default defineRule(
  {
    id: 'fargate/service-task-network-mode',
    severity: 'error',
    title: 'Service network configuration does not match the task network mode',
    description:
      'A task definition with `networkMode: awsvpc` (every Fargate task) gets its own network interface, so its service ' +
      'must give `networkConfiguration.awsvpcConfiguration` (subnets, security groups). With `bridge` or `host` the tasks ' +
      'share the instance\'s network and AWS rejects a network configuration ("Network Configuration is not valid for the ' +
      'given networkMode of this task definition"). This rule compares the service with the task definition in the same folder (or, by family, in `fargate.relatedFolders`).',
    source: DOCS.awsvpc,
    category: 'cross-file',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body || !ctx.related) return;
    const rt = serviceTask(ctx.related, body);
    if (!rt || rt.task.networkModeIsPlaceholder) return;
    const svc = serviceInfo(body);
    const mode = registeredNetworkMode(rt.task);
    const ncProp = body.prop('networkConfiguration');
    if (mode === 'awsvpc' && !ncProp && !svc.fargate) {
      // Fargate services without networkConfiguration are reported by fargate/service-network-configuration.
      ctx.report(
        keyPlace(body.prop('taskDefinition'), body.node),
        `The task definition in ${rt.file} uses the awsvpc network mode, so each task gets its own network interface and this service needs ` +
          `"networkConfiguration.awsvpcConfiguration" with its subnets and security groups.`,
        { missing: 'networkConfiguration', taskDefinitionUri: rt.uri },
      );
    } else if ((mode === 'bridge' || mode === 'host' || mode === 'none') && ncProp && ncProp.valueNode && ncProp.valueNode.type !== 'null') {
      ctx.report(
        ncProp.keyNode,
        `The task definition in ${rt.file} uses the ${mode} network mode, where tasks share the instance's network; AWS rejects a "networkConfiguration" for it. ` +
          `Remove networkConfiguration, or switch the task definition to awsvpc.`,
        { field: 'networkConfiguration', removable: true, taskDefinitionUri: rt.uri },
      );
    }
  },
);
