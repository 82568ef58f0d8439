import { defineRule, DOCS } from './rule';
import { ARN, isTemplated, serviceInfo } from './support/service';

const REQUIRED: readonly [string, string][] = [
  ['alternateTargetGroupArn', 'the second ("green") target group the new tasks register with'],
  ['productionListenerRule', 'the listener rule (ALB) or listener (NLB) whose traffic ECS moves to the new tasks'],
  ['roleArn', 'the IAM role ECS assumes to change the load balancer'],
];

/** ECS-native blue/green with a load balancer needs advancedConfiguration on the load balancer entry. */
export default defineRule(
  {
    id: 'fargate/service-advanced-configuration',
    severity: 'error',
    title: 'Blue/green load balancer configuration',
    description:
      'For an ECS-native BLUE_GREEN, LINEAR or CANARY deployment behind a load balancer, ECS registers the new tasks in a ' +
      'second target group and then switches the listener. Each `loadBalancers` entry therefore needs ' +
      '`advancedConfiguration` with `alternateTargetGroupArn`, `productionListenerRule` (optionally `testListenerRule`) ' +
      'and `roleArn`, an IAM role that lets ECS modify the load balancer.',
    source: DOCS.blueGreen,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const svc = serviceInfo(body);
    if (svc.strategy === 'ROLLING' || svc.controller !== 'ECS' || !['BLUE_GREEN', 'LINEAR', 'CANARY'].includes(svc.strategy)) return;
    for (const lb of svc.loadBalancers) {
      if (!lb.has('targetGroupArn')) continue;
      const acProp = lb.prop('advancedConfiguration');
      const ac = lb.obj('advancedConfiguration');
      if (!ac) {
        ctx.report(
          acProp?.keyNode ?? lb.node,
          `A ${svc.strategy} deployment behind a load balancer needs "advancedConfiguration" on this entry: ` +
            `${REQUIRED.map(([k]) => `"${k}"`).join(', ')} (and optionally "testListenerRule"), so ECS can register the new tasks in a second target group and switch the listener.`,
          { missing: 'advancedConfiguration', fields: REQUIRED.map(([k]) => k) },
        );
        continue;
      }
      for (const [key, what] of REQUIRED) {
        if (!ac.has(key)) ctx.report(acProp!.keyNode, `"advancedConfiguration" has no "${key}": ${what}.`, { missing: key });
      }
      const check = (key: string, pattern: RegExp, what: string): void => {
        const n = ac.get(key);
        if (!n || n.type !== 'string' || isTemplated(n.value) || pattern.test(n.value as string)) return;
        ctx.report(n, `"${key}" must be ${what}; "${String(n.value)}" is not.`);
      };
      check('alternateTargetGroupArn', ARN.targetGroup, 'an Elastic Load Balancing target group ARN (arn:aws:elasticloadbalancing:…:targetgroup/name/id)');
      check('productionListenerRule', ARN.listenerOrRule, 'a listener rule or listener ARN (arn:aws:elasticloadbalancing:…:listener-rule/app/…)');
      check('testListenerRule', ARN.listenerOrRule, 'a listener rule or listener ARN (arn:aws:elasticloadbalancing:…:listener-rule/app/…)');
      check('roleArn', ARN.iamRole, 'an IAM role ARN (arn:aws:iam::123456789012:role/name)');
      const alt = ac.str('alternateTargetGroupArn');
      if (alt && alt === lb.str('targetGroupArn') && !isTemplated(alt)) {
        ctx.report(ac.get('alternateTargetGroupArn')!, 'The alternate target group is the same as "targetGroupArn"; blue/green needs two different target groups to switch between.');
      }
    }
  },
);
