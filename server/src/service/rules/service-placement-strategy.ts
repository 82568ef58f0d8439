import { defineRule } from './rule';
import { isEmptyValue, removableData } from './support/fargate';
import { serviceInfo, isTemplated } from './support/service';

/** At most this many placement strategy rules per service (CreateService `placementStrategy`). */
export const MAX_PLACEMENT_STRATEGIES = 5;
/** The only resources `binpack` packs on. */
const BINPACK_FIELDS = ['cpu', 'memory'];

/** The entries of an EC2 service's `placementStrategy`: how many, and the field each type takes. */
export default defineRule(
  {
    id: 'fargate/service-placement-strategy',
    severity: 'error',
    title: 'Placement strategy entries',
    description:
      'On EC2, `placementStrategy` lists up to 5 rules ECS applies in order to pick a container instance for each task. ' +
      '`binpack` fills the instance with the least remaining `cpu` or `memory` first, so its `field` must be one of those two; ' +
      '`spread` takes `instanceId` (or `host`) or an instance attribute such as `attribute:ecs.availability-zone`; ' +
      '`random` picks any candidate and takes no `field`. CreateService rejects more than 5 rules, a binpack on anything ' +
      'else and a random with a field. (On Fargate, placement strategies are rejected altogether: see `fargate/service-placement`.)',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html',
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    // Fargate services get one finding for the whole list from fargate/service-placement.
    if (serviceInfo(body).fargate) return;
    const list = body.get('placementStrategy');
    if (!list || list.type !== 'array') return;
    const entries = list.children ?? [];
    if (entries.length > MAX_PLACEMENT_STRATEGIES) {
      ctx.report(
        body.prop('placementStrategy')!.keyNode,
        `"placementStrategy" lists ${entries.length} rules; AWS accepts at most ${MAX_PLACEMENT_STRATEGIES} per service ("Maximum number of strategies is 5"). ` +
          `Keep the ones that matter most (ECS applies them in order) and remove the rest.`,
        { max: MAX_PLACEMENT_STRATEGIES },
      );
    }
    for (const s of body.objects('placementStrategy')) {
      const type = s.str('type');
      const fieldProp = s.prop('field');
      const field = fieldProp?.valueNode;
      if (type === 'binpack' && field && field.type === 'string' && !isTemplated(field.value)) {
        const v = field.value as string;
        // An empty field counts as not set (CLI skeletons).
        if (v.trim() !== '' && !BINPACK_FIELDS.includes(v)) {
          const lower = v.toLowerCase();
          ctx.report(
            field,
            `"binpack" packs tasks onto the instance with the least remaining cpu or memory, so its "field" must be "cpu" or "memory", not "${v}". ` +
              `To spread over instances or zones, use a "spread" strategy for that field instead.`,
            BINPACK_FIELDS.includes(lower) ? { expected: lower } : { validValues: BINPACK_FIELDS },
          );
        }
      } else if (type === 'random' && fieldProp && !isEmptyValue(field)) {
        ctx.report(
          fieldProp.keyNode,
          `A "random" strategy picks any instance that fits and has no field to apply to; AWS rejects a "field" on it. Remove the field ` +
            `(or use "spread" or "binpack" if you meant to place by it).`,
          removableData('field'),
        );
      }
    }
  },
);
