import type { Node } from 'jsonc-parser';
import { isPrivateEcrImage } from '../images';
import { allows, rolePermissions } from './support/iam';
import { containerLabel, defineRule, DOCS } from './rule';

/** The secret ARN of a `valueFrom` (without a JSON key / version suffix); undefined when it is no literal ARN. */
function secretResource(valueFrom: string): { action: string; resource?: string } | undefined {
  if (/^arn:[^:]+:secretsmanager:/.test(valueFrom)) return { action: 'secretsmanager:GetSecretValue', resource: valueFrom.split(':').slice(0, 7).join(':') };
  if (/^arn:[^:]+:ssm:/.test(valueFrom)) return { action: 'ssm:GetParameters', resource: valueFrom };
  if (/^arn:/.test(valueFrom)) return undefined;
  // A bare parameter name: an SSM parameter of the task's own account and region.
  return { action: 'ssm:GetParameters' };
}

/**
 * Template-wide: the task execution role is a role of the same template, and its policies (all visible in the
 * template) do not let ECS pull the image from ECR, write the awslogs stream, or read the secrets.
 */
export default defineRule(
  {
    id: 'fargate/template-execution-role',
    severity: 'warning',
    title: 'Execution role of the template lacks permissions',
    description:
      'When `ExecutionRoleArn` points at an `AWS::IAM::Role` of the same CloudFormation template, every policy of that ' +
      'role is in the template: its `ManagedPolicyArns`, its inline `Policies`, and the `AWS::IAM::Policy` / ' +
      '`AWS::IAM::ManagedPolicy` resources that attach to it (CDK writes them that way). Before your code runs, ECS ' +
      'uses this role to pull images from Amazon ECR (`ecr:GetAuthorizationToken`, `ecr:BatchGetImage`, ' +
      '`ecr:GetDownloadUrlForLayer`), to write the awslogs stream (`logs:CreateLogStream`, `logs:PutLogEvents`) and to ' +
      'read `secrets` (`secretsmanager:GetSecretValue`, `ssm:GetParameters`). Without them the task stops before it ' +
      'starts (CannotPullContainerError, ResourceInitializationError). Attach `AmazonECSTaskExecutionRolePolicy` and a ' +
      'statement for the secrets. A role whose policies cannot all be read (computed statements, unknown managed ' +
      'policies) is not judged.',
    source: DOCS.executionRole,
    category: 'iam',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    const template = ctx.doc.template;
    const def = ctx.definition;
    if (!task || !template || !def) return;
    const roleNode = task.obj.get('executionRoleArn');
    const ref = roleNode ? def.references?.get(roleNode) : undefined;
    if (!roleNode || !ref || template.resources.get(ref.target)?.type !== 'AWS::IAM::Role') return;
    const perms = rolePermissions(template, ref.target, ctx.doc.text);
    if (!perms.known && perms.statements.length === 0) return;
    const missing: string[] = [];
    const need = (actions: string[], why: string) => {
      const lacking = actions.filter((a) => allows(perms, a) === false);
      if (lacking.length > 0) missing.push(`${lacking.join(', ')} (${why})`);
    };
    const ecr = task.containers.filter((c) => {
      const img = c.obj.get('image');
      const source = img ? def.unknowns.get(img) ?? (img.type === 'string' ? (img.value as string) : '') : '';
      return (c.image !== undefined && isPrivateEcrImage(c.image)) || /\.dkr\.ecr\./.test(source);
    });
    // The pull itself (ecr:BatchGetImage, ecr:GetDownloadUrlForLayer) may be granted by the repository's own policy,
    // possibly in another stack; the registry login (ecr:GetAuthorizationToken) can only come from the role.
    if (ecr.length > 0 && allows(perms, 'ecr:GetAuthorizationToken') === false) {
      missing.push(`ecr:GetAuthorizationToken (to log in to ECR for the image of ${ecr.map(containerLabel).join(', ')}; ecr:BatchGetImage and ecr:GetDownloadUrlForLayer are needed too unless the repository policy grants them)`);
    }
    const logs = task.containers.filter((c) => c.logDriver === 'awslogs');
    if (logs.length > 0) need(['logs:CreateLogStream', 'logs:PutLogEvents'], `for the awslogs driver of ${logs.map(containerLabel).join(', ')}`);
    for (const c of task.containers) {
      const entries = [...c.secrets, ...(c.logConfiguration?.objects('secretOptions') ?? [])];
      for (const s of entries) {
        const vf = s.get('valueFrom') as Node | undefined;
        if (!vf || vf.type !== 'string' || def.unknowns.has(vf) || /\$\{/.test(vf.value as string)) continue;
        const target = secretResource(vf.value as string);
        if (!target) continue;
        if (allows(perms, target.action, target.resource) === false) {
          missing.push(`${target.action} on ${target.resource ?? 'the parameter'} (secret '${s.str('name') ?? '?'}' of ${containerLabel(c)})`);
        }
      }
    }
    if (missing.length === 0) return;
    ctx.report(
      roleNode,
      `The execution role ${ref.target} of this template does not allow ${missing.join('; ')}. ECS uses this role before ` +
        `the container starts, so the task stops with CannotPullContainerError or ResourceInitializationError. Add ` +
        `AmazonECSTaskExecutionRolePolicy to its ManagedPolicyArns, or a policy statement with these actions.`,
      { role: ref.target },
    );
  },
);
