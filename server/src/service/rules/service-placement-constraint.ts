import { defineRule } from './rule';
import { isSet, removableData } from './support/fargate';
import { serviceInfo } from './support/service';

/** `distinctInstance` placement constraints take no expression. */
export default defineRule(
  {
    id: 'fargate/service-placement-constraint',
    severity: 'error',
    title: 'Expression on a distinctInstance constraint',
    description:
      'A placement constraint of type `distinctInstance` makes ECS put each task of the group on a different container ' +
      'instance; it needs nothing else. Only `memberOf` takes a cluster query language `expression` (such as ' +
      '`attribute:ecs.instance-type =~ t3.*`). CreateService rejects a distinctInstance constraint with an expression: ' +
      'remove the expression, or make the constraint `memberOf` if the expression is what you meant. (On Fargate, placement ' +
      'constraints are rejected altogether: see `fargate/service-placement`.)',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html',
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    if (serviceInfo(body).fargate) return;
    for (const c of body.objects('placementConstraints')) {
      if (c.str('type') !== 'distinctInstance') continue;
      const expr = c.prop('expression');
      if (!expr || !isSet(expr.valueNode)) continue;
      ctx.report(
        expr.keyNode,
        `A "distinctInstance" constraint puts every task on a different instance and takes no expression; AWS rejects "expression" on it ("distinctInstance expression should not be specified"). ` +
          `Remove the expression, or change the type to "memberOf" to restrict instances with it.`,
        removableData('expression'),
      );
    }
  },
);
