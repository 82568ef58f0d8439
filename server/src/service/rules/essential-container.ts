import { containerListKnown } from '../model';
import { defineRule, DOCS, keyPlace } from './rule';

/** At least one container must be essential (`essential` defaults to true). */
export default defineRule(
  {
    id: 'fargate/essential-container',
    severity: 'error',
    title: 'No essential container',
    description:
      'A task lives as long as its essential containers: when an essential container stops, ECS stops the whole task. ' +
      'A task definition therefore needs at least one essential container, and ECS rejects one where every container ' +
      'says `"essential": false`. `essential` is true when omitted, so remove the `false` from the main container ' +
      '(usually the application, not a sidecar) or set it to `true`.',
    source: DOCS.containerDefinitionApi,
    category: 'fargate',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task || task.containers.length === 0) return;
    // Only decide when every container is visibly an object (a templated entry could be the essential one).
    const node = task.containerDefinitionsNode;
    if (!node || !containerListKnown(task)) return;
    if (task.containers.some((c) => c.essential)) return;
    const first = task.containers[0];
    ctx.report(
      keyPlace(task.obj.prop('containerDefinitions'), node),
      `Every container here has "essential": false. ECS needs at least one essential container (the task runs as long as ` +
        `its essential containers do), so it rejects this task definition. Set "essential": true on the main container.`,
      { containerIndex: first.index, containerName: first.name, field: 'essential', expected: true },
    );
  },
);
