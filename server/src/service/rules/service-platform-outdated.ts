import { defineRule, DOCS } from './rule';
import { isOlderLinuxPlatform } from './support/platform';
import { serviceTask } from './support/related';
import { LATEST_LINUX_PLATFORM, LATEST_WINDOWS_PLATFORM, serviceInfo } from './support/service';

/** Security Hub ECS.10: Fargate services should run on the latest platform version. */
export default defineRule(
  {
    id: 'fargate/service-platform-outdated',
    severity: 'warning',
    title: 'Fargate service pinned to an old platform version',
    description:
      'Platform versions older than 1.4.0 lack features many task definitions rely on (EFS volumes, ephemeral storage ' +
      'settings, JSON-key secrets, SYS_PTRACE, environment files) and miss security fixes; Security Hub control ECS.10 ' +
      'flags Fargate services that are not on the latest version (1.4.0 for Linux, 1.0.0 for Windows). Use `LATEST` or ' +
      '`1.4.0`. Windows tasks only run on 1.0.0: when the task definition in the same folder is a Windows one, any other ' +
      'explicit version is reported.',
    source: DOCS.securityHubEcs,
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const node = body.get('platformVersion');
    if (!node || node.type !== 'string') return;
    const v = node.value as string;
    const svc = serviceInfo(body);
    if (svc.launchType && svc.launchType !== 'FARGATE') return;
    const task = serviceTask(ctx.related, body);
    if (task?.task.windows) {
      if (v !== 'LATEST' && v !== LATEST_WINDOWS_PLATFORM && /^\d+\.\d+\.\d+$/.test(v)) {
        ctx.report(
          node,
          `The task definition in ${task.file} runs Windows containers, and Fargate runs Windows only on platform version ${LATEST_WINDOWS_PLATFORM}. ` +
            `Use "LATEST" or "${LATEST_WINDOWS_PLATFORM}".`,
          { expected: 'LATEST' },
        );
      }
      return;
    }
    if (isOlderLinuxPlatform(v)) {
      ctx.report(
        node,
        `Platform version ${v} is older than ${LATEST_LINUX_PLATFORM}: it lacks EFS, ephemeral storage, JSON-key secrets and later security fixes ` +
          `(Security Hub ECS.10). Use "LATEST" or "${LATEST_LINUX_PLATFORM}".`,
        { expected: 'LATEST' },
      );
    }
  },
);
