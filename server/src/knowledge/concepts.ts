/**
 * Fargate concepts: the voice of the hovers and of the concept sidebar.
 *
 * Each concept retells one idea from the "AWS Fargate" episode in our own words, keeps the episode's
 * beginner analogy, and says which task-definition / service / AppSpec fields and which values it explains.
 *
 * Field path syntax (see {@link conceptsForField}):
 * - task definition fields are bare: `cpu`, `containerDefinitions[].portMappings`;
 * - ECS service fields are prefixed `service:`: `service:networkConfiguration.awsvpcConfiguration.securityGroups`;
 * - CodeDeploy AppSpec fields are prefixed `appspec:`: `appspec:Hooks`,
 *   `appspec:Resources[].TargetService.Properties.TaskDefinition`.
 * `[]` stands for "any array index"; a pattern also covers everything below it.
 *
 * Pure data and pure functions; the only import is the Fargate size table, so sizes are written in one place.
 */
import { FARGATE_SIZES, memoryChoicesText } from './fargateSizes';

const SMALLEST = FARGATE_SIZES[0];
const LARGEST = FARGATE_SIZES[FARGATE_SIZES.length - 1];
/** The 1 vCPU row, the usual example of a CPU value and its memory range. */
const EXAMPLE_SIZE = FARGATE_SIZES.find((s) => s.vcpu === 1) ?? SMALLEST;

/** Sidebar groups, shown in the order of {@link CONCEPT_CATEGORIES}. */
export type ConceptCategory =
  | 'Foundations'
  | 'Networking'
  | 'Security & IAM'
  | 'Storage'
  | 'Reliability'
  | 'Observability'
  | 'Cost & Sizing'
  | 'Deployment'
  | 'Scaling'
  | 'Architecture';

/** A link to AWS documentation. */
export interface ConceptLink {
  title: string;
  url: string;
}

/** One idea from the episode, tied to the fields and values it explains. */
export interface Concept {
  /** Stable kebab-case id, e.g. `awsvpc-eni`. */
  id: string;
  title: string;
  category: ConceptCategory;
  /** One sentence. */
  summary: string;
  /** 3-6 sentences of Markdown. */
  explanation: string;
  /** The episode's beginner analogy, retold. */
  analogy: string;
  /** Field paths this concept explains (syntax: see the file header). */
  fields: string[];
  /** Literal values this concept explains, e.g. `awsvpc`, `CODE_DEPLOY`, an image name. */
  values?: string[];
  /** 1-3 AWS documentation links. */
  docs: ConceptLink[];
}

/** Display order of the sidebar groups. */
export const CONCEPT_CATEGORIES: readonly ConceptCategory[] = [
  'Foundations',
  'Networking',
  'Security & IAM',
  'Storage',
  'Reliability',
  'Observability',
  'Cost & Sizing',
  'Deployment',
  'Scaling',
  'Architecture',
];

const ECS_GUIDE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide';

export const CONCEPTS: readonly Concept[] = [
  // ---------------------------------------------------------------- Foundations
  {
    id: 'serverless-containers',
    title: 'Serverless containers: Fargate instead of EC2 hosts',
    category: 'Foundations',
    summary: 'Fargate runs your containers on capacity AWS provisions and patches, so you never pick, scale or maintain EC2 instances.',
    explanation:
      'Before Fargate, running containers on ECS or EKS meant owning a fleet of EC2 instances: choosing instance types, ' +
      'looking after Auto Scaling groups and applying OS patches. With Fargate you describe the workload and how much CPU ' +
      'and memory it needs, and AWS quietly supplies the machines underneath. In a task definition you ask for this by ' +
      'listing `FARGATE` in `requiresCompatibilities`; a service or `RunTask` call then uses the `FARGATE` launch type ' +
      '(or the `FARGATE` / `FARGATE_SPOT` capacity providers). The serverless idea that Lambda brought to functions is ' +
      'here applied to whole containers.',
    analogy:
      'Think of ordering dinner through a delivery app. You still decide what you want to eat (your container image), ' +
      'but nobody asks you to hire cooks or maintain the ovens: the meal is cooked and brought to you, and running the ' +
      'restaurant is somebody else\'s problem.',
    fields: [
      'requiresCompatibilities',
      'service:launchType',
      'service:platformVersion',
      'service:capacityProviderStrategy[].capacityProvider',
    ],
    values: ['FARGATE', 'LATEST'],
    docs: [
      { title: 'Architect for AWS Fargate for Amazon ECS', url: `${ECS_GUIDE}/AWS_Fargate.html` },
      { title: 'Task definition differences for Fargate', url: `${ECS_GUIDE}/fargate-tasks-services.html` },
    ],
  },
  {
    id: 'ecs-vs-eks',
    title: 'ECS or EKS on Fargate',
    category: 'Foundations',
    summary: 'Fargate can run ECS tasks or Kubernetes pods from EKS; ECS is the AWS-native orchestrator and usually the easier start.',
    explanation:
      'Fargate is a compute engine that sits under two orchestrators. With **Amazon ECS** you register task definitions and ' +
      'create services, and Fargate runs them without any hosts for you to look after. With **Amazon EKS**, a Fargate ' +
      'profile lets Kubernetes place pods on serverless capacity, so you can run Kubernetes workloads with no worker nodes. ' +
      'ECS is AWS\'s own API, while EKS speaks standard Kubernetes; both are flexible, but ECS has fewer moving parts for a ' +
      'first project. This extension edits the ECS side: task definitions, services and CodeDeploy AppSpecs.',
    analogy:
      'ECS is like an automatic car designed by AWS: you steer and it shifts for you. EKS is more like a manual gearbox ' +
      'with the familiar Kubernetes controls, yet in both cars AWS still looks after the engine under the bonnet.',
    fields: [],
    docs: [
      { title: 'What is Amazon Elastic Container Service?', url: `${ECS_GUIDE}/Welcome.html` },
      { title: 'Simplify compute management with AWS Fargate (Amazon EKS)', url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html' },
    ],
  },
  {
    id: 'task-definition-recipe',
    title: 'The task definition is the recipe card',
    category: 'Foundations',
    summary: 'A task definition (or an EKS pod spec) tells Fargate exactly which images to run, with what resources, settings and networking.',
    explanation:
      'Even with no servers to manage, Fargate still needs precise instructions, and the **task definition** is where they ' +
      'live (on EKS the pod specification plays the same part). It names the `family`, lists up to ten ' +
      '`containerDefinitions` with their `image`, `command` and environment, sets task-level `cpu` and `memory`, and ' +
      'fixes the network mode and roles. Each registration creates a new immutable revision (`family:revision`) that ' +
      'services and deployments point at. Getting this blueprint right is most of the work of running on Fargate, which ' +
      'is why this extension checks it as you type.',
    analogy:
      'It is like handing a recipe card to a chef. You do not shop for groceries or buy the appliances, but the chef ' +
      'does need your exact list of ingredients and steps, and follows that card to the letter.',
    fields: [
      'family',
      'containerDefinitions',
      'containerDefinitions[].name',
      'containerDefinitions[].command',
      'containerDefinitions[].entryPoint',
      'containerDefinitions[].workingDirectory',
      'containerDefinitions[].dockerLabels',
      'containerDefinitions[].interactive',
      'containerDefinitions[].pseudoTerminal',
      'tags',
      'service:taskDefinition',
      'service:serviceName',
      'service:cluster',
    ],
    docs: [
      { title: 'Amazon ECS task definitions', url: `${ECS_GUIDE}/task_definitions.html` },
      { title: 'Amazon ECS task definition parameters', url: `${ECS_GUIDE}/task_definition_parameters.html` },
    ],
  },
  {
    id: 'fargate-limits',
    title: 'Fargate limits: ENIs, image size, ports',
    category: 'Foundations',
    summary: 'Because Fargate is managed, each task lives within fixed bounds on network interfaces, image and disk size, ports and container count.',
    explanation:
      'Every task takes exactly one ENI, so it uses one IP address from its subnet and counts against the Region\'s ENI ' +
      'and task quotas; small subnets or low quotas cap how far a service can grow. A task may hold at most 10 containers, ' +
      'and the image layers are unpacked into the task\'s ephemeral storage (20 GiB by default, up to 200 GiB), so huge ' +
      'images eat disk space and slow start-up. Ports are fixed too: with `awsvpc`, `hostPort` must be omitted or equal ' +
      '`containerPort`, two containers cannot bind the same port, and a service may list at most 16 subnets and 5 security ' +
      'groups. Many host-level options (`privileged`, `devices`, host volumes, GPUs) are simply not available.',
    analogy:
      'It is like renting a furnished flat: moving in is effortless, but you may not knock down a wall or add a ' +
      'bathroom. If you need that kind of change you move to a bigger place, which here means EC2.',
    fields: [
      'containerDefinitions[].portMappings',
      'containerDefinitions[].portMappings[].hostPort',
      'containerDefinitions[].portMappings[].containerPortRange',
      'containerDefinitions[].ulimits',
      'containerDefinitions[].resourceRequirements',
      'inferenceAccelerators',
      'placementConstraints',
      'service:placementConstraints',
      'service:placementStrategy',
      'service:networkConfiguration.awsvpcConfiguration.subnets',
    ],
    docs: [
      { title: 'Amazon ECS service quotas', url: `${ECS_GUIDE}/service-quotas.html` },
      { title: 'Task definition differences for Fargate', url: `${ECS_GUIDE}/fargate-tasks-services.html` },
    ],
  },

  // ---------------------------------------------------------------- Networking
  {
    id: 'awsvpc-eni',
    title: 'awsvpc: one network interface per task',
    category: 'Networking',
    summary: 'On Fargate every task gets its own elastic network interface and private IP in your VPC, which is why `networkMode` must be `awsvpc`.',
    explanation:
      'Fargate only accepts the `awsvpc` network mode: each task (or EKS pod) is given its own **elastic network interface** ' +
      'with a private IP address in one of your subnets. Containers of the same task share that interface and reach each ' +
      'other on `localhost`, so Docker-style `links`, `hostname`, `extraHosts` and `dnsServers` are not used. Because ports ' +
      'belong to the ENI, `hostPort` must be left out or equal `containerPort`. Services and `RunTask` calls must supply ' +
      '`networkConfiguration.awsvpcConfiguration` with subnets, security groups and `assignPublicIp`; a task in a private ' +
      'subnet needs a NAT gateway or VPC endpoints to pull images. The result is that tasks are full members of the VPC, ' +
      'addressable and filterable just like EC2 instances.',
    analogy:
      'Picture a shopping mall where every shop has its own street address and front door instead of all sharing one ' +
      'main entrance. Visitors can go straight to the shop they want, and each door can be watched on its own.',
    fields: [
      'networkMode',
      'containerDefinitions[].portMappings',
      'containerDefinitions[].portMappings[].containerPort',
      'containerDefinitions[].portMappings[].hostPort',
      'containerDefinitions[].links',
      'containerDefinitions[].hostname',
      'containerDefinitions[].extraHosts',
      'containerDefinitions[].dnsServers',
      'containerDefinitions[].dnsSearchDomains',
      'containerDefinitions[].disableNetworking',
      'service:networkConfiguration',
      'service:networkConfiguration.awsvpcConfiguration',
      'service:networkConfiguration.awsvpcConfiguration.subnets',
      'service:networkConfiguration.awsvpcConfiguration.assignPublicIp',
      'service:serviceConnectConfiguration',
      'service:serviceRegistries',
      'appspec:Resources[].TargetService.Properties.NetworkConfiguration',
    ],
    values: ['awsvpc', 'bridge', 'host'],
    docs: [
      { title: 'Amazon ECS task networking options for Fargate', url: `${ECS_GUIDE}/fargate-task-networking.html` },
      { title: 'Amazon ECS task networking options for EC2', url: `${ECS_GUIDE}/task-networking.html` },
    ],
  },
  {
    id: 'alb-integration',
    title: 'Application Load Balancer in front of tasks',
    category: 'Networking',
    summary: 'A service registers each task\'s IP as a target of an Application Load Balancer, which spreads requests and stops sending to unhealthy tasks.',
    explanation:
      'An ECS service on Fargate can attach to an **Application Load Balancer** through `loadBalancers`: each entry names a ' +
      'target group, the container and the container port to send traffic to. Because tasks have their own ENIs, the ' +
      'target group must use the `ip` target type, and Classic Load Balancers are not supported with Fargate. The ALB ' +
      'balances requests over all running tasks, can route by path or host, and uses its health checks to stop sending ' +
      'traffic to failing tasks, which ECS then replaces. Set `healthCheckGracePeriodSeconds` so slow-starting containers ' +
      'are not killed before they are ready; a Network Load Balancer is the choice for plain TCP/UDP.',
    analogy:
      'It works like checkout lines at a store: customers are spread evenly across the open tills, and a supervisor ' +
      'watching the lines sends people elsewhere the moment one cashier shuts down.',
    fields: [
      'service:loadBalancers',
      'service:loadBalancers[].targetGroupArn',
      'service:loadBalancers[].containerName',
      'service:loadBalancers[].containerPort',
      'service:loadBalancers[].loadBalancerName',
      'service:healthCheckGracePeriodSeconds',
      'service:role',
      'containerDefinitions[].portMappings',
      'containerDefinitions[].portMappings[].containerPort',
      'appspec:Resources[].TargetService.Properties.LoadBalancerInfo',
    ],
    values: ['ip', 'ALBRequestCountPerTarget'],
    docs: [
      { title: 'Use load balancing to distribute Amazon ECS service traffic', url: `${ECS_GUIDE}/service-load-balancing.html` },
      { title: 'What is an Application Load Balancer?', url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/introduction.html' },
    ],
  },

  // ---------------------------------------------------------------- Security & IAM
  {
    id: 'task-security-groups',
    title: 'Security groups per task',
    category: 'Security & IAM',
    summary: 'Since each task owns an ENI, you attach security groups to the task itself and control traffic container by container rather than host by host.',
    explanation:
      'In `awsvpc` mode the security groups listed in the service\'s `awsvpcConfiguration.securityGroups` are bound to ' +
      'each task\'s own network interface (up to 5 groups, all from the same VPC; the VPC default group is used when none ' +
      'is given). That lets you, for example, accept traffic only from the load balancer\'s group, or let only the API ' +
      'tasks reach the database. Access is decided per workload instead of per EC2 host shared by many containers, which ' +
      'follows least privilege. Keep `assignPublicIp` `DISABLED` unless a task truly has to be reachable from the ' +
      'internet; Security Hub flags public IPs on services.',
    analogy:
      'It is like giving every apartment in a block its own lock and alarm, rather than guarding only the front door ' +
      'of the building: getting into the lobby no longer means getting into every flat.',
    fields: [
      'service:networkConfiguration.awsvpcConfiguration.securityGroups',
      'service:networkConfiguration.awsvpcConfiguration.assignPublicIp',
      'appspec:Resources[].TargetService.Properties.NetworkConfiguration.AwsvpcConfiguration.SecurityGroups',
      'appspec:Resources[].TargetService.Properties.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp',
    ],
    docs: [
      { title: 'Amazon ECS task networking options for Fargate', url: `${ECS_GUIDE}/fargate-task-networking.html` },
      { title: 'Control traffic to your AWS resources using security groups', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html' },
    ],
  },
  {
    id: 'task-and-execution-roles',
    title: 'Task role vs execution role',
    category: 'Security & IAM',
    summary: 'The task role is what your code may do in AWS; the execution role is what ECS/Fargate needs to start the task: pull images, write logs, fetch secrets.',
    explanation:
      '`taskRoleArn` gives **your application** its AWS permissions, for instance reading a DynamoDB table or writing to ' +
      'an S3 bucket. `executionRoleArn` is used by the **Fargate agent** before and around your code: pulling private ECR ' +
      'images, sending `awslogs` output to CloudWatch, reading `secrets` and `environmentFiles`, and resolving ' +
      '`repositoryCredentials` for a private registry. On Fargate these features fail to register without an execution ' +
      'role, and the AWS managed policy `AmazonECSTaskExecutionRolePolicy` covers the ECR and logs part. Keep the two ' +
      'roles separate and narrowly scoped (both trust `ecs-tasks.amazonaws.com`); reusing one role for both hands your ' +
      'code permissions it should never have.',
    analogy:
      'Picture an employee carrying two sets of keys: one opens their own office and files (the task role), the other ' +
      'only opens the building\'s utility rooms so the caretaker work gets done (the execution role). Neither key ring ' +
      'should open more than its job needs.',
    fields: [
      'taskRoleArn',
      'executionRoleArn',
      'containerDefinitions[].repositoryCredentials',
      'containerDefinitions[].repositoryCredentials.credentialsParameter',
    ],
    values: ['ecs-tasks.amazonaws.com', 'AmazonECSTaskExecutionRolePolicy'],
    docs: [
      { title: 'Amazon ECS task execution IAM role', url: `${ECS_GUIDE}/task_execution_IAM_role.html` },
      { title: 'Amazon ECS task IAM role', url: `${ECS_GUIDE}/task-iam-roles.html` },
      { title: 'Best practices for IAM roles in Amazon ECS', url: `${ECS_GUIDE}/security-iam-roles.html` },
    ],
  },
  {
    id: 'secrets-injection',
    title: 'Inject secrets at run time',
    category: 'Security & IAM',
    summary: 'Keep credentials out of images and plain environment variables: reference Secrets Manager or Parameter Store in `secrets` and ECS injects them when the container starts.',
    explanation:
      'Passwords, API keys and other sensitive settings should never be baked into an image or typed into `environment`, ' +
      'where anyone allowed to describe the task definition can read them. Instead, each entry of a container\'s ' +
      '`secrets` gives a variable `name` and a `valueFrom` that points at an **AWS Secrets Manager** secret (optionally ' +
      'a JSON key, version stage or version id) or an **SSM Parameter Store** parameter; the execution role fetches it ' +
      'when the container starts. Only tasks whose execution role may read the secret get it, and rotating it in one ' +
      'place is enough, though running tasks only see the new value after they are replaced. `environmentFiles` loads ' +
      'non-secret settings in bulk from `.env` files in S3 (at most 10), and `logConfiguration.secretOptions` does the ' +
      'same job for log-driver credentials.',
    analogy:
      'Instead of sticking passwords on a note taped to the desk, each worker receives a sealed envelope every morning ' +
      'holding just the codes they need for that day, and only the right person may open it.',
    fields: [
      'containerDefinitions[].secrets',
      'containerDefinitions[].secrets[].name',
      'containerDefinitions[].secrets[].valueFrom',
      'containerDefinitions[].environment',
      'containerDefinitions[].environmentFiles',
      'containerDefinitions[].logConfiguration.secretOptions',
    ],
    values: ['s3'],
    docs: [
      { title: 'Pass sensitive data to an Amazon ECS container', url: `${ECS_GUIDE}/specifying-sensitive-data.html` },
      { title: 'Secret (Amazon ECS API Reference)', url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Secret.html' },
    ],
  },
  {
    id: 'isolation-compliance',
    title: 'Isolation and compliance',
    category: 'Security & IAM',
    summary: 'Each Fargate task runs in its own isolated virtual environment with its own kernel, so neighbours cannot share or disturb it, and host-level escapes are switched off.',
    explanation:
      'Fargate gives each task a dedicated, hardware-virtualised environment: it does not share a kernel, CPU, memory, ' +
      'ephemeral storage or network interface with any other task, which removes most noisy-neighbour and cross-tenant ' +
      'worries you would have packing containers onto one EC2 host. To keep that boundary, Fargate refuses `privileged` ' +
      'containers, host `pidMode` (only `task` is allowed), `ipcMode`, devices, and any added Linux capability except ' +
      '`SYS_PTRACE`. You still own what runs inside: run as a non-root `user`, set `readonlyRootFilesystem` to `true`, ' +
      'and drop capabilities you do not need, which is also what Security Hub\'s ECS controls check. AWS patches the ' +
      'underlying hosts, shrinking your part of the shared-responsibility model.',
    analogy:
      'It is the difference between open-plan cubicles and private office suites: every tenant has walls and a door of ' +
      'their own, which is what auditors and compliance frameworks like to see.',
    fields: [
      'containerDefinitions[].privileged',
      'containerDefinitions[].user',
      'containerDefinitions[].readonlyRootFilesystem',
      'containerDefinitions[].linuxParameters',
      'containerDefinitions[].linuxParameters.capabilities',
      'containerDefinitions[].linuxParameters.capabilities.add',
      'containerDefinitions[].linuxParameters.capabilities.drop',
      'containerDefinitions[].linuxParameters.devices',
      'containerDefinitions[].dockerSecurityOptions',
      'containerDefinitions[].systemControls',
      'pidMode',
      'ipcMode',
      'service:enableExecuteCommand',
    ],
    values: ['SYS_PTRACE', 'task', 'host'],
    docs: [
      { title: 'Fargate security best practices in Amazon ECS', url: `${ECS_GUIDE}/security-fargate.html` },
      { title: 'Fargate security considerations for Amazon ECS', url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/fargate-security-considerations.html' },
      { title: 'Security Hub controls for Amazon ECS', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html' },
    ],
  },

  // ---------------------------------------------------------------- Storage
  {
    id: 'ephemeral-storage',
    title: 'Ephemeral task storage',
    category: 'Storage',
    summary: 'Whatever a Fargate task writes to its own disk is lost when the task stops; it is fast scratch space, not a place for data you need later.',
    explanation:
      'A Fargate task gets its own encrypted ephemeral disk: 20 GiB by default, extendable to 200 GiB with ' +
      '`ephemeralStorage.sizeInGiB` (21-200, Linux platform 1.4.0 or later). It holds the container image layers, the ' +
      'containers\' writable layers and any bind-mount `volumes` shared between containers of the task through ' +
      '`mountPoints` or `volumesFrom`. All of it disappears when the task stops, is replaced, or is scaled in, so treat it ' +
      'as a cache or workspace. Host paths and Docker volume plugins are not available on Fargate, and storage beyond ' +
      'the included 20 GiB is billed.',
    analogy:
      'Ephemeral storage is the scratch paper on your desk: handy for jotting things down while you work, and swept ' +
      'into the bin as soon as you go home.',
    fields: [
      'ephemeralStorage',
      'ephemeralStorage.sizeInGiB',
      'volumes',
      'volumes[].name',
      'volumes[].host',
      'volumes[].dockerVolumeConfiguration',
      'containerDefinitions[].mountPoints',
      'containerDefinitions[].volumesFrom',
      'containerDefinitions[].readonlyRootFilesystem',
      'containerDefinitions[].linuxParameters.tmpfs',
    ],
    docs: [
      { title: 'Storage options for Amazon ECS tasks', url: `${ECS_GUIDE}/using_data_volumes.html` },
      { title: 'Use bind mounts with Amazon ECS', url: `${ECS_GUIDE}/bind-mounts.html` },
    ],
  },
  {
    id: 'efs-shared-storage',
    title: 'Amazon EFS for durable, shared storage',
    category: 'Storage',
    summary: 'Mount an Amazon EFS file system when data must outlive a task or be shared by many tasks at once.',
    explanation:
      'For anything that must persist, declare a volume with `efsVolumeConfiguration` (file system id, optional access ' +
      'point and root directory) and mount it into containers with `mountPoints`. Every task of a service can mount the ' +
      'same file system concurrently, and the files survive tasks starting, stopping and moving between Availability ' +
      'Zones. Turn on `transitEncryption` (Security Hub ECS.18) and prefer IAM authorisation through the task role with ' +
      'an access point. EFS needs Fargate platform 1.4.0 or later and is slower than local disk, so it trades some speed ' +
      'for durability; databases and caches are usually better served by a managed service.',
    analogy:
      'EFS is the shared filing cabinet in the office: anyone on the team can open it, and the folders stay put no ' +
      'matter who arrives or leaves for the day.',
    fields: [
      'volumes[].efsVolumeConfiguration',
      'volumes[].efsVolumeConfiguration.fileSystemId',
      'volumes[].efsVolumeConfiguration.rootDirectory',
      'volumes[].efsVolumeConfiguration.transitEncryption',
      'volumes[].efsVolumeConfiguration.transitEncryptionPort',
      'volumes[].efsVolumeConfiguration.authorizationConfig',
      'volumes[].configuredAtLaunch',
      'containerDefinitions[].mountPoints',
      'containerDefinitions[].mountPoints[].sourceVolume',
      'containerDefinitions[].mountPoints[].containerPath',
      'service:volumeConfigurations',
    ],
    docs: [
      { title: 'Use Amazon EFS volumes with Amazon ECS', url: `${ECS_GUIDE}/efs-volumes.html` },
      { title: 'What is Amazon Elastic File System?', url: 'https://docs.aws.amazon.com/efs/latest/ug/whatisefs.html' },
    ],
  },

  // ---------------------------------------------------------------- Reliability
  {
    id: 'health-checks-replacement',
    title: 'Health checks and automatic replacement',
    category: 'Reliability',
    summary: 'ECS watches container health and the service replaces tasks that fail, so the desired number of healthy copies keeps running.',
    explanation:
      'A container `healthCheck` runs a command inside the container (`CMD` or `CMD-SHELL`) every `interval` seconds ' +
      '(5-300, default 30), with `timeout` 2-60, `retries` 1-10 and an optional `startPeriod` of up to 300 seconds. When ' +
      'an `essential` container exits the whole task stops, and a service also retires tasks reported unhealthy by ' +
      'these checks or by its load balancer, launching replacements to get back to `desiredCount`. `restartPolicy` can ' +
      'restart a single container in place, and `dependsOn` with `START`, `COMPLETE`, `SUCCESS` or `HEALTHY` orders ' +
      'start-up. The deployment circuit breaker stops and rolls back a rollout whose new tasks keep failing.',
    analogy:
      'Think of a factory supervisor walking the line: when a machine stops working it is pulled out and a fresh one is ' +
      'wheeled in, so the conveyor belt never halts for long.',
    fields: [
      'containerDefinitions[].healthCheck',
      'containerDefinitions[].healthCheck.command',
      'containerDefinitions[].healthCheck.interval',
      'containerDefinitions[].healthCheck.timeout',
      'containerDefinitions[].healthCheck.retries',
      'containerDefinitions[].healthCheck.startPeriod',
      'containerDefinitions[].essential',
      'containerDefinitions[].restartPolicy',
      'containerDefinitions[].dependsOn',
      'containerDefinitions[].dependsOn[].condition',
      'containerDefinitions[].startTimeout',
      'containerDefinitions[].stopTimeout',
      'service:healthCheckGracePeriodSeconds',
      'service:deploymentConfiguration.deploymentCircuitBreaker',
      'service:deploymentConfiguration.minimumHealthyPercent',
      'service:deploymentConfiguration.alarms',
      'service:availabilityZoneRebalancing',
    ],
    values: ['CMD', 'CMD-SHELL', 'HEALTHY', 'START', 'COMPLETE', 'SUCCESS'],
    docs: [
      { title: 'Determine task health using container health checks', url: `${ECS_GUIDE}/healthcheck.html` },
      { title: 'HealthCheck (Amazon ECS API Reference)', url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html' },
    ],
  },
  {
    id: 'multi-region-route53',
    title: 'Multi-Region resilience with Route 53',
    category: 'Reliability',
    summary: 'Run the same Fargate service in several Regions and let Route 53 send users to the closest healthy one, so no single Region is a point of failure.',
    explanation:
      'To ride out a Regional outage and serve users worldwide, deploy the same task definitions and services in two or ' +
      'more AWS Regions, ' +
      'each behind its own load balancer. **Amazon Route 53** then answers DNS queries with a routing policy: ' +
      '*failover* sends everyone to a standby Region when health checks on the primary fail, and *latency-based* routing ' +
      'picks the Region with the lowest latency for each user. Keep images (ECR replication), secrets and data stores ' +
      'available in every Region, since a task definition refers to Region-specific ARNs. The design removes single ' +
      'points of failure while improving response times.',
    analogy:
      'It is like a restaurant franchise: if one branch shuts for the day, customers are pointed automatically to the ' +
      'next nearest branch, where the same menu is waiting.',
    fields: [],
    docs: [
      { title: 'Choosing a routing policy (Amazon Route 53)', url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy.html' },
      { title: 'Failover routing (Amazon Route 53)', url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-failover.html' },
    ],
  },

  // ---------------------------------------------------------------- Observability
  {
    id: 'cloudwatch-logs-metrics',
    title: 'CloudWatch logs and metrics',
    category: 'Observability',
    summary: 'With the `awslogs` driver each container\'s stdout and stderr go to CloudWatch Logs, while CPU and memory metrics flow to CloudWatch for dashboards and alarms.',
    explanation:
      'Set a container\'s `logConfiguration.logDriver` to `awslogs` and its output streams land in a CloudWatch Logs group ' +
      'where you can search them, keep them for a retention period and build metric filters. On Fargate the options ' +
      'must include `awslogs-group`, `awslogs-region` and `awslogs-stream-prefix`, and the execution role must allow ' +
      'writing logs; the only drivers Fargate accepts are `awslogs`, `splunk` and `awsfirelens` (FireLens routes logs to ' +
      'other destinations). Service CPU and memory utilisation are published to CloudWatch metrics automatically, and ' +
      'Container Insights adds per-task detail. Security Hub (ECS.9) expects every container to have a log configuration.',
    analogy:
      'It is the flight recorder on an aircraft: every event and every oddity is written down, so after any incident ' +
      'the investigators can replay exactly what happened.',
    fields: [
      'containerDefinitions[].logConfiguration',
      'containerDefinitions[].logConfiguration.logDriver',
      'containerDefinitions[].logConfiguration.options',
      'containerDefinitions[].firelensConfiguration',
      'service:monitoring',
    ],
    values: ['awslogs', 'awsfirelens', 'splunk', 'awslogs-group', 'awslogs-region', 'awslogs-stream-prefix', 'non-blocking', 'blocking'],
    docs: [
      { title: 'Send Amazon ECS logs to CloudWatch', url: `${ECS_GUIDE}/using_awslogs.html` },
      { title: 'Amazon ECS CloudWatch metrics', url: `${ECS_GUIDE}/cloudwatch-metrics.html` },
      { title: 'Container Insights', url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html' },
    ],
  },
  {
    id: 'xray-tracing',
    title: 'Tracing requests with AWS X-Ray',
    category: 'Observability',
    summary: 'Add the X-Ray daemon as a sidecar container and instrument your code to follow each request across services and find bottlenecks.',
    explanation:
      'Metrics tell you how busy a service is and logs tell you what it printed; **traces** show the path a single ' +
      'request took and where its time went. On Fargate you run the X-Ray daemon (image `amazon/aws-xray-daemon`, ' +
      'listening on UDP 2000) as a second container in the task, and your instrumented application sends trace segments ' +
      'to it over `localhost`. The task role needs permission to upload traces (for example the `AWSXRayDaemonWriteAccess` ' +
      'policy). AWS now steers new work to OpenTelemetry (the AWS Distro for OpenTelemetry collector) as the X-Ray SDKs ' +
      'and daemon wind down, but the idea of a tracing sidecar is the same.',
    analogy:
      'Metrics and logs are the car dashboard showing speed and fuel right now; tracing adds the GPS log of the whole ' +
      'route, so you can see exactly where the journey slowed down.',
    fields: [],
    values: ['amazon/aws-xray-daemon', 'public.ecr.aws/xray/aws-xray-daemon', 'AWSXRayDaemonWriteAccess'],
    docs: [
      { title: 'Running the X-Ray daemon on Amazon ECS', url: 'https://docs.aws.amazon.com/xray/latest/devguide/xray-daemon-ecs.html' },
    ],
  },

  // ---------------------------------------------------------------- Cost & Sizing
  {
    id: 'right-sizing',
    title: 'Right-sizing vCPU and memory',
    category: 'Cost & Sizing',
    summary: 'Choose the smallest valid CPU/memory pair that meets real load: too much wastes money, too little throttles or kills the task.',
    explanation:
      'On Fargate the task-level `cpu` and `memory` are required and must form one of the supported pairs, from ' +
      `${SMALLEST.label} with ${memoryChoicesText(SMALLEST.memory)} up to ${LARGEST.label} with ${memoryChoicesText(LARGEST.memory)} ` +
      `(for example \`${EXAMPLE_SIZE.cpu}\` CPU units allows ${memoryChoicesText(EXAMPLE_SIZE.memory)}). Over-provisioning means paying ` +
      'for capacity that sits idle; under-provisioning causes CPU throttling or out-of-memory stops. Container-level ' +
      '`cpu`, `memory` and `memoryReservation` divide the task\'s budget between containers and must fit inside it. Start ' +
      'from measured CloudWatch utilisation, load-test, and adjust, remembering that you pay only while the task runs.',
    analogy:
      'It is like booking a meeting room by the hour: you reserve a room that fits the group, not the whole floor, and ' +
      'the charge stops as soon as the meeting ends.',
    fields: [
      'cpu',
      'memory',
      'containerDefinitions[].cpu',
      'containerDefinitions[].memory',
      'containerDefinitions[].memoryReservation',
    ],
    docs: [
      { title: 'Troubleshoot invalid CPU or memory errors', url: `${ECS_GUIDE}/task-cpu-memory-error.html` },
      { title: 'Task definition differences for Fargate', url: `${ECS_GUIDE}/fargate-tasks-services.html` },
    ],
  },
  {
    id: 'per-second-billing',
    title: 'Per-second pricing',
    category: 'Cost & Sizing',
    summary: 'Fargate bills the vCPU and memory a task requests, per second while it runs, so there are no idle servers to pay for.',
    explanation:
      'The bill is the requested vCPU and GB of memory multiplied by running time, charged per second with a one-minute ' +
      'minimum on Linux; nothing is charged for hosts, and nothing once the task stops. The rate depends on ' +
      '`runtimePlatform`: Linux on `ARM64` (Graviton) costs roughly 20% less than `X86_64`, while Windows costs more ' +
      'and adds a licence fee. Ephemeral storage beyond the included 20 GiB is billed per GB-hour, and `FARGATE_SPOT` in ' +
      'a capacity provider strategy runs interruptible tasks at a deep discount. This makes Fargate predictable for ' +
      'spiky or intermittent workloads; steady, high-utilisation fleets can still be cheaper on EC2.',
    analogy:
      'It is like renting power tools by the hour: you do not buy the drill or pay for a shed to keep it in, you pay ' +
      'only for the time it is in your hands.',
    fields: [
      'cpu',
      'memory',
      'runtimePlatform',
      'runtimePlatform.cpuArchitecture',
      'runtimePlatform.operatingSystemFamily',
      'ephemeralStorage.sizeInGiB',
      'service:capacityProviderStrategy',
      'service:capacityProviderStrategy[].capacityProvider',
      'service:capacityProviderStrategy[].weight',
      'service:capacityProviderStrategy[].base',
      'appspec:Resources[].TargetService.Properties.CapacityProviderStrategy',
    ],
    values: [
      'ARM64',
      'X86_64',
      'FARGATE_SPOT',
      'LINUX',
      'WINDOWS_SERVER_2019_FULL',
      'WINDOWS_SERVER_2019_CORE',
      'WINDOWS_SERVER_2022_FULL',
      'WINDOWS_SERVER_2022_CORE',
    ],
    docs: [
      { title: 'AWS Fargate pricing', url: 'https://aws.amazon.com/fargate/pricing/' },
      { title: 'Amazon ECS clusters for Fargate (capacity providers)', url: `${ECS_GUIDE}/fargate-capacity-providers.html` },
    ],
  },

  // ---------------------------------------------------------------- Deployment
  {
    id: 'blue-green-codedeploy',
    title: 'Blue/green deployments',
    category: 'Deployment',
    summary: 'Start the new version beside the old one, test it, then move traffic over, keeping the old tasks ready for a quick rollback.',
    explanation:
      'With `deploymentController.type` set to `CODE_DEPLOY`, **AWS CodeDeploy** creates a replacement (green) task set ' +
      'next to the running (blue) one, registers it in a second target group and shifts production traffic once it is ' +
      'validated, all at once or in canary/linear steps such as `CodeDeployDefault.ECSCanary10Percent5Minutes`. The ' +
      'AppSpec names the new `TaskDefinition`, the `LoadBalancerInfo` container and port, and optional Lambda `Hooks` ' +
      '(`BeforeInstall`, `AfterInstall`, `AfterAllowTestTraffic`, `BeforeAllowTraffic`, `AfterAllowTraffic`) that can ' +
      'fail the deployment. It needs an Application or Network Load Balancer. ECS now also offers built-in blue/green ' +
      '(`deploymentConfiguration.strategy` `BLUE_GREEN` with a bake time) under the default `ECS` controller.',
    analogy:
      'It is like building a new bridge right beside the old one: you load-test the new span, switch the traffic across ' +
      'when it proves sound, and only then take the old bridge down, so the road never closes.',
    fields: [
      'service:deploymentController',
      'service:deploymentController.type',
      'service:deploymentConfiguration',
      'service:deploymentConfiguration.strategy',
      'service:deploymentConfiguration.bakeTimeInMinutes',
      'service:deploymentConfiguration.lifecycleHooks',
      'service:deploymentConfiguration.linearConfiguration',
      'service:deploymentConfiguration.canaryConfiguration',
      'service:deploymentConfiguration.maximumPercent',
      'service:loadBalancers[].advancedConfiguration',
      'appspec:version',
      'appspec:Resources',
      'appspec:Resources[].TargetService',
      'appspec:Resources[].TargetService.Properties.TaskDefinition',
      'appspec:Resources[].TargetService.Properties.LoadBalancerInfo',
      'appspec:Resources[].TargetService.Properties.LoadBalancerInfo.ContainerName',
      'appspec:Resources[].TargetService.Properties.LoadBalancerInfo.ContainerPort',
      'appspec:Resources[].TargetService.Properties.PlatformVersion',
      'appspec:Hooks',
    ],
    values: [
      'CODE_DEPLOY',
      'BLUE_GREEN',
      'CANARY',
      'LINEAR',
      'AWS::ECS::Service',
      '<TASK_DEFINITION>',
      'BeforeInstall',
      'AfterInstall',
      'AfterAllowTestTraffic',
      'BeforeAllowTraffic',
      'AfterAllowTraffic',
      'CodeDeployDefault.ECSAllAtOnce',
      'CodeDeployDefault.ECSCanary10Percent5Minutes',
      'CodeDeployDefault.ECSCanary10Percent15Minutes',
      'CodeDeployDefault.ECSLinear10PercentEvery1Minutes',
      'CodeDeployDefault.ECSLinear10PercentEvery3Minutes',
    ],
    docs: [
      { title: 'CodeDeploy blue/green deployments for Amazon ECS', url: `${ECS_GUIDE}/deployment-type-bluegreen.html` },
      { title: 'AppSpec resources section (ECS)', url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html' },
      { title: 'Amazon ECS blue/green deployments', url: `${ECS_GUIDE}/deployment-type-blue-green.html` },
    ],
  },
  {
    id: 'ecr-image-scanning',
    title: 'Amazon ECR and image scanning',
    category: 'Deployment',
    summary: 'Store images in Amazon ECR and scan them for known vulnerabilities, so Fargate only ever pulls images you have checked.',
    explanation:
      '**Amazon ECR** is a private registry in your account that Fargate can pull from using the task execution role ' +
      '(over a NAT gateway, a public IP, or ECR VPC endpoints). Basic scanning checks images for known OS CVEs on push ' +
      'or on demand, and enhanced scanning through Amazon Inspector also covers language packages and rescans continuously ' +
      'as new CVEs appear. Pin images by immutable tag or digest so a task always runs what was scanned; `versionConsistency` ' +
      'makes ECS resolve a tag to a digest at deployment. For registries outside ECR, `repositoryCredentials` points at a ' +
      'Secrets Manager secret holding the login.',
    analogy:
      'It is like a grocery store that inspects every delivery for spoiled goods before anything reaches the shelves: ' +
      'by the time Fargate picks an image up, it has already been checked.',
    fields: [
      'containerDefinitions[].image',
      'containerDefinitions[].versionConsistency',
      'containerDefinitions[].repositoryCredentials',
    ],
    docs: [
      { title: 'Scan images for software vulnerabilities in Amazon ECR', url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html' },
      { title: 'Using Amazon ECR images with Amazon ECS', url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/ECR_on_ECS.html' },
    ],
  },

  // ---------------------------------------------------------------- Scaling
  {
    id: 'scale-by-tasks',
    title: 'Scale by tasks, not servers',
    category: 'Scaling',
    summary: 'On Fargate you grow or shrink a service by changing how many tasks run; the capacity under them appears and disappears on its own.',
    explanation:
      'There are no instances to add or remove and no cluster capacity to plan. A service\'s `desiredCount` is the number ' +
      'of copies of the task definition to keep running, and each new task is placed on AWS-managed capacity that expands ' +
      'elastically. Fargate services use the `REPLICA` scheduling strategy (no `DAEMON`), and placement constraints and ' +
      'strategies do not apply. The limits you do meet are ENI, IP and task quotas rather than host sizes. Set ' +
      '`desiredCount` by hand, or let Application Auto Scaling change it for you.',
    analogy:
      'It is like a ride-hailing app: you do not own any cars, yet when demand jumps more drivers simply show up, and ' +
      'they log off again when things are quiet.',
    fields: [
      'service:desiredCount',
      'service:schedulingStrategy',
      'service:launchType',
      'service:capacityProviderStrategy',
      'service:deploymentConfiguration.maximumPercent',
      'service:deploymentConfiguration.minimumHealthyPercent',
    ],
    values: ['REPLICA', 'DAEMON'],
    docs: [
      { title: 'Amazon ECS services', url: `${ECS_GUIDE}/ecs_services.html` },
      { title: 'Architect for AWS Fargate for Amazon ECS', url: `${ECS_GUIDE}/AWS_Fargate.html` },
    ],
  },
  {
    id: 'application-auto-scaling',
    title: 'Application Auto Scaling on metrics',
    category: 'Scaling',
    summary: 'Application Auto Scaling adjusts a service\'s task count from metrics such as CPU, memory, requests per target or queue depth.',
    explanation:
      'Register the service as a scalable target (`ecs:service:DesiredCount`, with a minimum and maximum) and attach ' +
      'policies: **target tracking** keeps a metric such as `ECSServiceAverageCPUUtilization`, ' +
      '`ECSServiceAverageMemoryUtilization` or `ALBRequestCountPerTarget` near a target value, **step scaling** reacts ' +
      'to CloudWatch alarms (for example SQS queue depth), and **scheduled scaling** follows the clock. It is the same ' +
      'elasticity an EC2 Auto Scaling group gives instances, applied to tasks instead. Scale-out is quick and scale-in ' +
      'deliberately slower, and scale-in pauses while a deployment is in progress.',
    analogy:
      'Picture an orchestra that adds or sends home musicians to suit the size of the audience: the piece being played ' +
      'does not change, only how many players perform it.',
    fields: ['service:desiredCount'],
    values: [
      'ecs:service:DesiredCount',
      'ECSServiceAverageCPUUtilization',
      'ECSServiceAverageMemoryUtilization',
      'ALBRequestCountPerTarget',
    ],
    docs: [
      { title: 'Automatically scale your Amazon ECS service', url: `${ECS_GUIDE}/service-auto-scaling.html` },
      { title: 'Use a target metric to scale Amazon ECS services', url: `${ECS_GUIDE}/service-autoscaling-targettracking.html` },
      { title: 'What is Application Auto Scaling?', url: 'https://docs.aws.amazon.com/autoscaling/application/userguide/what-is-application-auto-scaling.html' },
    ],
  },
  {
    id: 'stateless-scale-out',
    title: 'Stateless services scale out',
    category: 'Scaling',
    summary: 'Keep state outside the container so any task can serve any request, and capacity grows by adding tasks instead of making one task bigger.',
    explanation:
      'Fargate suits workloads whose tasks are interchangeable: web APIs, microservices and short processing jobs. If ' +
      'sessions, uploads and queues live in external stores (DynamoDB, ElastiCache, S3, SQS, EFS), any task can handle ' +
      'any request, so scaling is horizontal: more copies rather than larger ones. A task can then be stopped, replaced ' +
      'or moved to another Availability Zone without anybody noticing, which is what makes auto scaling, health-based ' +
      'replacement and blue/green deployments safe. Vertical growth is capped by the largest task size anyway.',
    analogy:
      'Stateless tasks are like trays at a cafeteria counter: each tray is filled on its own, and when the queue gets ' +
      'long you simply put more staff behind the counter.',
    fields: [],
    docs: [
      { title: 'Make systems stateless where possible (Well-Architected)', url: 'https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/rel_mitigate_interaction_failure_stateless.html' },
      { title: 'Amazon ECS services', url: `${ECS_GUIDE}/ecs_services.html` },
    ],
  },

  // ---------------------------------------------------------------- Architecture
  {
    id: 'fargate-use-cases',
    title: 'Where Fargate fits',
    category: 'Architecture',
    summary: 'Fargate is the middle ground between Lambda\'s short event-driven functions and EC2\'s full control, and shines for stateless web services, APIs, microservices and batch jobs.',
    explanation:
      'Typical Fargate workloads are stateless web applications and APIs, microservices, queue workers, scheduled and ' +
      'batch jobs, and light analytics. Lambda is better for short, event-triggered code that needs no container ' +
      'runtime to manage; EC2 is better when you need the operating system, special hardware or long-lived servers ' +
      'tuned by hand. Fargate keeps the portability of a standard container image while dropping the servers, and it ' +
      'scales with demand.',
    analogy:
      'Lambda is a bicycle for quick hops across town, EC2 is the truck you own for heavy hauling, and Fargate is the ' +
      'rideshare you summon that grows to fit however many people need a lift.',
    fields: [],
    docs: [
      { title: 'Architect for AWS Fargate for Amazon ECS', url: `${ECS_GUIDE}/AWS_Fargate.html` },
      { title: 'AWS Fargate', url: 'https://aws.amazon.com/fargate/' },
    ],
  },
  {
    id: 'choosing-compute',
    title: 'Choosing Fargate, EC2 or Lambda',
    category: 'Architecture',
    summary: 'Pick Fargate for containers without servers, EC2 for full control of the OS and hardware, and Lambda for short event-driven code.',
    explanation:
      'Start from the workload. **Fargate**: you have containers and want neither hosts to manage nor idle capacity to ' +
      'pay for. **EC2** (or ECS on EC2): you need OS access, GPUs or other special hardware, daemon tasks, custom ' +
      'networking, or very steady load where reserved instances beat per-second pricing. **Lambda**: the code is short, ' +
      'triggered by events, and fits within its time limit. A task definition can list both `FARGATE` and `EC2` in ' +
      '`requiresCompatibilities` to keep the option open, and `runtimePlatform` fixes the OS and CPU architecture either ' +
      'way.',
    analogy:
      'Think of three stations in a workshop: EC2 is the heavy workbench you can rebuild however you like, Lambda is the ' +
      'hand tool for a quick job, and Fargate is the modular station that is ready to use with no setup.',
    fields: ['requiresCompatibilities', 'runtimePlatform', 'runtimePlatform.operatingSystemFamily'],
    values: ['EC2', 'MANAGED_INSTANCES'],
    docs: [
      { title: 'Compute services (Overview of Amazon Web Services)', url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-overview/compute-services.html' },
      { title: 'What is AWS Lambda?', url: 'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html' },
      { title: 'Architect for AWS Fargate for Amazon ECS', url: `${ECS_GUIDE}/AWS_Fargate.html` },
    ],
  },
  {
    id: 'common-pitfalls',
    title: 'Common Fargate pitfalls',
    category: 'Architecture',
    summary: 'The usual mistakes are trusting ephemeral disk, keeping state in the task, running into ENI/IP quotas, and over-broad IAM roles.',
    explanation:
      'Teams new to Fargate often write data to the task\'s disk and lose it at the next deployment, or keep sessions in ' +
      'memory so that scaling and replacement break users. Others only find out under load that each task needs an IP ' +
      'address and an ENI, and a small subnet or a low quota stops scaling. IAM is the other classic: one role used as ' +
      'both task and execution role, or an execution role granted far more than ECR, logs and the specific secrets it ' +
      'reads. Design for statelessness, scope permissions tightly, and load-test scaling before production.',
    analogy:
      'These are the beginner\'s carpentry errors: grabbing the wrong tool for the job, or cutting before measuring ' +
      'twice. Each is easy to avoid once you know to look for it.',
    fields: [],
    docs: [
      { title: 'Best practices for IAM roles in Amazon ECS', url: `${ECS_GUIDE}/security-iam-roles.html` },
      { title: 'Amazon ECS service quotas', url: `${ECS_GUIDE}/service-quotas.html` },
    ],
  },
  {
    id: 'exam-serverless-containers',
    title: 'Exam framing: "serverless containers"',
    category: 'Architecture',
    summary: 'In certification questions, "containers without managing EC2", automatic scaling and per-task billing point to Fargate.',
    explanation:
      'AWS exams tend to describe Fargate as **serverless containers**. When a scenario asks for containers with no ' +
      'servers or clusters to manage, or stresses automatic scaling and paying per task, choose Fargate (with ECS or ' +
      'EKS). When it needs long-running servers with control over the operating system, choose EC2. When it describes ' +
      'small pieces of code triggered by events, choose Lambda. Spotting these keywords quickly is most of the question.',
    analogy:
      'It is the same rideshare idea, seen from the exam: if nobody wants to own or drive the vehicle and the ride must ' +
      'grow with the crowd, the answer is the rideshare, not the bicycle or the truck.',
    fields: [],
    docs: [
      { title: 'AWS Fargate', url: 'https://aws.amazon.com/fargate/' },
      { title: 'AWS Certified Solutions Architect - Associate', url: 'https://aws.amazon.com/certification/certified-solutions-architect-associate/' },
    ],
  },
];

// ------------------------------------------------------------------ look-ups

const BY_ID: ReadonlyMap<string, Concept> = new Map(CONCEPTS.map((c) => [c.id, c]));

/** The concept with this id, if any. */
export function conceptById(id: string): Concept | undefined {
  return BY_ID.get(id);
}

/** The concepts of one sidebar group, in definition order. */
export function conceptsInCategory(category: ConceptCategory): Concept[] {
  return CONCEPTS.filter((c) => c.category === category);
}

/**
 * Normalises a concrete path to the pattern syntax: `containerDefinitions[2].portMappings[0]` and
 * `containerDefinitions.2.portMappings.0` both become `containerDefinitions[].portMappings[]`.
 */
export function normalizeFieldPath(path: string): string {
  return path
    .trim()
    .replace(/\[\s*(?:\d+|\*)?\s*\]/g, '[]')
    .replace(/\.(\d+)(?=\.|\[|$)/g, '[]');
}

/** Number of name segments in a pattern, the measure of how specific it is (counted once per pattern). */
const segmentCounts = new Map<string, number>();
function segmentCount(pattern: string): number {
  let n = segmentCounts.get(pattern);
  if (n === undefined) {
    n = pattern.split(/\.|\[\]/).filter((s) => s.length > 0).length;
    segmentCounts.set(pattern, n);
  }
  return n;
}

/** Specificity of `pattern` for `path`, or -1 when the pattern does not cover the path. */
function matchScore(path: string, pattern: string): number {
  if (path === pattern) {
    return segmentCount(pattern) * 2 + 1; // an exact match beats a prefix of the same depth
  }
  if (path.startsWith(pattern)) {
    const next = path.charAt(pattern.length);
    if (next === '.' || next === '[') {
      return segmentCount(pattern) * 2;
    }
  }
  return -1;
}

/**
 * Concepts explaining a field path. Accepts concrete indices (`containerDefinitions[3].secrets[0].valueFrom`)
 * and matches every concept whose pattern equals the path or is an ancestor of it. The most specific concept
 * comes first; ties keep the order of {@link CONCEPTS}.
 */
export function conceptsForField(path: string): readonly Concept[] {
  const normalized = normalizeFieldPath(path);
  if (normalized.length === 0) {
    return [];
  }
  // A completion list asks for every key of an object, and hovers ask again and again: the answer for a path
  // never changes, so it is kept (bounded, since paths come from what users type).
  const known = fieldConcepts.get(normalized);
  if (known) return known;
  const found = Object.freeze(matchConcepts(normalized));
  if (fieldConcepts.size >= 2000) fieldConcepts.clear();
  fieldConcepts.set(normalized, found);
  return found;
}
const fieldConcepts = new Map<string, readonly Concept[]>();

function matchConcepts(normalized: string): readonly Concept[] {
  const scored: { concept: Concept; score: number; order: number }[] = [];
  CONCEPTS.forEach((concept, order) => {
    let best = -1;
    for (const pattern of concept.fields) {
      best = Math.max(best, matchScore(normalized, pattern));
    }
    if (best >= 0) {
      scored.push({ concept, score: best, order });
    }
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s) => s.concept);
}

/** Values recognised by shape rather than listed literally (ARNs, registry hosts, resource ids). */
const VALUE_PATTERNS: readonly { pattern: RegExp; id: string }[] = [
  { pattern: /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\//, id: 'ecr-image-scanning' },
  { pattern: /^public\.ecr\.aws\//, id: 'ecr-image-scanning' },
  { pattern: /^arn:aws[a-z-]*:secretsmanager:/, id: 'secrets-injection' },
  { pattern: /^arn:aws[a-z-]*:ssm:[^:]*:[^:]*:parameter\//, id: 'secrets-injection' },
  { pattern: /^arn:aws[a-z-]*:s3:::.+\.env$/, id: 'secrets-injection' },
  { pattern: /^arn:aws[a-z-]*:iam::\d{12}:role\//, id: 'task-and-execution-roles' },
  { pattern: /^arn:aws[a-z-]*:elasticloadbalancing:[^:]*:\d{12}:targetgroup\//, id: 'alb-integration' },
  { pattern: /^arn:aws[a-z-]*:ecs:[^:]*:\d{12}:task-definition\//, id: 'task-definition-recipe' },
  { pattern: /^sg-[0-9a-f]+$/, id: 'task-security-groups' },
  { pattern: /^subnet-[0-9a-f]+$/, id: 'awsvpc-eni' },
  { pattern: /^fs-[0-9a-f]+$/, id: 'efs-shared-storage' },
];

/** Strips a tag or digest from an image reference: `amazon/aws-xray-daemon:3.x` -> `amazon/aws-xray-daemon`. */
function imageName(value: string): string {
  const withoutDigest = value.split('@')[0] ?? value;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  return colon >= 0 ? withoutDigest.slice(0, colon) : withoutDigest;
}

/**
 * Concepts explaining a literal value: exact matches first (`awsvpc`, `CODE_DEPLOY`, `ARM64`), then image names
 * with any tag or digest removed (`amazon/aws-xray-daemon:latest`), then values recognised by shape
 * (Secrets Manager / SSM ARNs, ECR image URIs, role ARNs, `sg-`, `subnet-`, `fs-` ids).
 */
export function conceptsForValue(value: string): Concept[] {
  const v = value.trim();
  if (v.length === 0) {
    return [];
  }
  const result: Concept[] = [];
  const add = (c: Concept | undefined): void => {
    if (c !== undefined && !result.includes(c)) {
      result.push(c);
    }
  };
  for (const c of CONCEPTS) {
    if (c.values?.includes(v)) {
      add(c);
    }
  }
  if (v.includes('/')) {
    const name = imageName(v);
    const bare = name.replace(/^docker\.io\//, '');
    for (const c of CONCEPTS) {
      if (c.values?.some((x) => x === name || x === bare)) {
        add(c);
      }
    }
  }
  for (const { pattern, id } of VALUE_PATTERNS) {
    if (pattern.test(v)) {
      add(conceptById(id));
    }
  }
  return result;
}
