/**
 * The shape of an ECS AppSpec (CodeDeploy blue/green): which keys each object takes and which values the
 * enumerated fields take. One place for the appspec rules (unknown keys, hook names) and the appspec completions.
 * Keys are PascalCase except `version`, `Resources` and `Hooks` at the top.
 */

/** A value shape: an object with these keys, a list of such objects, or a scalar. */
export type AppSpecNode =
  | { kind: 'object'; keys: Readonly<Record<string, AppSpecNode>> }
  | { kind: 'list'; item: AppSpecNode }
  | { kind: 'scalar'; values?: readonly string[] };

/** The lifecycle events of an ECS deployment, in the order they run; each names a Lambda function. */
export const ECS_HOOKS: readonly string[] = ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic'];
/** Lifecycle events of EC2/on-premises deployments, which ECS AppSpecs do not have. */
export const EC2_HOOKS: readonly string[] = ['ApplicationStop', 'DownloadBundle', 'BeforeInstall', 'Install', 'AfterInstall', 'ApplicationStart', 'ValidateService', 'BeforeBlockTraffic', 'BlockTraffic', 'AfterBlockTraffic', 'AllowTraffic'];

const scalar = (values?: readonly string[]): AppSpecNode => ({ kind: 'scalar', values });
const object = (keys: Record<string, AppSpecNode>): AppSpecNode => ({ kind: 'object', keys });
const list = (item: AppSpecNode): AppSpecNode => ({ kind: 'list', item });

export const APPSPEC_LOAD_BALANCER_KEYS: readonly string[] = ['ContainerName', 'ContainerPort'];
export const APPSPEC_AWSVPC_KEYS: readonly string[] = ['Subnets', 'SecurityGroups', 'AssignPublicIp'];

export const APPSPEC_PROPERTIES = object({
  TaskDefinition: scalar(['<TASK_DEFINITION>']),
  LoadBalancerInfo: object({ ContainerName: scalar(), ContainerPort: scalar() }),
  PlatformVersion: scalar(['LATEST', '1.4.0', '1.0.0']),
  NetworkConfiguration: object({
    AwsvpcConfiguration: object({ Subnets: list(scalar()), SecurityGroups: list(scalar()), AssignPublicIp: scalar(['DISABLED', 'ENABLED']) }),
  }),
  CapacityProviderStrategy: list(object({ CapacityProvider: scalar(['FARGATE', 'FARGATE_SPOT']), Base: scalar(), Weight: scalar() })),
});

/** The whole document. */
export const APPSPEC_SHAPE: AppSpecNode = object({
  version: scalar(['0.0']),
  Resources: list(object({ TargetService: object({ Type: scalar(['AWS::ECS::Service']), Properties: APPSPEC_PROPERTIES }) })),
  Hooks: list(object(Object.fromEntries(ECS_HOOKS.map((h) => [h, scalar()])))),
});

/** The keys an appspec object takes (empty for lists and scalars). */
export function keysOf(node: AppSpecNode): string[] {
  return node.kind === 'object' ? Object.keys(node.keys) : [];
}

/** The shape at a path of keys and list items (`'[]'`), or undefined off the known shape. */
export function appSpecNodeAt(path: readonly string[]): AppSpecNode | undefined {
  let node: AppSpecNode | undefined = APPSPEC_SHAPE;
  for (const step of path) {
    if (!node) return undefined;
    if (step === '[]') node = node.kind === 'list' ? node.item : undefined;
    else node = node.kind === 'object' ? node.keys[step] : undefined;
  }
  return node;
}
