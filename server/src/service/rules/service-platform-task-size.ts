import { labelsText, PLATFORM_GATED_SIZES, sizeForCpu } from '../../knowledge/fargateSizes';
import { defineRule, DOCS } from './rule';
import { serviceTask } from './support/related';
import { serviceInfo } from './support/service';

/** "1.3.0" < "1.4.0": numeric comparison of dotted versions. */
function olderThan(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/** The large Fargate sizes (8, 16 and 32 vCPU) exist only on Linux platform version 1.4.0 and later. */
export default defineRule(
  {
    id: 'fargate/service-platform-task-size',
    severity: 'error',
    title: 'Service platform version too old for the task size',
    description:
      `The larger Fargate task sizes (${labelsText(PLATFORM_GATED_SIZES)}, see the size table) are only offered on Linux platform version ` +
      `${PLATFORM_GATED_SIZES[0]?.minPlatform} and later. ` +
      'A service that pins an older `platformVersion` for such a task cannot place it: the deployment ' +
      'never gets a running task. Use `LATEST` (or the minimum version), or choose a smaller task size. The task definition is the ' +
      'one the service deploys from the same folder (or from `fargate.relatedFolders`, by family).',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size',
    category: 'cross-file',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const node = body.get('platformVersion');
    if (!node || node.type !== 'string') return;
    const version = node.value as string;
    if (!/^\d+\.\d+\.\d+$/.test(version)) return;
    const svc = serviceInfo(body);
    if (svc.launchType && svc.launchType !== 'FARGATE') return;
    const rt = serviceTask(ctx.related, body);
    if (!rt || rt.task.windows) return;
    const cpu = rt.task.cpu?.value;
    if (cpu?.kind !== 'number') return;
    const size = sizeForCpu(cpu.value);
    if (!size?.minPlatform || !olderThan(version, size.minPlatform)) return;
    ctx.report(
      node,
      `The task definition in ${rt.file} asks for ${size.label}, a size Fargate offers only on Linux platform version ` +
        `${size.minPlatform} or later, so on ${version} the service cannot start its tasks. Use "LATEST" or "${size.minPlatform}", ` +
        'or choose a smaller task size.',
      { expected: 'LATEST' },
    );
  },
);
