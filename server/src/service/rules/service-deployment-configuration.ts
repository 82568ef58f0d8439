import type { Node } from 'jsonc-parser';
import { enumByName } from '../../knowledge/catalog';
import { describeType, type JsonObject } from '../json';
import { isPlaceholder } from '../values';
import { defineRule, DOCS } from './rule';
import { serviceInfo } from './support/service';

const STRATEGIES = ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY'];
const CONTROLLERS = ['ECS', 'CODE_DEPLOY', 'EXTERNAL'];
const MAX_BAKE = 1440;

/** deploymentController / deploymentConfiguration values and the ECS-native blue/green settings. */
export default defineRule(
  {
    id: 'fargate/service-deployment-configuration',
    severity: 'error',
    title: 'Deployment configuration',
    description:
      'Checks the deployment settings AWS validates: `deploymentController.type` is `ECS`, `CODE_DEPLOY` or `EXTERNAL`; ' +
      '`minimumHealthyPercent` is 0–100 and not above `maximumPercent`; the deployment circuit breaker and the ' +
      'ECS-native `strategy` (`ROLLING`, `BLUE_GREEN`, `LINEAR`, `CANARY`) only work with the `ECS` controller; ' +
      '`BLUE_GREEN` needs `bakeTimeInMinutes` (0–1440, the time both versions stay up so you can roll back instantly); ' +
      '`linearConfiguration.stepPercent` is 3–100 and `canaryConfiguration.canaryPercent` 0.1–100, their bake times 0–1440 ' +
      'minutes, and each belongs to its own strategy. `earlySuccessCriteria` (rolling deployments that finish once a share of ' +
      'the new tasks is healthy) needs `enable`; when enabled it also needs `healthyPercent` (0–100, at least ' +
      '`minimumHealthyPercent`) and `sourceServiceRevisionCleanup` (`BLOCKING` or `DEFERRED`), and only works with the ' +
      '`ROLLING` strategy.',
    source: DOCS.blueGreen,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const svc = serviceInfo(body);
    const ctl = svc.controllerNode;
    if (ctl && ctl.type === 'string' && !CONTROLLERS.includes(ctl.value as string) && !isPlaceholder(ctl.value)) {
      const up = (ctl.value as string).toUpperCase().replace(/-/g, '_');
      ctx.report(
        ctl,
        `"${String(ctl.value)}" is not a deployment controller; use "ECS" (rolling or ECS blue/green), "CODE_DEPLOY" or "EXTERNAL".`,
        CONTROLLERS.includes(up) ? { expected: up } : { validValues: CONTROLLERS },
      );
    }
    const dc = svc.deploymentConfiguration;
    if (!dc) return;
    const range = (o: JsonObject, key: string, min: number, max: number, unit: string, integer: boolean): number | undefined => {
      const n = o.get(key);
      if (!n || n.type === 'null') return undefined;
      if (n.type !== 'number') {
        if (!(n.type === 'string' && /[<${]/.test(n.value as string))) ctx.report(n, `"${key}" must be a number, not ${describeType(n)}.`);
        return undefined;
      }
      const v = n.value as number;
      if (v < min || v > max || (integer && !Number.isInteger(v))) {
        ctx.report(n, `"${key}" must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}${unit}, not ${v}.`, { min, max });
        return undefined;
      }
      return v;
    };
    const minHealthy = range(dc, 'minimumHealthyPercent', 0, 100, ' (percent of the desired count kept running)', true);
    const maxNode = dc.get('maximumPercent');
    if (maxNode && maxNode.type === 'number') {
      const max = maxNode.value as number;
      if (!Number.isInteger(max) || max < 0) ctx.report(maxNode, `"maximumPercent" must be a whole number of percent, not ${max}.`);
      else if (minHealthy !== undefined && max < minHealthy) {
        ctx.report(
          maxNode,
          `"maximumPercent" (${max}) is below "minimumHealthyPercent" (${minHealthy}); ECS could never start a new task without stopping one it must keep. ` +
            `Raise maximumPercent (200 is the default).`,
          { expected: 200 },
        );
      } else if (minHealthy === 100 && max === 100 && body.str('schedulingStrategy') === 'DAEMON') {
        // A DAEMON service must keep maximumPercent at 100 (fargate/service-daemon): only the minimum can give.
        ctx.report(
          maxNode,
          'A DAEMON deployment stops the task on an instance before it starts the new one, and minimumHealthyPercent 100 forbids stopping any, so the deployment never progresses. Lower minimumHealthyPercent (0 is the daemon default); maximumPercent must stay at 100.',
        );
      } else if (minHealthy === 100 && max === 100) {
        ctx.report(
          maxNode,
          'With minimumHealthyPercent 100 and maximumPercent 100, a rolling deployment can neither stop an old task nor start an extra new one, so it never progresses. Raise maximumPercent (200 is the default) or lower minimumHealthyPercent.',
          { expected: 200 },
        );
      }
    }
    const cb = dc.obj('deploymentCircuitBreaker');
    if (cb && cb.bool('enable') === true && svc.controller !== 'ECS' && CONTROLLERS.includes(svc.controller)) {
      ctx.report(
        dc.prop('deploymentCircuitBreaker')!.keyNode,
        `The deployment circuit breaker only works with the ECS deployment controller; this service uses ${svc.controller}, which handles rollbacks itself. ` +
          `Remove "deploymentCircuitBreaker" (or set "enable": false).`,
        { field: 'deploymentCircuitBreaker', removable: true },
      );
    }
    const sNode = svc.strategyNode;
    let strategy = 'ROLLING';
    if (sNode && sNode.type === 'string') {
      const s = sNode.value as string;
      if (!STRATEGIES.includes(s) && !isPlaceholder(s)) {
        const up = s.toUpperCase().replace(/[- ]/g, '_');
        ctx.report(
          sNode,
          `"${s}" is not a deployment strategy; use "ROLLING", "BLUE_GREEN", "LINEAR" or "CANARY".`,
          STRATEGIES.includes(up) ? { expected: up } : { validValues: STRATEGIES },
        );
        return;
      }
      strategy = s;
      if (s !== 'ROLLING' && svc.controller !== 'ECS' && CONTROLLERS.includes(svc.controller)) {
        ctx.report(
          sNode,
          `The "${s}" strategy is ECS's own blue/green deployment and needs the ECS deployment controller; this service uses ${svc.controller}. ` +
            `Set deploymentController.type to "ECS", or remove "strategy" and let ${svc.controller === 'CODE_DEPLOY' ? 'CodeDeploy' : 'your controller'} run the deployment.`,
        );
      }
    } else if (sNode && sNode.type !== 'null') {
      ctx.report(sNode, `"strategy" must be a string ("ROLLING", "BLUE_GREEN", "LINEAR" or "CANARY"), not ${describeType(sNode)}.`);
      return;
    }
    const bake = dc.get('bakeTimeInMinutes');
    if (strategy === 'BLUE_GREEN' && !bake) {
      ctx.report(
        sNode as Node,
        'A BLUE_GREEN deployment needs "bakeTimeInMinutes": how long the old and new versions both stay up after traffic moves, so you can roll back instantly. ' +
          'Add it to deploymentConfiguration (0 to 1440 minutes).',
        { missing: 'bakeTimeInMinutes' },
      );
    }
    range(dc, 'bakeTimeInMinutes', 0, MAX_BAKE, ' minutes', true);
    const linear = dc.obj('linearConfiguration');
    if (linear) {
      range(linear, 'stepPercent', 3, 100, ' percent of traffic per step', false);
      range(linear, 'stepBakeTimeInMinutes', 0, MAX_BAKE, ' minutes', true);
      if (strategy !== 'LINEAR') misplaced('linearConfiguration', 'LINEAR');
    }
    const canary = dc.obj('canaryConfiguration');
    if (canary) {
      range(canary, 'canaryPercent', 0.1, 100, ' percent of traffic', false);
      range(canary, 'canaryBakeTimeInMinutes', 0, MAX_BAKE, ' minutes', true);
      if (strategy !== 'CANARY') misplaced('canaryConfiguration', 'CANARY');
    }

    const early = dc.obj('earlySuccessCriteria');
    if (early) checkEarlySuccess(early, dc.prop('earlySuccessCriteria')!.keyNode);

    function checkEarlySuccess(o: JsonObject, key: Node): void {
      const enable = o.get('enable');
      if (!enable) {
        ctx.report(key, '"earlySuccessCriteria" needs "enable" (true or false): it is a required member, so the AWS CLI and SDKs refuse the request without it.', { missing: 'enable' });
      } else if (enable.type !== 'boolean' && !(enable.type === 'string' && isPlaceholder(enable.value))) {
        ctx.report(enable, `"enable" must be true or false, not ${describeType(enable)}.`);
      }
      const healthy = range(o, 'healthyPercent', 0, 100, ' (percent of the desired count)', true);
      const cleanup = o.get('sourceServiceRevisionCleanup');
      const cleanupValues = enumByName('ServiceRevisionCleanup') ?? [];
      if (cleanup && cleanup.type === 'string' && !isPlaceholder(cleanup.value) && cleanupValues.length > 0 && !cleanupValues.includes(cleanup.value as string)) {
        const up = (cleanup.value as string).toUpperCase();
        ctx.report(
          cleanup,
          `"${String(cleanup.value)}" is not a sourceServiceRevisionCleanup value; use ${cleanupValues.map((v) => `"${v}"`).join(' or ')}.`,
          cleanupValues.includes(up) ? { expected: up } : { validValues: [...cleanupValues] },
        );
      } else if (cleanup && cleanup.type !== 'string' && cleanup.type !== 'null') {
        ctx.report(cleanup, `"sourceServiceRevisionCleanup" must be a string (${cleanupValues.join(' or ')}), not ${describeType(cleanup)}.`);
      }
      if (o.bool('enable') !== true) return;
      const missing = ['healthyPercent', 'sourceServiceRevisionCleanup'].filter((k) => !o.has(k));
      if (missing.length > 0) {
        ctx.report(
          key,
          `Early success criteria are enabled but ${missing.map((m) => `"${m}"`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing; ` +
            'ECS needs both to know when the deployment counts as done and when to stop the old tasks. Add them.',
          { missing: missing[0] },
        );
      }
      if (strategy !== 'ROLLING') {
        ctx.report(key, `Early success criteria only work with the ROLLING strategy, but this service's strategy is ${strategy}. Remove "earlySuccessCriteria" or use "ROLLING".`, {
          field: 'earlySuccessCriteria',
        });
      }
      if (healthy !== undefined && minHealthy !== undefined && healthy < minHealthy) {
        ctx.report(
          o.get('healthyPercent')!,
          `"healthyPercent" (${healthy}) is below "minimumHealthyPercent" (${minHealthy}); ECS requires it to be at least that much. Raise it to ${minHealthy} or more.`,
          { expected: minHealthy },
        );
      }
    }

    function misplaced(field: string, needed: string): void {
      ctx.report(
        dc!.prop(field)!.keyNode,
        `"${field}" only applies to the ${needed} strategy, but this service's strategy is ${strategy}. Set "strategy": "${needed}" or remove "${field}".`,
        { field, expectedStrategy: needed },
      );
    }
  },
);
