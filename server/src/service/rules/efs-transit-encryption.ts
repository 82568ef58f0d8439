import type { JsonObject } from '../json';
import type { TaskDefinitionModel } from '../model';
import { isPlaceholder } from '../values';
import { defineRule, DOCS, keyPlace, type RuleContext } from './rule';

export interface EfsFinding {
  volume: JsonObject;
  efs: JsonObject;
  name?: string;
  /** accessPointId or iam: ENABLED is set, which AWS only accepts with transit encryption. */
  required: string | undefined;
}

/** EFS volumes whose transitEncryption is not ENABLED (placeholders are skipped). */
export function efsWithoutTransitEncryption(task: TaskDefinitionModel): EfsFinding[] {
  const out: EfsFinding[] = [];
  for (const v of task.volumes) {
    const efs = v.efs;
    if (!efs) continue;
    const te = efs.str('transitEncryption');
    if (te === 'ENABLED' || isPlaceholder(te)) continue;
    const auth = efs.obj('authorizationConfig');
    const ap = auth?.str('accessPointId');
    const iam = auth?.str('iam');
    let required: string | undefined;
    if (ap !== undefined && ap.trim() !== '') required = 'an access point (authorizationConfig.accessPointId)';
    else if (iam === 'ENABLED') required = 'IAM authorization (authorizationConfig.iam: ENABLED)';
    out.push({ volume: v.obj, efs, name: v.name, required });
  }
  return out;
}

export function reportEfs(ctx: RuleContext, f: EfsFinding, message: string): void {
  const prop = f.efs.prop('transitEncryption');
  ctx.report(keyPlace(prop, f.efs.node), message, { volume: f.name, field: 'transitEncryption', value: 'ENABLED' });
}

/** EFS volumes mounted without TLS (Security Hub ECS.18). */
export default defineRule(
  {
    id: 'fargate/efs-transit-encryption',
    severity: 'warning',
    title: 'EFS volume without transit encryption',
    description:
      'An EFS volume is mounted without `transitEncryption: "ENABLED"`, so file data travels between the task and the ' +
      'file system unencrypted. Security Hub control ECS.18 (and Checkov CKV_AWS_97) require it. Set ' +
      '`"transitEncryption": "ENABLED"` in `efsVolumeConfiguration`. When the volume uses an access point or IAM ' +
      'authorization, ECS rejects the definition outright; that case is reported by `fargate/efs-transit-encryption-required`.',
    source: DOCS.efs,
    category: 'security',
    target: 'taskDefinition',
  },
  (ctx) => {
    if (!ctx.task) return;
    for (const f of efsWithoutTransitEncryption(ctx.task)) {
      if (f.required) continue;
      reportEfs(
        ctx,
        f,
        `EFS volume${f.name ? ` '${f.name}'` : ''} is mounted without transit encryption, so file data crosses the network in ` +
          `clear text (Security Hub ECS.18). Set "transitEncryption": "ENABLED".`,
      );
    }
  },
);
