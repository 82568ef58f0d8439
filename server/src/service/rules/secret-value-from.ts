import type { Node } from 'jsonc-parser';
import type { JsonObject } from '../json';
import { isAccountPlaceholder, isPlaceholder } from '../values';
import { containerLabel, defineRule, DOCS } from './rule';
import { PARTITIONS } from './role-arn';

/** SSM parameter names: letters, digits, `_.-/`, optionally a leading slash. */
const SSM_NAME = /^\/?[A-Za-z0-9_.\-/]+$/;

/** What is wrong with a `valueFrom`, or undefined when it is a valid Secrets Manager / SSM reference. */
export function valueFromProblem(raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return 'is empty';
  if (isPlaceholder(value)) return undefined;
  if (!value.startsWith('arn:')) {
    if (SSM_NAME.test(value)) return undefined; // an SSM parameter name in the task's Region
    return 'is neither an ARN nor a valid SSM parameter name (parameter names use letters, digits and _.-/)';
  }
  const parts = value.split(':');
  const [, partition, service, region, account] = parts;
  if (parts.length < 6) return 'is an incomplete ARN';
  if (!PARTITIONS.includes(partition)) return `has the unknown partition '${partition}'`;
  if (service !== 'secretsmanager' && service !== 'ssm') {
    return `points at the '${service}' service; secrets can only come from Secrets Manager or SSM Parameter Store`;
  }
  if (region === '') return 'has no Region (secret and parameter ARNs include one)';
  if (!isAccountPlaceholder(account) && !/^\d{12}$/.test(account)) return `has the account id '${account}', which is not 12 digits`;
  if (service === 'ssm') {
    const resource = parts.slice(5).join(':');
    if (!/^parameter\/./.test(resource)) return 'is an SSM ARN without "parameter/<name>"';
    return undefined;
  }
  if (parts[5] !== 'secret') return 'is a Secrets Manager ARN without ":secret:<name>"';
  if (!parts[6]) return 'is a Secrets Manager ARN without a secret name';
  if (parts.length === 7 || parts.length === 10) {
    if (parts.length === 10 && parts[8] !== '' && parts[9] !== '') {
      return 'sets both a version stage and a version id; choose one and leave the other position empty';
    }
    return undefined;
  }
  if (parts.length === 8 || parts.length === 9) {
    return (
      'has ' + (parts.length - 7) + ' of the 3 optional positions (json-key:version-stage:version-id); when any of them is used all ' +
      'three must be present, empty ones included. For a JSON key write "...:secret:<name>:<json-key>::"'
    );
  }
  return 'has too many ":"-separated parts for a Secrets Manager ARN (at most secret:<name>:<json-key>:<version-stage>:<version-id>)';
}

interface Entry {
  obj: JsonObject;
  list: 'secrets' | 'logConfiguration.secretOptions';
}

/** secrets[] / secretOptions[]: valid valueFrom, present and unique names. */
export default defineRule(
  {
    id: 'fargate/secret-value-from',
    severity: 'error',
    title: 'Invalid secret reference',
    description:
      'Each entry of `secrets` (and of `logConfiguration.secretOptions`) needs a `name` and a `valueFrom`. `valueFrom` is ' +
      'either a Secrets Manager secret ARN, `arn:aws:secretsmanager:<region>:<account>:secret:<name>`, optionally followed ' +
      'by `:<json-key>:<version-stage>:<version-id>` (all three positions present once any is used; empty ones stay ' +
      'as bare colons, and a version stage and a version id exclude each other), or an SSM Parameter Store parameter: ' +
      'its name (same Region as the task) or its ARN `arn:aws:ssm:<region>:<account>:parameter/<name>`. ' +
      'Anything else fails when the task starts, long after the revision was registered. Secret names must be unique ' +
      'within a container: a variable defined twice is ambiguous, only one of the two values reaches the process.',
    source: DOCS.secrets,
    category: 'iam',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task) return;
    for (const c of task.containers) {
      const label = containerLabel(c);
      const entries: Entry[] = c.obj.objects('secrets').map((obj) => ({ obj, list: 'secrets' as const }));
      for (const obj of c.logConfiguration?.objects('secretOptions') ?? []) entries.push({ obj, list: 'logConfiguration.secretOptions' });
      const seen = new Map<string, Node>();
      for (const { obj, list } of entries) {
        const nameNode = obj.get('name');
        const name = obj.str('name');
        if (!nameNode || nameNode.type === 'null' || (name !== undefined && name.trim() === '')) {
          ctx.report(nameNode ?? obj.node, `A ${list} entry in ${label} has no 'name'. Set the name of the environment variable (or log option) that receives the secret.`, {
            container: c.name,
          });
        } else if (name !== undefined && list === 'secrets' && !isPlaceholder(name)) {
          if (seen.has(name)) {
            ctx.report(nameNode, `The secret '${name}' is defined twice in ${label}. Only one of the two values can reach the process, so the other is dead or, worse, the wrong one wins; keep one.`, {
              name,
              container: c.name,
            });
          } else seen.set(name, nameNode);
        }
        const vf = obj.get('valueFrom');
        if (!vf || vf.type === 'null') {
          ctx.report(obj.node, `The ${list} entry${name ? ` '${name}'` : ''} in ${label} has no 'valueFrom'. Point it at a Secrets Manager secret ARN or an SSM parameter.`, {
            name,
            container: c.name,
          });
          continue;
        }
        if (vf.type !== 'string') continue; // fargate/value-type reports the type.
        const problem = valueFromProblem(vf.value as string);
        if (!problem) continue;
        ctx.report(
          vf,
          `valueFrom of ${name ? `'${name}'` : 'a secret'} in ${label} ${problem}. It must be a Secrets Manager secret ARN ` +
            `(arn:aws:secretsmanager:<region>:<account>:secret:<name>[:<json-key>:<version-stage>:<version-id>]) or an SSM parameter name or ARN.`,
          { name, container: c.name },
        );
      }
    }
  },
);
