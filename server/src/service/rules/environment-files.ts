import type { Node } from 'jsonc-parser';
import { JsonObject } from '../json';
import { isTemplated } from '../values';
import { containerLabel, defineRule, type RuleContext } from './rule';
import { isSet, sentenceLabel } from './support/fargate';
import { truncate } from './support/numbers';

/** A container takes at most this many environment files (ECS API model, ContainerDefinition.environmentFiles). */
export const MAX_ENVIRONMENT_FILES = 10;

/**
 * The ARN of an object in S3: `arn:<partition>:s3:::<bucket>/<key>` (no region or account). An object key may hold
 * any character S3 allows, spaces included, so only spaces around the whole ARN are refused.
 */
const S3_OBJECT_ARN = /^arn:aws(-[a-z]+)*:s3:::[^/\s]+\/(\S|\S.*\S)$/;

const ENV_FILES_DOCS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/use-environment-file.html';

/** What a mistyped S3 location most likely meant, as an object ARN; undefined when it cannot be told. */
export function s3ObjectArnFor(value: string): string | undefined {
  const url = /^s3:\/\/([^/\s]+)\/(\S+)$/.exec(value.trim());
  if (url) return `arn:aws:s3:::${url[1]}/${url[2]}`;
  return undefined;
}

/**
 * `environmentFiles` of each container: at most ten, each an S3 object ARN of type `s3`. A type other than `s3` is
 * an enum value `fargate/value-type` already reports; this rule reports a missing one.
 */
export default defineRule(
  {
    id: 'fargate/environment-files',
    severity: 'error',
    title: 'Invalid environmentFiles entry',
    description:
      '`environmentFiles` loads `VARIABLE=VALUE` lines from `.env` files in Amazon S3 into a container. ECS rejects the task ' +
      'definition when a container lists more than ten files ("The maximum number of environment files was exceeded"), when ' +
      'a `value` is not the ARN of an S3 object (`arn:aws:s3:::bucket/path/app.env`; an `s3://` URL or a bucket ARN without ' +
      'a key gives "Invalid arn syntax"), or when an entry has no `value` or no `type` (the only type is `"s3"`; other type ' +
      'values are reported by `fargate/value-type`). Merge files to stay within ten, write each location as an object ARN, ' +
      'and give every entry `"type": "s3"`. The task execution role needs `s3:GetObject` on the files.',
    source: ENV_FILES_DOCS,
    category: 'schema',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    for (const c of task.containers) {
      const list = c.obj.get('environmentFiles');
      if (!list || list.type !== 'array') continue; // absent, null, templated or a wrong type (fargate/value-type)
      const items = list.children ?? [];
      const label = containerLabel(c);
      if (items.length > MAX_ENVIRONMENT_FILES) {
        ctx.report(
          items[MAX_ENVIRONMENT_FILES],
          `${sentenceLabel(label)} lists ${items.length} environmentFiles; ECS accepts at most ${MAX_ENVIRONMENT_FILES} per container and rejects ` +
            `the task definition. Merge files (variables from all of them end up in one environment) to keep ${MAX_ENVIRONMENT_FILES} or fewer.`,
          { max: MAX_ENVIRONMENT_FILES, count: items.length },
        );
      }
      for (const item of items) {
        if (item.type !== 'object') continue; // fargate/value-type
        checkEntry(ctx, JsonObject.of(item), label);
      }
    }
  },
);

function checkEntry(ctx: RuleContext, entry: JsonObject, label: string): void {
  const valueNode: Node | undefined = entry.get('value');
  if (!isSet(valueNode)) {
    ctx.report(
      entry.prop('value')?.keyNode ?? entry.node,
      `This environmentFiles entry of ${label} has no value. ECS needs the ARN of the .env object in S3 ` +
        '("value": "arn:aws:s3:::bucket/path/app.env") and rejects the entry without it.',
      { missing: 'value' },
    );
  } else if (valueNode.type === 'string') {
    const value = valueNode.value as string;
    if (!isTemplated(value) && !S3_OBJECT_ARN.test(value)) {
      const expected = s3ObjectArnFor(value);
      const why = /^s3:\/\//i.test(value.trim())
        ? 'an s3:// URL, but ECS wants the object ARN'
        : /^arn:aws(-[a-z]+)*:s3:::[^/\s]+\/?$/.test(value.trim())
          ? 'the ARN of a bucket, but ECS needs the ARN of one object in it (bucket/key)'
          : value !== value.trim() && S3_OBJECT_ARN.test(value.trim())
            ? 'an ARN with surrounding spaces, which ECS does not trim'
            : 'not the ARN of an S3 object';
      ctx.report(
        valueNode,
        `The environment file "${truncate(value, 60)}" of ${label} is ${why}, so ECS rejects the task definition ("Invalid arn syntax"). ` +
          (expected ? `Write it as "${expected}".` : 'Write it as arn:aws:s3:::bucket/path/app.env.'),
        expected ? { expected } : value !== value.trim() && S3_OBJECT_ARN.test(value.trim()) ? { expected: value.trim() } : undefined,
      );
    }
  }
  // A value of another type (number, object, ...) is fargate/value-type's.
  const typeNode = entry.get('type');
  if (!typeNode || typeNode.type === 'null' || (typeNode.type === 'string' && (typeNode.value as string) === '')) {
    ctx.report(
      entry.prop('type')?.keyNode ?? entry.prop('value')?.keyNode ?? entry.node,
      `This environmentFiles entry of ${label} has no type. ECS requires it and only knows "s3" (the files live in Amazon S3): add "type": "s3".`,
      { missing: 'type', expected: 's3' },
    );
  }
}
