import { defineRule, DOCS } from './rule';
import { truncate } from './support/numbers';
import { isTemplated } from './support/service';

/** Service names: 1–255 letters, digits, hyphens and underscores (CreateService `serviceName`). */
export const SERVICE_NAME = /^[A-Za-z0-9_-]{1,255}$/;
export const SERVICE_NAME_MAX = 255;

/** `serviceName` uses only the characters AWS allows. */
export default defineRule(
  {
    id: 'fargate/service-name',
    severity: 'error',
    title: 'Invalid service name',
    description:
      'A service name is up to 255 letters (upper and lower case), digits, hyphens (`-`) and underscores (`_`); it must ' +
      'be unique in its cluster. CreateService rejects any other character, such as a dot, a space or a slash (a name ' +
      'is not a path or an ARN). Names with template placeholders (`${ENV}-web`, `{{ must_env "NAME" }}`) are checked ' +
      'once they are filled in, not here.',
    source: DOCS.createServiceApi,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const node = ctx.doc.body?.get('serviceName');
    if (!node || node.type !== 'string') return;
    const name = node.value as string;
    if (isTemplated(name) || SERVICE_NAME.test(name)) return;
    if (name.length === 0) {
      ctx.report(node, `"serviceName" is empty. AWS needs a name of 1 to ${SERVICE_NAME_MAX} letters, digits, hyphens and underscores.`);
      return;
    }
    if (name.length > SERVICE_NAME_MAX && /^[A-Za-z0-9_-]+$/.test(name)) {
      ctx.report(node, `"serviceName" is ${name.length} characters long; AWS accepts at most ${SERVICE_NAME_MAX}. Shorten it.`);
      return;
    }
    const bad = [...new Set(name.replace(/[A-Za-z0-9_-]/g, ''))];
    const shown = bad.map((c) => (c === ' ' ? 'a space' : `'${c}'`)).join(', ');
    const fixed = name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, SERVICE_NAME_MAX);
    ctx.report(
      node,
      `"serviceName" "${truncate(name)}" contains ${shown}; AWS accepts only letters, digits, hyphens and underscores in a service name ` +
        `(up to ${SERVICE_NAME_MAX}) and rejects the service.${fixed ? ` Use, for example, "${fixed}".` : ''}`,
      fixed ? { suggestion: fixed } : undefined,
    );
  },
);
