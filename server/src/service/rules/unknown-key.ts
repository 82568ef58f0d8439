import { didYouMean, isReadOnlyTaskField, modelDescription, REFRESH_HINT, ROOT_SHAPES } from '../../knowledge/catalog';
import { isPlaceholder } from '../values';
import { defineRule, DOCS } from './rule';
import { shapeWithArticle, walkSchema } from './support/schemaWalk';

/** Keys that are clearly annotations rather than attempts at an ECS field. */
function isCommentKey(key: string): boolean {
  return key.startsWith('//') || key.startsWith('#') || key.startsWith('_') || /^x-/i.test(key) || /^comments?$/i.test(key);
}

/** Flags keys the ECS API does not know, with a did-you-mean suggestion. */
export default defineRule(
  {
    id: 'fargate/unknown-key',
    severity: 'warning',
    title: 'Unknown key',
    description:
      'Every object in a task definition is checked against the ECS API model (the same model the AWS CLI and SDKs ' +
      `are built from; the catalog follows ${modelDescription()}). A key the API does not know is rejected by \`aws ecs register-task-definition\` ` +
      '("Unknown parameter") and silently dropped or refused by other tools, so a typo such as `portMapping` or ' +
      '`memoryReservaton` never takes effect. The message suggests the closest real field.\n\n' +
      'Not checked: keys inside free-form maps (`dockerLabels`, `logConfiguration.options`, `firelensConfiguration.options`, ' +
      '`driverOpts`, `labels`), the read-only fields of `describe-task-definition` output (reported by ' +
      '`fargate/read-only-field`), the siblings of a `{"taskDefinition": {...}}` wrapper (such as `tags`), a top-level ' +
      '`$schema`, and keys that contain a template placeholder. Comment-style keys (`//`, `_comment`, `_…`, `x-…`) ' +
      'are still reported, because AWS rejects them too, but with a hint to use a JSONC comment instead. ' +
      'The severity comes from the `fargate.unknownKeySeverity` setting.',
    source: DOCS.registerApi,
    category: 'schema',
    target: 'taskDefinition',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    walkSchema(body, ROOT_SHAPES.taskDefinition, ({ prop, shape, field, atRoot }) => {
      if (field) return;
      const key = prop.key;
      if (atRoot && (isReadOnlyTaskField(key) || key === '$schema')) return;
      if (isPlaceholder(key)) return;
      const where = shapeWithArticle(shape);
      if (isCommentKey(key)) {
        ctx.report(
          prop.keyNode,
          `'${key}' is not a field of ${where}. It looks like a comment; AWS rejects unknown keys, so use a // comment ` +
            `(and strip comments before registering) or remove it.`,
          { key },
        );
        return;
      }
      const suggestion = didYouMean(shape, key);
      ctx.report(
        prop.keyNode,
        `Unknown key '${key}' in ${where}: it is not in ${modelDescription()}, and the AWS CLI and SDKs refuse ` +
          `parameters they do not know, so register-task-definition would fail. ` +
          (suggestion ? `Did you mean '${suggestion}'?` : REFRESH_HINT),
        { key, suggestion },
      );
    }, { skipPlainStrings: true });
  },
);
