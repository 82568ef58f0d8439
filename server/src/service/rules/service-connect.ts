import { JsonObject } from '../json';
import { defineRule } from './rule';
import { truncate } from './support/numbers';
import { isTemplated } from './support/service';

/** Longest `clientAliases[].dnsName` AWS takes. */
export const DNS_NAME_MAX = 127;
/** A DNS label is at most 63 characters. */
const LABEL_MAX = 63;

/** What is wrong with a client alias DNS name, or undefined when it is valid. */
export function dnsNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > DNS_NAME_MAX) return `is ${name.length} characters long (at most ${DNS_NAME_MAX})`;
  const bad = [...new Set(name.replace(/[A-Za-z0-9_.-]/g, ''))];
  if (bad.length > 0) return `contains ${bad.map((c) => (c === ' ' ? 'a space' : `'${c}'`)).join(', ')} (only letters, digits, '_', '-' and '.' are allowed)`;
  if (name.startsWith('-')) return 'starts with a hyphen';
  if (name.startsWith('.')) return 'starts with a dot';
  if (name.includes('..')) return 'has an empty label (two dots in a row)';
  const long = name.split('.').find((l) => l.length > LABEL_MAX);
  if (long) return `has a label of ${long.length} characters (a DNS label holds at most ${LABEL_MAX})`;
  return undefined;
}

/** The Service Connect endpoints of a service: one client alias per port, each a valid DNS name. */
export default defineRule(
  {
    id: 'fargate/service-connect',
    severity: 'error',
    title: 'Service Connect client aliases',
    description:
      'Each `serviceConnectConfiguration.services[]` entry publishes one port of the task (`portName`) to the other ' +
      'services of the namespace. Its `clientAliases` list holds at most one alias: the DNS name and port clients use. ' +
      'That `dnsName` must be a valid DNS name of up to 127 characters made of letters, digits, underscores, hyphens and ' +
      'dots, not starting with a hyphen (it need not be fully qualified: `db` or `orders.internal`). CreateService rejects ' +
      'a second alias and an invalid name. To publish a second name, add another `services[]` entry for the port. AWS ' +
      'documents lowercase letters; capitals are not reported, since DNS names ignore case and no rejection of them is known.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectClientAlias.html',
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const sc = ctx.doc.body?.obj('serviceConnectConfiguration');
    if (!sc) return;
    for (const svc of sc.objects('services')) {
      const aliases = svc.arr('clientAliases');
      if (!aliases) continue;
      if (aliases.length > 1) {
        const port = svc.str('portName');
        ctx.report(
          aliases[1],
          `This Service Connect service${port && !isTemplated(port) ? ` (portName '${port}')` : ''} lists ${aliases.length} clientAliases; AWS takes at most one per entry. ` +
            `Keep one alias here and add another services[] entry for the same portName (with its own discoveryName) for each further name.`,
          { max: 1 },
        );
      }
      for (const a of aliases) {
        if (a.type !== 'object') continue;
        const dns = JsonObject.of(a).get('dnsName');
        if (!dns || dns.type !== 'string') continue;
        const name = dns.value as string;
        // An empty name counts as not set (ECS then uses discoveryName.namespace), as in CLI skeletons.
        if (name === '' || isTemplated(name)) continue;
        const problem = dnsNameProblem(name);
        if (!problem) continue;
        ctx.report(
          dns,
          `The client alias dnsName "${truncate(name)}" ${problem}; AWS requires a valid DNS name, which client tasks use to reach this service, and rejects the service. ` +
            `Use a name such as "orders" or "orders.internal".`,
        );
      }
    }
  },
);
