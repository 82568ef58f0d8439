import type { Node } from 'jsonc-parser';
import type { JsonObject } from '../json';
import { containerLabel, defineRule, DOCS } from './rule';
import { isEmptyValue, isPlaceholderNode, removableData, sentenceLabel } from './support/fargate';

interface FieldCheck {
  key: string;
  /** Is this value a problem? Default: any non-empty value. */
  offending?: (node: Node) => boolean;
  /** What is wrong and why (the container label is prepended); the fix is appended by the caller. */
  why: string;
  fix: string;
}

const isTrue = (n: Node) => n.type === 'boolean' && n.value === true;

const CONTAINER_FIELDS: readonly FieldCheck[] = [
  {
    key: 'privileged',
    offending: isTrue,
    why: "runs privileged, but Fargate never gives a container access to the underlying host (AWS requires 'privileged' to be false)",
    fix: 'Remove "privileged" (or set it to false) and grant specific abilities instead, e.g. SYS_PTRACE via linuxParameters.capabilities.',
  },
  {
    key: 'links',
    why: 'uses "links", which only works in the bridge network mode; Fargate tasks use awsvpc, where AWS rejects links',
    fix: 'Remove "links": containers of the same task reach each other on localhost (127.0.0.1) and the container port.',
  },
  {
    key: 'hostname',
    why: 'sets "hostname", which cannot be set in the awsvpc network mode that Fargate uses',
    fix: 'Remove "hostname"; reach sibling containers on localhost and other services through DNS (Service Connect or Cloud Map).',
  },
  {
    key: 'extraHosts',
    why: 'sets "extraHosts" (/etc/hosts entries), which awsvpc tasks on Fargate do not support',
    fix: 'Remove "extraHosts" and resolve those names through DNS (a Route 53 private hosted zone or Cloud Map) instead.',
  },
  {
    key: 'dnsServers',
    why: 'sets "dnsServers", but awsvpc tasks on Fargate always use the VPC resolver',
    fix: 'Remove "dnsServers"; configure custom resolution in the VPC (DHCP options set or Route 53 Resolver rules).',
  },
  {
    key: 'dnsSearchDomains',
    why: 'sets "dnsSearchDomains", which awsvpc tasks on Fargate do not support',
    fix: 'Remove "dnsSearchDomains" and use fully qualified names, or set search domains in the VPC DHCP options.',
  },
  {
    key: 'disableNetworking',
    offending: isTrue,
    why: 'sets "disableNetworking": true, which is not supported in the awsvpc network mode that Fargate uses',
    fix: 'Remove "disableNetworking"; restrict traffic with the task\'s security group instead.',
  },
  {
    key: 'dockerSecurityOptions',
    why: 'sets "dockerSecurityOptions" (SELinux/AppArmor labels), which Fargate rejects: you cannot configure the host\'s security modules',
    fix: 'Remove "dockerSecurityOptions".',
  },
];

const LINUX_PARAMETERS: readonly FieldCheck[] = [
  {
    key: 'devices',
    why: 'maps host devices (linuxParameters.devices), but a Fargate task has no access to the host\'s devices',
    fix: 'Remove "devices"; workloads that need host devices must run on EC2.',
  },
  {
    key: 'sharedMemorySize',
    why: 'sets linuxParameters.sharedMemorySize, which Fargate rejects (the /dev/shm size is not configurable there)',
    fix: 'Remove "sharedMemorySize"; if the app needs a larger shared memory area, run it on EC2.',
  },
  {
    key: 'tmpfs',
    why: 'mounts tmpfs (linuxParameters.tmpfs), which Fargate does not support',
    fix: 'Remove "tmpfs" and use a volume without a host (task-scoped ephemeral storage) for scratch space.',
  },
  {
    key: 'maxSwap',
    why: 'sets linuxParameters.maxSwap, but Fargate hosts have no swap',
    fix: 'Remove "maxSwap" and size the task memory for the peak instead.',
  },
  {
    key: 'swappiness',
    why: 'sets linuxParameters.swappiness, but Fargate hosts have no swap',
    fix: 'Remove "swappiness".',
  },
];

const WINDOWS_FIELDS: readonly FieldCheck[] = [
  {
    key: 'linuxParameters',
    why: 'sets "linuxParameters", which Windows containers do not support',
    fix: 'Remove "linuxParameters" from this Windows container.',
  },
  {
    key: 'ulimits',
    why: 'sets "ulimits", which Windows containers do not support',
    fix: 'Remove "ulimits" from this Windows container.',
  },
  {
    key: 'user',
    why: 'sets "user", which Windows containers on Fargate do not support',
    fix: 'Remove "user"; choose the account in the image (USER in the Dockerfile) instead.',
  },
];

const ACCELERATORS = ['GPU', 'InferenceAccelerator', 'NeuronDevice'];

/** Container-level fields Fargate rejects: privileged mode, bridge-mode networking options, host-level Linux parameters. */
export default defineRule(
  {
    id: 'fargate/unsupported-container-field',
    severity: 'error',
    title: 'Container field not supported on Fargate',
    description:
      'A Fargate task runs on a host you never see, with awsvpc networking. Fields that reach into the host or belong to ' +
      'bridge networking are rejected when the task definition is registered: `privileged: true`, `links`, `hostname`, ' +
      '`extraHosts`, `dnsServers`, `dnsSearchDomains`, `disableNetworking: true`, `dockerSecurityOptions`, GPU/accelerator ' +
      '`resourceRequirements`, and the `linuxParameters` members `devices`, `sharedMemorySize`, `tmpfs`, `maxSwap` and ' +
      '`swappiness`. Windows containers additionally cannot use `linuxParameters`, `ulimits` or `user`. Remove the field ' +
      '(empty values, `false` and `null` are ignored by AWS and are fine), or run the workload on EC2.',
    source: DOCS.fargateTasks,
    category: 'fargate',
    target: 'taskDefinition',
    fargateOnly: true,
    concept: 'fargate-limits',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const check = (obj: JsonObject, checks: readonly FieldCheck[], label: string, prefix = '') => {
      for (const c of checks) {
        const prop = obj.prop(c.key);
        const value = prop?.valueNode;
        if (!prop || !value || isEmptyValue(value)) continue;
        if (c.offending && !c.offending(value)) continue;
        ctx.report(prop.keyNode, `${label} ${c.why}. ${c.fix}`, removableData(prefix + c.key));
      }
    };
    for (const container of task.containers) {
      const Label = sentenceLabel(containerLabel(container));
      check(container.obj, CONTAINER_FIELDS, Label);
      if (task.windows) check(container.obj, WINDOWS_FIELDS, Label);
      else if (container.linuxParameters) check(container.linuxParameters, LINUX_PARAMETERS, Label, 'linuxParameters.');

      for (const rr of container.obj.objects('resourceRequirements')) {
        const typeNode = rr.get('type');
        if (!typeNode || typeNode.type !== 'string' || isPlaceholderNode(typeNode)) continue;
        const type = typeNode.value as string;
        if (!ACCELERATORS.includes(type)) continue;
        ctx.report(
          rr.node,
          `${Label} asks for a ${type} resource, but Fargate has no GPUs, Inferentia/Neuron devices or Elastic Inference ` +
            'accelerators, so AWS rejects the task definition. Remove this requirement, or run the task on EC2 instances that have the hardware.',
          removableData('resourceRequirements', { element: true, value: type }),
        );
      }
    }
  },
);
