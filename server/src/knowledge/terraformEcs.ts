/**
 * Terraform (hashicorp/aws provider) spellings of the ECS task definition and service, mapped to the ECS API.
 *
 * Source: the provider's Go schemas `internal/service/ecs/task_definition.go` (mainline, SDK v2 era, with
 * `track_latest`, `enable_fault_injection`, `configure_at_launch`) and `internal/service/ecs/service.go`
 * (2026, annotated `preIdentityVersion="v6.33.0"`), as summarised in ../shared/reference/cloudformation-and-terraform.md
 * Part B (B.1, B.3) and E.3. Checked against the ECS API model of December 2026 (botocore 1.43.107) by
 * test/unit/terraform/schema.test.ts: every API path below exists in the catalog. Written December 2026.
 *
 * A dialect adds spellings, not facts: only names, nesting and the few value conversions the provider performs live
 * here; types, enums and bounds come from the ECS catalog.
 */

/** How the provider turns an HCL value into the API's. */
export type TfConversion =
  /** `true`/`false` -> `ENABLED`/`DISABLED` (network_configuration.assign_public_ip). */
  | 'enabledDisabled'
  /** A map `{k = v}` -> `[{key: k, value: v}]` (tags). */
  | 'keyValueList'
  /** A map `{k = v}` -> `[{name: k, value: v}]` (proxy_configuration.properties). */
  | 'nameValueList'
  /** A JSON string holding the container definitions array (container_definitions). */
  | 'containerDefinitions';

export interface TfAttribute {
  readonly kind: 'attribute';
  /** API path below the enclosing object: `['deploymentConfiguration', 'maximumPercent']`, usually one name. */
  readonly api: readonly string[];
  readonly conversion?: TfConversion;
  /** A free-form map whose keys stay verbatim (options, driver_opts, labels). */
  readonly freeMap?: boolean;
}

export interface TfBlock {
  readonly kind: 'block';
  /** API path below the enclosing object. */
  readonly api: readonly string[];
  /** Each block is one element of an API list (volume -> volumes[]); otherwise the block is one object. */
  readonly list: boolean;
  readonly body: TfSchema;
}

/** Provider-only arguments (no API field): recognised, kept out of the API body. */
export interface TfOnly {
  readonly kind: 'terraform';
}

export type TfField = TfAttribute | TfBlock | TfOnly;
export type TfSchema = Readonly<Record<string, TfField>>;

const attr = (api: string, more: Partial<Omit<TfAttribute, 'kind' | 'api'>> = {}): TfAttribute => ({ kind: 'attribute', api: api.split('.'), ...more });
const block = (api: string, list: boolean, body: TfSchema): TfBlock => ({ kind: 'block', api: api.split('.'), list, body });
const tfOnly: TfOnly = { kind: 'terraform' };

/** Meta-arguments of every resource block (Terraform language, not the provider). */
export const TF_META_ARGUMENTS: readonly string[] = ['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection'];

const placementConstraint: TfSchema = { type: attr('type'), expression: attr('expression') };
const authorizationConfigEfs: TfSchema = { access_point_id: attr('accessPointId'), iam: attr('iam') };

const volume: TfSchema = {
  name: attr('name'),
  host_path: attr('host.sourcePath'),
  configure_at_launch: attr('configuredAtLaunch'),
  docker_volume_configuration: block('dockerVolumeConfiguration', false, {
    scope: attr('scope'),
    autoprovision: attr('autoprovision'),
    driver: attr('driver'),
    driver_opts: attr('driverOpts', { freeMap: true }),
    labels: attr('labels', { freeMap: true }),
  }),
  efs_volume_configuration: block('efsVolumeConfiguration', false, {
    file_system_id: attr('fileSystemId'),
    root_directory: attr('rootDirectory'),
    transit_encryption: attr('transitEncryption'),
    transit_encryption_port: attr('transitEncryptionPort'),
    authorization_config: block('authorizationConfig', false, authorizationConfigEfs),
  }),
  fsx_windows_file_server_volume_configuration: block('fsxWindowsFileServerVolumeConfiguration', false, {
    file_system_id: attr('fileSystemId'),
    root_directory: attr('rootDirectory'),
    authorization_config: block('authorizationConfig', false, { credentials_parameter: attr('credentialsParameter'), domain: attr('domain') }),
  }),
  s3files_volume_configuration: block('s3filesVolumeConfiguration', false, {
    file_system_arn: attr('fileSystemArn'),
    access_point_arn: attr('accessPointArn'),
    root_directory: attr('rootDirectory'),
    transit_encryption_port: attr('transitEncryptionPort'),
  }),
};

/** `resource "aws_ecs_task_definition"` -> RegisterTaskDefinition. */
export const TF_TASK_DEFINITION: TfSchema = {
  family: attr('family'),
  container_definitions: attr('containerDefinitions', { conversion: 'containerDefinitions' }),
  cpu: attr('cpu'),
  memory: attr('memory'),
  execution_role_arn: attr('executionRoleArn'),
  task_role_arn: attr('taskRoleArn'),
  network_mode: attr('networkMode'),
  ipc_mode: attr('ipcMode'),
  pid_mode: attr('pidMode'),
  requires_compatibilities: attr('requiresCompatibilities'),
  enable_fault_injection: attr('enableFaultInjection'),
  runtime_platform: block('runtimePlatform', false, { cpu_architecture: attr('cpuArchitecture'), operating_system_family: attr('operatingSystemFamily') }),
  ephemeral_storage: block('ephemeralStorage', false, { size_in_gib: attr('sizeInGiB') }),
  placement_constraints: block('placementConstraints', true, placementConstraint),
  proxy_configuration: block('proxyConfiguration', false, {
    container_name: attr('containerName'),
    type: attr('type'),
    properties: attr('properties', { conversion: 'nameValueList' }),
  }),
  // Removed in provider v6 (Elastic Inference ended); older modules still write it.
  inference_accelerator: block('inferenceAccelerators', true, { device_name: attr('deviceName'), device_type: attr('deviceType') }),
  volume: block('volumes', true, volume),
  tags: attr('tags', { conversion: 'keyValueList' }),
  tags_all: tfOnly,
  skip_destroy: tfOnly,
  track_latest: tfOnly,
  region: tfOnly,
};

const secretOption: TfSchema = { name: attr('name'), value_from: attr('valueFrom') };

const serviceConnectService: TfSchema = {
  port_name: attr('portName'),
  discovery_name: attr('discoveryName'),
  ingress_port_override: attr('ingressPortOverride'),
  client_alias: block('clientAliases', true, {
    port: attr('port'),
    dns_name: attr('dnsName'),
    test_traffic_rules: block('testTrafficRules', false, {
      header: block('header', false, { name: attr('name'), value: block('value', false, { exact: attr('exact') }) }),
    }),
  }),
  timeout: block('timeout', false, { idle_timeout_seconds: attr('idleTimeoutSeconds'), per_request_timeout_seconds: attr('perRequestTimeoutSeconds') }),
  tls: block('tls', false, {
    issuer_cert_authority: block('issuerCertificateAuthority', false, { aws_pca_authority_arn: attr('awsPcaAuthorityArn') }),
    kms_key: attr('kmsKey'),
    role_arn: attr('roleArn'),
  }),
};

/** `resource "aws_ecs_service"` -> CreateService. */
export const TF_SERVICE: TfSchema = {
  name: attr('serviceName'),
  cluster: attr('cluster'),
  task_definition: attr('taskDefinition'),
  desired_count: attr('desiredCount'),
  launch_type: attr('launchType'),
  platform_version: attr('platformVersion'),
  scheduling_strategy: attr('schedulingStrategy'),
  iam_role: attr('role'),
  deployment_maximum_percent: attr('deploymentConfiguration.maximumPercent'),
  deployment_minimum_healthy_percent: attr('deploymentConfiguration.minimumHealthyPercent'),
  deployment_circuit_breaker: block('deploymentConfiguration.deploymentCircuitBreaker', false, { enable: attr('enable'), rollback: attr('rollback') }),
  alarms: block('deploymentConfiguration.alarms', false, { alarm_names: attr('alarmNames'), enable: attr('enable'), rollback: attr('rollback') }),
  deployment_configuration: block('deploymentConfiguration', false, {
    strategy: attr('strategy'),
    bake_time_in_minutes: attr('bakeTimeInMinutes'),
    linear_configuration: block('linearConfiguration', false, { step_percent: attr('stepPercent'), step_bake_time_in_minutes: attr('stepBakeTimeInMinutes') }),
    canary_configuration: block('canaryConfiguration', false, { canary_percent: attr('canaryPercent'), canary_bake_time_in_minutes: attr('canaryBakeTimeInMinutes') }),
    lifecycle_hook: block('lifecycleHooks', true, {
      hook_target_arn: attr('hookTargetArn'),
      role_arn: attr('roleArn'),
      lifecycle_stages: attr('lifecycleStages'),
      hook_details: attr('hookDetails'),
    }),
  }),
  deployment_controller: block('deploymentController', false, { type: attr('type') }),
  capacity_provider_strategy: block('capacityProviderStrategy', true, { capacity_provider: attr('capacityProvider'), weight: attr('weight'), base: attr('base') }),
  network_configuration: block('networkConfiguration.awsvpcConfiguration', false, {
    subnets: attr('subnets'),
    security_groups: attr('securityGroups'),
    assign_public_ip: attr('assignPublicIp', { conversion: 'enabledDisabled' }),
  }),
  load_balancer: block('loadBalancers', true, {
    target_group_arn: attr('targetGroupArn'),
    elb_name: attr('loadBalancerName'),
    container_name: attr('containerName'),
    container_port: attr('containerPort'),
    advanced_configuration: block('advancedConfiguration', false, {
      alternate_target_group_arn: attr('alternateTargetGroupArn'),
      production_listener_rule: attr('productionListenerRule'),
      test_listener_rule: attr('testListenerRule'),
      role_arn: attr('roleArn'),
    }),
  }),
  ordered_placement_strategy: block('placementStrategy', true, { type: attr('type'), field: attr('field') }),
  placement_constraints: block('placementConstraints', true, placementConstraint),
  service_registries: block('serviceRegistries', true, {
    registry_arn: attr('registryArn'),
    port: attr('port'),
    container_name: attr('containerName'),
    container_port: attr('containerPort'),
  }),
  service_connect_configuration: block('serviceConnectConfiguration', false, {
    enabled: attr('enabled'),
    namespace: attr('namespace'),
    access_log_configuration: block('accessLogConfiguration', false, { format: attr('format'), include_query_parameters: attr('includeQueryParameters') }),
    log_configuration: block('logConfiguration', false, {
      log_driver: attr('logDriver'),
      options: attr('options', { freeMap: true }),
      secret_option: block('secretOptions', true, secretOption),
    }),
    service: block('services', true, serviceConnectService),
  }),
  volume_configuration: block('volumeConfigurations', true, {
    name: attr('name'),
    managed_ebs_volume: block('managedEBSVolume', false, {
      role_arn: attr('roleArn'),
      encrypted: attr('encrypted'),
      file_system_type: attr('filesystemType'),
      iops: attr('iops'),
      kms_key_id: attr('kmsKeyId'),
      size_in_gb: attr('sizeInGiB'),
      snapshot_id: attr('snapshotId'),
      throughput: attr('throughput'),
      volume_initialization_rate: attr('volumeInitializationRate'),
      volume_type: attr('volumeType'),
      tag_specifications: block('tagSpecifications', true, {
        resource_type: attr('resourceType'),
        propagate_tags: attr('propagateTags'),
        tags: attr('tags', { conversion: 'keyValueList' }),
      }),
    }),
  }),
  vpc_lattice_configurations: block('vpcLatticeConfigurations', true, { role_arn: attr('roleArn'), target_group_arn: attr('targetGroupArn'), port_name: attr('portName') }),
  availability_zone_rebalancing: attr('availabilityZoneRebalancing'),
  health_check_grace_period_seconds: attr('healthCheckGracePeriodSeconds'),
  enable_ecs_managed_tags: attr('enableECSManagedTags'),
  enable_execute_command: attr('enableExecuteCommand'),
  propagate_tags: attr('propagateTags'),
  tags: attr('tags', { conversion: 'keyValueList' }),
  tags_all: tfOnly,
  force_new_deployment: tfOnly,
  triggers: tfOnly,
  wait_for_steady_state: tfOnly,
  sigint_rollback: tfOnly,
  force_delete: tfOnly,
  timeouts: tfOnly,
  region: tfOnly,
};

/** The resource types this front end reads, with their definition kind and schema. */
export const TF_RESOURCES = {
  aws_ecs_task_definition: { kind: 'taskDefinition', schema: TF_TASK_DEFINITION },
  aws_ecs_service: { kind: 'service', schema: TF_SERVICE },
} as const;

/** Attributes of `aws_ecs_task_definition` that identify it when a service's `task_definition` refers to it. */
export const TF_TASK_DEFINITION_ID_ATTRIBUTES: readonly string[] = ['arn', 'arn_without_revision', 'family'];
