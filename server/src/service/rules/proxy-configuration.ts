import type { Node } from 'jsonc-parser';
import { closestName } from '../../knowledge/catalog';
import type { JsonObject } from '../json';
import { containerListKnown, registeredNetworkMode, type TaskDefinitionModel } from '../model';
import { isTemplated } from '../values';
import { defineRule, keyPlace, type RuleContext } from './rule';
import { isEmptyValue, isSet, orList } from './support/fargate';
import { truncate } from './support/numbers';

const APP_MESH_DOCS = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ProxyConfiguration.html';

/**
 * The App Mesh proxy properties ECS needs (ECS API model, ProxyConfiguration.properties: each marked Required, the
 * two ignored IDs as "one or the other"; the AWS CDK's AppMeshProxyConfigurationProps likewise makes the three ports
 * mandatory; an observed rejection without ProxyIngressPort reads "Ingress port not found"). EgressIgnoredPorts and
 * EgressIgnoredIPs may be empty lists and the CDK leaves them optional, so they are not asked for.
 */
export const APPMESH_REQUIRED: readonly string[] = ['AppPorts', 'ProxyIngressPort', 'ProxyEgressPort'];
export const APPMESH_IGNORED_IDS: readonly string[] = ['IgnoredUID', 'IgnoredGID'];
const ALL_PROPERTIES = [...APPMESH_REQUIRED, ...APPMESH_IGNORED_IDS, 'EgressIgnoredPorts', 'EgressIgnoredIPs'];

/** `proxyConfiguration` (App Mesh): awsvpc only, a container of the task as proxy, and the proxy properties. */
export default defineRule(
  {
    id: 'fargate/proxy-configuration',
    severity: 'error',
    title: 'Invalid App Mesh proxyConfiguration',
    description:
      '`proxyConfiguration` hands the task\'s traffic to an App Mesh (Envoy) proxy container through the CNI plugin. ECS ' +
      'rejects it at registration when the task\'s `networkMode` is not `awsvpc` (the only mode it is supported in), when ' +
      '`containerName` does not name a container of the task definition ("Proxy container [...] does not exist"), and, for ' +
      'type `APPMESH` (the default and only type), when `properties` lacks `AppPorts`, `ProxyIngressPort` or ' +
      '`ProxyEgressPort`, or both `IgnoredUID` and `IgnoredGID` (the proxy\'s own user or group, so that it does not ' +
      'intercept its own traffic). Property names are case-sensitive. Fix the mode, the container name or the property list.',
    source: APP_MESH_DOCS,
    category: 'networking',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const pcProp = task.obj.prop('proxyConfiguration');
    const pcNode = pcProp?.valueNode;
    // An empty object is "not set" for the SDKs, as null is.
    if (!pcProp || !pcNode || pcNode.type !== 'object' || isEmptyValue(pcNode)) return;
    const pc = task.obj.obj('proxyConfiguration')!;

    const mode = registeredNetworkMode(task);
    if (mode === 'bridge' || mode === 'host' || mode === 'none') {
      const modeNode = task.obj.get('networkMode');
      ctx.report(
        modeNode && modeNode.type === 'string' ? modeNode : pcProp.keyNode,
        `proxyConfiguration (App Mesh) only works with networkMode "awsvpc", and this task ${task.networkMode === undefined ? `defaults to "${mode}"` : `uses "${mode}"`}, ` +
          'so ECS rejects the task definition. Set "networkMode": "awsvpc" (and give services a networkConfiguration), or remove proxyConfiguration.',
        { expected: 'awsvpc', field: 'networkMode' },
      );
    }

    checkContainerName(ctx, task, pc, pcProp.keyNode);

    const type = pc.get('type');
    if (type && type.type === 'string' && type.value !== 'APPMESH' && type.value !== '') return; // other values: fargate/value-type
    if (type && type.type !== 'string' && type.type !== 'null') return;
    const propsProp = pc.prop('properties');
    const list = propsProp?.valueNode;
    if (list && list.type !== 'array' && list.type !== 'null') return; // templated or a wrong type
    const names: string[] = [];
    for (const item of list?.children ?? []) {
      if (item.type !== 'object') return; // unknown entry
      const n = pcEntryName(item);
      if (n === undefined) continue;
      if (isTemplated(n)) return;
      names.push(n);
    }
    const missing = APPMESH_REQUIRED.filter((r) => !names.includes(r));
    const noIds = !APPMESH_IGNORED_IDS.some((r) => names.includes(r));
    if (missing.length === 0 && !noIds) return;
    const parts = [...missing.map((m) => `"${m}"`)];
    if (noIds) parts.push('"IgnoredUID" or "IgnoredGID"');
    const slips = names
      .map((n) => ({ n, to: closestName(n, ALL_PROPERTIES, { maxDistance: () => 0 }) }))
      .filter((s) => s.to && s.to !== s.n);
    ctx.report(
      keyPlace(propsProp, pcProp.keyNode),
      `The APPMESH proxyConfiguration has no ${orList(parts, 'and')} in its properties, so ECS rejects the task definition: the proxy needs ` +
        'the application ports, the ports Envoy listens on for inbound and outbound traffic, and the user or group ID it runs as ' +
        '(so it does not capture its own traffic). Add them as {"name": "...", "value": "..."} entries.' +
        (slips.length > 0 ? ` Property names are case-sensitive: ${slips.map((s) => `"${s.n}" should be "${s.to}"`).join(', ')}.` : ''),
      { missing: [...missing, ...(noIds ? ['IgnoredUID'] : [])] },
    );
  },
);

/** The `name` of a proxy property entry when it is a string. */
function pcEntryName(item: Node): string | undefined {
  for (const child of item.children ?? []) {
    const kv = child.children;
    if (child.type === 'property' && kv && kv[0]?.value === 'name' && kv[1]?.type === 'string') return kv[1].value as string;
  }
  return undefined;
}

function checkContainerName(ctx: RuleContext, task: TaskDefinitionModel, pc: JsonObject, anchor: Node): void {
  const node = pc.get('containerName');
  if (!isSet(node)) {
    ctx.report(
      keyPlace(pc.prop('containerName'), anchor),
      'proxyConfiguration has no containerName. ECS requires the name of the container that runs the App Mesh proxy (usually "envoy") and rejects the task definition without it.',
      { missing: 'containerName' },
    );
    return;
  }
  if (node.type !== 'string') return; // fargate/value-type
  const name = node.value as string;
  if (isTemplated(name)) return;
  // Unknown containers (a templated list, entry or name) keep the rule silent.
  if (!containerListKnown(task)) return;
  if (task.containers.some((c) => c.name === undefined || isTemplated(c.name))) return;
  if (task.containers.some((c) => c.name === name)) return;
  const names = task.containers.map((c) => c.name!);
  const suggestion = closestName(name, names, { maxDistance: () => 1 });
  ctx.report(
    node,
    `proxyConfiguration.containerName is "${truncate(name)}", but the task definition has no such container` +
      (names.length > 0 ? ` (it has ${names.map((n) => `"${truncate(n)}"`).join(', ')})` : '') +
      '. ECS rejects the task definition: the App Mesh proxy must be one of its containers.' +
      (suggestion ? ` Did you mean "${suggestion}"? Names are case-sensitive.` : ' Add the Envoy container, or name it here.'),
    suggestion ? { expected: suggestion, expectedOneOf: names } : { expectedOneOf: names },
  );
}
