import { memberValue } from '../json';
import { containerListKnown } from '../model';
import { isPlaceholder } from '../values';
import { defineRule, keyPlace } from './rule';
import { truncate } from './support/numbers';

/** AWS: an EBS volume configured at launch needs a mount point in the task definition. */
const EBS_DOCS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specify-ebs-config.html';

/**
 * A volume configured at launch (managed EBS) that no container mounts. Observed rejection (cdk-preflight
 * pf-ecs-volume-not-referenced, a real RegisterTaskDefinition call whose failing template has only a
 * `ConfiguredAtLaunch` volume): "Volumes [name] are not referenced by any of the containers"; the AWS guide page
 * above asks for the mount point. Ordinary volumes that nothing mounts are not reported: nothing documents a
 * rejection for them, a bind-mount volume without mount points registered in hashicorp/terraform#2888 (its error
 * came from the service, not the registration), and a wrong error is worse than none.
 */
export default defineRule(
  {
    id: 'fargate/unmounted-volume',
    severity: 'error',
    title: 'Volume configured at launch that no container mounts',
    description:
      'A volume with `"configuredAtLaunch": true` is an Amazon EBS volume that ECS creates and attaches when the task starts ' +
      '(its size and type come from the service\'s or run-task\'s `volumeConfigurations`). ECS only accepts it when a ' +
      'container mounts it: a `mountPoints` entry whose `sourceVolume` is the volume\'s name. Without one it rejects the ' +
      'task definition ("Volumes [...] are not referenced by any of the containers"). Add a mount point to the container ' +
      'that uses the data, or remove the volume. Mount points written with template placeholders are taken as possibly ' +
      'referencing it. Other volumes (bind mounts, EFS, Docker volumes) that no container mounts are accepted by ECS and not reported.',
    source: EBS_DOCS,
    category: 'storage',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    // The containers (and every mount point) must be known; otherwise any of them may mount the volume.
    if (!containerListKnown(task)) return;
    const mounted = new Set<string>();
    for (const c of task.containers) {
      const mps = c.obj.get('mountPoints');
      if (!mps || mps.type === 'null') continue;
      if (mps.type !== 'array') return;
      for (const mp of mps.children ?? []) {
        if (mp.type !== 'object') return;
        const sv = memberValue(mp, 'sourceVolume');
        if (!sv || sv.type === 'null') continue;
        if (sv.type !== 'string' || isPlaceholder(sv.value)) return;
        mounted.add(sv.value as string);
      }
    }
    for (const v of task.volumes) {
      const cal = v.obj.prop('configuredAtLaunch');
      if (!cal?.valueNode || cal.valueNode.type !== 'boolean' || cal.valueNode.value !== true) continue;
      const nameNode = v.obj.get('name');
      if (!nameNode || nameNode.type !== 'string' || isPlaceholder(nameNode.value)) continue;
      const name = nameNode.value as string;
      if (mounted.has(name)) continue;
      ctx.report(
        keyPlace(v.obj.prop('name'), cal.keyNode),
        `Volume "${truncate(name)}" is configured at launch (an EBS volume ECS attaches when the task starts), but no container mounts it, ` +
          'so ECS rejects the task definition ("Volumes [...] are not referenced by any of the containers"). Add ' +
          `{"sourceVolume": "${truncate(name)}", "containerPath": "/data"} to the mountPoints of the container that uses it, or remove the volume.`,
        { volume: name },
      );
    }
  },
);
