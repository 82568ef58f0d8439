import { isPlaceholder } from '../values';
import { defineRule, DOCS } from './rule';
import { isEmptyValue } from './support/fargate';

/**
 * An EFS access point fixes the directory it exposes, so the volume's own `rootDirectory` must be "/" or left
 * out (ECS API model: EFSAuthorizationConfig.accessPointId and EFSVolumeConfiguration.rootDirectory).
 */
export default defineRule(
  {
    id: 'fargate/efs-access-point-root-directory',
    severity: 'error',
    title: 'EFS access point with a rootDirectory other than "/"',
    description:
      'An EFS access point (`authorizationConfig.accessPointId`) already decides which directory of the file system the task ' +
      'sees: its own root directory is enforced by EFS. The volume\'s `rootDirectory` must then be left out or be `"/"`; any ' +
      'other path makes ECS reject the task definition ("When using an EFS access point, the root directory must either be ' +
      'set to "/" or be omitted"). Remove `rootDirectory` (or set it to `"/"`) and put the path into the access point\'s ' +
      'root directory instead.',
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
      // A templated access point is still an access point; only an absent or empty one is none.
      const ap = efs.obj('authorizationConfig')?.get('accessPointId');
      if (!ap || isEmptyValue(ap) || ap.type !== 'string') continue;
      const rootNode = efs.get('rootDirectory');
      if (!rootNode || rootNode.type !== 'string') continue; // absent, null or a wrong type (fargate/value-type)
      const root = rootNode.value as string;
      if (root === '' || root === '/' || isPlaceholder(root)) continue;
      const apText = ap.value as string;
      ctx.report(
        rootNode,
        `EFS volume${v.name ? ` '${v.name}'` : ''} mounts through access point ${isPlaceholder(apText) ? '(templated)' : `"${apText}"`}, which ` +
          `decides the directory the task sees, so rootDirectory must be "/" or left out; ECS rejects "${root}". ` +
          `Remove rootDirectory and set the path as the access point's root directory instead.`,
        { volume: v.name, field: 'rootDirectory', removable: true, expected: '/' },
      );
    }
  },
);
