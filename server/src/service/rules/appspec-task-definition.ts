import { closestName } from '../../knowledge/catalog';
import { defineRule, DOCS } from './rule';
import { appSpecTarget, ARN, isTemplated } from './support/service';

/** `TaskDefinition` is a task-definition ARN or the `<TASK_DEFINITION>` placeholder. */
export default defineRule(
  {
    id: 'fargate/appspec-task-definition',
    severity: 'warning',
    title: 'AppSpec task definition reference',
    description:
      'CodeDeploy deploys the task definition named by `Properties.TaskDefinition`, and it only understands a full ' +
      'task-definition ARN with a revision (`arn:aws:ecs:region:account:task-definition/family:3`). With CodePipeline ' +
      'leave the placeholder `<TASK_DEFINITION>`: the CodeDeployToECS action registers your taskdef.json and puts the ' +
      'new ARN there. A file name such as `taskdef.json`, a bare family name or a made-up token is not resolved by ' +
      'CodeDeploy and the deployment fails, unless your own tooling rewrites the value first (the ' +
      '`amazon-ecs-deploy-task-definition` GitHub Action does).',
    source: DOCS.appspec,
    category: 'appspec',
    target: 'appspec',
  },
  (ctx) => {
    const props = appSpecTarget(ctx.doc.body)?.properties;
    const node = props?.get('TaskDefinition');
    if (!node || node.type === 'null') return;
    if (node.type !== 'string') {
      ctx.report(node, 'TaskDefinition must be a task-definition ARN string or "<TASK_DEFINITION>".', { expected: '<TASK_DEFINITION>' });
      return;
    }
    const v = (node.value as string).trim();
    if (v === '<TASK_DEFINITION>' || ARN.taskDefinition.test(v)) return;
    if (/^<[^>]*>$/.test(v)) {
      // Other placeholders are filled by the user's own tooling; only near-misses of <TASK_DEFINITION> are reported.
      const letters = v.replace(/[^A-Za-z]/g, '').toUpperCase();
      if (letters === 'TASKDEFINITION' || !closestName(letters, ['TASKDEFINITION'], { maxDistance: () => 2 })) return;
      ctx.report(
        node,
        `"${v}" looks like a misspelt "<TASK_DEFINITION>", the only placeholder CodePipeline's CodeDeployToECS action fills in; this one stays as it is and CodeDeploy cannot resolve it. ` +
          `Write "<TASK_DEFINITION>".`,
        { expected: '<TASK_DEFINITION>' },
      );
      return;
    }
    if (isTemplated(v) && !/^[A-Z][A-Z0-9_]*$/.test(v)) return;
    if (/\.(json|ya?ml|jsonnet)$/i.test(v)) {
      ctx.report(
        node,
        `"${v}" is a file name; CodeDeploy does not read files, it needs the ARN of a registered task definition. With CodePipeline write "<TASK_DEFINITION>": ` +
          `the CodeDeployToECS action registers your task definition file and substitutes the new ARN there.`,
        { expected: '<TASK_DEFINITION>' },
      );
      return;
    }
    if (/^arn:/.test(v)) {
      if (/:task-definition\/[A-Za-z0-9_-]+$/.test(v)) {
        ctx.report(node, `This task definition ARN has no revision; CodeDeploy needs one, as in "${v}:1".`, { expected: `${v}:1` });
      } else if (/:\*$/.test(v)) {
        ctx.report(node, 'CodeDeploy cannot deploy "any revision" (:*); name one revision (":3") or use "<TASK_DEFINITION>" with CodePipeline.', { expected: '<TASK_DEFINITION>' });
      } else {
        const account = /^arn:[^:]*:ecs:[^:]*:([^:]*):/.exec(v)?.[1];
        const why = account !== undefined && !/^\d{12}$/.test(account) ? ` (the account ID "${account}" is not 12 digits)` : '';
        ctx.report(
          node,
          `This is not a valid ECS task definition ARN${why}; the form is arn:aws:ecs:<region>:<12-digit account>:task-definition/<family>:<revision>.`,
          { expected: '<TASK_DEFINITION>' },
        );
      }
      return;
    }
    ctx.report(
      node,
      `"${v}" is neither a task definition ARN nor the "<TASK_DEFINITION>" placeholder. CodeDeploy only accepts a full ARN ` +
        `(arn:aws:ecs:region:account:task-definition/family:revision); with CodePipeline write "<TASK_DEFINITION>". ` +
        `Ignore this if a script of yours replaces the value before deploying.`,
      { expected: '<TASK_DEFINITION>' },
    );
  },
);
