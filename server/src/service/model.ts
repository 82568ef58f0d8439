/**
 * The task definition model: a typed, range-preserving view over the syntax tree. Values keep their nodes;
 * sizes are normalised; placeholders are recorded as unknown rather than wrong.
 */
import type { Node } from 'jsonc-parser';
import { JsonObject } from './json';
import { parseCpu, parseMemory, isPlaceholder, type SizeValue } from './values';

/** How sure we are that the task definition targets Fargate. */
export type FargateIntent =
  /** `requiresCompatibilities` lists FARGATE. */
  | 'explicit'
  /** No `requiresCompatibilities`, but awsvpc with task-level cpu/memory: Fargate-shaped. */
  | 'implied'
  /** EC2/EXTERNAL/Managed Instances only, or bridge/host networking: Fargate rules stay silent. */
  | 'none';

export interface SizeField {
  node: Node;
  value: SizeValue;
}

export interface PortMappingModel {
  obj: JsonObject;
  containerPort?: number;
  hostPort?: number;
  protocol: string;
  containerPortRange?: string;
}

export interface ContainerModel {
  obj: JsonObject;
  index: number;
  name?: string;
  nameNode?: Node;
  image?: string;
  essential: boolean;
  cpu?: number;
  memory?: number;
  memoryReservation?: number;
  portMappings: PortMappingModel[];
  logConfiguration?: JsonObject;
  logDriver?: string;
  secrets: JsonObject[];
  environment: JsonObject[];
  healthCheck?: JsonObject;
  dependsOn: JsonObject[];
  linuxParameters?: JsonObject;
  mountPoints: JsonObject[];
  volumesFrom: JsonObject[];
}

export interface VolumeModel {
  obj: JsonObject;
  name?: string;
  efs?: JsonObject;
  host?: JsonObject;
  docker?: JsonObject;
}

/**
 * The network mode ECS registers a task with: the one written, or the default when it is left out (awsvpc for a
 * task that targets Fargate, bridge for Linux on EC2; Windows on EC2 has a default of its own). Undefined when the
 * mode is templated or that Windows default. The port rules, the service cross-check and Fargate applicability all
 * start from this.
 */
export function registeredNetworkMode(task: TaskDefinitionModel): string | undefined {
  if (task.networkModeIsPlaceholder) return undefined;
  if (task.networkMode !== undefined) return task.networkMode;
  if (task.fargate !== 'none') return 'awsvpc';
  return task.windows ? undefined : 'bridge';
}

/**
 * True when the container list is written out: an array whose every entry is an object. A templated list or entry
 * (a placeholder, an include) may hold more containers than are written, so rules that need to know every
 * container (that none is the router, the proxy or the one mounting a volume) stay silent otherwise.
 */
export function containerListKnown(task: TaskDefinitionModel): boolean {
  const cd = task.containerDefinitionsNode;
  return !!cd && cd.type === 'array' && !(cd.children ?? []).some((n) => n.type !== 'object');
}

export interface TaskDefinitionModel {
  obj: JsonObject;
  family?: string;
  cpu?: SizeField;
  memory?: SizeField;
  /** Declared network mode; undefined when absent (AWS then uses bridge on Linux EC2). */
  networkMode?: string;
  networkModeIsPlaceholder: boolean;
  requiresCompatibilities?: string[];
  fargate: FargateIntent;
  /** OS from runtimePlatform; Linux when absent. */
  windows: boolean;
  osFamily?: string;
  cpuArchitecture?: string;
  executionRoleArn?: string;
  taskRoleArn?: string;
  containers: ContainerModel[];
  volumes: VolumeModel[];
  /** Is `cpu` an object/array etc. rather than a size? Recorded so rules say it once. */
  containerDefinitionsNode?: Node;
}

function num(o: JsonObject, key: string): number | undefined {
  const n = o.num(key);
  if (n !== undefined) return n;
  const s = o.str(key);
  return s !== undefined && /^\s*\d+\s*$/.test(s) ? Number(s) : undefined;
}

function buildPortMapping(obj: JsonObject): PortMappingModel {
  return {
    obj,
    containerPort: num(obj, 'containerPort'),
    hostPort: num(obj, 'hostPort'),
    protocol: (obj.str('protocol') ?? 'tcp').toLowerCase(),
    containerPortRange: obj.str('containerPortRange'),
  };
}

function buildContainer(node: Node, index: number): ContainerModel {
  const obj = JsonObject.of(node);
  const logConfiguration = obj.obj('logConfiguration');
  const essentialNode = obj.get('essential');
  // `environment` and `secrets` can hold thousands of entries: their JsonObjects are made on first read only
  // (the rules that read every entry walk the syntax nodes instead), then kept.
  let environment: JsonObject[] | undefined;
  let secrets: JsonObject[] | undefined;
  return {
    obj,
    index,
    name: obj.str('name'),
    nameNode: obj.get('name'),
    image: obj.str('image'),
    // essential defaults to true when omitted.
    essential: !(essentialNode && essentialNode.type === 'boolean' && essentialNode.value === false),
    cpu: num(obj, 'cpu'),
    memory: num(obj, 'memory'),
    memoryReservation: num(obj, 'memoryReservation'),
    portMappings: obj.objects('portMappings').map(buildPortMapping),
    logConfiguration,
    logDriver: logConfiguration?.str('logDriver'),
    get secrets(): JsonObject[] {
      return (secrets ??= obj.objects('secrets'));
    },
    set secrets(value: JsonObject[]) {
      secrets = value;
    },
    get environment(): JsonObject[] {
      return (environment ??= obj.objects('environment'));
    },
    set environment(value: JsonObject[]) {
      environment = value;
    },
    healthCheck: obj.obj('healthCheck'),
    dependsOn: obj.objects('dependsOn'),
    linuxParameters: obj.obj('linuxParameters'),
    mountPoints: obj.objects('mountPoints'),
    volumesFrom: obj.objects('volumesFrom'),
  };
}

function buildVolume(obj: JsonObject): VolumeModel {
  return {
    obj,
    name: obj.str('name'),
    efs: obj.obj('efsVolumeConfiguration'),
    host: obj.obj('host'),
    docker: obj.obj('dockerVolumeConfiguration'),
  };
}

function sizeField(obj: JsonObject, key: string, parse: (raw: unknown) => SizeValue | undefined): SizeField | undefined {
  const node = obj.get(key);
  if (!node || node.type === 'null') return undefined;
  const raw = node.type === 'string' || node.type === 'number' ? node.value : { type: node.type };
  const value = parse(raw);
  return value ? { node, value } : undefined;
}

/** Builds the model of a task definition object. Never throws on any shape of input. */
export function buildTaskModel(obj: JsonObject): TaskDefinitionModel {
  const cd = obj.get('containerDefinitions');
  const containers =
    cd && cd.type === 'array' ? (cd.children ?? []).map((n, i) => ({ n, i })).filter(({ n }) => n.type === 'object').map(({ n, i }) => buildContainer(n, i)) : [];
  const volumes = obj.objects('volumes').map(buildVolume);
  const networkMode = obj.str('networkMode');
  const requiresCompatibilities = obj.strings('requiresCompatibilities');
  const runtime = obj.obj('runtimePlatform');
  const osFamily = runtime?.str('operatingSystemFamily');
  const cpu = sizeField(obj, 'cpu', parseCpu);
  const memory = sizeField(obj, 'memory', parseMemory);
  const networkModeIsPlaceholder = isPlaceholder(networkMode);

  let fargate: FargateIntent;
  if (requiresCompatibilities && requiresCompatibilities.some((c) => isPlaceholder(c))) fargate = 'implied';
  else if (requiresCompatibilities && requiresCompatibilities.length > 0) {
    fargate = requiresCompatibilities.includes('FARGATE') ? 'explicit' : 'none';
  } else if (networkMode === 'awsvpc' && (cpu || memory)) fargate = 'implied';
  else fargate = 'none';

  return {
    obj,
    family: obj.str('family'),
    cpu,
    memory,
    networkMode,
    networkModeIsPlaceholder,
    requiresCompatibilities,
    fargate,
    windows: !!osFamily && osFamily.toUpperCase().startsWith('WINDOWS'),
    osFamily,
    cpuArchitecture: runtime?.str('cpuArchitecture'),
    executionRoleArn: obj.str('executionRoleArn'),
    taskRoleArn: obj.str('taskRoleArn'),
    containers,
    volumes,
    containerDefinitionsNode: cd,
  };
}
