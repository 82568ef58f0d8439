/**
 * The rule registry: every rule module, in reporting order. Add a rule by importing its module in its group.
 */
import type { Rule } from './rule';

// --- document ---
import jsonSyntax from './json-syntax';
import strictJson from './strict-json';
// --- schema ---
import unknownKey from './unknown-key';
import valueType from './value-type';
import readOnlyField from './read-only-field';
import requiresCompatibilities from './requires-compatibilities';
// --- fargate compatibility ---
import networkMode from './network-mode';
import taskSizeRequired from './task-size-required';
import taskSize from './task-size';
import runtimePlatform from './runtime-platform';
import windowsOsVersion from './windows-os-version';
import unsupportedContainerField from './unsupported-container-field';
import linuxCapabilities from './linux-capabilities';
import unsupportedTaskField from './unsupported-task-field';
import logDriver from './log-driver';
import awslogsOptions from './awslogs-options';
import firelensConfig from './firelens-config';
import firelensRouterMissing from './firelens-router-missing';
import containerCpuSum from './container-cpu-sum';
import containerMemory from './container-memory';
import healthCheck from './health-check';
import ephemeralStorage from './ephemeral-storage';
import containerCount from './container-count';
import essentialContainer from './essential-container';
import duplicateContainerName from './duplicate-container-name';
import dependsOn from './depends-on';
import familyName from './family-name';
import environmentFiles from './environment-files';
import ulimitSoftLimit from './ulimit-soft-limit';
import restartAttemptPeriod from './restart-attempt-period';
import unmountedVolume from './unmounted-volume';
import ephemeralStorageEc2 from './ephemeral-storage-ec2';
// --- networking ---
import hostPort from './host-port';
import portConflict from './port-conflict';
import portRange from './port-range';
import portMappingName from './port-mapping-name';
import proxyConfiguration from './proxy-configuration';
// --- iam ---
import executionRoleRequired from './execution-role-required';
import roleArn from './role-arn';
import sameTaskAndExecutionRole from './same-task-and-execution-role';
import secretValueFrom from './secret-value-from';
import secretShadowsEnvironment from './secret-shadows-environment';
// --- security best practice ---
import plaintextSecret from './plaintext-secret';
import efsTransitEncryption from './efs-transit-encryption';
import efsTransitEncryptionRequired from './efs-transit-encryption-required';
import efsTransitEncryptionPort from './efs-transit-encryption-port';
import efsAccessPointRootDirectory from './efs-access-point-root-directory';
import logConfigurationMissing from './log-configuration-missing';
import rootUser from './root-user';
import writableRootFilesystem from './writable-root-filesystem';
import imageTag from './image-tag';
import privileged from './privileged';
import hostNamespaces from './host-namespaces';
// --- service ---
import serviceNetworkConfiguration from './service-network-configuration';
import serviceDefaultSecurityGroup from './service-default-security-group';
import servicePublicIp from './service-public-ip';
import servicePlacement from './service-placement';
import serviceSchedulingStrategy from './service-scheduling-strategy';
import servicePlatformVersion from './service-platform-version';
import servicePlatformOutdated from './service-platform-outdated';
import servicePlatformTaskSize from './service-platform-task-size';
import serviceLoadBalancer from './service-load-balancer';
import serviceDeploymentConfiguration from './service-deployment-configuration';
import serviceLifecycleHooks from './service-lifecycle-hooks';
import serviceAdvancedConfiguration from './service-advanced-configuration';
import serviceUnknownKey from './service-unknown-key';
import serviceLaunchType from './service-launch-type';
import serviceExternalController from './service-external-controller';
import serviceDaemon from './service-daemon';
import servicePlacementStrategy from './service-placement-strategy';
import servicePlacementConstraint from './service-placement-constraint';
import servicePlatformVersionEc2 from './service-platform-version-ec2';
import serviceName from './service-name';
import serviceRole from './service-role';
import serviceRegistries from './service-registries';
import serviceConnectNamespace from './service-connect-namespace';
import serviceConnect from './service-connect';
import serviceEbsVolume from './service-ebs-volume';
// --- appspec ---
import appspecVersion from './appspec-version';
import appspecResources from './appspec-resources';
import appspecTaskDefinition from './appspec-task-definition';
import appspecHooks from './appspec-hooks';
import appspecNetworkConfiguration from './appspec-network-configuration';
import appspecPublicIp from './appspec-public-ip';
// --- cross-file ---
import serviceTaskContainer from './service-task-container';
import appspecTaskContainer from './appspec-task-container';
import appspecTaskNetworkMode from './appspec-task-network-mode';
import serviceTaskNetworkMode from './service-task-network-mode';
import serviceTaskCompatibility from './service-task-compatibility';
import serviceConnectPortName from './service-connect-port-name';
import serviceEbsVolumeTask from './service-ebs-volume-task';
import templateExecutionRole from './template-execution-role';
import templateLogGroup from './template-log-group';

export const RULES: readonly Rule[] = [
  // document
  jsonSyntax,
  strictJson,
  // schema
  unknownKey,
  valueType,
  readOnlyField,
  requiresCompatibilities,
  // fargate compatibility
  networkMode,
  taskSizeRequired,
  taskSize,
  runtimePlatform,
  windowsOsVersion,
  unsupportedContainerField,
  linuxCapabilities,
  unsupportedTaskField,
  logDriver,
  awslogsOptions,
  firelensConfig,
  firelensRouterMissing,
  containerCpuSum,
  containerMemory,
  healthCheck,
  ephemeralStorage,
  containerCount,
  essentialContainer,
  duplicateContainerName,
  dependsOn,
  familyName,
  environmentFiles,
  ulimitSoftLimit,
  restartAttemptPeriod,
  unmountedVolume,
  ephemeralStorageEc2,
  // networking
  hostPort,
  portConflict,
  portRange,
  portMappingName,
  proxyConfiguration,
  // iam
  executionRoleRequired,
  roleArn,
  sameTaskAndExecutionRole,
  secretValueFrom,
  secretShadowsEnvironment,
  // security best practice
  plaintextSecret,
  efsTransitEncryption,
  efsTransitEncryptionRequired,
  efsTransitEncryptionPort,
  efsAccessPointRootDirectory,
  logConfigurationMissing,
  rootUser,
  writableRootFilesystem,
  imageTag,
  privileged,
  hostNamespaces,
  // service
  serviceNetworkConfiguration,
  serviceDefaultSecurityGroup,
  servicePublicIp,
  servicePlacement,
  serviceSchedulingStrategy,
  servicePlatformVersion,
  servicePlatformOutdated,
  servicePlatformTaskSize,
  serviceLoadBalancer,
  serviceDeploymentConfiguration,
  serviceLifecycleHooks,
  serviceAdvancedConfiguration,
  serviceUnknownKey,
  serviceLaunchType,
  serviceExternalController,
  serviceDaemon,
  servicePlacementStrategy,
  servicePlacementConstraint,
  servicePlatformVersionEc2,
  serviceName,
  serviceRole,
  serviceRegistries,
  serviceConnectNamespace,
  serviceConnect,
  serviceEbsVolume,
  // appspec
  appspecVersion,
  appspecResources,
  appspecTaskDefinition,
  appspecHooks,
  appspecNetworkConfiguration,
  appspecPublicIp,
  // cross-file
  serviceTaskContainer,
  appspecTaskContainer,
  appspecTaskNetworkMode,
  serviceTaskNetworkMode,
  serviceTaskCompatibility,
  serviceConnectPortName,
  serviceEbsVolumeTask,
  templateExecutionRole,
  templateLogGroup,
];

const byId = new Map(RULES.map((r) => [r.meta.id, r] as const));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
