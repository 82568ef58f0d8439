import { APPSPEC_LOAD_BALANCER_KEYS, APPSPEC_PROPERTIES, keysOf } from '../../knowledge/appspec';
import { describeType } from '../json';
import { defineRule, DOCS, keyPlace } from './rule';
import { reportUnknownKeys } from './support/appspec';
import { appSpecTargets, intOf, isTemplated } from './support/service';

const PROPERTIES = keysOf(APPSPEC_PROPERTIES);

/** `Resources` holds exactly one ECS TargetService with a task definition and the container that receives traffic. */
export default defineRule(
  {
    id: 'fargate/appspec-resources',
    severity: 'error',
    title: 'AppSpec resources',
    description:
      'An ECS AppSpec file describes one deployment of one service: `Resources` is a list with exactly one `TargetService` ' +
      'whose `Type` is `AWS::ECS::Service`. Its `Properties` name the new `TaskDefinition` and, in `LoadBalancerInfo`, ' +
      'the `ContainerName` and `ContainerPort` (1–65535) that the load balancer sends traffic to. Optional properties are ' +
      '`PlatformVersion`, `NetworkConfiguration` and `CapacityProviderStrategy`; keys are case-sensitive.',
    source: DOCS.appspec,
    category: 'appspec',
    target: 'appspec',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const resProp = body.prop('Resources') ?? body.prop('resources');
    if (!resProp) {
      ctx.report(body.node, 'This AppSpec file has no "Resources" section. Add one "TargetService" of Type AWS::ECS::Service describing the deployment.', { missing: 'Resources' });
      return;
    }
    if (resProp.key === 'resources') {
      ctx.report(resProp.keyNode, 'AppSpec keys are case-sensitive: write "Resources".', { expected: 'Resources' });
    }
    const res = resProp.valueNode;
    if (!res || res.type === 'null') {
      ctx.report(resProp.keyNode, '"Resources" is empty. Add one "TargetService" of Type AWS::ECS::Service.', { missing: 'TargetService' });
      return;
    }
    if (res.type !== 'array') {
      ctx.report(res, `"Resources" must be a list (in YAML, start the entry with "- TargetService:"), not ${describeType(res)}.`);
    }
    const targets = appSpecTargets(body);
    if (targets.length === 0) {
      ctx.report(resProp.keyNode, '"Resources" has no "TargetService" entry; an ECS AppSpec needs exactly one, of Type AWS::ECS::Service.', { missing: 'TargetService' });
      return;
    }
    for (const extra of targets.slice(1)) {
      ctx.report(extra.node, 'An ECS AppSpec deploys exactly one service, but "Resources" lists another "TargetService". Use one AppSpec per service.', { removable: true });
    }
    const { target, node } = targets[0];
    const typeNode = target.get('Type');
    if (!typeNode) {
      ctx.report(node, 'The TargetService has no "Type"; for ECS it must be "AWS::ECS::Service".', { missing: 'Type', expected: 'AWS::ECS::Service' });
    } else if (typeNode.type !== 'string' || typeNode.value !== 'AWS::ECS::Service') {
      const lambda = typeNode.type === 'string' && /lambda/i.test(typeNode.value as string);
      ctx.report(
        typeNode,
        lambda
          ? 'This is a Lambda AppSpec type; an ECS deployment needs "Type": "AWS::ECS::Service".'
          : `The TargetService "Type" must be "AWS::ECS::Service" for an ECS deployment.`,
        { expected: 'AWS::ECS::Service' },
      );
    }
    const propsProp = target.prop('Properties');
    const props = target.obj('Properties');
    if (!props) {
      ctx.report(
        keyPlace(propsProp, node),
        propsProp ? `"Properties" must be a map, not ${describeType(propsProp.valueNode)}.` : 'The TargetService has no "Properties"; it needs at least "TaskDefinition" and "LoadBalancerInfo".',
        { missing: 'Properties' },
      );
      return;
    }
    reportUnknownKeys(ctx, props, PROPERTIES, 'the TargetService Properties');
    if (!props.has('TaskDefinition')) {
      ctx.report(propsProp!.keyNode, 'The TargetService has no "TaskDefinition": the task definition ARN to deploy, or "<TASK_DEFINITION>" when CodePipeline fills it in.', { missing: 'TaskDefinition' });
    }
    const lbProp = props.prop('LoadBalancerInfo');
    const lb = props.obj('LoadBalancerInfo');
    if (!lb) {
      ctx.report(
        keyPlace(lbProp, propsProp!.keyNode),
        lbProp
          ? `"LoadBalancerInfo" must be a map with "ContainerName" and "ContainerPort", not ${describeType(lbProp.valueNode)}.`
          : 'The TargetService has no "LoadBalancerInfo". CodeDeploy needs "ContainerName" and "ContainerPort" to know which container the load balancer sends traffic to.',
        { missing: 'LoadBalancerInfo' },
      );
      return;
    }
    reportUnknownKeys(ctx, lb, APPSPEC_LOAD_BALANCER_KEYS, 'LoadBalancerInfo');
    const name = lb.get('ContainerName');
    if (!name) {
      ctx.report(lbProp!.keyNode, '"LoadBalancerInfo" has no "ContainerName": the container (as named in the task definition) that receives load balancer traffic.', { missing: 'ContainerName' });
    } else if (name.type !== 'string' && name.type !== 'null') {
      ctx.report(name, `"ContainerName" must be a container name string, not ${describeType(name)}.`);
    }
    const port = lb.get('ContainerPort');
    if (!port) {
      ctx.report(lbProp!.keyNode, '"LoadBalancerInfo" has no "ContainerPort": the container port the load balancer sends traffic to.', { missing: 'ContainerPort' });
    } else if (!(port.type === 'string' && isTemplated(port.value)) && port.type !== 'null') {
      const p = intOf(port);
      if (p === undefined || !Number.isInteger(p) || p < 1 || p > 65535) {
        ctx.report(port, `"ContainerPort" must be a port number from 1 to 65535, not ${ctx.doc.text.slice(port.offset, port.offset + port.length)}.`);
      }
    }
  },
);
