import { EBS_VOLUME_TYPES, ebsVolumeType } from '../../knowledge/ebsVolumeTypes';
import { defineRule } from './rule';
import { isSet as given, orList, removableData, sentenceLabel } from './support/fargate';
import { isTemplated } from './support/service';

export const EBS_DOC = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html';

/** The settings of a service's managed EBS volumes that CreateVolume rejects. */
export default defineRule(
  {
    id: 'fargate/service-ebs-volume',
    severity: 'error',
    title: 'Managed EBS volume settings',
    description:
      'For each `volumeConfigurations[].managedEBSVolume` ECS creates one EBS volume per task, passing the settings on ' +
      'to EC2 CreateVolume, which rejects: `iops` on a type without provisioned IOPS (only `gp3`, `io1` and `io2` take it; ' +
      '`gp2` gets its IOPS from its size, and `st1`, `sc1` and `standard` have none to set); `io1` or `io2` without ' +
      '`iops`, which they require; `throughput` on any type but `gp3`; and a volume with neither `sizeInGiB` nor ' +
      '`snapshotId`, since one of them decides the size. Tasks of the service then fail to start. Type checks run only ' +
      'when `volumeType` is written.',
    source: EBS_DOC,
    category: 'storage',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    for (const vc of body.objects('volumeConfigurations')) {
      const prop = vc.prop('managedEBSVolume');
      const ebs = vc.obj('managedEBSVolume');
      if (!prop || !ebs) continue;
      const name = vc.str('name');
      const which = name && !isTemplated(name) ? `the managed EBS volume '${name}'` : 'this managed EBS volume';

      if (!given(ebs.get('sizeInGiB')) && !given(ebs.get('snapshotId'))) {
        ctx.report(
          prop.keyNode,
          `${sentenceLabel(which)} has neither "sizeInGiB" nor "snapshotId", so ECS cannot tell how large to create it and AWS rejects the volume. ` +
            `Add "sizeInGiB" (for example 20), or "snapshotId" to restore a snapshot (its size is used).`,
          { missing: 'sizeInGiB' },
        );
      }

      const typeNode = ebs.get('volumeType');
      if (!typeNode || typeNode.type !== 'string' || isTemplated(typeNode.value)) continue;
      const type = ebsVolumeType(typeNode.value as string);
      // An unknown type is the schema's business (value-type); nothing more can be said about its fields.
      if (!type) continue;
      const iops = ebs.prop('iops');
      const withIops = EBS_VOLUME_TYPES.filter((t) => t.iops).map((t) => t.type);
      if (iops && given(iops.valueNode) && !type.iops) {
        ctx.report(
          iops.keyNode,
          `${type.label} volumes have no provisioned IOPS${type.type === 'gp2' ? ' (gp2 derives its IOPS from the volume size)' : ''}, so AWS rejects "iops" for ${which}. ` +
            `Remove iops, or use volumeType ${orList(withIops.map((t) => `"${t}"`))} to provision IOPS.`,
          removableData('iops'),
        );
      } else if (type.iopsRequired && !(iops && given(iops.valueNode))) {
        ctx.report(
          typeNode,
          `${type.label} volumes are provisioned by their IOPS, so AWS requires "iops" for ${which}. Add "iops" (${type.type === 'io1' ? '100 to 64,000' : '100 to 256,000'}), or use "gp3".`,
          { missing: 'iops' },
        );
      }
      const tp = ebs.prop('throughput');
      if (tp && given(tp.valueNode) && !type.throughput) {
        ctx.report(
          tp.keyNode,
          `Only gp3 volumes take a provisioned "throughput", and ${which} is ${type.type}; AWS rejects the volume. Remove throughput, or use volumeType "gp3".`,
          removableData('throughput'),
        );
      }
    }
  },
);
