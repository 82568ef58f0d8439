/**
 * Shared helpers for the service, appspec and cross-file rules: what a service targets (Fargate or not), its
 * deployment controller and strategy, the valid platform versions, ARN shapes, and templated values.
 */
import type { Node } from 'jsonc-parser';
import { intOf, JsonObject } from '../../json';
import { isTemplated } from '../../values';
import { FARGATE_PROVIDERS } from './capacityProviders';

/** Re-exported for the service and appspec rules, which all read IDs, names and counts this way. */
export { intOf, isTemplated };

/** Fargate platform versions AWS accepts (`LATEST` plus the released Linux/Windows versions). */
export const PLATFORM_VERSIONS = ['LATEST', '1.4.0', '1.3.0', '1.2.0', '1.1.0', '1.0.0'] as const;
/** The newest Linux platform version (Security Hub ECS.10 compares against it). */
export const LATEST_LINUX_PLATFORM = '1.4.0';
/** The only Windows platform version. */
export const LATEST_WINDOWS_PLATFORM = '1.0.0';



export const ARN = {
  lambda: /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?$/,
  iamRole: /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/,
  targetGroup: /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/[^/]+\/[0-9a-f]+$/,
  listenerOrRule: /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener(-rule)?\/(app|net)\/.+$/,
  taskDefinition: /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/,
} as const;

/** What a service definition targets and how it deploys. */
export interface ServiceInfo {
  obj: JsonObject;
  /** `launchType` (empty string counts as absent, as ecspresso writes it). */
  launchType?: string;
  /** launchType FARGATE, or a FARGATE / FARGATE_SPOT capacity provider. */
  fargate: boolean;
  /** How Fargate was decided, for messages. */
  fargateReason?: string;
  /** Deployment controller type; `ECS` when absent. */
  controller: string;
  controllerNode?: Node;
  /** `deploymentConfiguration.strategy`; `ROLLING` when absent. */
  strategy: string;
  strategyNode?: Node;
  deploymentConfiguration?: JsonObject;
  networkConfiguration?: JsonObject;
  awsvpc?: JsonObject;
  loadBalancers: JsonObject[];
}

export function serviceInfo(obj: JsonObject): ServiceInfo {
  const lt = obj.str('launchType');
  const launchType = lt && lt.trim() !== '' ? lt : undefined;
  let fargate = false;
  let fargateReason: string | undefined;
  if (launchType === 'FARGATE') {
    fargate = true;
    fargateReason = 'launchType is FARGATE';
  } else if (!launchType) {
    const provider = obj.objects('capacityProviderStrategy').map((c) => c.str('capacityProvider')).find((p) => p && FARGATE_PROVIDERS.includes(p));
    if (provider) {
      fargate = true;
      fargateReason = `the capacity provider strategy uses ${provider}`;
    }
  }
  const dc = obj.obj('deploymentController');
  const controllerNode = dc?.get('type');
  const controller = dc?.str('type') ?? 'ECS';
  const deploymentConfiguration = obj.obj('deploymentConfiguration');
  const strategyNode = deploymentConfiguration?.get('strategy');
  const strategy = deploymentConfiguration?.str('strategy') ?? 'ROLLING';
  const networkConfiguration = obj.obj('networkConfiguration');
  return {
    obj,
    launchType,
    fargate,
    fargateReason,
    controller,
    controllerNode,
    strategy,
    strategyNode,
    deploymentConfiguration,
    networkConfiguration,
    awsvpc: networkConfiguration?.obj('awsvpcConfiguration'),
    loadBalancers: obj.objects('loadBalancers'),
  };
}

/** The appspec's single ECS target: `Resources[].TargetService` and its `Properties`. */
export interface AppSpecTarget {
  /** The `TargetService` object. */
  target: JsonObject;
  properties?: JsonObject;
}

/** The TargetService entries of an appspec's `Resources` (list, or a map as some hand-written files use). */
export function appSpecTargets(obj: JsonObject): { node: Node; target: JsonObject }[] {
  const res = obj.get('Resources') ?? obj.get('resources');
  const out: { node: Node; target: JsonObject }[] = [];
  if (!res) return out;
  const entries = res.type === 'array' ? res.children ?? [] : res.type === 'object' ? [res] : [];
  for (const e of entries) {
    if (e.type !== 'object') continue;
    for (const [key, prop] of new JsonObject(e).props) {
      if (prop.valueNode && prop.valueNode.type === 'object') {
        const target = new JsonObject(prop.valueNode);
        if (key === 'TargetService' || target.str('Type') === 'AWS::ECS::Service') out.push({ node: prop.keyNode, target });
      }
    }
  }
  return out;
}

/** The first TargetService of an appspec with its Properties. */
export function appSpecTarget(obj: JsonObject | undefined): AppSpecTarget | undefined {
  if (!obj) return undefined;
  const first = appSpecTargets(obj)[0];
  return first ? { target: first.target, properties: first.target.obj('Properties') } : undefined;
}

/** The task definition family a reference names: `family`, `family:3`, or a task-definition ARN. */
export function familyOfReference(ref: string | undefined): string | undefined {
  if (!ref || isTemplated(ref)) return undefined;
  const m = /task-definition\/([A-Za-z0-9_-]+)(:\d+|:\*)?$/.exec(ref);
  if (m) return m[1];
  const f = /^([A-Za-z0-9_-]{1,255})(:\d+)?$/.exec(ref.trim());
  return f ? f[1] : undefined;
}
