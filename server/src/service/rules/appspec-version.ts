import { defineRule, DOCS, keyPlace } from './rule';

/** The appspec `version` must be 0.0. */
export default defineRule(
  {
    id: 'fargate/appspec-version',
    severity: 'error',
    title: 'AppSpec version',
    description:
      'Every CodeDeploy AppSpec file starts with `version: 0.0`; it is the only version CodeDeploy knows, and a missing or ' +
      'different value makes the deployment fail before it starts. In YAML write it unquoted (`version: 0.0`); in JSON ' +
      '`"version": 0.0`.',
    source: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-version.html',
    category: 'appspec',
    target: 'appspec',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const prop = body.prop('version');
    if (!prop) {
      const first = body.props.values().next().value;
      ctx.report(
        keyPlace(first, body.node),
        'This AppSpec file has no "version". CodeDeploy requires version 0.0 (the only version there is): add it as the first line.',
        { missing: 'version', expected: 0 },
      );
      return;
    }
    const v = prop.valueNode;
    if (!v) return;
    const raw = ctx.doc.text.slice(v.offset, v.offset + v.length).trim();
    const ok = (v.type === 'number' && v.value === 0) || (v.type === 'string' && /^0(\.0)?$/.test((v.value as string).trim()));
    if (ok) return;
    ctx.report(
      v,
      `The AppSpec version must be 0.0, not ${raw || 'empty'}. It is the file-format version CodeDeploy understands, not your application's version.`,
      { expected: 0 },
    );
  },
);
