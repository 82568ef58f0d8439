import { defineRule, DOCS, keyPlace } from './rule';
import { serviceTask } from './support/related';
import { serviceInfo } from './support/service';

/** A Fargate service's task definition must be Fargate-compatible. */
export default defineRule(
  {
    id: 'fargate/service-task-compatibility',
    severity: 'error',
    title: 'Fargate service with a task definition not made for Fargate',
    description:
      'A service that runs on Fargate (launchType FARGATE or a FARGATE / FARGATE_SPOT capacity provider) can only start ' +
      'task definitions registered as Fargate-compatible: `requiresCompatibilities` lists `FARGATE` and the network mode ' +
      'is awsvpc. Otherwise CreateService fails with "Task definition does not support launch_type FARGATE". This rule ' +
      'compares the service with the task definition in the same folder (or, by family, in `fargate.relatedFolders`).',
    source: DOCS.fargateTasks,
    category: 'cross-file',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body || !ctx.related) return;
    const svc = serviceInfo(body);
    if (!svc.fargate) return;
    const rt = serviceTask(ctx.related, body);
    if (!rt) return;
    const rc = rt.task.requiresCompatibilities;
    const place = keyPlace(body.prop('launchType')?.valueNode ? body.prop('launchType') : body.prop('capacityProviderStrategy'), body.node);
    if (rc && rc.length > 0 && rt.task.fargate === 'none') {
      ctx.report(
        place,
        `This service runs on Fargate (${svc.fargateReason}), but the task definition in ${rt.file} lists requiresCompatibilities ${JSON.stringify(rc)} without FARGATE. ` +
          `AWS refuses to start it ("Task definition does not support launch_type FARGATE"): add "FARGATE" to requiresCompatibilities.`,
        { taskDefinitionUri: rt.uri, missing: 'FARGATE' },
      );
    } else if (!rc && rt.task.fargate === 'none') {
      ctx.report(
        place,
        `This service runs on Fargate (${svc.fargateReason}), but the task definition in ${rt.file} does not declare "requiresCompatibilities": ["FARGATE"]` +
          `${rt.task.networkMode && rt.task.networkMode !== 'awsvpc' ? ` and uses the ${rt.task.networkMode} network mode` : ''}. Register it for Fargate: requiresCompatibilities ["FARGATE"], networkMode "awsvpc", task-level cpu and memory.`,
        { taskDefinitionUri: rt.uri, missing: 'FARGATE' },
      );
    }
  },
);
