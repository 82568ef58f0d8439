import type { Node } from 'jsonc-parser';
import { isTemplated } from '../values';
import { containerLabel, defineRule, DOCS } from './rule';
import { portNamespace } from './support/network';
import { truncate } from './support/numbers';

/**
 * Port mapping names identify a port for Service Connect and VPC Lattice, so in an awsvpc task (one network
 * interface shared by all containers) each name may appear once in the whole task definition. Observed
 * rejection: "When networkMode=awsvpc, port mapping name is already used".
 */
export default defineRule(
  {
    id: 'fargate/port-mapping-name',
    severity: 'error',
    title: 'Port mapping name used twice in an awsvpc task',
    description:
      'A port mapping\'s `name` is how a service refers to that port (`serviceConnectConfiguration.services[].portName`, ' +
      '`vpcLatticeConfigurations[].portName`). In an `awsvpc` task all containers share one network interface, so the names ' +
      'are unique across the whole task definition, not only within one container: ECS rejects a name used twice ("port ' +
      'mapping name is already used"). Give each port mapping its own name (for example `web-http` and `admin-http`).',
    source: DOCS.containerDefinitionApi,
    category: 'networking',
    target: 'taskDefinition',
  },
  (ctx) => {
    const task = ctx.task;
    if (!task || portNamespace(task) !== 'awsvpc') return;
    const first = new Map<string, { label: string; node: Node }>();
    for (const c of task.containers) {
      for (const pm of c.portMappings) {
        const node = pm.obj.get('name');
        if (!node || node.type !== 'string') continue;
        const name = node.value as string;
        if (name === '' || isTemplated(name)) continue;
        const label = containerLabel(c);
        const earlier = first.get(name);
        if (!earlier) {
          first.set(name, { label, node });
          continue;
        }
        const where = earlier.label === label ? `another port mapping of ${label}` : earlier.label;
        ctx.report(
          node,
          `The port mapping name "${truncate(name)}" is already used by ${where}. In an awsvpc task the containers share one ` +
            `network interface, so port mapping names must be unique across the task definition, and ECS rejects the duplicate. ` +
            `Rename this port mapping (the name services use as portName).`,
          { duplicate: name },
        );
      }
    }
  },
);
