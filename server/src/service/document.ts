/**
 * Parsing and recognition. A document is read once per version into a {@link ParsedDocument}: its syntax
 * tree, its syntax errors and what kind of ECS file it is, decided from content only (never the file name).
 */
import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseStrictJson } from './fastJson';
import { indexTemplate, looksLikeTemplate, mayHoldEcsResources, templateDefinitions, type TemplateIndex } from './cloudformation';
import { plainDefinition, type Definition } from './definitions';
import { JsonObject } from './json';
import { mayHoldEcsDefinition } from './sniff';

/**
 * What a document is: one plain ECS definition (task definition, service, appspec), a `template` holding any
 * number of definitions (CloudFormation), or nothing we check.
 */
export type DocumentKind = 'taskDefinition' | 'service' | 'appspec' | 'template' | 'none';

export interface SyntaxProblem {
  offset: number;
  length: number;
  message: string;
}

export interface ParsedDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly format: 'json' | 'yaml';
  readonly root: Node | undefined;
  readonly syntaxErrors: readonly SyntaxProblem[];
  readonly kind: DocumentKind;
  /**
   * The object that holds the definition: the root, or the inner object of a
   * `describe-task-definition` / `describe-services` style wrapper (`{"taskDefinition": {...}}`).
   */
  readonly body: JsonObject | undefined;
  /** The wrapper property when the definition is wrapped (e.g. `taskDefinition`). */
  readonly wrapperKey?: string;
  /** Set when the document is not analysed further (too large, too deep): the reason, for one info diagnostic. */
  readonly skipped?: string;
  /**
   * Comments and trailing commas in a JSON document that otherwise parses: JSONC accepts them, the AWS CLI and
   * JSON.parse do not. Absent when there are none (and for YAML, and while there are syntax errors).
   */
  readonly jsonExtensions?: readonly JsonExtension[];
  /**
   * The definitions of the document (see definitions.ts). Absent for plain ECS files, whose one definition is
   * {@link body} ({@link definitionsOf} builds it); set for templates.
   */
  readonly definitions?: readonly Definition[];
  /** In a per-definition view of a multi-definition document: the definition this view shows. */
  readonly definition?: Definition;
  /** The template's resources, for templates (references between resources, template-wide checks). */
  readonly template?: TemplateIndex;
}

const plainDefinitions = new WeakMap<ParsedDocument, readonly Definition[]>();

/** The definitions of a document: the template's, or the one body of a plain ECS file (none when unrecognised). */
export function definitionsOf(doc: ParsedDocument): readonly Definition[] {
  if (doc.definitions) return doc.definitions;
  if (!doc.body || doc.kind === 'none' || doc.kind === 'template') return [];
  let defs = plainDefinitions.get(doc);
  if (!defs) {
    const root = doc.root ?? doc.body.node;
    defs = [plainDefinition(doc.kind, doc.format === 'yaml' ? 'ecs-yaml' : 'ecs-json', doc.body, { offset: root.offset, length: root.length })];
    plainDefinitions.set(doc, defs);
  }
  return defs;
}

const views = new WeakMap<Definition, ParsedDocument>();

/**
 * The document as one definition shows it: for a plain file the document itself; for a template a document whose
 * kind, body and root are the definition's (rules, hovers and completions written for one definition per document
 * read it unchanged; offsets are the template's).
 */
export function definitionView(doc: ParsedDocument, def: Definition): ParsedDocument {
  if (!doc.definitions) return doc;
  let view = views.get(def);
  if (!view || view.text !== doc.text) {
    const kind: DocumentKind = def.kind === 'taskDefinition' || def.kind === 'service' || def.kind === 'appspec' ? def.kind : 'none';
    view = { ...doc, kind, body: def.body, root: def.body.node, wrapperKey: undefined, jsonExtensions: undefined, definitions: [def], definition: def };
    views.set(def, view);
  }
  return view;
}

/** A template's parse result: its definitions, or 'none' when it holds no ECS resource. */
export function templateParts(root: Node, text: string): { kind: DocumentKind; definitions?: Definition[]; template?: TemplateIndex } {
  if (!mayHoldEcsResources(text)) return { kind: 'none' };
  const template = indexTemplate(root);
  const definitions = templateDefinitions(root, text, template);
  return definitions.length > 0 ? { kind: 'template', definitions, template } : { kind: 'none' };
}

/** A comment or a trailing comma: fine in JSONC, rejected by strict JSON readers. */
export interface JsonExtension {
  kind: 'comment' | 'trailing-comma';
  offset: number;
  length: number;
}

/** More than this many comments and trailing commas are not listed one by one. */
export const MAX_JSON_EXTENSIONS = 50;

/**
 * Finds the comments and trailing commas of a text that jsonc-parser parsed without errors (the fast strict path
 * gave up on it, so it has some, or nests deeper than the fast path goes). Stops after `MAX_JSON_EXTENSIONS` + 1.
 */
export function findJsonExtensions(text: string): JsonExtension[] {
  const found: JsonExtension[] = [];
  const scanner = createScanner(text, false);
  let comma = -1;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF && found.length <= MAX_JSON_EXTENSIONS; token = scanner.scan()) {
    switch (token) {
      case SyntaxKind.LineCommentTrivia:
      case SyntaxKind.BlockCommentTrivia:
        found.push({ kind: 'comment', offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
        break;
      case SyntaxKind.Trivia:
      case SyntaxKind.LineBreakTrivia:
        break;
      case SyntaxKind.CommaToken:
        comma = scanner.getTokenOffset();
        break;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        if (comma >= 0) found.push({ kind: 'trailing-comma', offset: comma, length: 1 });
        comma = -1;
        break;
      default:
        comma = -1;
    }
  }
  return found;
}

/** Deeper nesting than this is never a task definition; we stop before the parser could recurse that far. */
export const MAX_NESTING = 256;

/** Task-level fields that, next to `family`, mark an object as a task definition. */
const TASK_MARKERS = [
  'containerDefinitions', 'requiresCompatibilities', 'networkMode', 'executionRoleArn', 'taskRoleArn',
  'cpu', 'memory', 'volumes', 'runtimePlatform', 'ephemeralStorage', 'pidMode', 'ipcMode',
];
const SERVICE_MARKERS = [
  'taskDefinition', 'desiredCount', 'launchType', 'loadBalancers', 'networkConfiguration', 'deploymentController',
  'deploymentConfiguration', 'capacityProviderStrategy', 'schedulingStrategy', 'platformVersion', 'cluster',
  'serviceRegistries', 'enableExecuteCommand', 'serviceConnectConfiguration', 'healthCheckGracePeriodSeconds',
];

/** Is this object a task definition (register-task-definition input or describe output)? */
export function looksLikeTaskDefinition(o: JsonObject): boolean {
  const cd = o.get('containerDefinitions');
  if (cd && cd.type === 'array') return true;
  if (o.has('family') && TASK_MARKERS.some((k) => o.has(k))) return true;
  return false;
}

/** Is this object an ECS service definition (create-service / update-service input or describe output)? */
export function looksLikeService(o: JsonObject): boolean {
  if (o.has('containerDefinitions')) return false;
  const named = o.has('serviceName') || o.has('service');
  if (named && SERVICE_MARKERS.some((k) => o.has(k))) return true;
  // `create-service --cli-input-json` files and ecspresso service definitions often leave the name to the
  // command line: two service-only fields are enough, unless the object reads like run-task / task-set input.
  if (o.has('family') || NOT_SERVICE_MARKERS.some((k) => o.has(k))) return false;
  const td = o.get('taskDefinition');
  if (td && td.type !== 'string') return false;
  return STRONG_SERVICE_MARKERS.filter((k) => o.has(k)).length >= 2;
}

/** Fields only a service definition has (unlike `cluster` or `platformVersion`, which run-task input shares). */
const STRONG_SERVICE_MARKERS = [
  'desiredCount', 'loadBalancers', 'deploymentController', 'deploymentConfiguration', 'schedulingStrategy',
  'serviceRegistries', 'serviceConnectConfiguration', 'healthCheckGracePeriodSeconds', 'placementStrategy',
  'launchType', 'networkConfiguration', 'capacityProviderStrategy',
];
/** Fields of run-task / start-task / create-task-set input. */
const NOT_SERVICE_MARKERS = ['overrides', 'count', 'startedBy', 'scale', 'externalId', 'containerInstances'];

/** Is this object a CodeDeploy ECS appspec? */
export function looksLikeAppSpec(o: JsonObject): boolean {
  const res = o.get('Resources') ?? o.get('resources');
  if (!res) return false;
  if (o.has('version') || o.has('Hooks')) return true;
  return res.type === 'array' && (res.children ?? []).some((c) => c.type === 'object' && new JsonObject(c).has('TargetService'));
}

const PARSE_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number format',
  PropertyNameExpected: 'Property name expected',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Comma expected',
  CloseBraceExpected: 'Closing brace expected',
  CloseBracketExpected: 'Closing bracket expected',
  EndOfFileExpected: 'End of file expected',
  InvalidCommentToken: 'Invalid comment token',
  UnexpectedEndOfComment: 'Unexpected end of comment',
  UnexpectedEndOfString: 'Unexpected end of string',
  UnexpectedEndOfNumber: 'Unexpected end of number',
  InvalidUnicode: 'Invalid unicode sequence in string',
  InvalidEscapeCharacter: 'Invalid escape character in string',
  InvalidCharacter: 'Invalid characters in string. Control characters must be escaped',
};

function describeParseError(e: ParseError): string {
  const code = printParseErrorCode(e.error);
  return PARSE_MESSAGES[code] ?? code;
}

/** Classifies a parsed root: which kind of ECS document, and which object holds it. */
export function classify(root: Node | undefined): { kind: DocumentKind; body?: JsonObject; wrapperKey?: string } {
  if (!root || root.type !== 'object') return { kind: 'none' };
  const o = new JsonObject(root);
  if (looksLikeTaskDefinition(o)) return { kind: 'taskDefinition', body: o };
  for (const key of ['taskDefinition']) {
    const inner = o.get(key);
    if (inner && inner.type === 'object') {
      const io = new JsonObject(inner);
      if (looksLikeTaskDefinition(io)) return { kind: 'taskDefinition', body: io, wrapperKey: key };
    }
  }
  if (looksLikeAppSpec(o)) return { kind: 'appspec', body: o };
  if (looksLikeService(o)) return { kind: 'service', body: o };
  const svc = o.get('service');
  if (svc && svc.type === 'object') {
    const so = new JsonObject(svc);
    if (so.has('serviceName') && SERVICE_MARKERS.some((k) => so.has(k))) return { kind: 'service', body: so, wrapperKey: 'service' };
  }
  return { kind: 'none' };
}

export interface ParseOptions {
  maxFileSize?: number;
}

/** True when objects/arrays nest deeper than `limit` in a syntax tree (iterative: safe on any depth). */
export function treeDepthExceeds(root: Node, limit: number): boolean {
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, outer] = stack.pop() as [Node, number];
    const depth = node.type === 'object' || node.type === 'array' ? outer + 1 : outer;
    if (depth > limit) return true;
    const children = node.children;
    if (children) for (let i = 0; i < children.length; i++) stack.push([children[i], depth]);
  }
  return false;
}

function tooDeep(base: { uri: string; version: number; text: string; format: 'json' }, text: string): ParsedDocument {
  const ours = /"containerDefinitions"\s*:/.test(text.slice(0, 64 * 1024));
  return {
    ...base, root: undefined, syntaxErrors: [], kind: ours ? 'taskDefinition' : 'none', body: undefined,
    skipped: ours ? `This file nests arrays or objects more than ${MAX_NESTING} levels deep, which no ECS definition does, so Fargate Authoring does not check it.` : 'depth',
  };
}

/** Parses a JSON/JSONC document. Never throws. */
export function parseJsonDocument(doc: TextDocument, options: ParseOptions = {}): ParsedDocument {
  const text = doc.getText();
  const base = { uri: doc.uri, version: doc.version, text, format: 'json' as const };
  const maxFileSize = options.maxFileSize ?? Infinity;
  if (text.length > maxFileSize) {
    // Only speak up when the start of the file says it is one of ours; other big JSON files get silence.
    const head = text.slice(0, 64 * 1024);
    const ours = /"containerDefinitions"\s*:|"family"\s*:|"serviceName"\s*:/.test(head);
    return {
      ...base, root: undefined, syntaxErrors: [], kind: ours ? 'taskDefinition' : 'none', body: undefined,
      skipped: ours ? `This file is ${formatBytes(text.length)}, above the fargate.maxFileSize limit of ${formatBytes(maxFileSize)}, so Fargate Authoring does not check it. Raise the setting to check it anyway.` : 'size',
    };
  }
  // Most JSON files are not ECS documents: a cheap scan for the keys every definition needs spares their parse.
  if (!mayHoldEcsDefinition(text)) return { ...base, root: undefined, syntaxErrors: [], kind: 'none', body: undefined };
  // Deep nesting: no ECS document nests more than a few levels, and the parser recurses once per level. A text
  // deep enough to exhaust the stack stops the parser; a tree deeper than MAX_NESTING is not analysed further.
  const errors: ParseError[] = [];
  // Well-formed JSON (nearly every document, nearly every keystroke) takes the fast path, which builds the same
  // tree as jsonc-parser and gives up at anything jsonc-parser would report, recover from or recurse too deep on.
  let root = parseStrictJson(text, MAX_NESTING);
  const strict = root !== undefined;
  if (!root) {
    try {
      root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      return tooDeep(base, text);
    }
    if (root && treeDepthExceeds(root, MAX_NESTING)) return tooDeep(base, text);
  }
  const { kind, body, wrapperKey } = classify(root);
  if (kind === 'none' && looksLikeTemplate(root)) {
    const t = templateParts(root!, text);
    const syntax = errors.map((e) => ({ offset: e.offset, length: e.length, message: describeParseError(e) }));
    return { ...base, root, syntaxErrors: syntax, ...t, body: undefined };
  }
  let finalKind = kind;
  // A document broken early may not parse into a recognisable object; the text still tells us what it is.
  if (kind === 'none' && errors.length > 0 && /"containerDefinitions"\s*:/.test(text)) finalKind = 'taskDefinition';
  else if (kind === 'none' && errors.length > 0 && mayHoldEcsResources(text) && /"Resources"\s*:/.test(text)) {
    const syntax = errors.map((e) => ({ offset: e.offset, length: e.length, message: describeParseError(e) }));
    return { ...base, root, syntaxErrors: syntax, kind: 'template', body: undefined, definitions: [] };
  }
  const syntaxErrors = errors.map((e) => ({ offset: e.offset, length: e.length, message: describeParseError(e) }));
  const parsed: ParsedDocument = { ...base, root, syntaxErrors, kind: finalKind, body, wrapperKey };
  if (strict || errors.length > 0 || finalKind === 'none') return parsed;
  const jsonExtensions = findJsonExtensions(text);
  return jsonExtensions.length > 0 ? { ...parsed, jsonExtensions } : parsed;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
