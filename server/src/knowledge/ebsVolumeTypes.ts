/**
 * Amazon EBS volume types as ECS managed volumes (`volumeConfigurations[].managedEBSVolume`) take them: which accept
 * provisioned IOPS and throughput. Sources (read December 2026): the ECS API model (ServiceManagedEBSVolumeConfiguration
 * `volumeType`, `iops`, `throughput`, `sizeInGiB`, `snapshotId`; ../shared/reference/aws-ecs-api-model.json) and the
 * EC2 CreateVolume reference, https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html, which the
 * ECS fields map to one to one. gp2 takes no `iops` (its baseline comes from its size); `throughput` is gp3 only.
 */

export interface EbsVolumeType {
  type: string;
  /** Human name for messages. */
  label: string;
  /** Takes `iops`. */
  iops: boolean;
  /** `iops` is required (io1, io2). */
  iopsRequired: boolean;
  /** Takes `throughput`. */
  throughput: boolean;
}

export const EBS_VOLUME_TYPES: readonly EbsVolumeType[] = [
  { type: 'gp3', label: 'General Purpose SSD gp3', iops: true, iopsRequired: false, throughput: true },
  { type: 'gp2', label: 'General Purpose SSD gp2', iops: false, iopsRequired: false, throughput: false },
  { type: 'io1', label: 'Provisioned IOPS SSD io1', iops: true, iopsRequired: true, throughput: false },
  { type: 'io2', label: 'Provisioned IOPS SSD io2', iops: true, iopsRequired: true, throughput: false },
  { type: 'st1', label: 'Throughput Optimized HDD st1', iops: false, iopsRequired: false, throughput: false },
  { type: 'sc1', label: 'Cold HDD sc1', iops: false, iopsRequired: false, throughput: false },
  { type: 'standard', label: 'Magnetic (standard)', iops: false, iopsRequired: false, throughput: false },
];

export function ebsVolumeType(type: string): EbsVolumeType | undefined {
  return EBS_VOLUME_TYPES.find((t) => t.type === type);
}
