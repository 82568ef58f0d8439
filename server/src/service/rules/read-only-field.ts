import { isReadOnlyTaskField } from '../../knowledge/catalog';
import { JsonObject } from '../json';
import { defineRule, DOCS } from './rule';
import { allProperties } from './support/schemaWalk';

/** Fields of describe-task-definition output that register-task-definition refuses, and a describe-style wrapper. */
export default defineRule(
  {
    id: 'fargate/read-only-field',
    severity: 'error',
    title: 'Read-only field from describe-task-definition',
    description:
      'Files copied from `aws ecs describe-task-definition` carry fields that ECS sets itself: `taskDefinitionArn`, ' +
      '`revision`, `status`, `requiresAttributes`, `compatibilities`, `registeredAt`, `registeredBy`, `deregisteredAt` and ' +
      '`deleteRequestedAt`. `register-task-definition` does not accept them (the CLI stops with "Unknown parameter"), so ' +
      'each one is reported and can be removed with a quick fix. When the whole definition sits inside a ' +
      '`{"taskDefinition": {...}}` wrapper, as describe output does, the wrapper key is reported once: register expects ' +
      'the inner object (next to it, describe output may hold `tags`; move them into the inner object if you want them registered).',
    source: DOCS.registerApi,
    category: 'schema',
    target: 'taskDefinition',
  },
  (ctx) => {
    const { doc } = ctx;
    const body = doc.body;
    if (!body) return;
    if (doc.wrapperKey && doc.root && doc.root.type === 'object') {
      const wrapper = new JsonObject(doc.root).prop(doc.wrapperKey);
      if (wrapper) {
        ctx.report(
          wrapper.keyNode,
          `The task definition is wrapped in '${doc.wrapperKey}', as describe-task-definition prints it. register-task-definition ` +
            `expects the inner object itself: unwrap it (and drop the read-only fields) before registering.`,
          { unwrap: true, wrapperKey: doc.wrapperKey },
        );
      }
    }
    for (const prop of allProperties(body)) {
      if (!isReadOnlyTaskField(prop.key)) continue;
      ctx.report(
        prop.keyNode,
        `'${prop.key}' is set by ECS when a revision is registered and only appears in describe output; ` +
          `register-task-definition rejects it. Remove it.`,
        { field: prop.key, removable: true },
      );
    }
  },
);
