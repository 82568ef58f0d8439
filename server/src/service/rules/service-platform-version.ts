import { defineRule, DOCS } from './rule';
import { platformVersionProblem } from './support/platform';
import { serviceInfo } from './support/service';

/** `platformVersion` must name a Fargate platform version that exists. */
export default defineRule(
  {
    id: 'fargate/service-platform-version',
    severity: 'error',
    title: 'Unknown Fargate platform version',
    description:
      'A Fargate platform version names the runtime environment (kernel, container runtime, agent) the tasks run on. ' +
      'AWS accepts `LATEST` and the full version strings `1.4.0`, `1.3.0`, `1.2.0`, `1.1.0` and `1.0.0`; anything else, ' +
      'including the short form `1.4`, fails with "The specified platform does not exist". `LATEST` is usually the right ' +
      'choice: it picks 1.4.0 for Linux and 1.0.0 for Windows.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html',
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    const node = body?.get('platformVersion');
    if (!body || !node) return;
    // On EC2 / EXTERNAL the field itself is wrong (fargate/service-platform-version-ec2), whatever its value.
    const launchType = serviceInfo(body).launchType;
    if (launchType === 'EC2' || launchType === 'EXTERNAL') return;
    const problem = platformVersionProblem(node, 'platformVersion');
    if (problem) ctx.report(node, problem.message, problem.data);
  },
);
