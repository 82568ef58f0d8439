/**
 * What an IAM role of the same template allows, read from the template itself: its `ManagedPolicyArns` (AWS managed
 * policies we know the content of, and `AWS::IAM::ManagedPolicy` resources of the template), its inline `Policies`,
 * and the `AWS::IAM::Policy` / `AWS::IAM::ManagedPolicy` / `AWS::IAM::RolePolicy` resources that attach to it (as CDK
 * writes them). A role whose policies cannot all be read (a computed statement, a managed policy we do not know,
 * an intrinsic where an action should be) is `unknown`: rules stay silent on it.
 */
import type { Node } from 'jsonc-parser';
import { intrinsicOf, referenceOf, type TemplateIndex, type TemplateResource } from '../../cloudformation';
import { JsonObject } from '../../json';

/** AWS managed policies and the execution-role actions they grant (AWS documentation of each policy, Dec 2026). */
const MANAGED: readonly { name: RegExp; actions: readonly string[] }[] = [
  {
    // AmazonECSTaskExecutionRolePolicy: ECR pull and CloudWatch Logs streams.
    name: /(^|\/)AmazonECSTaskExecutionRolePolicy$/,
    actions: ['ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage', 'logs:CreateLogStream', 'logs:PutLogEvents'],
  },
  { name: /(^|\/)AmazonEC2ContainerRegistryReadOnly$/, actions: ['ecr:*Get*', 'ecr:Describe*', 'ecr:List*', 'ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage'] },
  { name: /(^|\/)AmazonEC2ContainerRegistry(PowerUser|FullAccess)$/, actions: ['ecr:*'] },
  { name: /(^|\/)CloudWatchLogsFullAccess$/, actions: ['logs:*'] },
  { name: /(^|\/)SecretsManagerReadWrite$/, actions: ['secretsmanager:*'] },
  { name: /(^|\/)AmazonSSMReadOnlyAccess$/, actions: ['ssm:Describe*', 'ssm:Get*', 'ssm:List*'] },
  { name: /(^|\/)AdministratorAccess$/, actions: ['*'] },
];

export interface Statement {
  actions: string[];
  /** Literal resource patterns; undefined when any resource is computed (then every resource may match). */
  resources?: string[];
}

export interface RolePermissions {
  /** False when some policy of the role cannot be read: nothing can be concluded. */
  known: boolean;
  statements: Statement[];
}

/** The source text of a node (for intrinsics whose text names a policy: `!Sub arn:${AWS::Partition}:iam::aws:policy/...`). */
function textOf(text: string, n: Node): string {
  return text.slice(n.offset, n.offset + n.length);
}

/** What the role `logicalId` of `template` allows. */
export function rolePermissions(template: TemplateIndex, logicalId: string, text: string): RolePermissions {
  const out: RolePermissions = { known: true, statements: [] };
  const role = template.resources.get(logicalId);
  if (!role || role.type !== 'AWS::IAM::Role') return { known: false, statements: [] };
  const props = role.properties;
  if (!role.node || (role.properties === undefined && JsonObject.of(role.node).has('Properties'))) return { known: false, statements: [] };
  // Managed policies.
  const managed = props?.get('ManagedPolicyArns');
  if (managed) {
    if (managed.type !== 'array') out.known = false;
    for (const m of managed.type === 'array' ? managed.children ?? [] : []) {
      const ref = refOf(m);
      const target = ref ? template.resources.get(ref.target) : undefined;
      if (target && target.type === 'AWS::IAM::ManagedPolicy') {
        addDocument(out, target.properties?.get('PolicyDocument'));
        continue;
      }
      const s = m.type === 'string' ? (m.value as string) : textOf(text, m);
      const known = MANAGED.find((k) => k.name.test(s.replace(/['"]/g, '').trim()));
      if (known) out.statements.push({ actions: [...known.actions] });
      else out.known = false;
    }
  }
  // Inline policies.
  const inline = props?.get('Policies');
  if (inline) {
    if (inline.type !== 'array') out.known = false;
    for (const p of inline.type === 'array' ? inline.children ?? [] : []) {
      if (p.type !== 'object' || intrinsicOf(p)) {
        out.known = false;
        continue;
      }
      addDocument(out, JsonObject.of(p).get('PolicyDocument'));
    }
  }
  // Policies of their own that name the role.
  for (const r of template.resources.values()) {
    if (r.type !== 'AWS::IAM::Policy' && r.type !== 'AWS::IAM::ManagedPolicy' && r.type !== 'AWS::IAM::RolePolicy') continue;
    if (!attachesTo(r, logicalId, role)) continue;
    addDocument(out, r.properties?.get('PolicyDocument'));
  }
  return out;
}

function refOf(n: Node): { target: string; attribute?: string } | undefined {
  const fn = intrinsicOf(n);
  return fn ? referenceOf(fn.name, fn.arg) : undefined;
}

/** Does this policy resource attach to the role (`Roles: [!Ref Role]`, `RoleName: !Ref Role`, or the literal name)? */
function attachesTo(policy: TemplateResource, logicalId: string, role: TemplateResource): boolean {
  const p = policy.properties;
  if (!p) return false;
  const name = role.properties?.str('RoleName');
  const names = (n: Node | undefined): Node[] => (!n ? [] : n.type === 'array' ? n.children ?? [] : [n]);
  for (const n of [...names(p.get('Roles')), ...names(p.get('RoleName'))]) {
    const ref = refOf(n);
    if (ref && ref.target === logicalId) return true;
    if (n.type === 'string' && name !== undefined && n.value === name) return true;
  }
  return false;
}

function addDocument(out: RolePermissions, doc: Node | undefined): void {
  if (!doc || doc.type !== 'object' || intrinsicOf(doc)) {
    out.known = false;
    return;
  }
  const st = JsonObject.of(doc).get('Statement');
  if (!st) return;
  const list = st.type === 'array' ? st.children ?? [] : [st];
  for (const s of list) {
    if (s.type !== 'object' || intrinsicOf(s)) {
      // `Fn::If` around a statement, a computed statement: cannot be read.
      out.known = false;
      continue;
    }
    const o = JsonObject.of(s);
    const effect = o.get('Effect');
    if (effect && effect.type !== 'string') {
      out.known = false;
      continue;
    }
    if (o.str('Effect') !== 'Allow') continue; // Deny statements are not modelled; they only take away.
    if (o.has('NotAction')) {
      out.known = false;
      continue;
    }
    const actions = strings(o.get('Action'));
    if (!actions) {
      out.known = false;
      continue;
    }
    const resources = strings(o.get('Resource'));
    out.statements.push({ actions, resources });
  }
}

/** A string or list of strings; undefined when any element is computed. */
function strings(n: Node | undefined): string[] | undefined {
  if (!n) return [];
  if (n.type === 'string') return [n.value as string];
  if (n.type !== 'array') return undefined;
  const out: string[] = [];
  for (const c of n.children ?? []) {
    if (c.type !== 'string') return undefined;
    out.push(c.value as string);
  }
  return out;
}

/** IAM's wildcard match (`ecr:*`, `ecr:Get*`, `*`), case-insensitive as IAM action names are. */
export function iamMatch(pattern: string, value: string): boolean {
  const re = new RegExp('^' + pattern.split('*').map((p) => p.split('?').map(escape).join('.')).join('.*') + '$', 'i');
  return re.test(value);
}

function escape(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/**
 * Does the role allow `action` (on `resource`, when given as a literal ARN)? True/false when the role's policies
 * are all known; undefined otherwise.
 */
export function allows(perms: RolePermissions, action: string, resource?: string): boolean | undefined {
  const hit = perms.statements.some((s) => s.actions.some((a) => iamMatch(a, action)) && (resource === undefined || s.resources === undefined || s.resources.some((r) => !/^arn:/.test(r) || iamMatch(r, resource) || iamMatch(r, resource.replace(/-[A-Za-z0-9]{6}$/, '')) || /\$\{/.test(r))));
  if (hit) return true;
  return perms.known ? false : undefined;
}
