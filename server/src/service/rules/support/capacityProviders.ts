/**
 * Capacity provider strategies, read the same way in a service definition (`capacityProviderStrategy`, camelCase)
 * and in an AppSpec (`CapacityProviderStrategy`, PascalCase). Limits from the ECS API model
 * (CapacityProviderStrategyItem): at most 20 providers, weight 0–1000, base 0–100,000, one base at most.
 */
import type { Node } from 'jsonc-parser';
import { describeType, intOf, JsonObject } from '../../json';
import { isTemplated } from '../../values';
import type { RuleContext } from '../rule';

/** The capacity providers that run tasks on Fargate. */
export const FARGATE_PROVIDERS: readonly string[] = ['FARGATE', 'FARGATE_SPOT'];
export const MAX_STRATEGY_PROVIDERS = 20;
export const MAX_WEIGHT = 1000;
export const MAX_BASE = 100_000;

/** The member names of a strategy entry in one spelling. */
export interface StrategyKeys {
  provider: string;
  weight: string;
  base: string;
}
export const SERVICE_STRATEGY_KEYS: StrategyKeys = { provider: 'capacityProvider', weight: 'weight', base: 'base' };
export const APPSPEC_STRATEGY_KEYS: StrategyKeys = { provider: 'CapacityProvider', weight: 'Weight', base: 'Base' };

/** Is this provider name one of the Fargate providers, in any case? (FARGATE_SPOT also looks like a sed token.) */
function isFargateName(name: string): boolean {
  return FARGATE_PROVIDERS.includes(name.toUpperCase());
}

/**
 * Reports what CreateService (or CodeDeploy, for an AppSpec) would reject in the strategy `list`, written as
 * `field`; `place` is where findings about the strategy as a whole go (its key).
 */
export function checkStrategy(ctx: RuleContext, list: Node, field: string, keys: StrategyKeys, place: Node): void {
  if (list.type === 'null' || (list.type === 'string' && isTemplated(list.value))) return;
  if (list.type !== 'array') {
    ctx.report(list, `"${field}" must be a list of capacity providers ([{ "${keys.provider}": "FARGATE", "${keys.weight}": 1 }]), not ${describeType(list)}.`);
    return;
  }
  const items = list.children ?? [];
  if (items.length === 0) return;
  if (items.length > MAX_STRATEGY_PROVIDERS) {
    ctx.report(items[MAX_STRATEGY_PROVIDERS], `"${field}" lists ${items.length} capacity providers; a strategy takes at most ${MAX_STRATEGY_PROVIDERS}.`, { max: MAX_STRATEGY_PROVIDERS });
  }
  const providers: { name: string; node: Node }[] = [];
  const withBase: { name: string; node: Node }[] = [];
  let weighted = 0;
  let unknownWeight = false;
  for (const item of items) {
    if (item.type !== 'object') {
      if (item.type !== 'null') ctx.report(item, `Each entry of "${field}" must be an object with "${keys.provider}" (and optionally "${keys.weight}" and "${keys.base}"), not ${describeType(item)}.`);
      continue;
    }
    const entry = JsonObject.of(item);
    const providerNode = entry.get(keys.provider);
    let name: string | undefined;
    if (!providerNode || providerNode.type === 'null') {
      ctx.report(entry.prop(keys.provider)?.keyNode ?? item, `This entry of "${field}" has no "${keys.provider}": name the capacity provider (FARGATE or FARGATE_SPOT for Fargate tasks).`, { missing: keys.provider });
    } else if (providerNode.type !== 'string') {
      ctx.report(providerNode, `"${keys.provider}" must be the name of a capacity provider, not ${describeType(providerNode)}.`);
    } else {
      const value = providerNode.value as string;
      if (isFargateName(value) || (!isTemplated(value) && value.trim() !== '')) {
        name = value;
        providers.push({ name, node: providerNode });
      }
    }
    const weight = numberIn(ctx, entry, keys.weight, MAX_WEIGHT);
    if (weight === undefined) unknownWeight = true;
    else if (weight > 0) weighted++;
    const baseNode = entry.get(keys.base);
    const base = numberIn(ctx, entry, keys.base, MAX_BASE);
    if (base !== undefined && base > 0 && baseNode) withBase.push({ name: name ?? 'this provider', node: baseNode });
  }
  if (withBase.length > 1) {
    for (const extra of withBase.slice(1)) {
      ctx.report(
        extra.node,
        `Only one capacity provider in a strategy may have a "${keys.base}" above 0, and "${withBase[0].name}" already has one; AWS rejects the strategy. ` +
          `Keep the base on the provider that must always run tasks (usually FARGATE) and set this one to 0.`,
        { expected: 0 },
      );
    }
  }
  if (items.filter((i) => i.type === 'object').length > 1 && weighted === 0 && !unknownWeight) {
    ctx.report(
      place,
      `Every capacity provider in "${field}" has ${keys.weight} 0 (the default when it is left out), so none of them can take tasks and AWS rejects the strategy. ` +
        `Give at least one provider a ${keys.weight} above 0 (for example FARGATE 1 and FARGATE_SPOT 3).`,
    );
  }
  const fargate = providers.filter((p) => isFargateName(p.name));
  const others = providers.filter((p) => !isFargateName(p.name));
  if (fargate.length > 0 && others.length > 0) {
    const names = [...new Set(others.map((p) => `"${p.name}"`))].join(', ');
    ctx.report(
      place,
      `This capacity provider strategy mixes Fargate (${[...new Set(fargate.map((p) => p.name))].join(', ')}) with ${names}, which AWS does not allow: ` +
        'a strategy uses either FARGATE / FARGATE_SPOT or Auto Scaling group capacity providers. Keep the Fargate providers here and run the EC2 capacity in a separate service.',
      { fargateProviders: [...new Set(fargate.map((p) => p.name))], otherProviders: [...new Set(others.map((p) => p.name))] },
    );
  }
  // Provider names starting with "fargate" are reserved, so a different spelling is a case slip.
  for (const p of fargate) {
    if (FARGATE_PROVIDERS.includes(p.name)) continue;
    const expected = p.name.toUpperCase();
    ctx.report(p.node, `Capacity provider names are case-sensitive: the Fargate provider is "${expected}", not "${p.name}".`, { expected });
  }
}

/**
 * A whole number from 0 to `max` in `entry[key]`; 0 when absent (the AWS default). Reports anything else and then
 * returns undefined, as it does for a templated value.
 */
function numberIn(ctx: RuleContext, entry: JsonObject, key: string, max: number): number | undefined {
  const node = entry.get(key);
  if (!node || node.type === 'null') return 0;
  if (node.type === 'string' && isTemplated(node.value)) return undefined;
  // JSON goes to the AWS CLI, which wants a number; a YAML AppSpec may quote it.
  const n = ctx.doc.format === 'json' && node.type !== 'number' ? undefined : intOf(node);
  if (n === undefined || !Number.isInteger(n) || n < 0 || n > max) {
    ctx.report(node, `"${key}" must be a whole number from 0 to ${max.toLocaleString('en-US')}, not ${node.type === 'number' || node.type === 'string' ? JSON.stringify(node.value) : describeType(node)}.`, { min: 0, max });
    return undefined;
  }
  return n;
}
