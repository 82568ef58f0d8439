import type { Node } from 'jsonc-parser';
import { isAccountPlaceholder, isPlaceholder } from '../values';
import { defineRule, DOCS } from './rule';

export const PARTITIONS: readonly string[] = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

/** Role names (with an optional path): letters, digits and `+=,.@_-`, up to 64 characters for the name. */
const ROLE_NAME = /^(\/?[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;


export type RoleRef =
  | { kind: 'role'; name: string }
  | { kind: 'name'; name: string }
  | { kind: 'placeholder' }
  | { kind: 'empty' }
  | { kind: 'invalid'; problem: string };

const IAM_KINDS: Record<string, string> = {
  user: 'an IAM user',
  group: 'an IAM group',
  policy: 'an IAM policy',
  'instance-profile': 'an EC2 instance profile',
  'oidc-provider': 'an OIDC identity provider',
  'saml-provider': 'a SAML identity provider',
  'server-certificate': 'a server certificate',
  mfa: 'an MFA device',
  root: 'the account root user',
};

/** Reads an executionRoleArn/taskRoleArn value. */
export function parseRoleRef(raw: string): RoleRef {
  const value = raw.trim();
  if (value === '') return { kind: 'empty' };
  if (isPlaceholder(value)) return { kind: 'placeholder' };
  if (!value.startsWith('arn:')) {
    if (ROLE_NAME.test(value)) return { kind: 'name', name: value.slice(value.lastIndexOf('/') + 1) };
    return { kind: 'invalid', problem: 'is neither an IAM role ARN nor a valid role name (role names use letters, digits and +=,.@_- only)' };
  }
  const parts = value.split(':');
  if (parts.length < 6) return { kind: 'invalid', problem: 'is not a complete ARN (expected arn:aws:iam::<12-digit account>:role/<name>)' };
  const [, partition, service, region, account] = parts;
  const resource = parts.slice(5).join(':');
  if (!PARTITIONS.includes(partition)) {
    return { kind: 'invalid', problem: `has the unknown partition '${partition}' (expected aws, aws-cn or aws-us-gov)` };
  }
  if (service === 'sts') {
    return { kind: 'invalid', problem: 'is an STS assumed-role session ARN, not the ARN of the role itself (arn:…:iam::<account>:role/<name>)' };
  }
  if (service !== 'iam') return { kind: 'invalid', problem: `points at the '${service}' service, not at an IAM role` };
  if (region !== '') return { kind: 'invalid', problem: 'has a region, but IAM ARNs have none (the part between "iam:" and the account must be empty)' };
  if (!isAccountPlaceholder(account) && !/^\d{12}$/.test(account)) {
    return { kind: 'invalid', problem: `has the account id '${account}', which is not 12 digits` };
  }
  const slash = resource.indexOf('/');
  const type = slash < 0 ? resource : resource.slice(0, slash);
  if (type !== 'role') {
    const kind = IAM_KINDS[type];
    return { kind: 'invalid', problem: kind ? `is the ARN of ${kind}, not of a role` : `names the resource '${type}', not a role (expected role/<name>)` };
  }
  const path = slash < 0 ? '' : resource.slice(slash + 1);
  if (path === '' || !ROLE_NAME.test(path)) return { kind: 'invalid', problem: 'has no valid role name after "role/"' };
  return { kind: 'role', name: path.slice(path.lastIndexOf('/') + 1) };
}

/** executionRoleArn / taskRoleArn must be IAM role ARNs (or role names). */
export default defineRule(
  {
    id: 'fargate/role-arn',
    severity: 'error',
    title: 'Invalid IAM role reference',
    description:
      '`executionRoleArn` and `taskRoleArn` must point at IAM roles: `arn:aws:iam::<12-digit account>:role/<optional path/>name` ' +
      '(`aws-cn` and `aws-us-gov` partitions too). ECS refuses ARNs of other things (an IAM user, a policy, an instance ' +
      'profile, an STS assumed-role session) with "Role is not valid". A bare role name (`ecsTaskExecutionRole`) is ' +
      'accepted: ECS completes it with the account id when the revision is registered (the API documents this for ' +
      '`taskRoleArn`), so it is not reported. Template placeholders, including template words in the account position ' +
      '(`YOUR_ACCOUNT_ID`, `XXXXXXXXXXXX`), are not reported either.',
    source: DOCS.executionRole,
    category: 'iam',
    target: 'taskDefinition',
  },
  (ctx) => {
    const body = ctx.task?.obj;
    if (!body) return;
    for (const key of ['executionRoleArn', 'taskRoleArn'] as const) {
      const node: Node | undefined = body.get(key);
      if (!node || node.type !== 'string') continue;
      const ref = parseRoleRef(node.value as string);
      if (ref.kind !== 'invalid') continue;
      const which = key === 'executionRoleArn' ? 'task execution role' : 'task role';
      ctx.report(node, `'${key}' ${ref.problem}. It must reference the IAM role used as the ${which}, e.g. arn:aws:iam::123456789012:role/${key === 'executionRoleArn' ? 'ecsTaskExecutionRole' : 'myAppTaskRole'}.`, {
        field: key,
      });
    }
  },
);
