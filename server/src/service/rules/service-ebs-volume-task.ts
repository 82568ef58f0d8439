import { defineRule } from './rule';
import { booleanOf as configuredAtLaunch, sentenceLabel } from './support/fargate';
import { serviceTask } from './support/related';
import { isTemplated } from './support/service';
import { EBS_DOC } from './service-ebs-volume';

/** Each service volume configuration names a task definition volume that is configured at launch. */
export default defineRule(
  {
    id: 'fargate/service-ebs-volume-task',
    severity: 'error',
    title: 'Service volume not configured at launch in the task definition',
    description:
      'A service attaches a managed EBS volume to a volume of its task definition: `volumeConfigurations[].name` must be ' +
      'the `name` of a task definition volume with `configuredAtLaunch: true`, the marker that leaves the volume\'s ' +
      'settings to the service (or RunTask). ECS rejects the service when no volume has that name or when the volume ' +
      'is not configured at launch. This rule reads the task definition of the same folder (matched by family when the ' +
      'service names one; by family also in `fargate.relatedFolders`) and stays silent on placeholder names.',
    source: EBS_DOC,
    category: 'cross-file',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body || !ctx.related) return;
    const configs = body.objects('volumeConfigurations');
    if (configs.length === 0) return;
    const rt = serviceTask(ctx.related, body);
    if (!rt) return;
    const vols = rt.task.obj.get('volumes');
    if (vols && vols.type !== 'array' && vols.type !== 'null') return;
    // A volume with a templated or unreadable name may be the one.
    if (rt.task.volumes.some((v) => v.name === undefined || isTemplated(v.name))) return;
    const atLaunch = rt.task.volumes.filter((v) => configuredAtLaunch(v.obj.get('configuredAtLaunch')) !== false).map((v) => v.name as string);
    const family = rt.task.family ? `task definition '${rt.task.family}'` : 'the task definition';
    for (const vc of configs) {
      const node = vc.get('name');
      if (!node || node.type !== 'string') continue;
      const name = node.value as string;
      if (name.trim() === '' || isTemplated(name)) continue;
      const vol = rt.task.volumes.find((v) => v.name === name);
      if (!vol) {
        ctx.report(
          node,
          `${sentenceLabel(family)} in ${rt.file} has no volume named '${name}'` +
            (atLaunch.length ? ` (its volumes configured at launch: ${atLaunch.map((n) => `'${n}'`).join(', ')})` : '') +
            `. ECS attaches a managed EBS volume to the task definition volume of that name, and rejects the service without one. ` +
            `Use the volume's name, or add {"name": "${name}", "configuredAtLaunch": true} to volumes in ${rt.file}.`,
          { expectedOneOf: atLaunch, suggestion: atLaunch.length === 1 ? atLaunch[0] : undefined, taskDefinitionUri: rt.uri },
        );
      } else if (configuredAtLaunch(vol.obj.get('configuredAtLaunch')) === false) {
        ctx.report(
          node,
          `The volume '${name}' of ${family} in ${rt.file} is not marked "configuredAtLaunch": true, so its settings are fixed in the task definition and ` +
            `AWS rejects a managed EBS volume for it. Set "configuredAtLaunch": true on that volume in ${rt.file}.`,
          { taskDefinitionUri: rt.uri },
        );
      }
    }
  },
);
