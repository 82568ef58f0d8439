import { describeType } from '../json';
import { defineRule, DOCS, keyPlace } from './rule';
import { checkIdList, SECURITY_GROUPS, SUBNETS } from './support/awsvpc';
import { isTemplated, serviceInfo } from './support/service';


/** Fargate services need an awsvpc network configuration with 1–16 subnets and at most 5 security groups. */
export default defineRule(
  {
    id: 'fargate/service-network-configuration',
    severity: 'error',
    title: 'Service network configuration',
    description:
      'Every Fargate task gets its own network interface (awsvpc), so a Fargate service must say where to put it: ' +
      '`networkConfiguration.awsvpcConfiguration` with 1 to 16 `subnets` and at most 5 `securityGroups`, all from one VPC. ' +
      'Without it CreateService fails with "Network Configuration must be provided when networkMode \'awsvpc\' is specified". ' +
      '`assignPublicIp` takes `ENABLED` or `DISABLED`, and only Fargate can assign a public IP: on the EC2 launch type ' +
      'AWS rejects `ENABLED`.',
    source: DOCS.createServiceApi,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const svc = serviceInfo(body);
    const ncProp = body.prop('networkConfiguration');
    // With the EXTERNAL controller the network configuration belongs to each task set, not to the service.
    if (svc.fargate && svc.controller !== 'EXTERNAL') {
      if (!ncProp) {
        ctx.report(
          keyPlace(body.prop('launchType') ?? body.prop('capacityProviderStrategy'), body.node),
          `This Fargate service (${svc.fargateReason}) has no "networkConfiguration". Fargate tasks always use awsvpc networking, ` +
            `so AWS needs to know which subnets and security groups to attach them to. Add networkConfiguration.awsvpcConfiguration ` +
            `with "subnets" (and "securityGroups").`,
          { missing: 'networkConfiguration' },
        );
        return;
      }
    }
    if (!ncProp) return;
    const nc = svc.networkConfiguration;
    if (!nc) {
      if (ncProp.valueNode && ncProp.valueNode.type !== 'null') {
        ctx.report(ncProp.valueNode, `"networkConfiguration" must be an object holding "awsvpcConfiguration", not ${describeType(ncProp.valueNode)}.`);
      }
      return;
    }
    const avProp = nc.prop('awsvpcConfiguration');
    const av = svc.awsvpc;
    if (!av) {
      if (svc.fargate || avProp) {
        ctx.report(
          keyPlace(avProp, ncProp.keyNode),
          avProp
            ? `"awsvpcConfiguration" must be an object with "subnets" and "securityGroups", not ${describeType(avProp.valueNode)}.`
            : `"networkConfiguration" has no "awsvpcConfiguration". Put the "subnets" and "securityGroups" for the tasks inside it.`,
          { missing: 'awsvpcConfiguration' },
        );
      }
      return;
    }
    const subnetsProp = av.prop('subnets');
    const subnets = subnetsProp?.valueNode;
    if (!subnets || subnets.type !== 'array') {
      ctx.report(
        keyPlace(subnetsProp ?? avProp, av.node),
        subnets && subnets.type !== 'null'
          ? `"subnets" must be a list of subnet IDs, not ${describeType(subnets)}.`
          : `"awsvpcConfiguration" has no "subnets". AWS needs at least one subnet (up to ${SUBNETS.max}, all in one VPC) to place the tasks' network interfaces; list subnets in two or more Availability Zones.`,
        { missing: 'subnets' },
      );
    } else if ((subnets.children ?? []).length === 0) {
      ctx.report(subnets, `"subnets" is empty. AWS needs at least one subnet (up to ${SUBNETS.max}) to place the tasks' network interfaces.`, { missing: 'subnets' });
    } else {
      checkIdList(ctx, subnets, 'subnets', SUBNETS);
    }
    const sgs = av.prop('securityGroups')?.valueNode;
    if (sgs) checkIdList(ctx, sgs, 'securityGroups', SECURITY_GROUPS);

    const ipProp = av.prop('assignPublicIp');
    const ip = ipProp?.valueNode;
    if (ip && ip.type === 'string' && !isTemplated(ip.value)) {
      const v = ip.value as string;
      if (v !== 'ENABLED' && v !== 'DISABLED') {
        const upper = v.toUpperCase();
        ctx.report(
          ip,
          `"assignPublicIp" must be "ENABLED" or "DISABLED", not "${v}".`,
          upper === 'ENABLED' || upper === 'DISABLED' ? { expected: upper } : { validValues: ['ENABLED', 'DISABLED'] },
        );
      } else if (v === 'ENABLED' && svc.launchType === 'EC2') {
        ctx.report(
          ip,
          `AWS rejects "assignPublicIp": "ENABLED" for the EC2 launch type ("Assign public IP is not supported for this launch type"): ` +
            `only Fargate tasks can get a public IP on their own interface. Use "DISABLED" and reach the internet through a NAT gateway.`,
          { expected: 'DISABLED' },
        );
      }
    } else if (ip && ip.type !== 'string' && ip.type !== 'null') {
      ctx.report(ip, `"assignPublicIp" must be the string "ENABLED" or "DISABLED", not ${describeType(ip)}.`, { validValues: ['ENABLED', 'DISABLED'] });
    }
  },
);
