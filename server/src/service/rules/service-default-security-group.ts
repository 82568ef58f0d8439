import { defineRule, DOCS, keyPlace } from './rule';
import { serviceInfo } from './support/service';

/** No security groups: the VPC's default security group is attached. */
export default defineRule(
  {
    id: 'fargate/service-default-security-group',
    severity: 'warning',
    title: 'Service uses the default security group',
    description:
      'When `awsvpcConfiguration` lists no `securityGroups`, AWS attaches the VPC\'s default security group to every task. ' +
      'That group usually allows all traffic between everything else that uses it, and its rules are easy to change by ' +
      'accident for unrelated resources. Give the service its own security group that opens only the ports it serves.',
    source: DOCS.createServiceApi,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const av = serviceInfo(body).awsvpc;
    if (!av) return;
    const sgs = av.get('securityGroups');
    if (sgs && (sgs.type !== 'array' || (sgs.children ?? []).length > 0)) return;
    ctx.report(
      keyPlace(av.prop('securityGroups'), body.prop('networkConfiguration')?.keyNode ?? av.node),
      'No "securityGroups" are listed, so the tasks get the VPC\'s default security group, which is usually wide open between ' +
        'its members and shared with unrelated resources. Add a security group made for this service (at most 5).',
      { missing: 'securityGroups' },
    );
  },
);
