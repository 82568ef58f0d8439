/** Helpers for the Terraform front-end tests. */
import * as fs from 'fs';
import * as path from 'path';
import type { Node } from '../../../server/src/service/json';
import { loadTerraformParser, parseTerraform, type TerraformDefinition, type TerraformDocument, type TerraformParser } from '../../../server/src/service/terraform';
import { REPO_ROOT } from '../../helpers/paths';

export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'terraform');

export function fixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
}

let parser: TerraformParser | undefined;

/** The loaded parser (mocha `before` hooks await this). */
export async function tfParser(): Promise<TerraformParser> {
  return (parser ??= await loadTerraformParser());
}

/** Parses with the already loaded parser. */
export function read(text: string): TerraformDocument {
  if (!parser) throw new Error('call tfParser() in a before hook');
  const parsed = parseTerraform(parser, text);
  parsed.tree.delete();
  return parsed.document;
}

export function def(doc: TerraformDocument, name: string): TerraformDefinition {
  const d = doc.definitions.find((x) => x.name === name);
  if (!d) throw new Error(`no definition ${name} in ${doc.definitions.map((x) => x.name).join(', ')}`);
  return d;
}

/** A node tree as plain JSON (unknowns as their `${...}` value). */
export function plain(n: Node | undefined): unknown {
  if (!n) return undefined;
  switch (n.type) {
    case 'object':
      return Object.fromEntries((n.children ?? []).map((p) => [p.children![0].value as string, plain(p.children![1])]));
    case 'array':
      return (n.children ?? []).map(plain);
    default:
      return n.value;
  }
}

/** The node at an API path. */
export function at(n: Node, ...path: (string | number)[]): Node {
  let cur: Node | undefined = n;
  for (const seg of path) {
    if (!cur) break;
    if (typeof seg === 'number') cur = cur.type === 'array' ? cur.children?.[seg] : undefined;
    else cur = cur.type === 'object' ? cur.children?.find((p) => p.children?.[0].value === seg)?.children?.[1] : undefined;
  }
  if (!cur) throw new Error(`nothing at ${path.join('.')}`);
  return cur;
}

/** The key node of the property at an API path. */
export function keyAt(n: Node, ...path: (string | number)[]): Node {
  const v = at(n, ...path);
  const p = v.parent;
  if (!p || p.type !== 'property') throw new Error(`no property at ${path.join('.')}`);
  return p.children![0];
}

export const src = (text: string, n: { offset: number; length: number }) => text.slice(n.offset, n.offset + n.length);

/** Every node's range lies within the text and inside its parent's (property values may be virtual-extended). */
export function rangesInside(text: string, root: Node): string[] {
  const bad: string[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.offset < 0 || n.offset + n.length > text.length) bad.push(`${n.type}@${n.offset}+${n.length}`);
    for (const c of n.children ?? []) {
      if (c.parent !== n) bad.push(`parent link of ${c.type}@${c.offset}`);
      stack.push(c);
    }
  }
  return bad;
}
