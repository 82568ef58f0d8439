import { defineRule, DOCS } from './rule';
import { isEmptyValue, removableData } from './support/fargate';
import { serviceInfo } from './support/service';

/** A service with the EXTERNAL deployment controller leaves the task definition to its task sets. */
export default defineRule(
  {
    id: 'fargate/service-external-controller',
    severity: 'error',
    title: 'Task definition on an EXTERNAL-controller service',
    description:
      'With `deploymentController.type: EXTERNAL` a third-party controller deploys the service through task sets ' +
      '(CreateTaskSet), and each task set names its own task definition, launch type, network configuration and load ' +
      'balancers. CreateService then takes only the service-level fields (name, desired count, deployment ' +
      'configuration, placement, tags…); a `taskDefinition` on the service is rejected. Remove it and pass the task ' +
      'definition to CreateTaskSet. Such a service is not compared with a task definition of its folder either, since ' +
      'none belongs to the service itself.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-external.html',
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    if (serviceInfo(body).controller !== 'EXTERNAL') return;
    const prop = body.prop('taskDefinition');
    if (!prop || isEmptyValue(prop.valueNode)) return;
    ctx.report(
      prop.keyNode,
      `This service uses the EXTERNAL deployment controller, so its task definition belongs to each task set (CreateTaskSet), not to the service; ` +
        `AWS rejects "taskDefinition" here. Remove it and give the task definition when you create the task set.`,
      removableData('taskDefinition'),
    );
  },
);
