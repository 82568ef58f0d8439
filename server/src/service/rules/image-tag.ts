import { parseImageReference } from '../images';
import { isPlaceholder } from '../values';
import { containerLabel, defineRule, DOCS } from './rule';

/** The tag of an image reference: undefined for no tag, 'digest' when pinned by digest. */
export function imageTag(image: string): string | undefined | 'digest' {
  const ref = parseImageReference(image.trim());
  return ref.digest !== undefined ? 'digest' : ref.tag;
}

/**
 * Stand-in image names a pipeline replaces wholesale (`IMAGE`, `REPLACED_BY_CI`, `filled-in-by-gh-action`,
 * `your-app-image`): their tag says nothing about what will run.
 */
export function isStandInImage(image: string): boolean {
  const v = image.trim();
  if (/^[A-Z][A-Z0-9_]*$/.test(v)) return true;
  return /placeholder|replace|filled[-_ ]?in|\byour[-_]|changeme|change[-_]me/i.test(v) && !v.includes(':');
}

/** Images without a tag or tagged latest. */
export default defineRule(
  {
    id: 'fargate/image-tag',
    severity: 'warning',
    title: 'Image not pinned',
    description:
      'The image has no tag (Docker then pulls `latest`) or is tagged `latest`. Each task pulls the image when it starts, ' +
      'so tasks of the same revision can run different code, a rollback to an older revision does not roll back the ' +
      'image, and you cannot tell what is deployed. Use an immutable tag (a version or commit id) or pin by digest ' +
      '(`@sha256:...`). Placeholders filled in by a pipeline (`<IMAGE1_NAME>`, `${IMAGE}`) and stand-in names a pipeline replaces ' +
      'wholesale (`IMAGE`, `REPLACED_BY_CI`, `your-app-image`) are not reported.',
    source: DOCS.containerDefinitionApi,
    category: 'security',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    for (const c of task.containers) {
      const node = c.obj.get('image');
      if (!node || node.type !== 'string') continue;
      const image = node.value as string;
      if (image.trim() === '' || isPlaceholder(image) || isStandInImage(image)) continue;
      const tag = imageTag(image);
      if (tag === 'digest') continue;
      if (tag !== undefined && tag !== 'latest') continue;
      const what = tag === undefined ? 'has no tag, so it means :latest' : 'is tagged :latest';
      ctx.report(
        node,
        `The image of ${containerLabel(c)} ${what}: every task start may pull different code, and rolling back the task ` +
          `definition does not roll back the image. Use a version tag or a digest (@sha256:...).`,
        { container: c.name, containerIndex: c.index, tag: tag ?? null },
      );
    }
  },
);
