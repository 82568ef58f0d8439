import { isTemplated } from '../values';
import { defineRule, DOCS } from './rule';
import { isSet } from './support/fargate';

/** `transitEncryptionPort` only means something on a TLS mount: ECS rejects it when transit encryption is off. */
export default defineRule(
  {
    id: 'fargate/efs-transit-encryption-port',
    severity: 'error',
    title: 'EFS transitEncryptionPort without transit encryption',
    description:
      '`transitEncryptionPort` picks the local port the EFS mount helper uses for the TLS tunnel to the file system. ' +
      'Without `"transitEncryption": "ENABLED"` (it defaults to `DISABLED`) there is no tunnel, and ECS rejects the task ' +
      'definition ("TransitEncryptionPort requires that TransitEncryption is enabled"). Enable transit encryption, which ' +
      'Security Hub ECS.18 asks for anyway, or remove `transitEncryptionPort`.',
    source: DOCS.efs,
    category: 'storage',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    for (const v of task.volumes) {
      const efs = v.efs;
      if (!efs) continue;
      const portProp = efs.prop('transitEncryptionPort');
      const port = portProp?.valueNode;
      if (!portProp || !isSet(port)) continue;
      const teNode = efs.get('transitEncryption');
      if (teNode && teNode.type !== 'null' && teNode.type !== 'string') continue; // wrong type: fargate/value-type
      const te = teNode?.type === 'string' ? (teNode.value as string) : undefined;
      if (te === 'ENABLED' || isTemplated(te)) continue;
      const state = te === undefined || te === '' ? 'is not set (so it is DISABLED)' : `is "${te}"`;
      ctx.report(
        portProp.keyNode,
        `EFS volume${v.name ? ` '${v.name}'` : ''} sets transitEncryptionPort, but transitEncryption ${state}: the port is for the TLS tunnel ` +
          `to EFS, and ECS rejects a port without one. Set "transitEncryption": "ENABLED", or remove transitEncryptionPort.`,
        { volume: v.name, field: 'transitEncryptionPort', removable: true },
      );
    }
  },
);
