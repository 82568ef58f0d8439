import { EC2_HOOKS, ECS_HOOKS } from '../../knowledge/appspec';
import { describeType, JsonObject } from '../json';
import { defineRule, DOCS } from './rule';
import { isTemplated } from './support/service';

/** Hooks of an ECS AppSpec: the five ECS lifecycle events, each naming a Lambda function. */
export default defineRule(
  {
    id: 'fargate/appspec-hooks',
    severity: 'error',
    title: 'AppSpec hooks',
    description:
      'In an ECS AppSpec, `Hooks` is a list of lifecycle events, each mapped to the Lambda function CodeDeploy invokes ' +
      'at that point: `BeforeInstall`, `AfterInstall`, `AfterAllowTestTraffic`, `BeforeAllowTraffic`, `AfterAllowTraffic`. ' +
      'Other event names (such as `ApplicationStart` or `ValidateService`) belong to EC2/on-premises deployments, where hooks ' +
      'run scripts on the instance; an ECS deployment rejects them.',
    source: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html',
    category: 'appspec',
    target: 'appspec',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const prop = body.prop('Hooks') ?? body.prop('hooks');
    const hooks = prop?.valueNode;
    if (!prop || !hooks || hooks.type === 'null') return;
    if (hooks.type !== 'array') {
      ctx.report(hooks, `"Hooks" must be a list of "<event>: <Lambda function>" entries, not ${describeType(hooks)}.`);
      return;
    }
    if (prop.key === 'hooks' && (hooks.children ?? []).length > 0) {
      ctx.report(prop.keyNode, 'In an ECS AppSpec the section is "Hooks" with a capital H; lowercase "hooks" is the EC2/on-premises section.', { expected: 'Hooks' });
    }
    const seen = new Set<string>();
    for (const item of hooks.children ?? []) {
      if (item.type !== 'object') {
        ctx.report(item, `Each hook must be a "<event>: <Lambda function name or ARN>" entry, not ${describeType(item)}.`);
        continue;
      }
      for (const [event, p] of new JsonObject(item).props) {
        if (!ECS_HOOKS.includes(event)) {
          const fixed = ECS_HOOKS.find((h) => h.toLowerCase() === event.toLowerCase());
          let message: string;
          if (fixed) message = `Hook names are case-sensitive: write "${fixed}".`;
          else if (EC2_HOOKS.includes(event)) message = `"${event}" is a lifecycle event of EC2/on-premises deployments, where hooks run scripts on the instance. ECS deployments only have ${ECS_HOOKS.join(', ')}.`;
          else message = `"${event}" is not an ECS deployment lifecycle event. Use one of ${ECS_HOOKS.join(', ')}.`;
          ctx.report(p.keyNode, message, fixed ? { expected: fixed } : { validValues: ECS_HOOKS });
          continue;
        }
        if (seen.has(event)) ctx.report(p.keyNode, `"${event}" is listed twice; each lifecycle event takes one Lambda function.`, { removable: true });
        seen.add(event);
        const fn = p.valueNode;
        if (!fn || fn.type === 'null' || (fn.type === 'string' && (fn.value as string).trim() === '')) {
          ctx.report(p.keyNode, `"${event}" names no Lambda function; give the function's name or ARN, or remove the hook.`, { missing: 'function' });
        } else if (fn.type !== 'string') {
          ctx.report(fn, `A hook's value must be a Lambda function name or ARN, not ${describeType(fn)}.`);
        } else if (!isTemplated(fn.value) && /^arn:/.test(fn.value as string) && !/^arn:aws[a-z-]*:lambda:/.test(fn.value as string)) {
          ctx.report(fn, 'Hooks invoke Lambda functions; this ARN is not a Lambda function ARN.');
        }
      }
    }
  },
);
