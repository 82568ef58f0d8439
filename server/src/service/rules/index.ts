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
// --- networking ---
import hostPort from './host-port';
import portConflict from './port-conflict';
import portRange from './port-range';
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
import serviceLoadBalancer from './service-load-balancer';
import serviceDeploymentConfiguration from './service-deployment-configuration';
import serviceLifecycleHooks from './service-lifecycle-hooks';
import serviceAdvancedConfiguration from './service-advanced-configuration';
import serviceUnknownKey from './service-unknown-key';
import serviceLaunchType from './service-launch-type';
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
  // networking
  hostPort,
  portConflict,
  portRange,
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
  serviceLoadBalancer,
  serviceDeploymentConfiguration,
  serviceLifecycleHooks,
  serviceAdvancedConfiguration,
  serviceUnknownKey,
  serviceLaunchType,
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
  templateExecutionRole,
  templateLogGroup,
];

const byId = new Map(RULES.map((r) => [r.meta.id, r] as const));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
