import { defineRule, DOCS } from './rule';
import { efsWithoutTransitEncryption, reportEfs } from './efs-transit-encryption';

/** EFS access points and IAM authorization only work over TLS: ECS rejects them without transit encryption. */
export default defineRule(
  {
    id: 'fargate/efs-transit-encryption-required',
    severity: 'error',
    title: 'EFS access point or IAM authorization without transit encryption',
    description:
      'An EFS volume uses an access point (`authorizationConfig.accessPointId`) or IAM authorization ' +
      '(`authorizationConfig.iam: "ENABLED"`), which only work over an encrypted (TLS) mount. ECS refuses such a ' +
      'volume unless `transitEncryption` is `"ENABLED"`. Set it, or remove the access point / IAM setting.',
    source: DOCS.efs,
    category: 'security',
    target: 'taskDefinition',
  },
  (ctx) => {
    if (!ctx.task) return;
    for (const f of efsWithoutTransitEncryption(ctx.task)) {
      if (!f.required) continue;
      reportEfs(
        ctx,
        f,
        `EFS volume${f.name ? ` '${f.name}'` : ''} uses ${f.required}, which only works over an encrypted mount: ECS rejects ` +
          `it unless "transitEncryption" is "ENABLED". Set transitEncryption to ENABLED.`,
      );
    }
  },
);
