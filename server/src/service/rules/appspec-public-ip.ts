import { defineRule, DOCS } from './rule';
import { appSpecTarget } from './support/service';

/** Security Hub ECS.16: task sets (what a CodeDeploy deployment creates) should not assign public IPs. */
export default defineRule(
  {
    id: 'fargate/appspec-public-ip',
    severity: 'warning',
    title: 'AppSpec assigns public IP addresses',
    description:
      'A CodeDeploy ECS deployment starts the new tasks as a task set with the AppSpec\'s network configuration. With ' +
      '`AssignPublicIp: ENABLED` each task gets a public address reachable from the internet, guarded only by its ' +
      'security group; Security Hub control ECS.16 flags such task sets. Prefer private subnets behind the load balancer ' +
      'and `DISABLED`. Turn the rule off with `"fargate.rules": { "fargate/appspec-public-ip": "off" }` when the public ' +
      'IP is intended.',
    source: DOCS.securityHubEcs,
    category: 'appspec',
    target: 'appspec',
  },
  (ctx) => {
    const ip = appSpecTarget(ctx.doc.body)?.properties?.obj('NetworkConfiguration')?.obj('AwsvpcConfiguration')?.get('AssignPublicIp');
    if (!ip || ip.type !== 'string' || ip.value !== 'ENABLED') return;
    ctx.report(
      ip,
      'The new tasks get public IP addresses and are reachable from the internet, guarded only by their security group (Security Hub ECS.16). ' +
        'Prefer private subnets with "DISABLED"; reach the internet through a NAT gateway or VPC endpoints.',
      { expected: 'DISABLED' },
    );
  },
);
