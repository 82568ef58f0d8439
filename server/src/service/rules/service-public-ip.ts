import { defineRule, DOCS } from './rule';
import { serviceInfo } from './support/service';

/** Security Hub ECS.2: services should not assign public IPs automatically. */
export default defineRule(
  {
    id: 'fargate/service-public-ip',
    severity: 'warning',
    title: 'Service assigns public IP addresses',
    description:
      'With `assignPublicIp: ENABLED` every task gets a public IP address, so anything on the internet can try to reach it ' +
      'directly, limited only by the security group. Security Hub control ECS.2 flags it. Run the tasks in private subnets ' +
      'behind a load balancer, and reach the internet (image pulls, AWS APIs) through a NAT gateway or VPC endpoints. ' +
      'If a public IP is intended (for example a dev service in a public subnet without NAT), turn this rule off with ' +
      '`"fargate.rules": { "fargate/service-public-ip": "off" }`.',
    source: DOCS.securityHubEcs,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const svc = serviceInfo(body);
    if (svc.launchType === 'EC2') return; // AWS rejects it there; fargate/service-network-configuration reports that.
    const ip = svc.awsvpc?.get('assignPublicIp');
    if (!ip || ip.type !== 'string' || ip.value !== 'ENABLED') return;
    ctx.report(
      ip,
      'Each task gets a public IP address and is reachable from the internet, guarded only by its security group (Security Hub ECS.2). ' +
        'Prefer private subnets with "DISABLED" and a load balancer in front; use a NAT gateway or VPC endpoints for outbound traffic.',
      { expected: 'DISABLED' },
    );
  },
);
