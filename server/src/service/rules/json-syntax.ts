import { defineRule, DOCS } from './rule';

/** Syntax errors in a recognised ECS document. Comments and trailing commas are read as JSONC (see strict-json). */
export default defineRule(
  {
    id: 'fargate/json-syntax',
    severity: 'error',
    title: 'Invalid JSON',
    description:
      'The document is not valid JSON, so `aws ecs register-task-definition --cli-input-json` (and every other tool) ' +
      'would refuse it. Comments and trailing commas are read as in JSONC (in `.json` files `fargate/strict-json` reports them). While the syntax is broken ' +
      'only the syntax errors are shown, so one missing comma does not bury you in follow-up errors.',
    source: DOCS.registerApi,
    category: 'syntax',
    target: 'document',
  },
  (ctx) => {
    const MAX = 20;
    for (const e of ctx.doc.syntaxErrors.slice(0, MAX)) {
      ctx.report({ offset: e.offset, length: Math.max(1, e.length) }, `${e.message}. Fix the ${ctx.doc.format === 'yaml' ? 'YAML' : 'JSON'} syntax: AWS cannot read this file until it parses.`);
    }
    const more = ctx.doc.syntaxErrors.length - MAX;
    if (more > 0) {
      const last = ctx.doc.syntaxErrors[MAX];
      ctx.report({ offset: last.offset, length: 1 }, `…and ${more} more syntax errors after this point.`);
    }
  },
);
