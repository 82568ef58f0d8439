import { booleanOf } from './support/fargate';
import { closestName } from '../../knowledge/catalog';
import { defineRule } from './rule';
import { serviceTask } from './support/related';
import { isTemplated } from './support/service';
import { SERVICE_CONNECT_DOC } from './service-connect-namespace';

/** Each Service Connect `portName` names a port mapping of the task definition. */
export default defineRule(
  {
    id: 'fargate/service-connect-port-name',
    severity: 'error',
    title: 'Service Connect portName not in the task definition',
    description:
      'A Service Connect service entry picks the port it publishes by name: `serviceConnectConfiguration.services[].portName` ' +
      'must equal the `name` of a port mapping of one of the containers of the task definition the service runs. ' +
      'ECS rejects the service when no port mapping has that name (names are case-sensitive). This rule reads the task ' +
      'definition of the same folder (matched by family when the service names one; by family also in `fargate.relatedFolders`) ' +
      'and stays silent while any port mapping name is a placeholder.',
    source: SERVICE_CONNECT_DOC,
    category: 'cross-file',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    const sc = body?.obj('serviceConnectConfiguration');
    if (!body || !sc || !ctx.related) return;
    // Service Connect switched off publishes nothing, so its entries need not name a port of the task (yet).
    if (booleanOf(sc.get('enabled')) === false) return;
    const entries = sc.objects('services');
    if (entries.length === 0) return;
    const rt = serviceTask(ctx.related, body);
    if (!rt) return;
    const names: string[] = [];
    for (const c of rt.task.containers) {
      const pms = c.obj.get('portMappings');
      // A templated or unreadable list may hold the name.
      if (pms && pms.type !== 'array' && pms.type !== 'null') return;
      for (const pm of c.portMappings) {
        const n = pm.obj.get('name');
        if (!n || n.type === 'null') continue;
        if (n.type !== 'string' || isTemplated(n.value)) return;
        names.push(n.value as string);
      }
    }
    const family = rt.task.family ? `task definition '${rt.task.family}'` : 'the task definition';
    for (const e of entries) {
      const node = e.get('portName');
      if (!node || node.type !== 'string') continue;
      const name = node.value as string;
      if (name.trim() === '' || isTemplated(name) || names.includes(name)) continue;
      const close = closestName(name, names, { maxDistance: () => 0 });
      ctx.report(
        node,
        `No port mapping of ${family} in ${rt.file} is named '${name}'` +
          (names.length ? ` (its port mapping names are ${[...new Set(names)].map((n) => `'${n}'`).join(', ')})` : ' (none of its port mappings has a name)') +
          `. Service Connect publishes a port by its port mapping name, and AWS rejects a portName that matches none. ` +
          (close ? `Did you mean '${close}'? Names are case-sensitive.` : `Use one of the names, or add "name": "${name}" to the port mapping in ${rt.file}.`),
        { expectedOneOf: [...new Set(names)], suggestion: close ?? (names.length === 1 ? names[0] : undefined), taskDefinitionUri: rt.uri },
      );
    }
  },
);
