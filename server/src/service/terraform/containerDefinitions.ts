/**
 * Container-definition files: the JSON (or template) a task definition reads with `file()`, `templatefile()` or
 * `data "template_file"`, and bare container-definition arrays found on their own (recognised by content).
 *
 * {@link containerDefinitionsDefinition} builds the `containerDefinitions` Definition of such a file, in the shape
 * of a task definition (`{containerDefinitions: [...], cpu, memory, networkMode, requiresCompatibilities}`) so that
 * container rules and the task-level rules that need the task's context run on it. The context comes from the `.tf`
 * (its nodes are copied at the start of the array, zero length, and {@link ContainerDefinitionsFileDefinition.contextOrigin}
 * leads back to the `.tf` node, where findings on them belong).
 */
import { JsonObject, type MutableNode, type Node } from '../json';
import type { Definition } from '../definitions';
import { fieldNames } from '../../knowledge/catalog';
import { addProperty, mk, setPropertyValue, templateText, type NodeMaps, type TemplateText } from './hcl';
import { parseEmbeddedJson, type EmbeddedSyntaxError, type KnownVariables } from './embeddedJson';
import type { TerraformParser } from './parser';
import type { ContainerDefinitionsFile, TerraformDefinition } from './frontEnd';

/** The task's values that container checks need, as nodes of the `.tf` definition. */
export interface TaskContext {
  cpu?: Node;
  memory?: Node;
  networkMode?: Node;
  requiresCompatibilities?: Node;
}

export const CONTEXT_KEYS = ['cpu', 'memory', 'networkMode', 'requiresCompatibilities'] as const;

/** The context of a task definition read from a `.tf` (what it sets of {@link CONTEXT_KEYS}). */
export function taskContextOf(def: TerraformDefinition | Definition): TaskContext {
  const out: TaskContext = {};
  for (const k of CONTEXT_KEYS) {
    const v = def.body.get(k);
    if (v) out[k] = v;
  }
  return out;
}

/** Template files by name: `${}` and `%{}` are rendered by Terraform in these (and in anything templatefile reads). */
export const TEMPLATE_FILE = /\.(tftpl|tpl|tmpl)$/i;

export interface ContainerDefinitionsFileDefinition extends Definition {
  kind: 'containerDefinitions';
  dialect: 'container-definitions';
  /** Copies of the task's context nodes -> the `.tf` nodes they stand for. */
  contextOrigin: WeakMap<Node, Node>;
}

export interface ContainerDefinitionsFileResult {
  /** Undefined when the text is not a container-definitions array (see {@link looksLikeContainerDefinitions}). */
  definition?: ContainerDefinitionsFileDefinition;
  /** The file's root value (also when it is not recognised). */
  root?: Node;
  syntaxErrors: EmbeddedSyntaxError[];
}

export interface ContainerDefinitionsFileOptions {
  /** Rendered by Terraform (templatefile, template_file, a template extension): `${...}`/`%{...}` are unknowns. */
  templated: boolean;
  /** Needed for templates (their directives are read by the HCL grammar). */
  parser?: TerraformParser;
  /** The task's context from the `.tf`; absent for a bare array found on its own. */
  context?: TaskContext;
  /** Name of the definition (the task definition's address, or the file's path). */
  name?: string;
  /** Recognise by content even without a task context (a bare `.json` array). Default: true when no context. */
  requireRecognition?: boolean;
  /** Template variables with literal values ({@link knownTemplateVariables}): `${name}` takes the value. */
  vars?: KnownVariables;
}

/**
 * The template variables of a file reference whose values are literal scalars (`{ cpu = 256 }`, a literal local);
 * none when the variable object is computed (`merge(...)`), which may override any of them.
 */
export function knownTemplateVariables(file: ContainerDefinitionsFile, unknowns: WeakMap<Node, string>): Map<string, string | number | boolean> {
  const out = new Map<string, string | number | boolean>();
  if (file.varsOpen) return out;
  for (const v of file.vars) {
    const n = v.value;
    if (unknowns.has(n)) continue;
    if (n.type === 'string' || n.type === 'number' || n.type === 'boolean') out.set(v.name, n.value as string | number | boolean);
  }
  return out;
}

const CONTAINER_FIELDS = new Set(fieldNames('ContainerDefinition'));

/**
 * An array of objects with `name` and `image` and container fields: at least one element has both `name` and
 * `image`, and most keys of the elements are container-definition fields. Unknown elements (templated) are allowed.
 */
export function looksLikeContainerDefinitions(root: Node | undefined): boolean {
  if (!root || root.type !== 'array' || !root.children?.length) return false;
  let named = false;
  let keys = 0;
  let known = 0;
  for (const el of root.children) {
    if (el.type !== 'object') {
      if (el.type === 'string') continue; // an unknown element
      return false;
    }
    const o = JsonObject.of(el);
    if (o.has('name') && o.has('image')) named = true;
    for (const k of o.props.keys()) {
      keys++;
      if (CONTAINER_FIELDS.has(k)) known++;
    }
  }
  return named && known * 2 >= keys;
}

/** The text of a template file as a template (masked directives) via the HCL grammar: the file as a heredoc. */
function templateOfFile(parser: TerraformParser, text: string): TemplateText {
  let id = 'FARGATE_TEMPLATE';
  for (let i = 0; text.includes(id); i++) id = `FARGATE_TEMPLATE_${i}`;
  const prefix = `x = <<${id}\n`;
  const wrapped = `${prefix}${text}\n${id}\n`;
  const tree = parser.parse(wrapped);
  try {
    const heredoc = tree.rootNode.descendantsOfType('heredoc_template')[0];
    if (!heredoc) return plainTemplate(text);
    const t = templateText(wrapped, heredoc);
    const shift = prefix.length;
    const map = t.map.map((o) => Math.min(Math.max(o - shift, 0), text.length));
    // The wrapper's newline before the closing marker is not the file's.
    let body = t.text;
    if (body.length > text.length) {
      body = body.slice(0, text.length);
      map.length = text.length + 1;
      map[text.length] = text.length;
    }
    const clip = (s: { start: number; end: number; expr: string }) => ({ start: Math.min(s.start, text.length), end: Math.min(s.end, text.length), expr: s.expr });
    return { text: body, map, start: 0, end: text.length, interpolations: t.interpolations.map(clip), directives: t.directives.map(clip), identity: true };
  } finally {
    tree.delete();
  }
}

function plainTemplate(text: string): TemplateText {
  const map = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map, start: 0, end: text.length, interpolations: [], directives: [], identity: true };
}

/** Deep copy of a node at a zero-length position, recording copy -> original. */
function copyAt(n: Node, offset: number, parent: MutableNode, origin: WeakMap<Node, Node>, maps: NodeMaps, from: { unknowns: WeakMap<Node, string> }): MutableNode {
  const c = mk(n.type, offset, 0, parent, n.value);
  origin.set(c as Node, n);
  const u = from.unknowns.get(n);
  if (u !== undefined) maps.unknowns.set(c as Node, u);
  for (const k of n.children ?? []) c.children!.push(copyAt(k, offset, c, origin, maps, from));
  return c;
}

/**
 * The container-definitions Definition of a file's text. Offsets are exact in `text`; template interpolations are
 * unknown values wherever they stand; a template is never a syntax error because of its directives.
 */
export function containerDefinitionsDefinition(
  text: string,
  options: ContainerDefinitionsFileOptions,
  contextUnknowns: WeakMap<Node, string> = new WeakMap(),
): ContainerDefinitionsFileResult {
  const maps: NodeMaps = { unknowns: new WeakMap(), sourceKeys: new WeakMap() };
  let template: TemplateText;
  if (options.templated) {
    if (!options.parser) throw new Error('containerDefinitionsDefinition: a template needs the loaded Terraform parser');
    template = templateOfFile(options.parser, text);
  } else {
    template = plainTemplate(text);
  }
  const parsed = parseEmbeddedJson(template, maps, text, undefined, options.templated ? options.vars : undefined);
  const root = parsed.root;
  const requireRecognition = options.requireRecognition ?? !options.context;
  if (!root || (requireRecognition ? !looksLikeContainerDefinitions(root as Node) : root.type !== 'array')) {
    return { root: root as Node | undefined, syntaxErrors: parsed.errors };
  }
  const body = mk('object', 0, text.length, undefined);
  const contextOrigin = new WeakMap<Node, Node>();
  const prop = addProperty(body, 'containerDefinitions', root.offset, 0, { offset: root.offset, length: root.length });
  setPropertyValue(prop, root);
  for (const k of CONTEXT_KEYS) {
    const v = options.context?.[k];
    if (!v) continue;
    const p = addProperty(body, k, root.offset, 0, { offset: root.offset, length: 0 });
    setPropertyValue(p, copyAt(v, root.offset, p, contextOrigin, maps, { unknowns: contextUnknowns }));
  }
  const definition: ContainerDefinitionsFileDefinition = {
    kind: 'containerDefinitions',
    dialect: 'container-definitions',
    name: options.name,
    body: JsonObject.of(body as Node),
    range: { offset: root.offset, length: root.length },
    sourceKeys: maps.sourceKeys,
    unknowns: maps.unknowns,
    contextOrigin,
  };
  return { definition, root: root as Node, syntaxErrors: parsed.errors };
}
