/**
 * Plain-words documentation for every ECS field a task definition or service file can hold.
 *
 * Facts come from the ECS API model (botocore `ecs/2014-11-13`) and the project's Fargate fact sheet;
 * all wording is our own. Pure data (the only import is the Fargate size table, so sizes are written in one place),
 * no editor or LSP types.
 */
import { cpuValuesText, labelsText, PLATFORM_GATED_SIZES } from './fargateSizes';

export interface FieldDoc {
  /** 1-3 sentences: what the field does, its default, units and ranges. */
  description: string;
  /** One short sentence on Fargate support or limits, when relevant. */
  fargate?: string;
  /** AWS documentation link. */
  docUrl: string;
  /** Optional concept id hint. */
  concept?: string;
}

const API_BASE = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/';
const APPSPEC_RESOURCES_URL =
  'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html';
const APPSPEC_HOOKS_URL =
  'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html#appspec-hooks-ecs';
const APPSPEC_VERSION_URL =
  'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-version.html';
const DG = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/';

/** Request shapes are documented on their operation's page, with request-parameter anchors. */
const OPERATION_OF: Readonly<Record<string, string>> = {
  RegisterTaskDefinitionRequest: 'RegisterTaskDefinition',
  CreateServiceRequest: 'CreateService',
  UpdateServiceRequest: 'UpdateService',
};

function apiUrl(shape: string, member: string): string {
  const op = OPERATION_OF[shape];
  if (op) return `${API_BASE}API_${op}.html#ECS-${op}-request-${member}`;
  return `${API_BASE}API_${shape}.html#ECS-Type-${shape}-${member}`;
}

/** [description, fargate note?] */
type Raw = readonly [string, string?];

const NO_FARGATE = 'Not supported on Fargate.';

const RAW: Readonly<Record<string, Readonly<Record<string, Raw>>>> = {
  // ───────────────────────────── Task definition ─────────────────────────────
  RegisterTaskDefinitionRequest: {
    family: [
      'Name shared by every revision of this task definition; each new registration under the same family gets the next revision number. Up to 255 letters, digits, underscores and hyphens.',
    ],
    taskRoleArn: [
      'IAM role (name or ARN) whose permissions your application code gets inside the task, for example to read S3 or write DynamoDB. Every container in the task can use it.',
    ],
    executionRoleArn: [
      'IAM role ECS itself uses to start the task: pulling private ECR images, sending awslogs logs, and reading secrets and environment files. It is not the role your code runs with (that is taskRoleArn).',
      'Needed on Fargate whenever you use ECR images, awslogs, secrets or environment files.',
    ],
    networkMode: [
      'How the containers get networking: awsvpc (each task gets its own network interface and private IP), bridge (Docker virtual network, the default when omitted), host (share the instance network) or none. With awsvpc, services and RunTask must give a networkConfiguration.',
      'Fargate accepts only awsvpc.',
    ],
    containerDefinitions: [
      'The containers that make up the task; each entry sets an image and its CPU, memory, ports, environment, logging and more. Up to 10 containers per task definition.',
    ],
    volumes: [
      'Storage volumes that the containers can mount through mountPoints. Each has a name and, optionally, an EFS, FSx, S3 Files, Docker or bind-mount configuration.',
      'On Fargate use bind mounts without sourcePath, EFS (platform 1.4.0+) or EBS volumes configured at launch; Docker volumes are not supported.',
    ],
    placementConstraints: [
      'Rules, in cluster query language, that limit which EC2 container instances may run this task. At most 10 in total, counting constraints added at run time.',
      NO_FARGATE,
    ],
    requiresCompatibilities: [
      'Launch types this task definition must be valid for (FARGATE, EC2, EXTERNAL, MANAGED_INSTANCES). ECS checks the definition against each listed type when you register it and rejects it on any failure.',
      'List FARGATE so the Fargate rules are checked at registration.',
    ],
    cpu: [
      'CPU for the whole task, as CPU units (1024 units = 1 vCPU) or a string such as "1 vCPU" that is turned into units at registration. Optional on EC2, where 128 to 196608 units are accepted.',
      `Required on Fargate: ${cpuValuesText()}, paired with a valid memory value (see the CPU/memory table).`,
    ],
    memory: [
      'Memory for the whole task, in MiB ("2048") or as a string such as "2 GB" that is turned into MiB at registration. Together with cpu it sets the task size.',
      'Required on Fargate and must form a valid pair with cpu (e.g. 256 CPU allows 512, 1024 or 2048 MiB).',
    ],
    tags: [
      'Labels (a key and an optional value) that help you organize and track the cost of the task definition. Up to 50 tags; keys up to 128 characters, values up to 256; the aws: prefix is reserved.',
    ],
    pidMode: [
      'Process namespace sharing: task lets all containers of the task see each other\'s processes, host shares the instance\'s process list. When omitted, each container has its own. Not for Windows.',
      'On Fargate only task is valid, and it needs Linux platform 1.4.0+.',
    ],
    ipcMode: [
      'Sharing of IPC resources such as shared memory and semaphores: host shares them with the instance, task shares them among the task\'s containers, none keeps each container private. When omitted, the Docker daemon\'s setting applies.',
      NO_FARGATE,
    ],
    proxyConfiguration: [
      'Sets up an AWS App Mesh (Envoy) proxy container and the traffic redirection that sends the app\'s traffic through it.',
    ],
    inferenceAccelerators: [
      'Elastic Inference accelerators to attach to the task\'s containers. Elastic Inference is a retired service.',
      NO_FARGATE,
    ],
    ephemeralStorage: [
      'Enlarges the task\'s temporary (ephemeral) disk beyond the 20 GiB every Fargate task gets for free. Nothing on it survives a stopped task: the disk is discarded like scratch paper. For data that must last, mount an Amazon EFS file system (volumes[].efsVolumeConfiguration), a shared filing cabinet that outlives every task.',
      'Needs Fargate Linux platform 1.4.0+ or Windows platform 1.0.0+.',
    ],
    runtimePlatform: [
      'Operating system family and CPU architecture the task needs, such as LINUX on ARM64. When omitted, Linux on X86_64 is assumed.',
      'Set it on Fargate for Windows or ARM64 (Graviton) tasks.',
    ],
    enableFaultInjection: [
      'If true, the task\'s containers may send fault injection requests (for chaos tests such as added network latency or packet loss). Default false.',
    ],
  },

  // ───────────────────────────── Containers ─────────────────────────────
  ContainerDefinition: {
    name: [
      'The container\'s name, used to refer to it from dependsOn, links, load balancers and log streams. Up to 255 letters, digits, underscores and hyphens, unique within the task.',
    ],
    image: [
      'Container image to run, written as repository:tag or repository@sha256:digest (Docker Hub images need only their name). Each new task pulls the image when it starts; tasks already running keep the image they pulled.',
      'Private ECR images need an executionRoleArn on Fargate.',
    ],
    repositoryCredentials: [
      'Login for a private registry outside ECR, kept in a Secrets Manager secret.',
      'The execution role must be allowed to read that secret.',
    ],
    cpu: [
      'CPU units (1024 = 1 vCPU) reserved for this container. On EC2 Linux it also acts as a relative weight when containers compete, and idle CPU is shared in the same proportions.',
      'Optional on Fargate; the sum over all containers must not exceed the task cpu.',
    ],
    memory: [
      'Hard memory limit for this container in MiB: if it goes over, the container is killed. If memoryReservation is set too, memory must be the larger; do not go below 6 MiB.',
      'Optional on Fargate; must not exceed the task memory.',
    ],
    memoryReservation: [
      'Soft memory limit in MiB: the amount set aside for the container, which may use more when free memory allows (up to memory, if set). Must be lower than memory when both are given.',
      'Optional on Fargate, where task memory is the real limit.',
    ],
    links: [
      'Lets containers reach each other by name (name:alias) without port mappings. Only for the bridge network mode; not for Windows.',
      'Not supported on Fargate (awsvpc).',
    ],
    portMappings: [
      'Ports the container listens on and how they are exposed. With awsvpc only containerPort is needed (hostPort empty or equal); none mode allows no mappings at all.',
      'On Fargate leave hostPort out or equal to containerPort.',
    ],
    essential: [
      'If true (the default) and this container stops for any reason, ECS stops the whole task. Set false for helper containers whose exit should not end the task; every task needs at least one essential container.',
    ],
    restartPolicy: [
      'Lets ECS restart this container inside the running task when it exits, instead of replacing the whole task.',
    ],
    entryPoint: [
      'Replaces the image\'s ENTRYPOINT: the program started when the container starts, as an array of strings. The items of command are passed to it as arguments.',
    ],
    command: [
      'Replaces the image\'s CMD: the command, or the arguments for the entry point, one array item per argument, e.g. ["node", "server.js"].',
    ],
    environment: [
      'Plain environment variables as name/value pairs. Anyone who can read the task definition sees the values, so keep passwords and keys in secrets instead.',
    ],
    environmentFiles: [
      'S3 objects in .env format (one VARIABLE=VALUE per line, # starts a comment) whose variables are loaded into the container. Up to 10 files; environment entries win over file values, and among files the first one setting a name wins.',
      'Needs Fargate Linux platform 1.4.0+ and an execution role with s3:GetObject and s3:GetBucketLocation.',
    ],
    mountPoints: [
      'Where task volumes appear inside this container: each entry names a volume from volumes and the path to mount it at.',
    ],
    volumesFrom: [
      'Mounts every volume of another container in the same task into this container.',
    ],
    linuxParameters: [
      'Linux-only settings: kernel capabilities, init process, devices, shared memory, tmpfs and swap. Not for Windows containers.',
      'On Fargate only capabilities (drop; add SYS_PTRACE) and initProcessEnabled apply.',
    ],
    secrets: [
      'Sensitive values from Secrets Manager or SSM Parameter Store that appear in the container as environment variables. They are read when the container starts, so picking up a rotated value needs new tasks.',
      'Needs an executionRoleArn allowed to read them; whole secrets need platform 1.3.0+, JSON keys or versions 1.4.0+.',
    ],
    dependsOn: [
      'Start-up order: this container waits until other containers in the task reach a condition (START, COMPLETE, SUCCESS or HEALTHY). At shutdown the order is reversed.',
      'Needs Fargate Linux platform 1.3.0+ (Windows 1.0.0+).',
    ],
    startTimeout: [
      'Seconds to wait for this container\'s dependencies to be met before giving up. If time runs out, the dependent container is not started and the task stops.',
      'On Fargate 2 to 120 seconds, Linux platform 1.3.0+.',
    ],
    stopTimeout: [
      'Seconds ECS waits after asking the container to stop (SIGTERM) before killing it (SIGKILL). Gives the app time to finish requests and clean up.',
      'On Fargate 2 to 120 seconds, default 30 (Linux platform 1.3.0+).',
    ],
    versionConsistency: [
      'enabled (the default) makes ECS pin the image tag to its digest at deployment, so every task runs exactly the same image; disabled uses the tag as written.',
    ],
    hostname: [
      'Hostname the container sees for itself. Not allowed with the awsvpc network mode.',
      'Not supported on Fargate (awsvpc).',
    ],
    user: [
      'User, and optionally group, the container\'s processes run as: user, user:group, uid, uid:gid, user:gid or uid:group, with IDs as positive integers. Running as non-root is safer; not for Windows.',
    ],
    workingDirectory: [
      'Directory inside the container where command and entryPoint run, like WORKDIR in a Dockerfile.',
    ],
    disableNetworking: [
      'If true, the container has no network at all. Not for Windows.',
      NO_FARGATE,
    ],
    privileged: [
      'If true, the container gets elevated rights on the host machine, close to root. Best avoided; not for Windows.',
      'Not supported on Fargate; leave it out or false.',
    ],
    readonlyRootFilesystem: [
      'If true, the container cannot write to its root file system and can only write to mounted volumes. A common hardening setting; not for Windows.',
    ],
    dnsServers: [
      'IP addresses of DNS servers the container uses instead of the default ones. Not for Windows.',
      NO_FARGATE,
    ],
    dnsSearchDomains: [
      'Domains tried when the container looks up a short hostname. Not for Windows.',
      NO_FARGATE,
    ],
    extraHosts: [
      'Extra hostname-to-IP lines added to the container\'s /etc/hosts file. Not for Windows or the awsvpc network mode.',
      NO_FARGATE,
    ],
    dockerSecurityOptions: [
      'Extra security labels: no-new-privileges, SELinux labels, AppArmor profiles, or a credential spec for Active Directory. On EC2 the agent must be set up to allow SELinux or AppArmor.',
      NO_FARGATE,
    ],
    interactive: [
      'If true, keeps standard input open for the container (like docker run -i), for apps that read from stdin.',
    ],
    pseudoTerminal: [
      'If true, the container gets a terminal (TTY), like docker run -t.',
    ],
    dockerLabels: [
      'Docker labels (key/value metadata) to attach to the container.',
    ],
    ulimits: [
      'Per-process resource limits, such as the number of open files (nofile), that replace Docker\'s defaults. Not for Windows.',
      'Fargate sets nofile to 65535 (soft and hard) by default; other limits keep the OS defaults.',
    ],
    logConfiguration: [
      'Where the container\'s stdout and stderr go: a log driver plus its options. When omitted, the Docker daemon\'s default driver is used.',
      'Fargate supports the awslogs, splunk and awsfirelens drivers.',
    ],
    healthCheck: [
      'A command ECS runs inside the container to decide whether it is healthy, plus how often and how patiently to run it. Works like Docker\'s HEALTHCHECK.',
      'Needs Fargate platform 1.1.0+.',
    ],
    systemControls: [
      'Namespaced kernel settings (sysctls) for the container, e.g. net.ipv4.tcp_keepalive_time to keep long-lived connections open.',
      'Fargate supports the IPC and net.* sysctls; with awsvpc they apply to the whole task.',
    ],
    resourceRequirements: [
      'Special hardware for the container: a number of GPUs, Neuron devices, or an Elastic Inference accelerator.',
      'GPUs and accelerators are not supported on Fargate.',
    ],
    firelensConfiguration: [
      'Makes this container a FireLens log router (Fluent Bit or Fluentd) that receives the logs of containers using the awsfirelens log driver.',
    ],
    credentialSpecs: [
      'Location of the Active Directory (gMSA) credential spec, as credentialspec:ARN (instance joined to the domain) or credentialspecdomainless:ARN (login from a secret), stored in SSM or S3. One ARN at most; preferred over dockerSecurityOptions.',
    ],
  },

  RepositoryCredentials: {
    credentialsParameter: [
      'ARN of the Secrets Manager secret holding the registry user name and password; the bare secret name also works from the API when the secret is in the same Region.',
    ],
  },

  PortMapping: {
    containerPort: [
      'Port the app listens on inside the container. With awsvpc or host mode it is also the exposed port; in bridge mode without hostPort, a random free host port is chosen.',
    ],
    hostPort: [
      'Port on the host or network interface that forwards to containerPort. With awsvpc or host mode leave it out or make it equal to containerPort; in bridge mode, 0 or omitted means a dynamic port.',
      'On Fargate omit it or set it equal to containerPort.',
    ],
    protocol: [
      'Transport protocol: tcp (the default) or udp. On a Service Connect service it can only be changed by recreating the service.',
    ],
    name: [
      'A name for this port mapping, which Service Connect and VPC Lattice settings use to refer to it. Up to 64 lowercase letters, digits, underscores and hyphens, not starting with a hyphen.',
    ],
    appProtocol: [
      'Application protocol on this port (http, http2 or grpc). Only Service Connect uses it, for protocol-aware proxying and metrics; when omitted, traffic is treated as plain TCP.',
    ],
    containerPortRange: [
      'A block of container ports such as "8000-8010", mapped together; leave hostPort empty. Works with bridge and awsvpc modes, up to 100 ranges per container.',
      'Allowed on Fargate; the host ports equal the container ports.',
    ],
  },

  ContainerRestartPolicy: {
    enabled: ['Turns the container restart policy on or off.'],
    ignoredExitCodes: [
      'Exit codes that should not trigger a restart, up to 50. By default every exit code leads to a restart.',
    ],
    restartAttemptPeriod: [
      'Seconds the container must keep running before ECS will restart it again: 60 to 1800, default 300. A container that exits sooner is not restarted.',
    ],
  },

  KeyValuePair: {
    name: ['Name of the setting; for environment variables, the variable name.'],
    value: ['Value of the setting; for environment variables, the text the variable holds.'],
  },

  EnvironmentFile: {
    value: ['ARN of the S3 object that holds the .env file, e.g. arn:aws:s3:::my-bucket/app.env.'],
    type: ['Where the file lives; s3 is the only allowed value.'],
  },

  Secret: {
    name: [
      'Name the secret gets in the container: the environment variable name (or, under secretOptions, the log driver option name).',
    ],
    valueFrom: [
      'Where to read the value: a Secrets Manager secret ARN (optionally ending in :json-key:version-stage:version-id) or an SSM Parameter Store parameter ARN or name. Use the full ARN for a parameter in another Region.',
    ],
  },

  MountPoint: {
    sourceVolume: ['Name of the task volume to mount; it must match a name under the task\'s volumes.'],
    containerPath: ['Path inside the container where the volume appears.'],
    readOnly: ['If true the container can only read the volume; default false (read and write).'],
  },

  VolumeFrom: {
    sourceContainer: ['Name of the other container in this task whose volumes are mounted here.'],
    readOnly: ['If true the borrowed volumes are read-only; default false.'],
  },

  LinuxParameters: {
    capabilities: [
      'Linux kernel capabilities to add to or remove from Docker\'s default set.',
      'On Fargate drop always works; add needs platform 1.4.0+ and accepts only SYS_PTRACE.',
    ],
    devices: ['Host devices, such as /dev/fuse, to expose inside the container.', NO_FARGATE],
    initProcessEnabled: [
      'If true, a tiny init process runs as PID 1 to pass on signals and clean up finished child processes, like docker run --init.',
    ],
    sharedMemorySize: ['Size of the /dev/shm shared memory area in MiB.', NO_FARGATE],
    tmpfs: ['In-memory tmpfs mounts, each with a path, a size in MiB and mount options.', NO_FARGATE],
    maxSwap: [
      'Most swap space in MiB the container may use on top of its memory; 0 turns swap off. When omitted, the instance\'s swap setting applies; swappiness only works when this is set.',
      NO_FARGATE,
    ],
    swappiness: [
      'How eagerly the container\'s memory is swapped out, from 0 (only when unavoidable) to 100 (eagerly); default 60. Ignored without maxSwap and on Amazon Linux 2023.',
      NO_FARGATE,
    ],
  },

  KernelCapabilities: {
    add: [
      'Capabilities to grant on top of Docker\'s defaults, e.g. SYS_PTRACE or NET_ADMIN.',
      'Only SYS_PTRACE can be added on Fargate (platform 1.4.0+).',
    ],
    drop: [
      'Capabilities to take away from Docker\'s defaults; "ALL" removes them all, a good start for least privilege.',
    ],
  },

  Device: {
    hostPath: ['Path of the device on the host, e.g. /dev/xvdc.'],
    containerPath: ['Path where the device shows up inside the container.'],
    permissions: ['What the container may do with the device: read, write and mknod (all three by default).'],
  },

  Tmpfs: {
    containerPath: ['Absolute path in the container where the tmpfs is mounted.'],
    size: ['Largest size of the tmpfs mount, in MiB.'],
    mountOptions: ['Mount options such as rw, ro, noexec, nosuid or mode.'],
  },

  ContainerDependency: {
    containerName: ['Name of the container in this task that must reach the condition first.'],
    condition: [
      'What the other container must do first: START (has started), COMPLETE (has exited), SUCCESS (exited with code 0) or HEALTHY (passes its health check). COMPLETE and SUCCESS cannot point at an essential container.',
    ],
  },

  HostEntry: {
    hostname: ['Hostname to add to the container\'s /etc/hosts.'],
    ipAddress: ['IP address the hostname should resolve to.'],
  },

  Ulimit: {
    name: ['Which limit to set, e.g. nofile (open files), nproc (processes), memlock or core.'],
    softLimit: [
      'Soft limit: the value in force, which a process may raise up to the hard limit. Counted in bytes, seconds or items depending on the limit.',
    ],
    hardLimit: [
      'Hard limit: the ceiling the soft limit cannot exceed. Counted in bytes, seconds or items depending on the limit.',
    ],
  },

  SystemControl: {
    namespace: ['Kernel parameter (sysctl) name, e.g. net.core.somaxconn.'],
    value: [
      'Value for the kernel parameter. Accepted parameters are IPC ones (kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.*) and net.* ones.',
    ],
  },

  ResourceRequirement: {
    value: [
      'How much of the resource: a number of GPUs (or ALL), ALL for NeuronDevice, or the deviceName of an inference accelerator.',
    ],
    type: ['Kind of resource: GPU, NeuronDevice or InferenceAccelerator.', NO_FARGATE],
  },

  LogConfiguration: {
    logDriver: [
      'Log driver that ships the container\'s output: awslogs (CloudWatch Logs), awsfirelens (FireLens), splunk, or on EC2 also json-file, syslog, journald, gelf and fluentd.',
      'Fargate supports only awslogs, splunk and awsfirelens.',
    ],
    options: [
      'Settings for the log driver; the names depend on the driver, e.g. awslogs-group, awslogs-region and awslogs-stream-prefix for awslogs, or mode and max-buffer-size for any driver.',
      'With awslogs on Fargate, awslogs-stream-prefix is required.',
    ],
    secretOptions: [
      'Secrets handed to the log driver, such as a Splunk token, read from Secrets Manager or SSM Parameter Store.',
      'Needs an executionRoleArn allowed to read them.',
    ],
  },

  FirelensConfiguration: {
    type: ['Which log router runs in this container: fluentbit or fluentd.'],
    options: [
      'Extra FireLens settings, e.g. enable-ecs-log-metadata (add task and cluster details to each record) or a custom config through config-file-type and config-file-value.',
      'Fargate supports only config-file-type file, not s3.',
    ],
  },

  HealthCheck: {
    command: [
      'The check to run, as an array starting with CMD (run the program directly) or CMD-SHELL (run it through the container\'s shell), e.g. ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]. Exit code 0 means healthy.',
    ],
    interval: ['Seconds between checks: 5 to 300, default 30.'],
    timeout: ['Seconds a single check may take before it counts as failed: 2 to 60, default 5.'],
    retries: ['Failed checks in a row before the container is marked unhealthy: 1 to 10, default 3.'],
    startPeriod: [
      'Grace time after start (0 to 300 seconds, off by default) during which failed checks do not count against retries; a passing check ends it early.',
    ],
  },

  // ───────────────────────────── Volumes ─────────────────────────────
  Volume: {
    name: [
      'Volume name that containers use as sourceVolume in mountPoints. Up to 255 letters, digits, underscores and hyphens; required for EFS, S3 Files and launch-time volumes.',
    ],
    host: [
      'Bind mount volume. On EC2, sourcePath picks a host directory; without it the volume is scratch space that may vanish when the containers stop.',
      'On Fargate leave sourcePath out; the volume is then scratch space shared by the task\'s containers.',
    ],
    dockerVolumeConfiguration: ['A Docker-managed volume with a driver, scope and options.', NO_FARGATE],
    efsVolumeConfiguration: [
      'Mounts an Amazon EFS file system, giving shared storage that outlives the task.',
      'Needs Fargate Linux platform 1.4.0+; not for Windows on Fargate.',
    ],
    fsxWindowsFileServerVolumeConfiguration: [
      'Mounts an Amazon FSx for Windows File Server share, for Windows containers.',
      'Not supported for Windows containers on Fargate.',
    ],
    s3filesVolumeConfiguration: ['Mounts an Amazon S3 Files file system as task storage.'],
    configuredAtLaunch: [
      'If true, the volume (an Amazon EBS volume) is described when the service or task is launched, through volumeConfigurations. Only one such volume per task definition.',
    ],
  },

  HostVolumeProperties: {
    sourcePath: [
      'Directory on the host instance to mount; it is created if missing and its data stays on the host after the task ends. Without it, Docker chooses a temporary path.',
      NO_FARGATE,
    ],
  },

  DockerVolumeConfiguration: {
    scope: ['task: the volume is created when the task starts and removed when it stops; shared: it stays after the task stops.'],
    autoprovision: ['If true, creates the volume when it does not exist yet. Used only with scope shared.'],
    driver: ['Docker volume driver name, as docker plugin ls shows it; also used to place tasks.'],
    driverOpts: ['Driver-specific options handed to the volume driver.'],
    labels: ['Custom Docker labels to put on the volume.'],
  },

  EFSVolumeConfiguration: {
    fileSystemId: ['ID of the EFS file system to mount, e.g. fs-1234abcd.'],
    rootDirectory: [
      'Directory in the file system used as the volume\'s root; default /. Must be / or left out when an access point is set.',
    ],
    transitEncryption: [
      'Encrypts traffic between the task and EFS: ENABLED or DISABLED (the default). Must be ENABLED when using IAM authorization or an access point.',
    ],
    transitEncryptionPort: ['Port for encrypted EFS traffic; when omitted, the EFS mount helper chooses one.'],
    authorizationConfig: ['Access point and IAM settings used when mounting the file system.'],
  },

  EFSAuthorizationConfig: {
    accessPointId: [
      'EFS access point to mount through (fsap-...), which enforces its own root directory and user. Needs transitEncryption ENABLED.',
    ],
    iam: [
      'ENABLED mounts with the task role\'s identity so EFS file system policies apply; default DISABLED. Needs transitEncryption ENABLED.',
    ],
  },

  FSxWindowsFileServerVolumeConfiguration: {
    fileSystemId: ['ID of the FSx for Windows File Server file system.'],
    rootDirectory: ['Directory in the file system to mount as the volume\'s root.'],
    authorizationConfig: ['Domain and stored credentials used to access the file share.'],
  },

  FSxWindowsFileServerAuthorizationConfig: {
    credentialsParameter: [
      'ARN of a Secrets Manager secret or SSM parameter that stores the credentials for the file share.',
    ],
    domain: [
      'Fully qualified domain name of the Active Directory (AWS Managed Microsoft AD or self-managed on EC2) the file system belongs to.',
    ],
  },

  S3FilesVolumeConfiguration: {
    fileSystemArn: ['ARN of the S3 Files file system that this volume mounts.'],
    rootDirectory: [
      'Directory in the file system used as the volume\'s root; default /. Must be / or left out when an access point is used.',
    ],
    transitEncryptionPort: ['Port for encrypted traffic to S3 Files; when omitted, the S3 Files mount helper chooses.'],
    accessPointArn: ['Full ARN of an S3 Files access point to mount through; it enforces its own root path.'],
  },

  // ───────────────────────────── Other task-level parts ─────────────────────────────
  RuntimePlatform: {
    cpuArchitecture: [
      'CPU type: X86_64 (the default) or ARM64 (AWS Graviton). ARM64 is for Linux only, and the image must be built for it.',
      'ARM64 on Fargate needs Linux platform 1.4.0+.',
    ],
    operatingSystemFamily: [
      'Operating system: LINUX (the default) or a Windows Server edition such as WINDOWS_SERVER_2022_CORE.',
      'Fargate Windows tasks use the 2019 or 2022 Core/Full editions on X86_64 with at least 1 vCPU.',
    ],
  },

  EphemeralStorage: {
    sizeInGiB: [
      'Total ephemeral disk for the task in GiB, from 21 to 200. Without this setting a Fargate task gets 20 GiB. It is scratch space: nothing on it survives a stopped task; keep lasting data on an EFS volume.',
    ],
  },

  ProxyConfiguration: {
    type: ['Proxy kind; APPMESH is the only value.'],
    containerName: ['Name of the container that runs the App Mesh (Envoy) proxy.'],
    properties: [
      'Proxy network settings as name/value pairs: IgnoredUID or IgnoredGID, AppPorts, ProxyIngressPort, ProxyEgressPort, EgressIgnoredPorts and EgressIgnoredIPs.',
    ],
  },

  TaskDefinitionPlacementConstraint: {
    type: ['Constraint kind; only memberOf, which limits placement to instances matching the expression.'],
    expression: ['Cluster query language expression the instance must match, e.g. attribute:ecs.instance-type =~ t3.*.'],
  },

  InferenceAccelerator: {
    deviceName: ['Name for the accelerator; containers refer to it in resourceRequirements.'],
    deviceType: ['Elastic Inference accelerator type, e.g. eia2.medium.'],
  },

  Tag: {
    key: ['Tag name (up to 128 characters), used as a category such as team or env.'],
    value: ['Optional tag value (up to 256 characters) within the key\'s category.'],
  },

  // ───────────────────────────── Services ─────────────────────────────
  CreateServiceRequest: {
    cluster: ['Cluster (short name or ARN) that runs the service; the default cluster when omitted.'],
    serviceName: [
      'Name of the service, unique within its cluster. Up to 255 letters, digits, underscores and hyphens.',
    ],
    taskDefinition: [
      'Task definition the service runs, as family:revision or a full ARN; without a revision the latest ACTIVE one is used. Required with the ECS and CODE_DEPLOY controllers.',
    ],
    availabilityZoneRebalancing: [
      'ENABLED lets ECS move tasks so they stay evenly spread across Availability Zones. New services default to ENABLED.',
    ],
    loadBalancers: [
      'Load balancer target groups that receive the service\'s tasks, each naming a container and port.',
      'Fargate needs an ALB or NLB with ip target groups; Classic Load Balancers are not supported.',
    ],
    serviceRegistries: [
      'Cloud Map service discovery registry (at most one) so other clients can find the tasks through DNS.',
    ],
    desiredCount: ['How many copies of the task to keep running. Required for REPLICA services; DAEMON services ignore it.'],
    clientToken: [
      'Your own unique string (up to 36 printable ASCII characters) that makes retrying the same request safe.',
    ],
    launchType: [
      'Where tasks run: FARGATE, EC2, EXTERNAL or MANAGED_INSTANCES. Leave it out when you give a capacityProviderStrategy.',
      'FARGATE means On-Demand; Fargate Spot needs a capacity provider strategy.',
    ],
    capacityProviderStrategy: [
      'How to split tasks across capacity providers such as FARGATE and FARGATE_SPOT, using base and weight; up to 20 providers. Cannot be combined with launchType; if both are missing, the cluster\'s default strategy applies.',
    ],
    platformVersion: ['Fargate platform version for the tasks, such as 1.4.0; LATEST when omitted. Fargate only.'],
    role: [
      'IAM role ECS uses to manage the load balancer, only for load-balanced services that do not use awsvpc. Usually leave it out so the service-linked role is used.',
      'Leave it out on Fargate (awsvpc uses the service-linked role).',
    ],
    deploymentConfiguration: [
      'How deployments roll out: task count limits, strategy, circuit breaker, alarms and lifecycle hooks.',
    ],
    placementConstraints: [
      'Rules that limit which EC2 instances may run the service\'s tasks; at most 10 including those in the task definition.',
      NO_FARGATE,
    ],
    placementStrategy: ['How EC2 instances are picked for tasks (spread, binpack or random); up to 5 rules.', NO_FARGATE],
    networkConfiguration: [
      'Subnets, security groups and public IP choice for awsvpc tasks. Required with awsvpc and rejected for other network modes.',
      'Required on Fargate.',
    ],
    healthCheckGracePeriodSeconds: [
      'Seconds after a task starts during which ECS ignores failing load balancer, VPC Lattice and container health checks; default 0. Gives slow-starting apps time to warm up.',
    ],
    schedulingStrategy: [
      'REPLICA (the default) keeps desiredCount tasks spread over the cluster; DAEMON runs one task on each container instance.',
      'Fargate supports only REPLICA.',
    ],
    deploymentController: ['Who runs deployments: ECS (the default), CODE_DEPLOY or EXTERNAL.'],
    tags: ['Labels for the service (up to 50); they are deleted together with the service.'],
    enableECSManagedTags: [
      'If true, ECS tags the service\'s tasks with the cluster and service names. Use it together with propagateTags.',
    ],
    propagateTags: [
      'Copies tags onto new tasks from the TASK_DEFINITION or the SERVICE; NONE (the default) copies nothing. Needed for per-service cost reports.',
    ],
    enableExecuteCommand: [
      'If true, ECS Exec (aws ecs execute-command) can open a shell or run commands in the service\'s containers.',
    ],
    serviceConnectConfiguration: [
      'Service Connect settings: join a Cloud Map namespace so tasks can call other services by short names through a managed proxy, and optionally publish this service\'s own endpoints.',
    ],
    volumeConfigurations: [
      'Settings for the task definition volume marked configuredAtLaunch; today that is an Amazon EBS volume created for each task.',
    ],
    vpcLatticeConfigurations: ['VPC Lattice target groups that the service\'s tasks are registered with.'],
    monitoring: [
      'Resolution of the service\'s CPUUtilization and MemoryUtilization CloudWatch metrics; 60 seconds when omitted.',
    ],
  },

  UpdateServiceRequest: {
    cluster: ['Cluster (name or ARN) the service runs in; the default cluster when omitted. It cannot be changed.'],
    service: ['Name of the service to change.'],
    desiredCount: ['New number of tasks to keep running; changing only this does not start a deployment.'],
    taskDefinition: [
      'New task definition (family:revision or ARN; latest ACTIVE revision if none is given). Starts a deployment that stops old tasks once new ones are running.',
    ],
    capacityProviderStrategy: [
      'New capacity provider strategy, e.g. to move between FARGATE and FARGATE_SPOT or to an Auto Scaling group provider.',
    ],
    deploymentConfiguration: ['New deployment settings; changing them does not start a deployment.'],
    availabilityZoneRebalancing: [
      'Turns Availability Zone rebalancing on or off; when omitted the current setting stays (DISABLED if it was never set).',
    ],
    networkConfiguration: ['New awsvpc subnets, security groups or public IP setting; starts a deployment.', 'Required on Fargate.'],
    placementConstraints: [
      'Replacement placement constraints: omit to keep the current ones, pass [] to remove them all.',
      NO_FARGATE,
    ],
    placementStrategy: ['Replacement placement strategy: omit to keep the current one.', NO_FARGATE],
    platformVersion: ['New Fargate platform version (LATEST when unset); starts a deployment.'],
    forceNewDeployment: [
      'If true, starts a fresh deployment even with no changes, e.g. to pull a moved image tag such as :latest or to move Fargate tasks to a newer platform version.',
    ],
    healthCheckGracePeriodSeconds: [
      'Seconds after a task starts during which failing health checks are ignored; default 0, no practical upper limit. Use it for slow-starting apps.',
    ],
    deploymentController: ['Changes who runs deployments: ECS, CODE_DEPLOY or EXTERNAL.'],
    enableExecuteCommand: ['Turns ECS Exec on or off for the service\'s tasks; leave it null to keep the current value.'],
    enableECSManagedTags: [
      'Turns ECS managed tags on or off; affects only tasks started afterwards (add forceNewDeployment to retag all).',
    ],
    loadBalancers: [
      'New load balancer settings (needs the service-linked role). ECS starts tasks with the new settings, then stops the old ones; pass [] to remove all.',
    ],
    propagateTags: ['Changes where task tags are copied from; affects only tasks started afterwards.'],
    serviceRegistries: ['New Cloud Map registries; pass [] to remove them. Starts a deployment.'],
    serviceConnectConfiguration: ['New Service Connect settings; starts a deployment.'],
    volumeConfigurations: [
      'New settings for the configured-at-launch EBS volume, whose name must match the task definition volume. A change starts a deployment.',
    ],
    vpcLatticeConfigurations: ['New VPC Lattice settings; starts a deployment.'],
    monitoring: [
      'Resolution of the service\'s CPUUtilization and MemoryUtilization CloudWatch metrics; 60 seconds when omitted.',
    ],
  },

  NetworkConfiguration: {
    awsvpcConfiguration: [
      'Subnets, security groups and public IP choice for tasks using the awsvpc network mode; all must belong to one VPC.',
      'Required on Fargate.',
    ],
  },

  AwsVpcConfiguration: {
    subnets: [
      'IDs of the subnets where task network interfaces are created: up to 16, all in the same VPC. Use several Availability Zones for resilience.',
    ],
    securityGroups: [
      'IDs of the security groups for the task network interfaces: up to 5, same VPC. When omitted, the VPC\'s default security group is used.',
    ],
    assignPublicIp: [
      'ENABLED gives each task a public IP address; DISABLED (the default) keeps it private.',
      'Fargate tasks need a public IP, a NAT gateway or VPC endpoints to pull images and send logs.',
    ],
  },

  LoadBalancer: {
    targetGroupArn: [
      'ARN of the ALB or NLB target group that tasks are registered in. With awsvpc the target group must use target type ip.',
      'On Fargate the target group must use target type ip.',
    ],
    loadBalancerName: [
      'Name of a Classic Load Balancer; leave it out for Application and Network Load Balancers.',
      'Classic Load Balancers are not supported on Fargate.',
    ],
    containerName: ['Container from the task definition that receives the load balancer\'s traffic.'],
    containerPort: ['Port on that container to send traffic to; must match a containerPort in its portMappings.'],
    advancedConfiguration: [
      'Extra settings for ECS-native blue/green, linear and canary deployments: alternate target group, listener rules and IAM role.',
    ],
  },

  AdvancedConfiguration: {
    alternateTargetGroupArn: [
      'ARN of the second target group, which holds the new (green) tasks during an ECS blue/green deployment.',
    ],
    productionListenerRule: [
      'ARN of the ALB listener rule (or NLB listener) carrying live traffic, which ECS switches during the deployment.',
    ],
    testListenerRule: [
      'ARN of the ALB listener rule (or NLB listener) that sends test traffic to the new tasks before production does.',
    ],
    roleArn: [
      'ARN of the IAM role ECS assumes to change listeners and target groups during the deployment.',
    ],
  },

  DeploymentConfiguration: {
    deploymentCircuitBreaker: [
      'Stops a rolling deployment (ECS controller) that cannot reach a steady state, and can roll back to the last good one.',
    ],
    maximumPercent: [
      'Upper limit on running plus starting tasks during a rolling deployment, as a percent of desiredCount (default 200). Higher values let more new tasks start before old ones stop.',
      'Ignored for Fargate services using the CODE_DEPLOY or EXTERNAL controller.',
    ],
    minimumHealthyPercent: [
      'Lower limit on healthy running tasks during a rolling deployment, as a percent of desiredCount (default 100 for REPLICA). Lower values let ECS stop old tasks before new ones are ready.',
      'Ignored for Fargate services using the CODE_DEPLOY or EXTERNAL controller.',
    ],
    alarms: ['CloudWatch alarms that mark a deployment as failed when they fire, optionally rolling it back.'],
    strategy: [
      'How new revisions replace old ones under the ECS controller: ROLLING (the default), BLUE_GREEN, LINEAR or CANARY.',
    ],
    bakeTimeInMinutes: [
      'Minutes the old and new revisions both keep running after production traffic has moved, so a rollback is instant. Required for BLUE_GREEN.',
    ],
    lifecycleHooks: [
      'Lambda functions or pauses to run at chosen stages of an ECS-native deployment, e.g. to test the new revision before traffic moves.',
    ],
    linearConfiguration: ['Step size and wait time for LINEAR deployments, which move traffic in equal steps.'],
    canaryConfiguration: [
      'Canary size and wait time for CANARY deployments, which move a small share of traffic first and the rest later.',
    ],
    earlySuccessCriteria: [
      'Lets a ROLLING deployment finish early: it counts as successful once a chosen share of the new tasks is healthy, instead of waiting until the whole service has settled. Only for the rolling strategy.',
    ],
  },

  DeploymentEarlySuccessCriteria: {
    enable: [
      'Required. true turns the early success criteria on (then also set healthyPercent and sourceServiceRevisionCleanup); false, the default, waits for the new revision to settle and the old tasks to be gone.',
    ],
    healthyPercent: [
      'Share of desiredCount, 0 to 100, that must be healthy in the new revision (after the bake time) for the deployment to count as done; ECS keeps scaling to 100% afterwards. At least minimumHealthyPercent.',
    ],
    sourceServiceRevisionCleanup: [
      'When the old revision\'s tasks are stopped: BLOCKING stops them before the deployment is marked successful, DEFERRED marks it successful first and stops them in the background.',
    ],
  },

  DeploymentCircuitBreaker: {
    enable: ['Turns on the circuit breaker, which fails a deployment whose tasks keep failing to start or stay healthy.'],
    rollback: ['If true, ECS returns a failed deployment to the most recent deployment that finished successfully.'],
    resetOnHealthyTask: ['If true (the default), a task that becomes healthy sets the failure count back to 0.'],
    thresholdConfiguration: ['Sets the number (or percent) of failed tasks that trips the circuit breaker.'],
  },

  ThresholdConfiguration: {
    type: [
      'How value is read: COUNT uses it as a plain number of failures; BOUNDED_PERCENT (the default) and UNBOUNDED_PERCENT treat it as a percent of the desired count.',
    ],
    value: ['Number used for the failure threshold: a count, or a percent applied to the desired count. Default 50.'],
  },

  DeploymentAlarms: {
    alarmNames: ['Names of the CloudWatch alarms to watch during deployments.'],
    rollback: ['If true, ECS rolls back to the last completed deployment when an alarm fails the deployment.'],
    enable: ['Turns alarm-based failure detection for deployments on.'],
  },

  DeploymentController: {
    type: [
      'Deployment controller: ECS (ECS deploys, with rolling, blue/green, linear or canary), CODE_DEPLOY (CodeDeploy blue/green driven by an appspec) or EXTERNAL (your own tool, using task sets).',
    ],
  },

  DeploymentLifecycleHook: {
    targetType: [
      'What the hook does: AWS_LAMBDA (the default) calls a Lambda function; PAUSE holds the deployment until you continue it or roll it back.',
    ],
    hookTargetArn: ['ARN of the Lambda function to call; required for AWS_LAMBDA hooks, unused for PAUSE.'],
    roleArn: ['ARN of the IAM role ECS uses to invoke the hook\'s Lambda function.'],
    lifecycleStages: [
      'Deployment stages that run the hook, e.g. PRE_SCALE_UP, POST_TEST_TRAFFIC_SHIFT or PRODUCTION_TRAFFIC_SHIFT. PAUSE hooks cannot use the two traffic-shift stages.',
    ],
    hookDetails: ['Free-form JSON handed to your Lambda function every time the hook runs; unused for PAUSE hooks.'],
    timeoutConfiguration: ['How long to wait for the hook and what to do when that time runs out.'],
  },

  DeploymentLifecycleHookTimeoutConfiguration: {
    timeoutInMinutes: ['Minutes to wait for the hook to finish; default 1440 (one day).'],
    action: ['What happens on timeout: ROLLBACK (the default) to the previous revision, or CONTINUE to the next stage.'],
  },

  LinearConfiguration: {
    stepPercent: ['Share of production traffic moved in each step: 3.0 to 100.0 in steps of 0.1, default 10.0.'],
    stepBakeTimeInMinutes: ['Minutes to wait between steps: 0 to 1440, default 6. There is no wait after reaching 100%.'],
  },

  CanaryConfiguration: {
    canaryPercent: ['Share of production traffic sent to the new revision first: 0.1 to 100.0, default 5.0.'],
    canaryBakeTimeInMinutes: [
      'Minutes to watch the canary before moving all remaining traffic: 0 to 1440, default 10.',
    ],
  },

  CapacityProviderStrategyItem: {
    capacityProvider: ['Short name of the capacity provider, e.g. FARGATE, FARGATE_SPOT or an Auto Scaling group provider.'],
    weight: [
      'Relative share of tasks for this provider once base is met (0 to 1000, default 0); weight 0 gets nothing beyond base. FARGATE 1 with FARGATE_SPOT 3 puts about 3 of every 4 tasks on Spot.',
    ],
    base: [
      'Tasks always placed on this provider before weights apply (0 to 100000, default 0). Only one provider in a strategy may set a base.',
    ],
  },

  ServiceRegistry: {
    registryArn: ['ARN of the Cloud Map service the tasks are registered in.'],
    port: ['Port for SRV records with awsvpc; give either this or containerName plus containerPort, not both.'],
    containerName: [
      'Container whose port goes into the discovery record; required for bridge or host mode, or with SRV records instead of port.',
    ],
    containerPort: ['Container port that goes into the discovery record, paired with containerName.'],
  },

  PlacementConstraint: {
    type: ['distinctInstance runs each task on a different instance; memberOf limits tasks to instances matching the expression.'],
    expression: ['Cluster query language expression for memberOf (up to 2000 characters); not allowed with distinctInstance.'],
  },

  PlacementStrategy: {
    type: [
      'random picks any instance; spread balances tasks over a field such as Availability Zone; binpack fills the instances with the least free CPU or memory first.',
    ],
    field: [
      'What the strategy works on: for spread, instanceId (or host) or an attribute like attribute:ecs.availability-zone; for binpack, cpu or memory; unused for random.',
    ],
  },

  // ───────────────────────────── Service Connect ─────────────────────────────
  ServiceConnectConfiguration: {
    enabled: ['Turns Service Connect on for this service.'],
    namespace: ['Cloud Map namespace (name or ARN) the service joins; it must be in the same Region as the service.'],
    services: [
      'Endpoints this service offers to others in the namespace. Leave it empty for client-only services that just call others.',
    ],
    logConfiguration: ['Log settings for the Service Connect proxy container, in the same format as a container\'s logConfiguration.'],
    accessLogConfiguration: [
      'Turns on per-request access logs from the Service Connect proxy; logConfiguration must be set as well.',
    ],
  },

  ServiceConnectService: {
    portName: ['Name of a portMappings entry in the task definition that this endpoint exposes.'],
    discoveryName: [
      'Name of the Cloud Map service ECS creates for this endpoint, unique in the namespace; defaults to the port name. Up to 64 lowercase letters, digits, underscores and hyphens.',
    ],
    clientAliases: ['Name and port that other tasks use to reach this endpoint; at most one alias.'],
    ingressPortOverride: [
      'Port the Service Connect proxy listens on for incoming traffic; by default the container port (awsvpc and Fargate). Allow this port in your security groups.',
    ],
    timeout: ['Idle and per-request timeouts for connections through the proxy.'],
    tls: ['TLS settings so the proxy encrypts traffic with certificates from AWS Private CA.'],
  },

  ServiceConnectClientAlias: {
    port: ['Port clients connect to on the proxy; choose the port they already use so their code need not change.'],
    dnsName: [
      'Name clients use to reach this service (up to 127 characters), e.g. db or orders; defaults to discoveryName.namespace.',
    ],
    testTrafficRules: [
      'Header rules that send matching requests to the new revision during a blue/green deployment, for testing.',
    ],
  },

  ServiceConnectTestTrafficRules: {
    header: ['HTTP header rule that marks a request as test traffic.'],
  },

  ServiceConnectTestTrafficHeaderRules: {
    name: ['Name of the HTTP header to check, e.g. x-canary.'],
    value: ['How the header\'s value must match for the request to count as test traffic.'],
  },

  ServiceConnectTestTrafficHeaderMatchRules: {
    exact: ['Exact header value that sends a request to the new revision.'],
  },

  ServiceConnectTlsConfiguration: {
    issuerCertificateAuthority: ['The AWS Private CA that issues the proxy\'s TLS certificates.'],
    kmsKey: ['KMS key used to protect the TLS private keys.'],
    roleArn: ['ARN of the IAM role ECS uses to manage TLS certificates for Service Connect.'],
  },

  ServiceConnectTlsCertificateAuthority: {
    awsPcaAuthorityArn: ['ARN of the AWS Private Certificate Authority that signs the certificates.'],
  },

  ServiceConnectAccessLogConfiguration: {
    format: ['Access log format: TEXT (easy to read) or JSON (easy to parse).'],
    includeQueryParameters: [
      'ENABLED adds URL query strings to access logs; default DISABLED, as they may hold tokens or other private data.',
    ],
  },

  TimeoutConfiguration: {
    idleTimeoutSeconds: [
      'Seconds an idle connection stays open; 0 turns the limit off. Default 5 minutes for HTTP, HTTP/2 and gRPC, 1 hour for TCP.',
    ],
    perRequestTimeoutSeconds: [
      'Seconds to wait for a complete response to each request; 0 turns it off. Not available when appProtocol is TCP.',
    ],
  },

  // ───────────────────────────── Launch-time volumes ─────────────────────────────
  ServiceVolumeConfiguration: {
    name: ['Volume name; must match the configuredAtLaunch volume in the task definition.'],
    managedEBSVolume: ['Settings for the EBS volume that ECS creates and manages, one per task.'],
  },

  ServiceManagedEBSVolumeConfiguration: {
    encrypted: ['Encrypts the volume. If EBS encryption by default is on for the Region, volumes are encrypted even when this is false.'],
    kmsKeyId: [
      'KMS key (ID, alias or ARN) for encrypting the volume, overriding default keys. A wrong key only fails later, when the volume is created.',
    ],
    volumeType: [
      'EBS volume type: gp3, gp2, io1, io2, st1, sc1 or standard.',
      'The magnetic standard type is not supported on Fargate.',
    ],
    sizeInGiB: [
      'Volume size in GiB: gp2/gp3 1-16384, io1/io2 4-16384, st1/sc1 125-16384, standard 1-1024. Give a size or a snapshotId; with a snapshot it defaults to the snapshot size.',
    ],
    snapshotId: ['EBS snapshot each new volume is created from; give this or sizeInGiB.'],
    volumeInitializationRate: ['Speed in MiB/s at which snapshot data is loaded into new volumes; only with snapshotId.'],
    iops: [
      'Provisioned I/O operations per second: gp3 3000-16000 (default 3000), io1 100-64000, io2 100-256000. Required for io1 and io2; not for st1, sc1 or standard.',
    ],
    throughput: ['Throughput in MiB/s for gp3 volumes, up to 1000.'],
    tagSpecifications: ['Tags to put on the created volumes, besides the ones ECS adds.'],
    roleArn: [
      'ECS infrastructure IAM role that lets ECS create and manage the volumes, e.g. with the AmazonECSInfrastructureRolePolicyForVolumes policy.',
    ],
    filesystemType: [
      'File system to format the volume with: xfs (the default), ext3 or ext4 on Linux, ntfs on Windows. Must match the snapshot\'s file system.',
    ],
  },

  EBSTagSpecification: {
    resourceType: ['Resource the tags apply to; only volume.'],
    tags: ['Tags to set on the volume; AmazonECSCreated and AmazonECSManaged are reserved.'],
    propagateTags: ['Copies tags to the volume from the TASK_DEFINITION or the SERVICE; none when omitted.'],
  },

  VpcLatticeConfiguration: {
    roleArn: ['ECS infrastructure IAM role used to manage VPC Lattice resources for the service.'],
    targetGroupArn: ['ARN of the VPC Lattice target group the tasks are registered in.'],
    portName: ['Name of the task definition port mapping to register in the target group.'],
    advancedConfiguration: [
      'Blue/green settings for VPC Lattice: the alternate target group and the production and test listener rules that ECS switches traffic between.',
    ],
  },

  VpcLatticeAdvancedConfiguration: {
    alternateTargetGroupArn: ['ARN of the second VPC Lattice target group, where the new (green) revision registers during a blue/green deployment.'],
    productionListenerRule: ['ARN of the listener or listener rule that carries production traffic; ECS moves it to the new revision.'],
    testListenerRule: ['ARN of the listener or listener rule for test traffic, which reaches the new revision before production does.'],
  },

  MonitoringConfiguration: {
    metricConfigurations: ['Per-metric resolution settings for the service\'s CloudWatch metrics.'],
  },

  MetricConfiguration: {
    metricNames: ['Metrics to configure: CPUUtilization and/or MemoryUtilization.'],
    resolutionSeconds: ['How often the metrics are collected: 20 or 60 seconds.'],
  },
};

function build(): Record<string, FieldDoc> {
  const out: Record<string, FieldDoc> = {};
  for (const [shape, members] of Object.entries(RAW)) {
    for (const [member, [description, fargate]] of Object.entries(members)) {
      const doc: FieldDoc = { description, docUrl: apiUrl(shape, member) };
      if (fargate !== undefined) doc.fargate = fargate;
      out[`${shape}.${member}`] = doc;
    }
  }
  return out;
}

/** Keyed 'ShapeName.memberName' exactly as in the API model, e.g. 'ContainerDefinition.portMappings'. */
export const FIELD_DOCS: Readonly<Record<string, FieldDoc>> = build();

/**
 * Docs for notable values. Look up 'ShapeName.member=value' first (context-specific), then 'value'.
 */
export const VALUE_DOCS: Readonly<Record<string, { description: string; docUrl?: string }>> = {
  // Network modes
  awsvpc: {
    description: 'Each task gets its own elastic network interface and private IP in your VPC, with its own security groups. Required on Fargate.',
    docUrl: `${DG}task-networking.html`,
  },
  bridge: {
    description: 'Containers sit on Docker\'s virtual network on the instance and can use dynamic host ports. The default on EC2 Linux; not valid on Fargate.',
    docUrl: `${DG}task-networking.html`,
  },
  host: {
    description: 'Containers share the EC2 instance\'s network directly, so a port can be used by only one task per instance. Not valid on Fargate.',
    docUrl: `${DG}task-networking.html`,
  },
  none: {
    description: 'Containers get no outside network connection and cannot have port mappings. Not valid on Fargate.',
    docUrl: `${DG}task-networking.html`,
  },
  'RegisterTaskDefinitionRequest.pidMode=task': {
    description: 'All containers in the task share one process namespace, so a sidecar can see the app\'s processes. The only pidMode Fargate accepts (Linux platform 1.4.0+).',
  },
  'RegisterTaskDefinitionRequest.pidMode=host': {
    description: 'Containers share the host instance\'s process namespace, which exposes host processes. Not valid on Fargate.',
  },
  'RegisterTaskDefinitionRequest.ipcMode=host': {
    description: 'Containers share IPC resources with the host instance. Not valid on Fargate.',
  },
  'RegisterTaskDefinitionRequest.ipcMode=task': {
    description: 'Containers of the task share IPC resources with each other. Not valid on Fargate.',
  },
  'RegisterTaskDefinitionRequest.ipcMode=none': {
    description: 'Each container keeps its IPC resources private. Not valid on Fargate.',
  },

  // Launch types and capacity providers
  FARGATE: {
    description: 'Serverless compute: AWS runs the task on managed infrastructure, with no instances for you to manage, billed per second by vCPU and memory.',
    docUrl: `${DG}AWS_Fargate.html`,
  },
  FARGATE_SPOT: {
    description: 'Fargate capacity from spare AWS capacity at a discount; tasks can be stopped with a two-minute warning. Linux only; used through a capacity provider strategy.',
    docUrl: `${DG}fargate-capacity-providers.html`,
  },
  EC2: {
    description: 'Tasks run on EC2 instances that you register to the cluster and manage yourself.',
    docUrl: `${DG}launch_types.html`,
  },
  EXTERNAL: {
    description: 'As a launch type: tasks run on your own servers or VMs registered with ECS Anywhere. As a deployment controller: a third-party tool deploys using task sets.',
  },
  MANAGED_INSTANCES: {
    description: 'Tasks run on EC2 instances that ECS provisions and manages for you; chosen through a capacity provider strategy.',
  },

  // Log drivers
  awslogs: {
    description: 'Sends container output to Amazon CloudWatch Logs. Needs awslogs-group and awslogs-region, plus awslogs-stream-prefix on Fargate, and an execution role.',
    docUrl: `${DG}using_awslogs.html`,
  },
  awsfirelens: {
    description: 'Sends container output to a FireLens log router (Fluent Bit or Fluentd) in the same task, which can forward it to many destinations.',
    docUrl: `${DG}using_firelens.html`,
  },
  splunk: {
    description: 'Sends container output to a Splunk HTTP Event Collector; needs splunk-url and a splunk-token (best kept in secretOptions).',
  },
  'json-file': { description: 'Docker\'s default driver, writing logs to files on the instance. EC2 only; not valid on Fargate.' },
  syslog: { description: 'Sends logs to a syslog server. EC2 only; not valid on Fargate.' },
  journald: { description: 'Sends logs to the instance\'s systemd journal. EC2 only; not valid on Fargate.' },
  gelf: { description: 'Sends logs in Graylog (GELF) format. EC2 only; not valid on Fargate.' },
  'LogConfiguration.logDriver=fluentd': {
    description: 'Docker\'s Fluentd log driver, sending logs to a Fluentd endpoint. EC2 only; on Fargate use awsfirelens instead.',
  },
  'FirelensConfiguration.type=fluentd': { description: 'Runs Fluentd as the FireLens log router.' },
  'FirelensConfiguration.type=fluentbit': {
    description: 'Runs Fluent Bit as the FireLens log router; lighter than Fluentd and the usual choice (e.g. the AWS for Fluent Bit image).',
  },

  // Deployment controllers and strategies
  ECS: {
    description: 'ECS runs deployments itself: rolling update by default, or its built-in blue/green, linear or canary strategies.',
    docUrl: `${DG}deployment-types.html`,
  },
  CODE_DEPLOY: {
    description: 'AWS CodeDeploy runs blue/green deployments, guided by an appspec file; the service needs an ALB or NLB with two target groups.',
    docUrl: `${DG}deployment-type-bluegreen.html`,
  },
  ROLLING: {
    description: 'Replaces old tasks with new ones step by step, within the limits of minimumHealthyPercent and maximumPercent. The default strategy.',
  },
  BLUE_GREEN: {
    description: 'Starts the new revision (green) next to the old one (blue), moves all traffic at once, then keeps blue for the bake time so a rollback is instant.',
    docUrl: `${DG}deployment-type-blue-green.html`,
  },
  LINEAR: {
    description: 'Moves traffic to the new revision in equal steps (stepPercent), waiting stepBakeTimeInMinutes between steps.',
  },
  CANARY: {
    description: 'Sends a small share of traffic (canaryPercent) to the new revision first, then the rest after canaryBakeTimeInMinutes.',
  },
  BLOCKING: {
    description: 'The old revision\'s tasks are stopped before the deployment is marked successful: slower to finish, but nothing of the old revision is left running.',
  },
  DEFERRED: {
    description: 'The deployment is marked successful first and the old revision\'s tasks are stopped in the background: faster to finish, briefly running both.',
  },
  AWS_LAMBDA: { description: 'The lifecycle hook calls a Lambda function, whose answer decides whether the deployment goes on.' },
  PAUSE: { description: 'The lifecycle hook holds the deployment until you continue it or roll it back.' },
  ROLLBACK: { description: 'On hook timeout, the deployment goes back to the previous service revision.' },
  CONTINUE: { description: 'On hook timeout, the deployment moves on to the next stage.' },
  RECONCILE_SERVICE: { description: 'Stage that runs only when a deployment starts while more than one service revision is active.' },
  PRE_SCALE_UP: { description: 'Stage before the new revision starts; the old one serves all production traffic.' },
  POST_SCALE_UP: { description: 'Stage after the new revision has started, before it gets any traffic.' },
  TEST_TRAFFIC_SHIFT: { description: 'Stage while test traffic moves to the new revision; production stays on the old one. Lambda hooks only.' },
  POST_TEST_TRAFFIC_SHIFT: { description: 'Stage after all test traffic reaches the new revision: a good place to run tests.' },
  PRE_PRODUCTION_TRAFFIC_SHIFT: { description: 'Stage just before production traffic moves; for linear and canary, before every step.' },
  PRODUCTION_TRAFFIC_SHIFT: { description: 'Stage while production traffic moves to the new revision; for linear and canary, at every step. Lambda hooks only.' },
  POST_PRODUCTION_TRAFFIC_SHIFT: { description: 'Stage after all production traffic has moved to the new revision.' },
  COUNT: { description: 'Circuit breaker threshold given as a plain number of failed tasks.' },
  BOUNDED_PERCENT: { description: 'Circuit breaker threshold given as a percent of the desired count, kept within limits. The default.' },
  UNBOUNDED_PERCENT: { description: 'Circuit breaker threshold given as a percent of the desired count, with no limits applied.' },

  // Platform
  ARM64: {
    description: '64-bit ARM (AWS Graviton) CPUs, usually cheaper per vCPU. Linux only; the image must be built for arm64. Fargate needs platform 1.4.0+.',
    docUrl: `${DG}ecs-arm64.html`,
  },
  X86_64: { description: '64-bit Intel/AMD CPUs. The default, and the only choice for Windows.' },
  LINUX: { description: 'Linux containers. The default operating system family.' },
  WINDOWS_SERVER_2019_FULL: { description: 'Windows Server 2019 Full. Supported on Fargate (X86_64, at least 1 vCPU).' },
  WINDOWS_SERVER_2019_CORE: { description: 'Windows Server 2019 Core. Supported on Fargate (X86_64, at least 1 vCPU).' },
  WINDOWS_SERVER_2022_FULL: { description: 'Windows Server 2022 Full. Supported on Fargate (X86_64, at least 1 vCPU).' },
  WINDOWS_SERVER_2022_CORE: { description: 'Windows Server 2022 Core. Supported on Fargate (X86_64, at least 1 vCPU).' },
  WINDOWS_SERVER_2025_FULL: { description: 'Windows Server 2025 Full. Check current Fargate support before relying on it.' },
  WINDOWS_SERVER_2025_CORE: { description: 'Windows Server 2025 Core. Check current Fargate support before relying on it.' },
  WINDOWS_SERVER_2016_FULL: { description: 'Windows Server 2016 Full. EC2 only; not offered on Fargate.' },
  WINDOWS_SERVER_2004_CORE: { description: 'Windows Server version 2004 Core, a retired semi-annual release. Not offered on Fargate.' },
  WINDOWS_SERVER_20H2_CORE: { description: 'Windows Server version 20H2 Core, a retired semi-annual release. Not offered on Fargate.' },
  LATEST: {
    description: 'The newest Fargate platform version (1.4.0 for Linux, 1.0.0 for Windows). The default when no version is given.',
    docUrl: `${DG}platform_versions.html`,
  },
  '1.4.0': {
    description: `Current Fargate Linux platform version: EFS volumes, extra ephemeral storage, SYS_PTRACE, environment files, JSON-key secrets, pidMode task, ARM64 and the ${labelsText(PLATFORM_GATED_SIZES)} sizes.`,
    docUrl: `${DG}platform-linux-fargate.html`,
  },
  '1.3.0': {
    description: 'Older Fargate Linux platform: adds whole-secret injection, dependsOn and start/stop timeouts, but none of the 1.4.0 features.',
    docUrl: `${DG}platform-linux-fargate.html`,
  },
  '1.2.0': { description: 'Old Fargate Linux platform version; prefer 1.4.0 or LATEST.' },
  '1.1.0': { description: 'Old Fargate Linux platform version that first added container health checks; prefer 1.4.0 or LATEST.' },
  '1.0.0': {
    description: 'On Linux, the first and oldest Fargate platform version; on Windows, the current Fargate platform version.',
    docUrl: `${DG}platform_versions.html`,
  },

  // Scheduling
  REPLICA: { description: 'Keeps desiredCount tasks running, spread across Availability Zones. The only strategy on Fargate.' },
  DAEMON: { description: 'Runs exactly one task on every container instance that fits the constraints. EC2 only; not on Fargate.' },

  // Toggles
  ENABLED: { description: 'Turns the setting on.' },
  DISABLED: { description: 'Turns the setting off.' },
  'AwsVpcConfiguration.assignPublicIp=ENABLED': {
    description: 'Each task gets a public IP and can reach the internet through the subnet\'s internet gateway, but is also reachable where security groups allow.',
  },
  'AwsVpcConfiguration.assignPublicIp=DISABLED': {
    description: 'Tasks get only private IPs (the default); they need a NAT gateway or VPC endpoints to reach ECR, CloudWatch and other AWS services.',
  },
  'ContainerDefinition.versionConsistency=enabled': { description: 'Pins the image tag to its digest at deployment time. The default.' },
  'ContainerDefinition.versionConsistency=disabled': { description: 'Uses the image tag as written, so tasks may get different images if the tag moves.' },

  // Health checks and dependencies
  CMD: { description: 'Runs the health check program directly, without a shell; each array item is one argument.' },
  'CMD-SHELL': { description: 'Runs the health check through the container\'s default shell (/bin/sh -c), so pipes and || work; put the whole command in one string.' },
  START: { description: 'Wait only until the other container has started.' },
  COMPLETE: { description: 'Wait until the other container has run and exited, with any exit code. It cannot be an essential container.' },
  SUCCESS: { description: 'Wait until the other container has exited with code 0. It cannot be an essential container.' },
  HEALTHY: { description: 'Wait until the other container passes its health check; it needs a healthCheck. Checked only at task start.' },

  // Ports and protocols
  tcp: { description: 'TCP transport. The default.' },
  udp: { description: 'UDP transport, e.g. for DNS or game servers.' },
  http: { description: 'HTTP/1.1 traffic; Service Connect adds HTTP-aware handling and metrics.' },
  http2: { description: 'HTTP/2 traffic; Service Connect adds HTTP/2-aware handling and metrics.' },
  grpc: { description: 'gRPC traffic; Service Connect adds gRPC-aware handling and metrics.' },

  // Capabilities
  SYS_PTRACE: {
    description: 'Lets a process trace and inspect other processes, as debuggers and some monitoring agents need. The only capability Fargate lets you add (platform 1.4.0+).',
  },
  NET_ADMIN: { description: 'Lets a process change network settings such as routes and firewall rules. Cannot be added on Fargate.' },
  SYS_ADMIN: { description: 'Broad administrative rights, close to root. Cannot be added on Fargate.' },
  ALL: { description: 'Every Linux capability. Dropping ALL and adding back only what is needed gives least privilege.' },

  // Tags
  TASK_DEFINITION: { description: 'Copy tags from the task definition.' },
  SERVICE: { description: 'Copy tags from the service.' },
  NONE: { description: 'Copy no tags.' },

  // Misc
  s3: { description: 'The file is an object in Amazon S3.' },
  APPMESH: { description: 'AWS App Mesh proxy.' },
  memberOf: { description: 'Place tasks only on instances that match a cluster query language expression. EC2 only.' },
  distinctInstance: { description: 'Place each task of the group on a different instance. EC2 only.' },
  spread: { description: 'Spread tasks evenly over a field, such as Availability Zone or instance. EC2 only.' },
  binpack: { description: 'Pack tasks onto the fewest instances by cpu or memory, to save cost. EC2 only.' },
  random: { description: 'Place tasks on random suitable instances. EC2 only.' },
  GPU: { description: 'Reserve physical GPUs for the container. EC2 only; not on Fargate.' },
  NeuronDevice: { description: 'Give the container the instance\'s AWS Neuron (Inferentia/Trainium) devices. Not on Fargate.' },
  InferenceAccelerator: { description: 'Attach an Elastic Inference accelerator (a retired service). Not on Fargate.' },
  'DockerVolumeConfiguration.scope=task': { description: 'The volume lives only as long as the task.' },
  'DockerVolumeConfiguration.scope=shared': { description: 'The volume stays after the task stops and can be reused.' },
  TEXT: { description: 'Access logs as readable text lines.' },
  JSON: { description: 'Access logs as structured JSON records.' },
  gp3: { description: 'General purpose SSD with IOPS and throughput set separately from size. A good default.' },
  gp2: { description: 'Older general purpose SSD whose speed grows with size.' },
  xfs: { description: 'XFS file system, the default for launch-time EBS volumes on Linux.' },
};

/** Options of the awslogs log driver (LogConfiguration.options when logDriver is awslogs). */
export const AWSLOGS_OPTIONS: Readonly<Record<string, { description: string; required?: 'always' | 'fargate' }>> = {
  'awslogs-group': {
    description: 'CloudWatch Logs log group that receives the container\'s logs. It must exist unless awslogs-create-group is "true".',
    required: 'always',
  },
  'awslogs-region': {
    description: 'AWS Region of the log group, e.g. us-east-1. You may send logs from many Regions to one Region to see them in one place.',
    required: 'always',
  },
  'awslogs-stream-prefix': {
    description: 'Prefix for log stream names, which then look like prefix/container-name/task-id, so each stream can be traced to its task. The service name is a good choice; also needed to see logs in the ECS console.',
    required: 'fargate',
  },
  'awslogs-create-group': {
    description: 'Set to "true" to create the log group automatically if it is missing (default false). The execution role then needs logs:CreateLogGroup.',
  },
  'awslogs-datetime-format': {
    description: 'Python strftime pattern (e.g. "%Y-%m-%d %H:%M:%S") that marks the first line of each log entry, so multi-line output like stack traces stays in one entry. Cannot be combined with awslogs-multiline-pattern.',
  },
  'awslogs-multiline-pattern': {
    description: 'Regular expression that marks the first line of each log entry; following lines that do not match join that entry. Ignored if awslogs-datetime-format is set; costs some logging performance.',
  },
  mode: {
    description: 'non-blocking (the default since June 2025) buffers logs in memory so the app never stalls, but may drop logs when the buffer fills; blocking never drops logs but can freeze the app if delivery stalls.',
  },
  'max-buffer-size': {
    description: 'Size of the in-memory log buffer used in non-blocking mode, e.g. "25m"; default 10m. Logs are lost when it fills up.',
  },
  'awslogs-endpoint': {
    description: 'Custom CloudWatch Logs endpoint URL, e.g. a VPC endpoint. A Docker awslogs driver option not listed in the ECS docs; rarely needed.',
  },
};

function appspec(description: string, docUrl: string = APPSPEC_RESOURCES_URL, fargate?: string): FieldDoc {
  return fargate === undefined ? { description, docUrl } : { description, docUrl, fargate };
}

/** CodeDeploy appspec fields for ECS deployments, keyed 'appspec.<Field>'. */
export const APPSPEC_DOCS: Readonly<Record<string, FieldDoc>> = {
  'appspec.version': appspec('Appspec format version; must be 0.0.', APPSPEC_VERSION_URL),
  'appspec.Resources': appspec(
    'List holding exactly one entry, TargetService, which describes the ECS service and the new task definition to deploy.',
  ),
  'appspec.TargetService': appspec(
    'The ECS service being deployed: its Type and the Properties of the replacement task set.',
  ),
  'appspec.Type': appspec('Resource type; must be AWS::ECS::Service.'),
  'appspec.Properties': appspec(
    'Settings for the replacement task set: TaskDefinition, LoadBalancerInfo and, optionally, PlatformVersion, NetworkConfiguration and CapacityProviderStrategy.',
  ),
  'appspec.TaskDefinition': appspec(
    'ARN of the task definition revision to deploy. With CodePipeline, leave the placeholder <TASK_DEFINITION> and the pipeline fills it in.',
  ),
  'appspec.LoadBalancerInfo': appspec(
    'Which container and port the load balancer sends traffic to in the new tasks.',
  ),
  'appspec.ContainerName': appspec(
    'Name of the container that receives traffic; it must exist in the task definition being deployed.',
  ),
  'appspec.ContainerPort': appspec(
    'Port on that container that receives traffic; it must be one of its containerPort values.',
  ),
  'appspec.PlatformVersion': appspec(
    'Fargate platform version for the new tasks, e.g. LATEST or 1.4.0. If the service uses a specific version, repeat it here.',
    APPSPEC_RESOURCES_URL,
    'Fargate only.',
  ),
  'appspec.NetworkConfiguration': appspec(
    'Network settings for the new tasks. If the service\'s network settings changed, they must be given here too.',
  ),
  'appspec.AwsvpcConfiguration': appspec(
    'Subnets, security groups and public IP choice for the new awsvpc tasks.',
  ),
  'appspec.Subnets': appspec('Subnet IDs for the new tasks, all in one VPC.'),
  'appspec.SecurityGroups': appspec('Security group IDs for the new tasks.'),
  'appspec.AssignPublicIp': appspec('ENABLED gives each new task a public IP; DISABLED keeps them private.'),
  'appspec.CapacityProviderStrategy': appspec(
    'Capacity providers for the new tasks, each with CapacityProvider, Base and Weight, e.g. FARGATE with FARGATE_SPOT.',
  ),
  'appspec.CapacityProvider': appspec('Short name of the capacity provider, e.g. FARGATE or FARGATE_SPOT.'),
  'appspec.Base': appspec('Tasks always placed on this capacity provider before weights apply.'),
  'appspec.Weight': appspec('Relative share of the remaining tasks for this capacity provider.'),
  'appspec.Hooks': appspec(
    'Lambda functions to run at deployment stages, as a list of { Stage: function-name } entries. Each function must report success or failure back to CodeDeploy.',
    APPSPEC_HOOKS_URL,
  ),
  'appspec.BeforeInstall': appspec(
    'Lambda function run before the replacement task set is created.',
    APPSPEC_HOOKS_URL,
  ),
  'appspec.AfterInstall': appspec(
    'Lambda function run after the replacement task set is created and attached to a target group, before any traffic reaches it.',
    APPSPEC_HOOKS_URL,
  ),
  'appspec.AfterAllowTestTraffic': appspec(
    'Lambda function run after the test listener starts sending traffic to the replacement tasks: the place for validation tests.',
    APPSPEC_HOOKS_URL,
  ),
  'appspec.BeforeAllowTraffic': appspec(
    'Lambda function run after the second target group is attached to the replacement tasks, before production traffic moves.',
    APPSPEC_HOOKS_URL,
  ),
  'appspec.AfterAllowTraffic': appspec(
    'Lambda function run after production traffic has moved to the replacement tasks.',
    APPSPEC_HOOKS_URL,
  ),
};

/** Docs for one field, by API model shape and member name. */
export function fieldDoc(shape: string, member: string): FieldDoc | undefined {
  return Object.prototype.hasOwnProperty.call(FIELD_DOCS, `${shape}.${member}`)
    ? FIELD_DOCS[`${shape}.${member}`]
    : undefined;
}
