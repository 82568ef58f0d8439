/**
 * The CloudFormation front end (plain templates, SAM, CDK output; JSON or YAML). It reads the document's generic
 * syntax tree (jsonc-parser / fastJson for JSON; the YAML converter, which turns every short-form tag such as
 * `!Ref X` into its long form `{"Ref": "X"}`, for YAML) and yields one {@link Definition} per ECS resource, in the
 * ECS API's shape:
 *
 * - keys are mapped PascalCase -> API names per catalog shape (case-insensitively, plus the renames CloudFormation
 *   made: `ProxyConfigurationProperties` -> `properties`, `PlacementStrategies` -> `placementStrategy`); free-form
 *   maps (`Options`, `DockerLabels`, `DriverOpts`, `Labels`) keep their keys verbatim;
 * - scalars are coerced where CloudFormation coerces them (`"8080"` for an integer, `"true"` for a boolean, `256`
 *   for a string);
 * - intrinsics become unknown string nodes (`${Ref ContainerCpu}`, see definitions.ts `unknownValue`), except
 *   `Ref AWS::NoValue` (the property or item is removed) and `Fn::If` (the definition is built twice: every
 *   condition true, and every condition false as a variant, so both branches are checked);
 * - properties that exist only in CloudFormation (`ForceNewDeployment`, read-only `ServiceArn`, ...) are left out.
 *
 * Reference sheet: ../shared/reference/cloudformation-and-terraform.md, A.2 and E. Pure module.
 */
import type { Node } from 'jsonc-parser';
import { getField, getShape, ROOT_SHAPES, type TypeRef } from '../knowledge/catalog';
import { unknownValue, type Definition, type DefinitionKind, type DefinitionProblem, type DefinitionReference } from './definitions';
import { JsonObject, type MutableNode } from './json';

/** ECS resource types and the catalog shape of their Properties (none for the types the catalog has no shape of). */
export const ECS_RESOURCE_TYPES: Readonly<Record<string, { kind: DefinitionKind; shape?: string }>> = {
  'AWS::ECS::TaskDefinition': { kind: 'taskDefinition', shape: ROOT_SHAPES.taskDefinition },
  'AWS::ECS::Service': { kind: 'service', shape: ROOT_SHAPES.service },
  'AWS::ECS::TaskSet': { kind: 'taskSet' },
  'AWS::ECS::Cluster': { kind: 'cluster' },
  'AWS::ECS::CapacityProvider': { kind: 'capacityProvider' },
  'AWS::ECS::ClusterCapacityProviderAssociations': { kind: 'clusterCapacityProviderAssociations' },
};

/**
 * Top-level members of the kinds the catalog has no request shape for, so that their nested objects still map
 * with the catalog's shapes (a task set's `LoadBalancers` are the service's `LoadBalancer` objects).
 */
const PSEUDO_SHAPES: Partial<Record<DefinitionKind, Record<string, TypeRef>>> = {
  taskSet: {
    loadBalancers: { type: 'list', items: { type: 'structure', shape: 'LoadBalancer' } },
    networkConfiguration: { type: 'structure', shape: 'NetworkConfiguration' },
    serviceRegistries: { type: 'list', items: { type: 'structure', shape: 'ServiceRegistry' } },
    capacityProviderStrategy: { type: 'list', items: { type: 'structure', shape: 'CapacityProviderStrategyItem' } },
  },
};

/**
 * CloudFormation property names that are not the API name with a lower-case first letter, nor the same name
 * ignoring case (those need no entry): keyed by catalog shape, then CloudFormation name.
 */
const RENAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ProxyConfiguration: { ProxyConfigurationProperties: 'properties' },
  CreateServiceRequest: { PlacementStrategies: 'placementStrategy' },
};

/** Properties CloudFormation has and the API does not (read-only attributes, CloudFormation-only settings). */
const CFN_ONLY: Partial<Record<DefinitionKind, ReadonlySet<string>>> = {
  taskDefinition: new Set(['TaskDefinitionArn']),
  service: new Set(['ForceNewDeployment', 'ServiceArn', 'Name']),
  taskSet: new Set(['Id']),
};

/** Strings CloudFormation reads as booleans (cfn-lint's BOOLEAN_STRINGS). */
const TRUE_STRINGS = new Set(['true', 'True', 'TRUE']);
const FALSE_STRINGS = new Set(['false', 'False', 'FALSE']);

/** One resource of a template (any type), as the front end and the template-wide checks see it. */
export interface TemplateResource {
  logicalId: string;
  type: string;
  /** The resource's object node (generic tree). */
  node: Node;
  /** Its logical-id key node. */
  keyNode: Node;
  /** The `Properties` object, when it is one. */
  properties?: JsonObject;
  /** The `Metadata` object, when it is one. */
  metadata?: JsonObject;
  /** The resource's whole text range (key to end of value). */
  range: { offset: number; length: number };
}

/** What the rules and the resolver know about the template around the definitions. */
export interface TemplateIndex {
  resources: Map<string, TemplateResource>;
  /** Parameter names (a `Ref` to one is an input of the stack, never a resource). */
  parameters: Set<string>;
  /** SAM (`Transform: AWS::Serverless-2016-10-31`) or CDK output (`aws:cdk:path` metadata). */
  flavour: 'cloudformation' | 'sam' | 'cdk';
}

const RESOURCE_TYPE = /^(AWS|Custom|Alexa)::|^AWS::Serverless::/;

/**
 * Is this generic tree a CloudFormation template? A top-level object with `Resources` whose entries have
 * `Type: AWS::...` (or `Custom::...`). `AWSTemplateFormatVersion` is optional (CDK output has none). An appspec's
 * `Resources` is a list, never an object of typed entries, so the two never overlap.
 */
export function looksLikeTemplate(root: Node | undefined): boolean {
  if (!root || root.type !== 'object') return false;
  const resources = JsonObject.of(root).get('Resources');
  if (!resources || resources.type !== 'object') return false;
  for (const p of resources.children ?? []) {
    const v = p.children?.[1];
    if (v && v.type === 'object') {
      const t = JsonObject.of(v).str('Type');
      if (t !== undefined && RESOURCE_TYPE.test(t)) return true;
    }
  }
  return false;
}

/**
 * Cheap text test (no parse) for "a template with ECS resources": the `AWS::ECS::` type marker. Used for broken and
 * oversized files. (The lead folds this marker into sniff.ts `mayHoldEcsContent` at merge.)
 */
export function mayHoldEcsResources(text: string): boolean {
  return text.includes('AWS::ECS::');
}

/** The template's resources and parameters. */
export function indexTemplate(root: Node): TemplateIndex {
  const top = JsonObject.of(root);
  const resources = new Map<string, TemplateResource>();
  const res = top.get('Resources');
  let cdk = false;
  for (const p of res?.type === 'object' ? res.children ?? [] : []) {
    const keyNode = p.children?.[0];
    const v = p.children?.[1];
    if (!keyNode || !v || v.type !== 'object' || typeof keyNode.value !== 'string') continue;
    const o = JsonObject.of(v);
    const type = o.str('Type');
    if (type === undefined) continue;
    const metadata = o.obj('Metadata');
    if (metadata?.has('aws:cdk:path')) cdk = true;
    resources.set(keyNode.value, { logicalId: keyNode.value, type, node: v, keyNode, properties: o.obj('Properties'), metadata, range: { offset: p.offset, length: p.length } });
  }
  const parameters = new Set<string>();
  const params = top.obj('Parameters');
  if (params) for (const k of params.props.keys()) parameters.add(k);
  const transform = top.get('Transform');
  const sam = !!transform && JSON.stringify(nodeValue(transform)).includes('AWS::Serverless');
  return { resources, parameters, flavour: sam ? 'sam' : cdk ? 'cdk' : 'cloudformation' };
}

/** A scalar / list value of a generic node, for small reads (Transform). */
function nodeValue(n: Node): unknown {
  if (n.type === 'array') return (n.children ?? []).map(nodeValue);
  if (n.type === 'object') return '{}';
  return n.value;
}

/** The ECS definitions of a template. `text` is the document's text (for the source expressions of intrinsics). */
export function templateDefinitions(root: Node, text: string, index: TemplateIndex = indexTemplate(root)): Definition[] {
  const out: Definition[] = [];
  for (const r of index.resources.values()) {
    const spec = ECS_RESOURCE_TYPES[r.type];
    if (!spec) continue;
    const first = new Builder(text, index, true).definition(r, spec.kind, spec.shape);
    if (first.conditional) {
      const other = new Builder(text, index, false).definition(r, spec.kind, spec.shape);
      first.def.variants = [other.def];
    }
    out.push(first.def);
  }
  return out;
}

/** Result of converting a value: a node, or nothing (`AWS::NoValue`). */
type Converted = MutableNode | undefined;

/** Where a value sits: its catalog type (undefined outside the schema) and whether its keys are free-form. */
interface Slot {
  type: TypeRef | undefined;
  /** Top-level members of a kind without a catalog shape. */
  pseudo?: Record<string, TypeRef>;
  /** Inside a free-form map: keys verbatim, no shape below. */
  free?: boolean;
}

/** Builds one definition (one choice of conditions). */
class Builder {
  readonly sourceKeys = new WeakMap<Node, string>();
  readonly unknowns = new WeakMap<Node, string>();
  readonly references = new WeakMap<Node, DefinitionReference>();
  readonly problems: DefinitionProblem[] = [];
  private kind: DefinitionKind = 'taskDefinition';
  /** Set when an `Fn::If` was met: the definition has a variant. */
  conditional = false;
  private budget = 200_000;

  constructor(private readonly text: string, private readonly index: TemplateIndex, private readonly conditionsTrue: boolean) {}

  definition(r: TemplateResource, kind: DefinitionKind, shape: string | undefined): { def: Definition; conditional: boolean } {
    this.kind = kind;
    const propsNode = r.properties?.node;
    let body: MutableNode;
    if (propsNode) {
      const slot: Slot = shape ? { type: { type: 'structure', shape } } : { type: undefined, pseudo: PSEUDO_SHAPES[kind] ?? {} };
      const converted = this.object(propsNode, undefined, slot, CFN_ONLY[kind]);
      body = converted;
    } else {
      // No Properties: an empty body at the resource's type (findings about missing members point there).
      const at = r.keyNode;
      body = { type: 'object', offset: at.offset, length: at.length, children: [] };
    }
    const def: Definition = {
      kind,
      dialect: 'cloudformation',
      name: r.logicalId,
      body: JsonObject.of(body as Node),
      range: r.range,
      sourceKeys: this.sourceKeys,
      unknowns: this.unknowns,
      references: this.references,
    };
    if (this.problems.length > 0) def.problems = this.problems;
    return { def, conditional: this.conditional };
  }

  /** Converts an object node with key mapping for `slot` (a structure type, a pseudo shape, or a free map). */
  private object(node: Node, parent: MutableNode | undefined, slot: Slot, skip?: ReadonlySet<string>): MutableNode {
    const out: MutableNode = { type: 'object', offset: node.offset, length: node.length, parent, children: [] };
    const shape = slot.type?.type === 'structure' ? slot.type.shape : undefined;
    const fields = shape ? getShape(shape)?.fields : undefined;
    for (const p of node.children ?? []) {
      if (--this.budget < 0) break;
      const keyNode = p.children?.[0];
      if (p.type !== 'property' || !keyNode || typeof keyNode.value !== 'string') continue;
      const sourceKey = keyNode.value;
      if (skip?.has(sourceKey)) continue;
      let apiKey = sourceKey;
      let childSlot: Slot;
      if (slot.free) {
        // Map values have the map's value type; inside a free document everything stays free.
        childSlot = slot.type ? { type: slot.type } : { type: undefined, free: true };
      } else {
        apiKey = apiName(shape, fields, slot.pseudo, sourceKey);
        const members = fields ?? slot.pseudo;
        if (members && apiKey in members && /^[a-z]/.test(sourceKey)) {
          // CloudFormation property names are case-sensitive: `protocol` is no property of PortMappings.
          const right = apiKey === sourceKey ? sourceKey[0].toUpperCase() + sourceKey.slice(1) : sourceKey;
          this.problems.push({
            offset: keyNode.offset,
            length: keyNode.length,
            ruleId: this.kind === 'service' ? 'fargate/service-unknown-key' : 'fargate/unknown-key',
            message: `"${sourceKey}" is not a CloudFormation property: property names are case-sensitive in templates, so CloudFormation rejects the template ("extraneous key"). Write "${right}".`,
            data: { expected: right },
          });
          // Kept under its API name, so the other checks read what the author meant.
        }
        childSlot = { type: fields?.[apiKey] ?? slot.pseudo?.[apiKey] };
      }
      const prop: MutableNode = { type: 'property', offset: p.offset, length: p.length, parent: out, children: [], colonOffset: p.colonOffset };
      const key: MutableNode = { type: 'string', offset: keyNode.offset, length: keyNode.length, value: apiKey, parent: prop };
      if (apiKey !== sourceKey) this.sourceKeys.set(key as Node, sourceKey);
      prop.children!.push(key);
      const valueNode = p.children?.[1];
      if (valueNode) {
        const v = this.value(valueNode, prop, childSlot);
        if (v === undefined) continue; // AWS::NoValue: the property is not there.
        prop.children!.push(v);
      }
      out.children!.push(prop);
    }
    return out;
  }

  /** Converts any value for `slot`; undefined when it is `AWS::NoValue`. */
  private value(node: Node, parent: MutableNode, slot: Slot): Converted {
    const fn = intrinsicOf(node);
    if (fn) return this.intrinsic(node, fn, parent, slot);
    const t = slot.type;
    switch (node.type) {
      case 'object': {
        if (slot.free || t?.type === 'document') return this.object(node, parent, { type: undefined, free: true });
        if (t?.type === 'map') return this.object(node, parent, { type: t.items, free: true });
        return this.object(node, parent, { type: t?.type === 'structure' ? t : undefined });
      }
      case 'array': {
        const out: MutableNode = { type: 'array', offset: node.offset, length: node.length, parent, children: [] };
        const itemSlot: Slot = slot.free ? { type: undefined, free: true } : { type: t?.type === 'list' ? t.items : undefined };
        for (const item of node.children ?? []) {
          if (--this.budget < 0) break;
          const v = this.value(item, out, itemSlot);
          if (v !== undefined) out.children!.push(v);
        }
        return out;
      }
      default:
        return this.scalar(node, parent, t);
    }
  }

  /** A scalar, coerced to the catalog type the way CloudFormation coerces it. */
  private scalar(node: Node, parent: MutableNode, t: TypeRef | undefined): MutableNode {
    const base = { offset: node.offset, length: node.length, parent };
    const v = node.value;
    if (t) {
      const numeric = t.type === 'integer' || t.type === 'long' || t.type === 'double' || t.type === 'float';
      if (numeric && node.type === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v as string)) return { type: 'number', ...base, value: Number(v) };
      if (t.type === 'boolean' && node.type === 'string') {
        if (TRUE_STRINGS.has(v as string)) return { type: 'boolean', ...base, value: true };
        if (FALSE_STRINGS.has(v as string)) return { type: 'boolean', ...base, value: false };
      }
      if (t.type === 'string' && (node.type === 'number' || node.type === 'boolean')) return { type: 'string', ...base, value: this.text.slice(node.offset, node.offset + node.length).replace(/^["']|["']$/g, '') || String(v) };
    }
    return { type: node.type, ...base, value: v };
  }

  private intrinsic(node: Node, fn: { name: string; arg: Node | undefined }, parent: MutableNode, slot: Slot): Converted {
    const { name, arg } = fn;
    if (name === 'Ref' && arg?.type === 'string' && arg.value === 'AWS::NoValue') return undefined;
    if (name === 'Fn::If' && arg?.type === 'array' && arg.children?.length === 3) {
      this.conditional = true;
      const branch = arg.children[this.conditionsTrue ? 1 : 2];
      const v = this.value(branch, parent, slot);
      return v;
    }
    const source = this.text.slice(node.offset, node.offset + node.length).trim();
    const u: MutableNode = { type: 'string', offset: node.offset, length: node.length, parent, value: unknownValue(describeIntrinsic(name, arg) ?? source) };
    this.unknowns.set(u as Node, source);
    const ref = referenceOf(name, arg);
    if (ref && this.index.resources.has(ref.target)) this.references.set(u as Node, ref);
    if (slot.type?.type === 'list' && !slot.free) {
      // A computed list (`!Ref SubnetList`, `!Split`): an open list holding one unknown item (definitions.ts).
      const list: MutableNode = { type: 'array', offset: node.offset, length: node.length, parent, children: [u] };
      u.parent = list;
      this.unknowns.set(list as Node, source);
      return list;
    }
    return u;
  }
}

/** The API name of a CloudFormation property in `shape` (or in a pseudo shape); lower first letter when unknown. */
export function apiName(shape: string | undefined, fields: Readonly<Record<string, unknown>> | undefined, pseudo: Record<string, unknown> | undefined, key: string): string {
  const renamed = shape ? RENAMES[shape]?.[key] : undefined;
  if (renamed) return renamed;
  const lower = key.length > 0 ? key[0].toLowerCase() + key.slice(1) : key;
  const members = fields ?? pseudo;
  if (!members) return lower;
  if (lower in members) return lower;
  const folded = key.toLowerCase();
  for (const m of Object.keys(members)) if (m.toLowerCase() === folded) return m;
  return lower;
}

/** `{"Ref": x}` / `{"Fn::X": x}` / `{"Condition": x}`: the function's name and argument; undefined for other objects. */
export function intrinsicOf(node: Node): { name: string; arg: Node | undefined } | undefined {
  if (node.type !== 'object' || node.children?.length !== 1) return undefined;
  const p = node.children[0];
  const k = p.children?.[0]?.value;
  if (typeof k !== 'string') return undefined;
  if (k === 'Ref' || k.startsWith('Fn::')) return { name: k, arg: p.children?.[1] };
  return undefined;
}

/** The resource a `Ref` / `Fn::GetAtt` names (GetAtt's string form splits on the first dot). */
export function referenceOf(name: string, arg: Node | undefined): DefinitionReference | undefined {
  if (!arg) return undefined;
  if (name === 'Ref' && arg.type === 'string') return { target: arg.value as string };
  if (name === 'Fn::GetAtt') {
    if (arg.type === 'string') {
      const s = arg.value as string;
      const dot = s.indexOf('.');
      return dot > 0 ? { target: s.slice(0, dot), attribute: s.slice(dot + 1) } : undefined;
    }
    if (arg.type === 'array' && arg.children?.[0]?.type === 'string') {
      const a = arg.children[1];
      return { target: arg.children[0].value as string, attribute: a?.type === 'string' ? (a.value as string) : undefined };
    }
  }
  return undefined;
}

/** A short text for an unknown value: `Ref ContainerCpu`, `GetAtt Role.Arn`; undefined for other functions. */
function describeIntrinsic(name: string, arg: Node | undefined): string | undefined {
  const ref = referenceOf(name, arg);
  if (ref) return name === 'Ref' ? `Ref ${ref.target}` : `GetAtt ${ref.target}${ref.attribute ? '.' + ref.attribute : ''}`;
  if (arg?.type === 'string') return `${name} ${(arg.value as string).slice(0, 120)}`;
  return undefined;
}
