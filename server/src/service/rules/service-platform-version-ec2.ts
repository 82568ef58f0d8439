import { defineRule } from './rule';
import { isSet, removableData } from './support/fargate';
import { serviceInfo } from './support/service';

/** Launch types that run tasks on instances the user registers, where no Fargate platform exists. */
const NON_FARGATE_LAUNCH_TYPES = ['EC2', 'EXTERNAL'];

/** `platformVersion` only applies to Fargate. */
export default defineRule(
  {
    id: 'fargate/service-platform-version-ec2',
    severity: 'error',
    title: 'Platform version on an EC2 service',
    description:
      'A platform version names the Fargate runtime (kernel, container runtime, agent) that AWS manages for the tasks. ' +
      'Tasks of the `EC2` launch type (and of `EXTERNAL`, ECS Anywhere) run on instances you manage, whose agent and ' +
      'Docker version are yours, so CreateService only takes `platformVersion` with Fargate. Remove it from an EC2 service, ' +
      'or switch the service to `launchType: FARGATE` if that is where it should run.',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
    category: 'service',
    target: 'service',
  },
  (ctx) => {
    const body = ctx.doc.body;
    if (!body) return;
    const prop = body.prop('platformVersion');
    if (!prop || !isSet(prop.valueNode)) return;
    const { launchType } = serviceInfo(body);
    if (!launchType || !NON_FARGATE_LAUNCH_TYPES.includes(launchType)) return;
    ctx.report(
      prop.keyNode,
      `"platformVersion" selects a Fargate platform, and this service uses the ${launchType} launch type, whose tasks run on instances you manage; ` +
        `AWS takes a platform version only for Fargate. Remove platformVersion, or set "launchType": "FARGATE".`,
      removableData('platformVersion'),
    );
  },
);
