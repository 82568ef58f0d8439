import { APPSPEC_AWSVPC_KEYS } from '../../knowledge/appspec';
import { describeType } from '../json';
import { defineRule, DOCS, keyPlace } from './rule';
import { reportUnknownKeys } from './support/appspec';
import { checkIdList, SECURITY_GROUPS, SUBNETS } from './support/awsvpc';
import { APPSPEC_STRATEGY_KEYS, checkStrategy } from './support/capacityProviders';
import { platformVersionProblem } from './support/platform';
import { appSpecTarget, isTemplated } from './support/service';

/** AppSpec NetworkConfiguration, PlatformVersion and CapacityProviderStrategy, shaped as in the service (PascalCase keys). */
export default defineRule(
  {
    id: 'fargate/appspec-network-configuration',
    severity: 'error',
    title: 'AppSpec network configuration, platform version and capacity providers',
    description:
      'When the AppSpec sets `NetworkConfiguration`, the replacement tasks use it instead of the service\'s: ' +
      '`AwsvpcConfiguration` with `Subnets` (1–16), optional `SecurityGroups` (at most 5) and `AssignPublicIp` ' +
      '(`ENABLED` or `DISABLED`). The keys are PascalCase, unlike the service definition\'s camelCase. `PlatformVersion` ' +
      'takes the same values as the service (`LATEST`, `1.4.0`, …); set both when you change either in the service, or ' +
      'the new tasks start with the old settings. `CapacityProviderStrategy` follows the service\'s rules too: FARGATE and ' +
      'FARGATE_SPOT never mixed with Auto Scaling group providers, at most 20 providers, `Weight` 0–1000 (one above 0 when ' +
      'there are several) and a `Base` (0–100,000) on one provider at most.',
    source: DOCS.appspec,
    category: 'appspec',
    target: 'appspec',
  },
  (ctx) => {
    const props = appSpecTarget(ctx.doc.body)?.properties;
    if (!props) return;
    const pv = props.get('PlatformVersion');
    if (pv) {
      const problem = platformVersionProblem(pv, 'PlatformVersion');
      if (problem) ctx.report(pv, problem.message, problem.data);
    }
    const strategyProp = props.prop('CapacityProviderStrategy');
    if (strategyProp?.valueNode) checkStrategy(ctx, strategyProp.valueNode, 'CapacityProviderStrategy', APPSPEC_STRATEGY_KEYS, strategyProp.keyNode);
    const ncProp = props.prop('NetworkConfiguration');
    if (!ncProp || !ncProp.valueNode || ncProp.valueNode.type === 'null') return;
    const nc = props.obj('NetworkConfiguration');
    if (!nc) {
      ctx.report(ncProp.valueNode, `"NetworkConfiguration" must be a map with "AwsvpcConfiguration", not ${describeType(ncProp.valueNode)}.`);
      return;
    }
    reportUnknownKeys(ctx, nc, ['AwsvpcConfiguration'], 'NetworkConfiguration');
    const avProp = nc.prop('AwsvpcConfiguration');
    const av = nc.obj('AwsvpcConfiguration');
    if (!av) {
      if (!avProp && nc.props.size > 0) return; // a misspelt key was reported above
      ctx.report(
        keyPlace(avProp, ncProp.keyNode),
        avProp ? `"AwsvpcConfiguration" must be a map, not ${describeType(avProp.valueNode)}.` : '"NetworkConfiguration" needs "AwsvpcConfiguration" with the "Subnets" (and "SecurityGroups") of the new tasks.',
        { missing: 'AwsvpcConfiguration' },
      );
      return;
    }
    reportUnknownKeys(ctx, av, APPSPEC_AWSVPC_KEYS, 'AwsvpcConfiguration');
    const subnets = av.get('Subnets');
    if (!subnets || subnets.type === 'null' || (subnets.type === 'array' && (subnets.children ?? []).length === 0)) {
      ctx.report(keyPlace(av.prop('Subnets') ?? avProp, av.node), `"AwsvpcConfiguration" needs "Subnets": at least one (up to ${SUBNETS.max}) subnet for the new tasks.`, { missing: 'Subnets' });
    } else checkIdList(ctx, subnets, 'Subnets', SUBNETS);
    const sgs = av.get('SecurityGroups');
    if (sgs) checkIdList(ctx, sgs, 'SecurityGroups', SECURITY_GROUPS);
    const ip = av.get('AssignPublicIp');
    if (ip && ip.type !== 'null' && !(ip.type === 'string' && (isTemplated(ip.value) || ip.value === 'ENABLED' || ip.value === 'DISABLED'))) {
      const up = ip.type === 'string' ? (ip.value as string).toUpperCase() : '';
      ctx.report(
        ip,
        `"AssignPublicIp" must be "ENABLED" or "DISABLED", not ${ctx.doc.text.slice(ip.offset, ip.offset + ip.length)}.`,
        up === 'ENABLED' || up === 'DISABLED' ? { expected: up } : { validValues: ['ENABLED', 'DISABLED'] },
      );
    }
  },
);
