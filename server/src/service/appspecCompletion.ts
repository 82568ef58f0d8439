/**
 * Completions in CodeDeploy AppSpec files (YAML and JSON): the keys each object takes and the values of the
 * enumerated fields, from the shape in knowledge/appspec.ts, documented from the appspec field docs.
 *
 * YAML is read from the text around the cursor rather than from the parse tree, because a document being typed
 * (`        Load`) rarely parses into the shape it will have: the enclosing keys are found by indentation, the way
 * a reader of the file finds them. Block style only; inside a flow collection (`[...]`, `{...}`) nothing is offered.
 */
import { findNodeAtLocation, getLocation } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import { appSpecNodeAt, ECS_HOOKS, keysOf, type AppSpecNode } from '../knowledge/appspec';
import { APPSPEC_DOCS } from '../knowledge/fieldDocs';
import type { Analysis } from './languageService';
import type { RelatedDocuments } from './rules/rule';
import { relatedTask, type RelatedTask } from './rules/support/related';
import { appSpecTarget } from './rules/support/service';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** Where the cursor is in an appspec: the path of the enclosing object, and a key or the value of `key`. */
export interface AppSpecSite {
  path: string[];
  /** Set at a value position: the key whose value is being written. */
  key?: string;
  /** Offsets of the text the items replace (the partial word under the cursor). */
  start: number;
  end: number;
  /** Keys already present in the enclosing object (not offered again). */
  present: string[];
  /** Column of the keys of the enclosing object (YAML), for the indentation of inserted blocks. */
  column: number;
  /** A key whose colon is already written: only the name is replaced. */
  keyOnly?: boolean;
  /** A value inside quotes the user typed (YAML): inserted as it is. */
  quoted?: boolean;
}

interface LineInfo {
  /** Column of the first key character, after any `- ` sequence markers. */
  keyColumn: number;
  /** Column of the first `-` marker when the line starts a sequence item. */
  dashColumn?: number;
  key?: string;
  /** The text after `key:` without a trailing comment, trimmed. */
  rest?: string;
}

function readLine(line: string): LineInfo | undefined {
  const m = /^([ \t]*)((?:-[ \t]+)*)(.*)$/.exec(line.replace(/^\ufeff/, ''));
  if (!m) return undefined;
  const content = m[3];
  if (content === '' && m[2] === '') return undefined; // blank
  if (content.startsWith('#')) return undefined; // comment
  const info: LineInfo = { keyColumn: m[1].length + m[2].length, dashColumn: m[2] ? m[1].length : undefined };
  const kv = /^([A-Za-z_][A-Za-z0-9_]*)\s*:(?:\s+(.*))?$/.exec(content) ?? /^([A-Za-z_][A-Za-z0-9_]*)\s*:$/.exec(content);
  if (kv) {
    info.key = kv[1];
    info.rest = (kv[2] ?? '').replace(/(^|\s+)#.*$/, '').trim();
  }
  return info;
}

/** The site of a YAML appspec at `offset`, or undefined where nothing should be offered. */
export function yamlAppSpecSite(text: string, offset: number): AppSpecSite | undefined {
  // Lines may end with LF, CRLF or a lone CR (editors keep whichever the file has).
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const before = text.slice(lineStart, offset).replace(/^\ufeff/, '');
  if (/[[\]{}#]/.test(before)) return undefined;
  let column: number;
  let key: string | undefined;
  let start: number;
  const keyAt = /^(\s*)((?:-\s+)*)([A-Za-z_][A-Za-z0-9_]*)?$/.exec(before);
  const valueAt = /^(\s*)((?:-\s+)*)([A-Za-z_][A-Za-z0-9_]*)\s*:\s+(["']?)([^"']*)$/.exec(before);
  if (keyAt) {
    column = keyAt[1].length + keyAt[2].length;
    start = offset - (keyAt[3]?.length ?? 0);
  } else if (valueAt) {
    column = valueAt[1].length + valueAt[2].length;
    key = valueAt[3];
    start = offset - valueAt[5].length;
  } else return undefined;
  const breakAfter = text.slice(offset).search(/[\r\n]/);
  const lineEnd = breakAfter < 0 ? -1 : offset + breakAfter;
  const after = text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
  // The rest of the word under the cursor: a key's letters, a value up to its closing quote or its end.
  const quoted = valueAt !== null && valueAt[4] !== '';
  const rest = keyAt ? /^[A-Za-z0-9_]*/.exec(after)?.[0] ?? '' : quoted ? /^[^"']*/.exec(after)?.[0] ?? '' : /^[A-Za-z0-9_.:<>-]*/.exec(after)?.[0] ?? '';
  const end = offset + rest.length;
  // `Subn|ets: [...]`: the colon and value are there already; only the name is replaced.
  const keyOnly = keyAt !== null && /^\s*:/.test(after.slice(rest.length));

  // Up: the enclosing keys, by indentation. A `- ` marker left of the target column makes the object a list item;
  // the key that opens the list may sit at the marker's column (`Resources:` / `- TargetService:`) or left of it.
  const path: string[] = [];
  const siblings: string[] = [];
  const lead = keyAt ?? (valueAt as RegExpExecArray);
  let target = column;
  let own = true; // still in the cursor's own object (its keys are siblings)
  let item = false; // the last step up entered a list item
  if (lead[2] !== '') {
    path.unshift('[]');
    target = lead[1].length;
    own = false;
    item = true;
  }
  const above = text.slice(0, lineStart).split(/\r\n|\r|\n/);
  above.pop(); // the empty piece after the last newline
  for (let i = above.length - 1; i >= 0; i--) {
    const info = readLine(above[i]);
    if (!info) continue;
    const opensBlock = info.key !== undefined && (info.rest === '' || info.rest === '|' || info.rest === '>');
    if (item && info.dashColumn === undefined && info.keyColumn === target && opensBlock) {
      // `Resources:` right above its items, at the same column.
      path.unshift(info.key as string);
      item = false;
      continue;
    }
    if (info.keyColumn >= target) {
      if (own && info.keyColumn === column && info.key && info.dashColumn === undefined) siblings.push(info.key);
      if (info.dashColumn !== undefined && info.dashColumn < target) {
        if (own && info.keyColumn === column && info.key) siblings.push(info.key);
        path.unshift('[]');
        target = info.dashColumn;
        own = false;
        item = true;
      }
      continue;
    }
    // Left of the target column: the key that opens the enclosing block.
    if (!opensBlock) return undefined;
    path.unshift(info.key as string);
    own = false;
    item = false;
    if (info.dashColumn !== undefined) {
      path.unshift('[]');
      target = info.dashColumn;
      item = true;
    } else target = info.keyColumn;
  }
  if (item) return undefined; // a list with no key above it: not an appspec shape
  // Down: sibling keys after the cursor line, at the same column, until the object ends.
  const below = text.slice(lineEnd < 0 ? text.length : lineEnd).split(/\r\n|\r|\n/);
  for (const line of below) {
    const info = readLine(line);
    if (!info) continue;
    if (info.keyColumn < column || (info.dashColumn !== undefined && info.dashColumn < column)) break;
    if (info.keyColumn === column && info.key && info.dashColumn === undefined) siblings.push(info.key);
  }
  return { path, key, start, end, present: siblings, column, keyOnly, quoted };
}

/** The site of a JSON appspec at `offset`, from jsonc-parser's location (it reads incomplete documents). */
export function jsonAppSpecSite(analysis: Analysis, offset: number): AppSpecSite | undefined {
  const text = analysis.doc.text;
  const loc = getLocation(text, offset);
  const raw = loc.path.map((p) => (typeof p === 'number' ? '[]' : p));
  const prev = loc.previousNode;
  // Inside a string being typed (a key `"Task|"` or a value), the whole string, quotes included, is replaced;
  // elsewhere the word before the cursor.
  const inPrev = prev && offset > prev.offset && offset <= prev.offset + prev.length && (loc.isAtPropertyKey || prev.type !== 'property');
  const start = inPrev ? prev.offset : offset - (/[A-Za-z0-9_.-]*$/.exec(text.slice(Math.max(0, offset - 200), offset))?.[0].length ?? 0);
  const end = inPrev ? prev.offset + prev.length : offset;
  if (loc.isAtPropertyKey) {
    // The keys the enclosing object already has (the one being typed aside).
    const holder = analysis.doc.root ? findNodeAtLocation(analysis.doc.root, loc.path.slice(0, -1)) : undefined;
    const present = (holder?.type === 'object' ? holder.children ?? [] : [])
      .map((p) => p.children?.[0])
      .filter((k): k is NonNullable<typeof k> => !!k && typeof k.value === 'string' && !(offset >= k.offset && offset <= k.offset + k.length))
      .map((k) => k.value as string);
    return { path: raw.slice(0, -1), start, end, present, column: 0, keyOnly: /^\s*:/.test(text.slice(end, end + 200)) };
  }
  const key = raw[raw.length - 1];
  if (key === undefined || key === '[]') return undefined;
  return { path: raw.slice(0, -1), key, start, end, present: [], column: 0 };
}

function documentation(key: string): { kind: 'markdown'; value: string } | undefined {
  const doc = APPSPEC_DOCS[`appspec.${key}`];
  return doc ? { kind: MarkupKind.Markdown, value: doc.description } : undefined;
}

/** Completion items for an appspec document. Never throws on odd input. */
export function appSpecCompletions(analysis: Analysis, textDoc: TextDocument, position: Position, related?: RelatedDocuments): CompletionList {
  const offset = textDoc.offsetAt(position);
  const yaml = analysis.doc.format === 'yaml';
  const site = yaml ? yamlAppSpecSite(analysis.doc.text, offset) : jsonAppSpecSite(analysis, offset);
  if (!site) return EMPTY;
  const range = { start: textDoc.positionAt(site.start), end: textDoc.positionAt(site.end) };
  const node = appSpecNodeAt(site.path);
  if (!node) return EMPTY;
  if (site.key === undefined) {
    // Each lifecycle event is named once across all the Hooks entries.
    const used = site.path.join('.') === 'Hooks.[]' ? usedHooks(analysis) : [];
    const keys = keysOf(node).filter((k) => !site.present.includes(k) && !used.includes(k));
    return {
      isIncomplete: false,
      items: keys.map((k, i): CompletionItem => {
        const child = node.kind === 'object' ? node.keys[k] : undefined;
        const newText = site.keyOnly ? (yaml ? k : `"${k}"`) : yaml ? yamlKeyText(k, child, site.column) : `"${k}": `;
        return {
          label: k,
          kind: CompletionItemKind.Property,
          documentation: documentation(k),
          sortText: String(i).padStart(3, '0'),
          textEdit: { range, newText },
          insertTextFormat: InsertTextFormat.PlainText,
          command: child?.kind === 'scalar' && child.values ? { title: 'Suggest', command: 'editor.action.triggerSuggest' } : undefined,
        };
      }),
    };
  }
  if ((site.key === 'ContainerName' || site.key === 'ContainerPort') && site.path[site.path.length - 1] === 'LoadBalancerInfo') {
    return { isIncomplete: false, items: loadBalancerItems(analysis, site, range, related) };
  }
  const field = node.kind === 'object' ? node.keys[site.key] : undefined;
  if (!field || field.kind !== 'scalar' || !field.values) return EMPTY;
  // In JSON the item replaces the whole string, quotes included; in YAML only the word being typed.
  return {
    isIncomplete: false,
    items: field.values.map((v, i): CompletionItem => ({
      label: v,
      kind: CompletionItemKind.Value,
      sortText: String(i).padStart(3, '0'),
      filterText: yaml || site.key === 'version' ? v : JSON.stringify(v),
      // `version` is the number 0.0 in both formats.
      textEdit: { range, newText: yaml ? (site.quoted ? v : yamlScalar(site.key as string, v)) : site.key === 'version' ? v : JSON.stringify(v) },
    })),
  };
}

/** Container names and ports of the task definition the AppSpec deploys (the one its rules pair it with). */
function loadBalancerItems(analysis: Analysis, site: AppSpecSite, range: Range, related: RelatedDocuments | undefined): CompletionItem[] {
  const props = appSpecTarget(analysis.doc.body)?.properties;
  const reference = props?.get('TaskDefinition');
  const rt = relatedTask(related, reference?.type === 'string' ? (reference.value as string) : undefined);
  if (!rt) return [];
  const yaml = analysis.doc.format === 'yaml';
  const named = props?.obj('LoadBalancerInfo')?.str('ContainerName') ?? (yaml ? yamlSibling(analysis.doc.text, site, 'ContainerName') : undefined);
  const render = (v: string | number) => (typeof v === 'number' ? String(v) : yaml ? (site.quoted ? v : yamlString(v)) : JSON.stringify(v));
  return loadBalancedItems(site.key === 'ContainerName' ? 'name' : 'port', rt, named, render, { range });
}

/** The value of a sibling key written on its own line in the same YAML block (for documents that do not parse yet). */
function yamlSibling(text: string, site: AppSpecSite, key: string): string | undefined {
  const m = new RegExp(`^ {${site.column}}${key}:\\s*["']?([^"'#\\r\\n]*?)["']?\\s*(?:#.*)?$`, 'm').exec(text);
  return m?.[1] || undefined;
}

/** The lifecycle events the document's Hooks already name (from the text, which may not parse while typed). */
function usedHooks(analysis: Analysis): string[] {
  const names = ECS_HOOKS.join('|');
  const re = analysis.doc.format === 'yaml' ? new RegExp(`^[ \\t]*(?:-[ \\t]+)?(${names})[ \\t]*:`, 'gm') : new RegExp(`"(${names})"\\s*:`, 'g');
  return [...analysis.doc.text.matchAll(re)].map((m) => m[1]);
}

/** `Key: ` for a scalar; a block opened on the next line, indented, for a map or a list. */
function yamlKeyText(key: string, child: AppSpecNode | undefined, column: number): string {
  const indent = ' '.repeat(column + 2);
  if (child?.kind === 'object') return `${key}:\n${indent}`;
  if (child?.kind === 'list') return `${key}:\n${indent}- `;
  return `${key}: `;
}

/** A string as YAML reads it back as that string: bare when it is a plain word, quoted otherwise (`123`, `null`). */
function yamlString(value: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(value) && !/^(null|true|false|yes|no|on|off|y|n)$/i.test(value) ? value : JSON.stringify(value);
}

/** Values YAML would read as something else are quoted (`0.0` stays a number, as CodeDeploy wants). */
function yamlScalar(key: string, value: string): string {
  if (key === 'version') return value;
  return /^[A-Za-z_][A-Za-z0-9_:.-]*$/.test(value) || /^\d+\.\d+\.\d+$/.test(value) ? value : JSON.stringify(value);
}

/**
 * Container names, or the container ports of `container` (of every container when it is not named or not found),
 * of the task definition a service or appspec deploys. Shared with the appspec completions.
 */
export function loadBalancedItems(
  what: 'name' | 'port',
  rt: RelatedTask,
  container: string | undefined,
  render: (value: string | number) => string,
  site: { range: Range },
): CompletionItem[] {
  const named = rt.task.containers.filter((c) => c.name === container);
  const from = named.length > 0 ? named : rt.task.containers;
  const values: (string | number)[] =
    what === 'name'
      ? [...new Set(rt.task.containers.map((c) => c.name).filter((n): n is string => !!n))]
      : [...new Set(from.flatMap((c) => c.portMappings.map((p) => p.containerPort).filter((p): p is number => typeof p === 'number')))];
  const detail = what === 'name' ? 'container' : named.length > 0 ? `port of '${container}'` : 'container port';
  return values.map((v, i) => ({
    label: String(v),
    kind: what === 'name' ? CompletionItemKind.Reference : CompletionItemKind.Value,
    detail: `${detail} in ${rt.file}`,
    sortText: String(i).padStart(3, '0'),
    filterText: render(v).trim(),
    textEdit: { range: site.range, newText: render(v) },
  }));
}
