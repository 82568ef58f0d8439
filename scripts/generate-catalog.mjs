#!/usr/bin/env node
// Generates the ECS field catalog used by the language service.
//
// Usage:
//   node scripts/generate-catalog.mjs [model.json] [outFile]
//
// Input (default `scripts/model/ecs-model.structure.json`, the recorded input): the botocore ECS API model
// (`botocore/data/ecs/2014-11-13/service-2.json`), either as botocore ships it or as the structure-only copy that
// `npm run refresh-model` records (same shapes, no documentation text, plus a `recorded` block naming the botocore
// version, the model's date and the sha256 of the file it came from). To take in a new model, run
// `npm run refresh-model -- <service-2.json | service-2.json.gz | botocore wheel>` rather than this script.
// Output (default `server/src/knowledge/ecsCatalog.generated.json`): the *structure* of every shape
// reachable from the task-definition and service request shapes: member names, types, required flags,
// enums, nesting and numeric/length bounds, plus our own Fargate support table.
//
// The model's `documentation` strings are AWS's words and are deliberately never read or copied here;
// the catalog contains structure only. Human-readable text lives elsewhere in the project.
//
// The output is deterministic (sorted keys, no timestamps) so it can be committed and a unit test can
// regenerate it and compare byte for byte.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT = resolve(HERE, '..', 'server', 'src', 'knowledge', 'ecsCatalog.generated.json');
export const DEFAULT_INPUT = resolve(HERE, 'model', 'ecs-model.structure.json');

/** Root request shapes, keyed by the document kind the language service knows. */
const ROOTS = {
  taskDefinition: 'RegisterTaskDefinitionRequest',
  service: 'CreateServiceRequest',
  updateService: 'UpdateServiceRequest',
};

/**
 * Fields that `describe-task-definition` returns (on the `TaskDefinition` shape) but that
 * `register-task-definition` rejects. The script checks each one exists on `TaskDefinition` and that
 * the list covers every `TaskDefinition` member missing from `RegisterTaskDefinitionRequest`.
 */
const READ_ONLY_TASK_DEFINITION_FIELDS = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
];

/**
 * Fargate support table, keyed `Shape.member`. Source: shared/reference/fargate-facts.md sections 1 and 6
 * (which cite the ECS API model, the ECS developer guide and cfn-lint). Notes are our own wording.
 *   unsupported: the field must not be set for a Fargate task / service.
 *   restricted:  the field is allowed but only some values are (the note says which).
 * Every key must resolve to an emitted field, otherwise generation fails (guards against typos and
 * against the model renaming a field).
 */
const FARGATE_SUPPORT = {
  // Task definition, task level.
  'RegisterTaskDefinitionRequest.networkMode': ['restricted', 'Fargate tasks must use the awsvpc network mode.'],
  'RegisterTaskDefinitionRequest.pidMode': ['restricted', 'Only "task" is accepted on Fargate (Linux, platform 1.4.0 or later); "host" is not.'],
  'RegisterTaskDefinitionRequest.ipcMode': ['unsupported', 'IPC mode cannot be set for Fargate tasks.'],
  'RegisterTaskDefinitionRequest.placementConstraints': ['unsupported', 'Task placement constraints only apply to EC2 capacity; Fargate ignores or rejects them.'],
  'RegisterTaskDefinitionRequest.inferenceAccelerators': ['unsupported', 'Elastic Inference accelerators are not available on Fargate (and the feature is retired).'],

  // Container definition.
  'ContainerDefinition.links': ['unsupported', 'Container links need the bridge network mode; Fargate uses awsvpc, where containers reach each other on localhost.'],
  'ContainerDefinition.privileged': ['unsupported', 'Privileged containers are not allowed on Fargate.'],
  'ContainerDefinition.dnsServers': ['unsupported', 'Custom DNS servers cannot be set on Fargate; the VPC resolver is used.'],
  'ContainerDefinition.dnsSearchDomains': ['unsupported', 'DNS search domains cannot be set on Fargate.'],
  'ContainerDefinition.extraHosts': ['unsupported', 'Extra /etc/hosts entries are not supported with the awsvpc network mode that Fargate uses.'],
  'ContainerDefinition.hostname': ['unsupported', 'A container hostname cannot be set with the awsvpc network mode that Fargate uses.'],
  'ContainerDefinition.disableNetworking': ['unsupported', 'Networking cannot be disabled for a Fargate container.'],
  'ContainerDefinition.dockerSecurityOptions': ['unsupported', 'Docker security options (SELinux/AppArmor labels) are not supported on Fargate.'],
  'ContainerDefinition.resourceRequirements': ['restricted', 'Fargate has no GPU, Inference accelerator or Neuron device resources; such requirements are rejected.'],

  // Linux parameters.
  'LinuxParameters.devices': ['unsupported', 'Host devices cannot be mapped into Fargate containers.'],
  'LinuxParameters.sharedMemorySize': ['unsupported', 'The /dev/shm size cannot be set on Fargate.'],
  'LinuxParameters.tmpfs': ['unsupported', 'tmpfs mounts are not supported on Fargate.'],
  'LinuxParameters.maxSwap': ['unsupported', 'Swap is not available on Fargate.'],
  'LinuxParameters.swappiness': ['unsupported', 'Swap is not available on Fargate.'],
  'KernelCapabilities.add': ['restricted', 'Only SYS_PTRACE can be added on Fargate (platform 1.4.0 or later); any capability may be dropped.'],

  // Volumes.
  'Volume.dockerVolumeConfiguration': ['unsupported', 'Docker volumes are not supported on Fargate; use bind mounts, EFS or EBS.'],
  'HostVolumeProperties.sourcePath': ['unsupported', 'Host paths cannot be mounted on Fargate; leave host empty for a task-scoped bind mount.'],

  // Logging.
  'LogConfiguration.logDriver': ['restricted', 'Fargate supports only the awslogs, splunk and awsfirelens log drivers.'],

  // Networking details.
  'PortMapping.hostPort': ['restricted', 'With awsvpc, hostPort must be omitted or equal to containerPort.'],
  'LoadBalancer.loadBalancerName': ['unsupported', 'Classic Load Balancers cannot front Fargate services; use an ALB or NLB target group of type ip.'],

  // Services.
  'CreateServiceRequest.placementConstraints': ['unsupported', 'Placement constraints do not apply to Fargate services.'],
  'CreateServiceRequest.placementStrategy': ['unsupported', 'Placement strategies do not apply to Fargate services.'],
  'CreateServiceRequest.schedulingStrategy': ['restricted', 'Fargate services must use the REPLICA scheduling strategy; DAEMON is not supported.'],
  'UpdateServiceRequest.placementConstraints': ['unsupported', 'Placement constraints do not apply to Fargate services.'],
  'UpdateServiceRequest.placementStrategy': ['unsupported', 'Placement strategies do not apply to Fargate services.'],
};

/** botocore primitive types we pass through as-is. */
const SCALAR_TYPES = new Set(['string', 'integer', 'long', 'boolean', 'double', 'float', 'timestamp']);

function fail(message) {
  throw new Error(`generate-catalog: ${message}`);
}

function main(argv) {
  const [modelArg, outArg] = argv;
  const modelPath = modelArg ? resolve(modelArg) : DEFAULT_INPUT;
  const model = JSON.parse(readFileSync(modelPath, 'utf8'));
  const catalog = buildCatalog(model);
  const text = serialize(catalog);
  const outFile = outArg ? resolve(outArg) : DEFAULT_OUT;
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
  const fieldCount = Object.values(catalog.shapes).reduce((n, s) => n + Object.keys(s.fields).length, 0);
  console.log(
    `generate-catalog: wrote ${outFile} (${Buffer.byteLength(text)} bytes, ` +
      `${Object.keys(catalog.shapes).length} shapes, ${fieldCount} fields, ${Object.keys(catalog.enums).length} enums)`,
  );
}

/** Builds the catalog object from a parsed botocore model. Pure apart from throwing on bad input. */
export function buildCatalog(model) {
  const shapes = model.shapes;
  if (!shapes || typeof shapes !== 'object') fail('model has no "shapes" object');
  const meta = model.metadata ?? {};
  // The recorded input names its botocore release and date; a model passed in directly is of unknown release.
  const recorded = model.recorded ?? {};
  const modelInfo = {
    apiVersion: meta.apiVersion ?? 'unknown',
    botocoreVersion: recorded.botocoreVersion ?? 'unknown',
    date: recorded.date ?? 'unknown',
    sha256: recorded.upstreamSha256 ?? 'unknown',
  };

  const lookup = (name) => {
    const shape = shapes[name];
    if (!shape) fail(`shape "${name}" referenced but not defined in the model`);
    return shape;
  };

  // Botocore's json protocol serialises members under their member name unless `locationName`
  // (or `jsonName`) overrides it. The ECS model has no overrides today, but honour them if added.
  const wireName = (memberName, member) => member.jsonName ?? member.locationName ?? memberName;

  const outShapes = {};
  const enums = {};
  const queue = [];
  const queued = new Set();
  const enqueue = (name) => {
    if (!queued.has(name)) {
      queued.add(name);
      queue.push(name);
    }
  };

  /**
   * Describes the type of a value whose model shape is `shapeName` (a member target, a list member or a
   * map value). Enqueues nested structures so they get their own entry under `shapes`.
   */
  function typeRef(shapeName) {
    const shape = lookup(shapeName);
    const ref = {};
    if (shape.type === 'structure' && shape.document) {
      // A free-form JSON document (e.g. DeploymentLifecycleHook.hookDetails): any value is accepted.
      ref.type = 'document';
    } else if (shape.type === 'structure') {
      ref.type = 'structure';
      ref.shape = shapeName;
      enqueue(shapeName);
    } else if (shape.type === 'list') {
      ref.type = 'list';
      ref.items = typeRef(shape.member.shape);
    } else if (shape.type === 'map') {
      // Map keys are plain strings in this model; `items` describes the values.
      const key = lookup(shape.key.shape);
      if (key.type !== 'string') fail(`map "${shapeName}" has non-string keys (${key.type})`);
      ref.type = 'map';
      ref.items = typeRef(shape.value.shape);
    } else if (SCALAR_TYPES.has(shape.type)) {
      ref.type = shape.type;
      if (shape.enum) {
        ref.enum = [...shape.enum];
        ref.enumName = shapeName;
        enums[shapeName] = [...shape.enum];
      }
    } else {
      fail(`shape "${shapeName}" has unexpected type "${shape.type}"`);
    }
    // Bounds: numeric value range for numbers, length for strings, element count for lists/maps.
    if (typeof shape.min === 'number') ref.min = shape.min;
    if (typeof shape.max === 'number') ref.max = shape.max;
    if (shape.deprecated) ref.deprecated = true;
    return ref;
  }

  function fieldInfo(member, required) {
    const ref = typeRef(member.shape);
    const info = { type: ref.type, required };
    // Keep a stable key order inside each field: type, required, then the rest alphabetically.
    for (const key of Object.keys(ref).sort()) {
      if (key !== 'type') info[key] = ref[key];
    }
    if (member.deprecated) info.deprecated = true;
    return info;
  }

  for (const root of Object.values(ROOTS)) enqueue(root);

  // Read-only task definition fields (describe output that register rejects).
  const taskDefinition = lookup('TaskDefinition');
  const registerMembers = new Set(Object.keys(lookup(ROOTS.taskDefinition).members));
  const readOnlyTaskDefinitionFields = {};
  for (const name of READ_ONLY_TASK_DEFINITION_FIELDS) {
    const member = taskDefinition.members[name];
    if (!member) fail(`read-only field TaskDefinition.${name} is not in the model`);
    if (registerMembers.has(name)) fail(`TaskDefinition.${name} is also accepted by RegisterTaskDefinition`);
    readOnlyTaskDefinitionFields[name] = fieldInfo(member, false);
  }
  for (const name of Object.keys(taskDefinition.members)) {
    if (!registerMembers.has(name) && !READ_ONLY_TASK_DEFINITION_FIELDS.includes(name)) {
      fail(`TaskDefinition.${name} is output-only but missing from READ_ONLY_TASK_DEFINITION_FIELDS`);
    }
  }

  // Breadth-first walk over every structure reachable from the roots (and the read-only fields).
  while (queue.length > 0) {
    const name = queue.shift();
    const shape = lookup(name);
    const required = new Set(shape.required ?? []);
    const fields = {};
    for (const [memberName, member] of Object.entries(shape.members ?? {})) {
      fields[wireName(memberName, member)] = fieldInfo(member, required.has(memberName));
    }
    const entry = { fields };
    if (shape.deprecated) entry.deprecated = true;
    outShapes[name] = entry;
  }

  // Apply the Fargate table.
  for (const [key, [level, note]] of Object.entries(FARGATE_SUPPORT)) {
    const [shapeName, memberName] = key.split('.');
    const field = outShapes[shapeName]?.fields[memberName];
    if (!field) fail(`Fargate table key "${key}" does not match a catalogued field`);
    if (level !== 'unsupported' && level !== 'restricted') fail(`bad Fargate level "${level}" for ${key}`);
    field.fargate = level;
    field.fargateNote = note;
  }

  return sortKeysDeep({
    generatedFrom: `botocore ${modelInfo.botocoreVersion} ecs ${modelInfo.apiVersion} service-2.json`,
    model: modelInfo,
    roots: ROOTS,
    readOnlyTaskDefinitionFields,
    shapes: outShapes,
    enums,
  }, true);
}

/**
 * Recursively sorts object keys. Arrays keep their order (enum values stay in model order, which is
 * the order AWS documents them in). Inside a field record (an object with a string `type`) the keys
 * `type` and `required` come first for readability.
 */
function sortKeysDeep(value, isTop = false) {
  if (Array.isArray(value)) return value.map((v) => sortKeysDeep(v));
  if (value === null || typeof value !== 'object') return value;
  let keys = Object.keys(value).sort();
  if (isTop) {
    // Top level keeps a fixed, human-friendly order.
    keys = ['generatedFrom', 'model', 'roots', 'readOnlyTaskDefinitionFields', 'shapes', 'enums'];
  } else if (typeof value.type === 'string') {
    keys = ['type', 'required', ...keys.filter((k) => k !== 'type' && k !== 'required')].filter((k) => k in value);
  }
  const out = {};
  for (const key of keys) out[key] = sortKeysDeep(value[key]);
  return out;
}

/**
 * JSON text with one field record (or enum list) per line: readable diffs, compact size.
 * Objects that are leaves (a type record, or an array) are printed on a single line.
 */
export function serialize(catalog) {
  const isLeaf = (v) => Array.isArray(v) || typeof v !== 'object' || v === null || typeof v.type === 'string';
  const write = (value, indent) => {
    if (isLeaf(value)) return JSON.stringify(value);
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const pad = ' '.repeat(indent + 1);
    const body = entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${write(v, indent + 1)}`).join(',\n');
    return `{\n${body}\n${' '.repeat(indent)}}`;
  };
  return write(catalog, 0) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
