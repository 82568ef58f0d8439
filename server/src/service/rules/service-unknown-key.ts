import { didYouMean, modelDescription, REFRESH_HINT, ROOT_SHAPES } from '../../knowledge/catalog';
import { isPlaceholder } from '../values';
import { defineRule, DOCS } from './rule';
import { shapeWithArticle, walkSchema } from './support/schemaWalk';

/**
 * Fields of `describe-services` output (and of ecspresso's service definitions, which start from it) that
 * create-service does not take. Tools that read such files drop them, so they are not reported.
 */
const DESCRIBE_ONLY_FIELDS = new Set([
  'serviceArn', 'clusterArn', 'status', 'runningCount', 'pendingCount', 'platformFamily', 'taskSets', 'deployments',
  'roleArn', 'events', 'createdAt', 'createdBy', 'currentServiceDeployment', 'currentServiceRevisions',
  'resourceManagementType', 'latestFailureEvents',
]);

function isCommentKey(key: string): boolean {
  return key.startsWith('//') || key.startsWith('#') || key.startsWith('_') || /^x-/i.test(key) || /^comments?$/i.test(key);
}

/** Flags keys the CreateService / UpdateService API does not know, with a did-you-mean suggestion. */
export default defineRule(
  {
    id: 'fargate/service-unknown-key',
    severity: 'warning',
    title: 'Unknown key in a service definition',
    description:
      'Every object of a service definition is checked against the ECS API model for CreateService (UpdateService when ' +
      'the file uses `service` instead of `serviceName`). A key the API does not know is rejected by ' +
      '`aws ecs create-service --cli-input-json` ("Unknown parameter") or silently ignored by other tools, so a typo ' +
      'such as `loadBalancer` or `desiredcount` never takes effect. The message suggests the closest real field. ' +
      'Fields of `describe-services` output (`serviceArn`, `runningCount`, `platformFamily`, …), free-form maps and keys ' +
      'with template placeholders are not reported. The severity comes from the `fargate.unknownKeySeverity` setting.',
    source: DOCS.createServiceApi,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const root = body.has('service') && !body.has('serviceName') ? ROOT_SHAPES.updateService : ROOT_SHAPES.service;
    walkSchema(body, root, ({ prop, shape, field, atRoot }) => {
      if (field) return;
      const key = prop.key;
      if (atRoot && (DESCRIBE_ONLY_FIELDS.has(key) || key === '$schema')) return;
      if (isPlaceholder(key)) return;
      const where = shape === root ? 'the service definition' : shapeWithArticle(shape);
      if (isCommentKey(key)) {
        ctx.report(
          prop.keyNode,
          `'${key}' is not a field of ${where}. It looks like a comment; AWS rejects unknown keys, so use a // comment or remove it.`,
          { key },
        );
        return;
      }
      const suggestion = didYouMean(shape, key);
      ctx.report(
        prop.keyNode,
        `Unknown key '${key}' in ${where}: it is not in ${modelDescription()}, and the AWS CLI and SDKs refuse ` +
          `parameters they do not know, so create-service would fail. ` +
          (suggestion ? `Did you mean '${suggestion}'?` : REFRESH_HINT),
        { key, suggestion },
      );
    });
  },
);
