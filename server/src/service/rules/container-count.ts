import { defineRule, keyPlace } from './rule';
import { isPlaceholder } from '../values';

const MAX_CONTAINERS = 10;

/** A task definition holds between 1 and 10 containers (the 10 is a fixed quota). */
export default defineRule(
  {
    id: 'fargate/container-count',
    severity: 'error',
    title: 'Too many or no containers',
    description:
      `A task definition describes at least one container and at most ${MAX_CONTAINERS}. The upper bound is an ECS service ` +
      'quota that cannot be raised, so a longer `containerDefinitions` list is rejected at registration. Split the ' +
      'containers into several task definitions (services that talk over the network), or merge sidecars that do not ' +
      'need to be separate.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html',
    category: 'fargate',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    const node = task?.containerDefinitionsNode;
    if (!task || !node || node.type !== 'array') return;
    const items = node.children ?? [];
    const place = keyPlace(task.obj.prop('containerDefinitions'), node);
    if (items.length === 0) {
      ctx.report(
        place,
        `containerDefinitions is empty. A task definition exists to run containers, so ECS requires at least one. ` +
          `Add a container with a name and an image.`,
        { count: 0, min: 1 },
      );
      return;
    }
    // A templated list (e.g. "${SIDECARS}") may expand to several containers; count only what is visible.
    if (items.length > MAX_CONTAINERS && !items.some((n) => n.type === 'string' && isPlaceholder(n.value))) {
      ctx.report(
        place,
        `This task definition has ${items.length} containers; ECS allows at most ${MAX_CONTAINERS} per task definition, ` +
          `and that quota cannot be raised. Move some containers into another task definition (a separate service), or merge sidecars.`,
        { count: items.length, max: MAX_CONTAINERS },
      );
    }
  },
);
