import { enumValues } from '../../knowledge/catalog';
import { describeType, JsonObject } from '../json';
import { defineRule, DOCS } from './rule';
import { ARN, isTemplated, serviceInfo } from './support/service';

const STAGES = enumValues('DeploymentLifecycleHook', 'lifecycleStages') ?? [
  'RECONCILE_SERVICE', 'PRE_SCALE_UP', 'POST_SCALE_UP', 'TEST_TRAFFIC_SHIFT', 'POST_TEST_TRAFFIC_SHIFT',
  'PRE_PRODUCTION_TRAFFIC_SHIFT', 'PRODUCTION_TRAFFIC_SHIFT', 'POST_PRODUCTION_TRAFFIC_SHIFT',
];
const TARGET_TYPES = ['AWS_LAMBDA', 'PAUSE'];

/** ECS-native deployment lifecycle hooks: Lambda target, IAM role, valid stages. */
export default defineRule(
  {
    id: 'fargate/service-lifecycle-hooks',
    severity: 'error',
    title: 'Deployment lifecycle hooks',
    description:
      'A lifecycle hook lets a Lambda function approve or stop an ECS-native deployment at chosen stages. Each entry of ' +
      '`deploymentConfiguration.lifecycleHooks` needs `hookTargetArn` (the Lambda function ARN), `roleArn` (an IAM role ' +
      'ECS assumes to invoke it) and `lifecycleStages` (one or more of RECONCILE_SERVICE, PRE_SCALE_UP, POST_SCALE_UP, ' +
      'TEST_TRAFFIC_SHIFT, POST_TEST_TRAFFIC_SHIFT, PRE_PRODUCTION_TRAFFIC_SHIFT, PRODUCTION_TRAFFIC_SHIFT, ' +
      'POST_PRODUCTION_TRAFFIC_SHIFT). Hooks only run with the ECS deployment controller and a non-rolling strategy.',
    source: DOCS.blueGreen,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const svc = serviceInfo(body);
    const dc = svc.deploymentConfiguration;
    const hooksProp = dc?.prop('lifecycleHooks');
    const hooksNode = hooksProp?.valueNode;
    if (!hooksProp || !hooksNode || hooksNode.type === 'null') return;
    if (hooksNode.type !== 'array') {
      ctx.report(hooksNode, `"lifecycleHooks" must be a list of hook objects, not ${describeType(hooksNode)}.`);
      return;
    }
    if ((hooksNode.children ?? []).length > 0 && svc.strategy === 'ROLLING' && !svc.strategyNode) {
      ctx.report(
        hooksProp.keyNode,
        'Lifecycle hooks run during ECS blue/green, linear and canary deployments, but this service has no "strategy", so it deploys with ROLLING and the hooks never run. ' +
          'Set deploymentConfiguration.strategy (for example "BLUE_GREEN").',
        { missing: 'strategy' },
      );
    }
    for (const item of hooksNode.children ?? []) {
      if (item.type !== 'object') {
        ctx.report(item, `Each lifecycle hook must be an object with "hookTargetArn", "roleArn" and "lifecycleStages", not ${describeType(item)}.`);
        continue;
      }
      const hook = new JsonObject(item);
      const targetType = hook.str('targetType') ?? 'AWS_LAMBDA';
      const tt = hook.get('targetType');
      if (tt && tt.type === 'string' && !TARGET_TYPES.includes(targetType)) {
        ctx.report(tt, `"targetType" must be "AWS_LAMBDA" or "PAUSE", not "${targetType}".`, { validValues: TARGET_TYPES });
      }
      const lambda = targetType === 'AWS_LAMBDA';
      const arnCheck = (key: string, pattern: RegExp, what: string, example: string, required: boolean): void => {
        const n = hook.get(key);
        if (!n) {
          if (required) ctx.report(item, `This lifecycle hook has no "${key}": ${what}.`, { missing: key });
          return;
        }
        if (n.type !== 'string') {
          if (n.type !== 'null') ctx.report(n, `"${key}" must be an ARN string, not ${describeType(n)}.`);
          return;
        }
        const v = n.value as string;
        if (isTemplated(v) || pattern.test(v)) return;
        ctx.report(n, `"${key}" must be ${what}, like ${example}; "${v}" is not.`);
      };
      arnCheck('hookTargetArn', ARN.lambda, 'the ARN of the Lambda function ECS calls at these stages', 'arn:aws:lambda:us-east-1:123456789012:function:approve-deploy', lambda);
      arnCheck('roleArn', ARN.iamRole, 'the ARN of an IAM role ECS assumes to invoke the function', 'arn:aws:iam::123456789012:role/ecsHookRole', lambda);
      const stagesProp = hook.prop('lifecycleStages');
      const stages = stagesProp?.valueNode;
      if (!stages || stages.type === 'null' || (stages.type === 'array' && (stages.children ?? []).length === 0)) {
        ctx.report(
          stagesProp?.keyNode ?? item,
          `This lifecycle hook lists no "lifecycleStages", so it never runs. Add one or more of ${STAGES.join(', ')}.`,
          { missing: 'lifecycleStages', validValues: [...STAGES] },
        );
        continue;
      }
      if (stages.type !== 'array') {
        ctx.report(stages, `"lifecycleStages" must be a list of stage names, not ${describeType(stages)}.`);
        continue;
      }
      for (const s of stages.children ?? []) {
        if (s.type !== 'string') {
          ctx.report(s, `Each lifecycle stage must be a stage name string, not ${describeType(s)}.`);
          continue;
        }
        const v = s.value as string;
        if (STAGES.includes(v) || (isTemplated(v) && !/^[A-Z_]+$/.test(v))) continue;
        const up = v.toUpperCase().replace(/[- ]/g, '_');
        ctx.report(
          s,
          `"${v}" is not a lifecycle stage. Valid stages: ${STAGES.join(', ')}.`,
          STAGES.includes(up) ? { expected: up } : { validValues: [...STAGES] },
        );
      }
    }
  },
);
