import { isPlaceholder } from '../values';
import { defineRule, DOCS } from './rule';
import { truncate } from './support/numbers';

/** `family` (the task definition's name): 1–255 letters, digits, hyphens and underscores (ECS API model). */
export const FAMILY_MAX = 255;
const VALID = /^[A-Za-z0-9_-]+$/;

/** The family name most likely meant: without a `:revision` suffix, or with every other character run as a hyphen. */
export function familySuggestion(family: string): string | undefined {
  const revision = /^([A-Za-z0-9_-]+):\d+$/.exec(family);
  if (revision) return revision[1];
  const fixed = family.trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, FAMILY_MAX);
  return fixed !== '' && fixed !== family ? fixed : undefined;
}

/** `family` with characters ECS does not accept, or longer than 255. */
export default defineRule(
  {
    id: 'fargate/family-name',
    severity: 'error',
    title: 'family with characters other than letters, digits, - and _',
    description:
      'The `family` names the task definition; every registration adds a revision to it (`web:1`, `web:2`, ...). ECS accepts ' +
      `up to ${FAMILY_MAX} letters, digits, hyphens (-) and underscores (_), and rejects anything else: dots, spaces, slashes, ` +
      'or a `:revision` suffix, which ECS assigns itself. Rename the family (services and pipelines that refer to it must ' +
      'follow). Template placeholders such as `${FAMILY}` or `<FAMILY>` are not reported.',
    source: DOCS.registerApi,
    category: 'schema',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const node = task.obj.get('family');
    if (!node || node.type !== 'string') return; // absent or a wrong type (fargate/value-type)
    const family = node.value as string;
    if (family === '' || isPlaceholder(family)) return;
    const suggestion = familySuggestion(family);
    const data = suggestion ? { expected: suggestion } : undefined;
    if (!VALID.test(family)) {
      const bad = [...new Set([...family].filter((ch) => !/[A-Za-z0-9_-]/.test(ch)))];
      const shown = bad.map((ch) => (ch === ' ' ? 'space' : /\s/.test(ch) ? JSON.stringify(ch) : `"${ch}"`)).join(', ');
      const why = /^[A-Za-z0-9_-]+:\d+$/.test(family)
        ? ' The revision (":N") is not part of the family: ECS numbers revisions itself.'
        : '';
      ctx.report(
        node,
        `The family "${truncate(family, 60)}" contains ${bad.length === 1 ? 'a character' : 'characters'} ECS does not accept (${shown}); ` +
          `a family may only use letters, digits, hyphens and underscores, so the registration is rejected.${why}` +
          (suggestion ? ` Use "${truncate(suggestion, 60)}".` : ''),
        data,
      );
      return;
    }
    if (family.length > FAMILY_MAX) {
      ctx.report(
        node,
        `The family is ${family.length} characters long; ECS accepts at most ${FAMILY_MAX} and rejects the registration. Shorten it.`,
        { max: FAMILY_MAX, expected: family.slice(0, FAMILY_MAX) },
      );
    }
  },
);
