import type { Node } from 'jsonc-parser';
import { closestName, enumByName } from '../../knowledge/catalog';
import { describeType, JsonObject } from '../json';
import { defineRule, DOCS, keyPlace } from './rule';
import { checkStrategy, SERVICE_STRATEGY_KEYS } from './support/capacityProviders';
import { isTemplated } from './support/service';

const LAUNCH_TYPES: readonly string[] = enumByName('LaunchType') ?? ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'];
/** How a service picks its capacity: `launchType` or a capacity provider strategy, never both, and not Fargate and EC2 together. */
export default defineRule(
  {
    id: 'fargate/service-launch-type',
    severity: 'error',
    title: 'Launch type and capacity provider strategy',
    description:
      'A service chooses where its tasks run in one of two ways: `launchType` (`FARGATE`, `EC2`, `EXTERNAL` or ' +
      '`MANAGED_INSTANCES`, written in capitals) or a `capacityProviderStrategy`. CreateService rejects a request that ' +
      'sets both, so keep one of them (an empty `launchType: ""`, as ecspresso writes it, counts as not set). A strategy ' +
      'either uses the Fargate providers `FARGATE` and `FARGATE_SPOT` or Auto Scaling group providers, never a mix: ' +
      'Fargate tasks and EC2 tasks need differently registered task definitions, so AWS refuses the combination. ' +
      'Run the EC2 part as a separate service if you need both. Within the strategy: at most 20 providers, each `weight` ' +
      '0–1000 with at least one above 0 when there are several, and a `base` (0–100,000) on one provider at most.',
    source: DOCS.createServiceApi,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const ltProp = body.prop('launchType');
    const ltNode = ltProp?.valueNode;
    let launchTypeSet = false;
    let launchTypeKnown = true;
    if (ltNode && ltNode.type !== 'null') {
      if (ltNode.type !== 'string') {
        ctx.report(ltNode, `launchType must be a string: one of ${LAUNCH_TYPES.map((v) => `"${v}"`).join(', ')}, not ${describeType(ltNode)}.`, {
          validValues: LAUNCH_TYPES,
        });
        launchTypeSet = true;
      } else {
        const value = ltNode.value as string;
        if (!LAUNCH_TYPES.includes(value) && isTemplated(value)) {
          launchTypeKnown = false;
        } else if (value.trim() !== '') {
          launchTypeSet = true;
          if (!LAUNCH_TYPES.includes(value)) {
            const suggestion = closestName(value.trim(), LAUNCH_TYPES, { maxDistance: (len) => Math.max(1, Math.floor(len / 3)) });
            ctx.report(
              ltNode,
              `"${value}" is not a launch type; CreateService only accepts ${LAUNCH_TYPES.map((v) => `"${v}"`).join(', ')}, written exactly so (the value is case-sensitive).` +
                (suggestion ? ` Did you mean "${suggestion}"?` : ''),
              suggestion ? { expected: suggestion } : { validValues: LAUNCH_TYPES },
            );
          }
        }
      }
    }

    const strategyProp = body.prop('capacityProviderStrategy');
    const strategy = strategyProp?.valueNode;
    if (!strategy) return;
    if (strategy.type === 'array' && (strategy.children ?? []).length > 0 && launchTypeSet && launchTypeKnown && ltProp) {
      ctx.report(
        keyPlace(ltProp, body.node),
        'This service sets both launchType and capacityProviderStrategy; CreateService accepts only one of them and fails otherwise. ' +
          'Remove launchType to place tasks with the capacity provider strategy (FARGATE / FARGATE_SPOT run on Fargate), or remove the strategy to use the launch type.',
        { field: 'launchType', removable: true },
      );
    }
    checkStrategy(ctx, strategy, 'capacityProviderStrategy', SERVICE_STRATEGY_KEYS, strategyProp?.keyNode ?? body.node);
  },
);
