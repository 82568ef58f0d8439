import { isPrivateEcrImage } from '../images';
import { containerLabel, defineRule, DOCS, keyPlace } from './rule';

export const EXECUTION_ROLE_PLACEHOLDER = 'arn:aws:iam::<ACCOUNT_ID>:role/ecsTaskExecutionRole';

/** Fargate features that need the task execution role, and a missing executionRoleArn. */
export default defineRule(
  {
    id: 'fargate/execution-role-required',
    severity: 'error',
    title: 'Task execution role required',
    description:
      'On Fargate, the platform itself pulls the image, ships the logs and fetches secrets before your code runs, and it ' +
      'does that with the task execution role (`executionRoleArn`), not with the task role. Registration fails without ' +
      'it when a container uses the `awslogs` log driver, pulls from a private Amazon ECR repository, reads `secrets` or ' +
      '`logConfiguration.secretOptions`, uses `repositoryCredentials` for a private registry, or loads `environmentFiles` ' +
      'from S3. Set `executionRoleArn` to a role that trusts `ecs-tasks.amazonaws.com` and has the ' +
      '`AmazonECSTaskExecutionRolePolicy` managed policy (plus read access to the secrets or files it must fetch).',
    source: DOCS.executionRole,
    category: 'iam',
    target: 'taskDefinition',
    fargateOnly: true,
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    const roleNode = task.obj.get('executionRoleArn');
    if (roleNode && roleNode.type === 'string' && (roleNode.value as string).trim() !== '') return;
    if (roleNode && roleNode.type !== 'string' && roleNode.type !== 'null') return; // wrong type: fargate/value-type says so.

    const reasons: string[] = [];
    const add = (what: string, who: string[]) => {
      if (who.length > 0) reasons.push(`${what} (${who.join(', ')})`);
    };
    const awslogs: string[] = [];
    const ecr: string[] = [];
    const secrets: string[] = [];
    const secretOptions: string[] = [];
    const repoCreds: string[] = [];
    const envFiles: string[] = [];
    for (const c of task.containers) {
      const label = containerLabel(c);
      if (c.logDriver === 'awslogs') awslogs.push(label);
      // A templated account id (`${ACCOUNT}.dkr.ecr...`) is still a private ECR pull.
      if (c.image && isPrivateEcrImage(c.image)) ecr.push(label);
      if ((c.obj.arr('secrets') ?? []).length > 0) secrets.push(label);
      if ((c.logConfiguration?.arr('secretOptions') ?? []).length > 0) secretOptions.push(label);
      if (c.obj.obj('repositoryCredentials')) repoCreds.push(label);
      if ((c.obj.arr('environmentFiles') ?? []).length > 0) envFiles.push(label);
    }
    add('the awslogs log driver', awslogs);
    add('images from a private Amazon ECR repository', ecr);
    add('secrets', secrets);
    add('log configuration secretOptions', secretOptions);
    add('repositoryCredentials for a private registry', repoCreds);
    add('environmentFiles from S3', envFiles);
    if (reasons.length === 0) return;

    const roleProp = task.obj.prop('executionRoleArn');
    const anchor = roleProp ?? task.obj.prop('family') ?? task.obj.props.values().next().value;
    const state = roleProp ? "'executionRoleArn' is empty" : "There is no 'executionRoleArn'";
    ctx.report(
      keyPlace(anchor, task.obj.node),
      `${state}, but Fargate needs a task execution role to set this task up: ${reasons.join('; ')}. ` +
        `Registration fails without it. Set executionRoleArn to a role with the AmazonECSTaskExecutionRolePolicy ` +
        `(for example ${EXECUTION_ROLE_PLACEHOLDER}).`,
      { placeholder: EXECUTION_ROLE_PLACEHOLDER, reasons: reasons.length, missing: !roleProp },
    );
  },
);
