import { defineRule } from './rule';
import { isSet as given } from './support/fargate';
import { serviceNetworkMode } from './support/related';

/** `serviceRegistries`: one registry per service, and the port fields each network mode takes. */
export default defineRule(
  {
    id: 'fargate/service-registries',
    severity: 'error',
    title: 'Service discovery registry',
    description:
      'A service registers its tasks in at most one Cloud Map service (`serviceRegistries` holds one entry). How ECS ' +
      'finds the address to register depends on the network mode and on the record type of the Cloud Map service: with ' +
      '`bridge` or `host` the entry needs `containerName` and `containerPort` (a port the container maps); with awsvpc ' +
      'and an SRV record it takes either that pair or `port`, never both; with awsvpc and an A record it needs neither, ' +
      'since the task\'s own IP is registered. The record type lives in Cloud Map, not in the file, so this rule reports ' +
      'only what is wrong for every record type: a second registry, `port` next to the pair on awsvpc, and a bridge or ' +
      'host service without the full pair. On awsvpc ECS takes a `containerName` alone, so half a pair is not reported there. ' +
      'The network mode comes from the task definition of the folder, else from the service (Fargate, `awsvpcConfiguration`).',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceRegistry.html',
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const list = body.get('serviceRegistries');
    if (!list || list.type !== 'array') return;
    const entries = list.children ?? [];
    if (entries.length > 1) {
      ctx.report(
        entries[1],
        `"serviceRegistries" lists ${entries.length} registries; a service can register its tasks in only one Cloud Map service, and AWS rejects more. ` +
          `Keep one entry (use Service Connect or another service for a second name).`,
        { max: 1 },
      );
    }
    let network: ReturnType<typeof serviceNetworkMode> | null = null;
    const mode = () => (network === null ? (network = serviceNetworkMode(ctx.related, body)) : network);
    for (const r of body.objects('serviceRegistries')) {
      const name = r.get('containerName');
      const cport = r.get('containerPort');
      const port = r.get('port');
      const n = mode();
      if (given(name) !== given(cport)) {
        // On awsvpc an A record registers the task's IP, and ECS takes a containerName alone there (public modules deploy
        // it so); only bridge and host, which always register a container port, are known to need both.
        if (n && (n.mode === 'bridge' || n.mode === 'host')) {
          const has = given(name) ? 'containerName' : 'containerPort';
          const lacks = given(name) ? 'containerPort' : 'containerName';
          ctx.report(
            r.prop(has)!.keyNode,
            `"${has}" without "${lacks}": with ${n.mode} networking (${n.reason}) the tasks share the instance's address, so ECS registers a container ` +
              `port and AWS requires "containerName" and "containerPort" together. Add "${lacks}" (a container of the task definition and a port it maps).`,
            { missing: lacks, taskDefinitionUri: n.task?.uri },
          );
        }
        continue;
      }
      const pair = given(name) && given(cport);
      if (!n) continue;
      if (n.mode === 'awsvpc' && pair && given(port)) {
        ctx.report(
          r.prop('port')!.keyNode,
          `With awsvpc networking (${n.reason}) a registry takes either "port" or the "containerName"/"containerPort" pair, not both; AWS rejects the entry. ` +
            `Keep one of them (for an A record, neither).`,
          { field: 'port', removable: true },
        );
      } else if ((n.mode === 'bridge' || n.mode === 'host') && !pair) {
        ctx.report(
          r.node.type === 'object' && r.prop('registryArn') ? r.prop('registryArn')!.keyNode : r.node,
          `With ${n.mode} networking (${n.reason}) the tasks share the instance's address, so ECS must know which container port to register: ` +
            `AWS requires "containerName" and "containerPort" in the registry entry. Add them (a container of the task definition and a port it maps).`,
          { missing: 'containerName', taskDefinitionUri: n.task?.uri },
        );
      }
    }
  },
);
