/**
 * A cheap look at a text before it is parsed: can it hold an ECS definition at all? Most JSON and YAML files in a
 * workspace (Kubernetes manifests, OpenAPI specs, package.json, CloudFormation templates without ECS resources) hold
 * none, and parsing a large one costs hundreds of milliseconds on every pause in typing. One regular-expression scan
 * for the keys that every kind of ECS definition needs rules most of them out in about a millisecond.
 *
 * The scan is a necessary condition, never a sufficient one: a text it rejects cannot be recognised by
 * {@link classify} (a unit test holds the two together on every fixture and on fuzzed documents); a text it accepts is
 * parsed and recognised as before.
 */

/**
 * Keys without one of which no definition is recognised:
 * - task definitions: `containerDefinitions` or `family` (also inside a `{"taskDefinition": ...}` wrapper);
 * - services: `serviceName` or a `service` wrapper, or two of the service-only fields (any one of them is listed);
 * - CodeDeploy appspecs: `TargetService`, `version` or `Hooks` next to `Resources`;
 * - bare container-definition arrays (files Terraform reads): fields only an ECS container definition has.
 */
const DEFINITION_KEYS = [
  'containerDefinitions', 'family', 'taskDefinition',
  'serviceName', 'service',
  'desiredCount', 'loadBalancers', 'deploymentController', 'deploymentConfiguration', 'schedulingStrategy',
  'serviceRegistries', 'serviceConnectConfiguration', 'healthCheckGracePeriodSeconds', 'placementStrategy',
  'launchType', 'networkConfiguration', 'capacityProviderStrategy',
  'TargetService', 'version', 'Hooks',
  'portMappings', 'essential', 'logConfiguration', 'mountPoints', 'volumesFrom', 'memoryReservation',
];

/** Text that marks ECS resources in a CloudFormation template (`Type: AWS::ECS::TaskDefinition`). */
const TEXT_MARKERS = ['AWS::ECS::'];

/**
 * A key (bare, or in single or double quotes) followed by a colon: JSON `"family": ...`, YAML `family: ...`,
 * `- family: ...`, flow `{family: ...}`; or, while it is being typed, at the end of a line (`"serviceName`). Anchored
 * on the character before the key so that `ipFamily:` or `myservice:` do not count.
 */
const KEY_SCAN = new RegExp(`(?:^|[\\s{,\\-\\[])["']?(?:${DEFINITION_KEYS.join('|')})(?:["']?[ \\t]*:|[ \\t]*\\r?$)`, 'm');

/** False when the text certainly holds no ECS definition, so it need not be parsed. */
export function mayHoldEcsDefinition(text: string): boolean {
  for (const marker of TEXT_MARKERS) if (text.includes(marker)) return true;
  return KEY_SCAN.test(text);
}
