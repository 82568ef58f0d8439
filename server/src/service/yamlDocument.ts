/**
 * YAML documents (CodeDeploy `appspec.yaml`). The YAML is parsed with the `yaml` package and converted into the
 * same syntax tree shape jsonc-parser produces (`Node` with type object/array/property/string/number/boolean/null,
 * offset, length, children, parent, value, colonOffset), so `JsonObject`, the rules, hovers and completions work
 * on YAML unchanged. Only YAML documents that look like an ECS appspec are analysed; other YAML gets silence.
 *
 * Range conventions (same as JSON): a property node spans from its key to the end of its value and has
 * `colonOffset`; a key node is a `string` node over the key text; a scalar covers its source text including quotes;
 * a collection covers its source text without trailing blank lines. Scalars keep YAML's core-schema value
 * (`version: 0.0` is the number 0); read `doc.text.slice(node.offset, node.offset + node.length)` for the raw text.
 */
import type { MutableNode, Node } from './json';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Alias, Document, ParsedNode } from 'yaml';
import { mayHoldEcsDefinition } from './sniff';
import { mayHoldEcsResources, looksLikeTemplate } from './cloudformation';
import { classify, formatBytes, MAX_NESTING, parseJsonDocument, templateParts, type ParsedDocument, type ParseOptions, type SyntaxProblem } from './document';

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;

/**
 * The yaml package, loaded on first use: only appspec.yaml files need it and it is a large part of the server,
 * so the server starts without it (esbuild.mjs bundles it separately into dist/yaml.js).
 */
function yaml(): YamlModule {
  return (yamlModule ??= require('yaml') as YamlModule);
}

/** Quick textual test: does this YAML text look like an ECS appspec? (used for broken or oversized files) */
export function looksLikeAppSpecText(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  return /^\s*-?\s*TargetService\s*:/m.test(head) || /AWS::ECS::Service/.test(head);
}

/**
 * CloudFormation's YAML short forms. Each is registered with the yaml package as a custom tag (scalar, sequence and
 * mapping forms) that keeps the node as written; the converter then turns a tagged node into the long form
 * (`!Ref X` -> `{"Ref": "X"}`, `!Sub s` -> `{"Fn::Sub": s}`), spanning the tag and its value, so the CloudFormation
 * front end reads YAML and JSON templates alike.
 */
const CFN_TAGS: ReadonlyMap<string, string> = new Map(
  [
    'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform',
    'If', 'Equals', 'And', 'Or', 'Not', 'Length', 'ToJsonString', 'Contains', 'GetStackOutput', 'ForEach',
  ].map((n) => [`!${n}`, `Fn::${n}`] as [string, string]).concat([['!Ref', 'Ref'], ['!Condition', 'Condition']]),
);

let customTags: unknown[] | undefined;
/** The custom tags for {@link CFN_TAGS} (built once): every node stays as parsed, with its tag. */
function cfnCustomTags(): unknown[] {
  if (customTags) return customTags;
  customTags = [];
  for (const tag of CFN_TAGS.keys()) {
    customTags.push({ tag, resolve: (s: string) => s });
    customTags.push({ tag, collection: 'seq', resolve: (c: unknown) => c });
    customTags.push({ tag, collection: 'map', resolve: (c: unknown) => c });
  }
  return customTags;
}

function isWhitespace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

class Converter {
  private depth = 0;
  /** Aliases being expanded, to stop `&a [*a]` style cycles. */
  private readonly expanding = new Set<unknown>();
  tooDeep = false;
  /** Tagged nodes whose value is being converted under their long-form wrapper. */
  private readonly unwrapping = new Set<unknown>();

  constructor(private readonly text: string, private readonly doc: Document.Parsed) {}

  private span(range: readonly [number, number, number] | null | undefined, trimEnd: boolean): { offset: number; length: number } {
    if (!range) return { offset: 0, length: 0 };
    const start = range[0];
    let end = Math.max(start, range[1]);
    if (trimEnd) while (end > start && isWhitespace(this.text[end - 1])) end--;
    return { offset: start, length: end - start };
  }

  convert(node: ParsedNode | Alias | null | undefined, parent: MutableNode | undefined, fallbackOffset: number): MutableNode {
    if (node === null || node === undefined) return { type: 'null', offset: fallbackOffset, length: 0, value: null, parent };
    if (this.depth >= MAX_NESTING) {
      this.tooDeep = true;
      return { type: 'null', offset: fallbackOffset, length: 0, value: null, parent };
    }
    this.depth++;
    try {
      return this.convertInner(node, parent);
    } finally {
      this.depth--;
    }
  }

  private convertInner(node: ParsedNode | Alias, parent: MutableNode | undefined): MutableNode {
    const tag = (node as { tag?: string }).tag;
    const fn = tag ? CFN_TAGS.get(tag) : undefined;
    if (fn && !this.unwrapping.has(node)) return this.longForm(node as ParsedNode, tag!, fn, parent);
    if (yaml().isAlias(node)) {
      const target = node.resolve(this.doc) as ParsedNode | undefined;
      const here = this.span(node.range, true);
      if (!target || this.expanding.has(target)) return { type: 'null', ...here, value: null, parent };
      this.expanding.add(target);
      try {
        // The expanded value keeps the alias' range, so findings point at `*name` in the text.
        const converted = this.convert(target, parent, here.offset);
        relocate(converted, here.offset, here.length);
        return converted;
      } finally {
        this.expanding.delete(target);
      }
    }
    if (yaml().isMap(node)) {
      const out: MutableNode = { type: 'object', ...this.span(node.range, true), parent, children: [] };
      for (const pair of node.items) {
        if (!yaml().isPair(pair)) continue;
        const keyNode = pair.key as ParsedNode | null;
        const keyRange = keyNode && 'range' in keyNode ? keyNode.range : undefined;
        const keyStart = keyRange ? keyRange[0] : out.offset;
        const keyEnd = keyRange ? keyRange[1] : keyStart;
        const prop: MutableNode = { type: 'property', offset: keyStart, length: 0, parent: out, children: [] };
        const keyValue = yaml().isScalar(keyNode) ? keyNode.value : keyNode ? this.text.slice(keyStart, keyEnd) : '';
        const key: MutableNode = {
          type: 'string',
          ...this.span(keyRange, true),
          value: keyValue === null || keyValue === undefined ? '' : String(keyValue),
          parent: prop,
        };
        prop.children!.push(key);
        const colon = this.text.indexOf(':', keyEnd);
        if (colon >= 0) prop.colonOffset = colon;
        const valueNode = pair.value as ParsedNode | Alias | null;
        let end = key.offset + key.length;
        if (valueNode !== null && valueNode !== undefined) {
          const v = this.convert(valueNode, prop, colon >= 0 ? colon + 1 : end);
          // `key:` with nothing after it is null in YAML; keep it as a null node of length 0 (after the colon).
          if (v.type === 'null' && v.length === 0 && colon >= 0) v.offset = colon + 1;
          prop.children!.push(v);
          end = Math.max(end, v.offset + v.length);
        } else {
          prop.children!.push({ type: 'null', offset: colon >= 0 ? colon + 1 : end, length: 0, value: null, parent: prop });
          if (colon >= 0) end = Math.max(end, colon + 1);
        }
        prop.length = end - prop.offset;
        out.children!.push(prop);
      }
      return out;
    }
    if (yaml().isSeq(node)) {
      const out: MutableNode = { type: 'array', ...this.span(node.range, true), parent, children: [] };
      for (const item of node.items) {
        out.children!.push(this.convert(item as ParsedNode | Alias | null, out, out.offset));
      }
      return out;
    }
    if (yaml().isScalar(node)) {
      const here = this.span(node.range, node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL');
      const v = node.value;
      if (v === null || v === undefined) return { type: 'null', ...here, value: null, parent };
      if (typeof v === 'number') return { type: 'number', ...here, value: v, parent };
      if (typeof v === 'bigint') return { type: 'number', ...here, value: Number(v), parent };
      if (typeof v === 'boolean') return { type: 'boolean', ...here, value: v, parent };
      if (typeof v === 'string') return { type: 'string', ...here, value: v, parent };
      return { type: 'string', ...here, value: this.text.slice(here.offset, here.offset + here.length), parent };
    }
    // Anything else (should not happen with the core schema): keep its source text as a string.
    const here = this.span((node as { range?: [number, number, number] }).range, true);
    return { type: 'string', ...here, value: this.text.slice(here.offset, here.offset + here.length), parent };
  }

  /** `!Fn value` -> an object `{Fn: value}` over the tag and its value (the key node is the tag). */
  private longForm(node: ParsedNode, tag: string, fn: string, parent: MutableNode | undefined): MutableNode {
    const value = this.span(node.range, true);
    // The range of a tagged node starts at its value; the tag is just before it.
    const found = this.text.lastIndexOf(tag, value.offset);
    const tagStart = found >= 0 && value.offset - found <= tag.length + 64 ? found : value.offset;
    const end = Math.max(value.offset + value.length, tagStart + tag.length);
    const out: MutableNode = { type: 'object', offset: tagStart, length: end - tagStart, parent, children: [] };
    const prop: MutableNode = { type: 'property', offset: tagStart, length: end - tagStart, parent: out, children: [] };
    prop.children!.push({ type: 'string', offset: tagStart, length: tag.length, value: fn, parent: prop });
    this.unwrapping.add(node);
    try {
      // `!GetAtt A.B` and friends: an empty value (`!Ref` alone) is an empty string, not null.
      const v = this.convert(node, prop, value.offset);
      prop.children!.push(v);
    } finally {
      this.unwrapping.delete(node);
    }
    out.children!.push(prop);
    return out;
  }
}

/** Moves an expanded alias subtree onto the alias' own range (iterative). */
function relocate(node: MutableNode, offset: number, length: number): void {
  const stack: MutableNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    n.offset = offset;
    n.length = length;
    if (n.colonOffset !== undefined) n.colonOffset = undefined;
    for (const c of n.children ?? []) stack.push(c);
  }
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** Converts a YAML text into a jsonc-parser shaped tree plus syntax problems. Never throws. */
export function parseYamlTree(text: string): { root: Node | undefined; errors: SyntaxProblem[]; tooDeep: boolean } {
  let docs: Document.Parsed[];
  // The yaml package makes an Error object for every syntax problem, and a badly broken text has thousands; their
  // stack traces are never read, and capturing them (much slower where source maps are enabled) dominated the parse.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    docs = yaml().parseAllDocuments(text, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: true, customTags: cfnCustomTags() as never }) as Document.Parsed[];
  } catch (err) {
    return { root: undefined, errors: [{ offset: 0, length: 1, message: `YAML could not be read: ${err instanceof Error ? err.message : String(err)}` }], tooDeep: false };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];
  const errors: SyntaxProblem[] = [];
  const first = docs.find((d) => d.contents !== null) ?? docs[0];
  if (!first) return { root: undefined, errors, tooDeep: false };
  for (const e of first.errors) {
    const [start, end] = e.pos;
    errors.push({ offset: start, length: Math.max(0, end - start), message: firstLine(e.message) });
  }
  const converter = new Converter(text, first);
  let root: MutableNode | undefined;
  try {
    root = first.contents ? converter.convert(first.contents as ParsedNode, undefined, 0) : undefined;
  } catch (err) {
    errors.push({ offset: 0, length: 1, message: `YAML could not be read: ${err instanceof Error ? err.message : String(err)}` });
    root = undefined;
  }
  return { root: root as Node | undefined, errors, tooDeep: converter.tooDeep };
}

/**
 * Parses a YAML document. Only appspec-shaped documents get a kind ('appspec'); everything else is 'none'.
 * Never throws.
 */
export function parseYamlDocument(doc: TextDocument, options: ParseOptions = {}): ParsedDocument {
  const text = doc.getText();
  const base = { uri: doc.uri, version: doc.version, text, format: 'yaml' as const };
  const maxFileSize = options.maxFileSize ?? Infinity;
  if (text.length > maxFileSize) {
    const ours = looksLikeAppSpecText(text);
    return {
      ...base, root: undefined, syntaxErrors: [], kind: ours ? 'appspec' : 'none', body: undefined,
      skipped: ours ? `This file is ${formatBytes(text.length)}, above the fargate.maxFileSize limit of ${formatBytes(maxFileSize)}, so Fargate Authoring does not check it. Raise the setting to check it anyway.` : 'size',
    };
  }
  // Large YAML files without ECS content are common (Kubernetes manifests, OpenAPI specs, other templates): a cheap
  // scan for the keys every definition needs spares their parse, which costs far more.
  if (!mayHoldEcsDefinition(text)) return { ...base, root: undefined, syntaxErrors: [], kind: 'none', body: undefined };
  const { root, errors, tooDeep } = parseYamlTree(text);
  if (tooDeep) {
    const ours = looksLikeAppSpecText(text);
    return {
      ...base, root: undefined, syntaxErrors: [], kind: ours ? 'appspec' : 'none', body: undefined,
      skipped: ours ? `This file nests lists or maps more than ${MAX_NESTING} levels deep, which no appspec does, so Fargate Authoring does not check it.` : 'depth',
    };
  }
  // A Mustache / Jinja source of a template (`{{ envName }}`) that is not YAML yet is not the file AWS reads: silence.
  if (errors.length > 0 && /\{\{[^}]*\}\}|\{%[^%]*%\}/.test(text) && !/^\s*-?\s*TargetService\s*:/m.test(text)) return { ...base, root, syntaxErrors: errors, kind: 'none', body: undefined };
  const c = classify(root);
  // Plain ECS API YAML (register-task-definition / create-service --cli-input-yaml) and appspecs.
  if (c.kind !== 'none') return { ...base, root, syntaxErrors: errors, kind: c.kind, body: c.body, wrapperKey: c.wrapperKey };
  if (looksLikeTemplate(root)) return { ...base, root, syntaxErrors: errors, ...templateParts(root!, text), body: undefined };
  // A broken appspec or template may not convert into a recognisable object; its text still says what it is.
  if (errors.length > 0) {
    const head = text.slice(0, 64 * 1024);
    if (!/^\s*-?\s*TargetService\s*:/m.test(head) && mayHoldEcsResources(text) && /^Resources\s*:/m.test(text)) {
      return { ...base, root, syntaxErrors: errors, kind: 'template', body: undefined, definitions: [] };
    }
    if (looksLikeAppSpecText(text)) return { ...base, root, syntaxErrors: errors, kind: 'appspec', body: undefined };
  }
  return { ...base, root, syntaxErrors: errors, kind: 'none', body: undefined };
}

/** Is this document YAML? By language id, else by file extension (JSON otherwise). CloudFormation's own
 * extensions (`*.template`, `*.cfn`) hold either: there the text decides (JSON starts with `{`). */
export function isYamlDocument(doc: Pick<TextDocument, 'uri' | 'languageId'> & { getText?: () => string }): boolean {
  const id = doc.languageId;
  if (id === 'yaml' || id === 'yml') return true;
  if (id === 'json' || id === 'jsonc') return false;
  const path = doc.uri.split(/[?#]/)[0];
  if (/\.ya?ml$/i.test(path)) return true;
  if (/\.(template|cfn)$/i.test(path) && doc.getText) return !/^\s*[{[]/.test(doc.getText().slice(0, 4096));
  return false;
}

/** Parses a JSON or YAML document, choosing the parser with {@link isYamlDocument}. Never throws. */
export function parseAnyDocument(doc: TextDocument, options: ParseOptions = {}): ParsedDocument {
  return isYamlDocument(doc) ? parseYamlDocument(doc, options) : parseJsonDocument(doc, options);
}
