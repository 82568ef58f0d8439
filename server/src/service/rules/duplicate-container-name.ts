import { truncate } from './support/numbers';
import { containerLabel, defineRule, DOCS } from './rule';
import type { ContainerModel } from '../model';
import { isPlaceholder } from '../values';

const NAME_RE = /^[A-Za-z0-9_-]+$/;
const MAX_NAME = 255;

/** Container names: present, well-formed and unique within the task; every container also needs an image. */
export default defineRule(
  {
    id: 'fargate/duplicate-container-name',
    severity: 'error',
    title: 'Missing, invalid or duplicate container name or image',
    description:
      'ECS identifies a container inside a task by its `name`: `dependsOn`, `volumesFrom`, `links`, load balancers and ' +
      'Service Connect all refer to it. So every container needs a name of up to 255 letters, digits, hyphens and ' +
      'underscores, unique within the task definition, and every container needs an `image` to run. Although the API ' +
      'model does not mark them as required, ECS rejects a container definition without them.',
    source: DOCS.containerDefinitionApi,
    category: 'fargate',
    target: 'taskDefinition',
  },
  (ctx) => {
    const seen = new Map<string, ContainerModel>();
    for (const c of ctx.task?.containers ?? []) {
      const start = { offset: c.obj.node.offset, length: 1 };
      const label = containerLabel(c);
      const nameNode = c.obj.get('name');
      if (!nameNode || nameNode.type === 'null' || (nameNode.type === 'string' && (nameNode.value as string).trim() === '')) {
        ctx.report(
          nameNode && nameNode.type === 'string' ? nameNode : start,
          `Container #${c.index + 1} has no name. ECS needs a name for every container (other settings and the console refer ` +
            `to containers by name) and rejects the task definition without one. Add "name" with letters, digits, - or _.`,
          { containerIndex: c.index, missing: 'name' },
        );
      } else if (nameNode.type === 'string') {
        const name = nameNode.value as string;
        if (!isPlaceholder(name)) {
          if (name.length > MAX_NAME) {
            ctx.report(nameNode, `This container name is ${name.length} characters long; ECS allows at most ${MAX_NAME}. Shorten it.`, {
              containerIndex: c.index,
              max: MAX_NAME,
            });
          } else if (!NAME_RE.test(name)) {
            const suggestion = name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, MAX_NAME);
            ctx.report(
              nameNode,
              `The container name "${truncate(name)}" contains characters ECS does not allow: only letters, digits, hyphens and ` +
                `underscores are accepted, because the name is also used for the Docker container.` +
                (suggestion ? ` Use e.g. "${suggestion}".` : ''),
              { containerIndex: c.index, suggestion: suggestion || undefined },
            );
          }
        }
        const first = seen.get(name);
        if (first) {
          ctx.report(
            nameNode,
            `Another container is already named "${truncate(name)}" (${containerLabel({ index: first.index })}). Names must be unique ` +
              `within a task definition, because dependencies, volumes and load balancers point at containers by name. Rename one of them.`,
            { containerIndex: c.index, name, firstIndex: first.index },
          );
        } else seen.set(name, c);
      }

      // An empty "image" is left for CI to fill in (e.g. amazon-ecs-render-task-definition), so only a missing one is reported.
      const imageNode = c.obj.get('image');
      if (!imageNode || imageNode.type === 'null') {
        ctx.report(
          c.obj.prop('name')?.keyNode ?? start,
          `${label[0].toUpperCase()}${label.slice(1)} has no image. ECS has to know which image to pull and start, so it rejects a ` +
            `container without one. Add "image", e.g. an ECR URI such as "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0".`,
          { containerIndex: c.index, missing: 'image' },
        );
      }
    }
  },
);
