/**
 * Writers per dialect: quick fixes (and, later, completions) say what to set, insert or remove at an API path; the
 * writer of the document renders it in the document's syntax and spelling: JSON or YAML, API names in plain ECS
 * files, the template's names (`NetworkMode`, `PortMappings`) in CloudFormation. The JSON writer is the one in
 * codeActions.ts; this module adds the YAML rendering and the key spelling.
 */
import type { Node } from 'jsonc-parser';
import type { Definition } from './definitions';
import { dialectSpelling } from './presentation';

export interface DialectWriter {
  /** The document's syntax. */
  readonly yaml: boolean;
  /** A key as the document writes it. */
  key(apiName: string): string;
}

/** The writer for a document (plain JSON gets none: the JSON writer with API names is the default). */
export function writerFor(format: 'json' | 'yaml', def: Definition | undefined): DialectWriter | undefined {
  const spelled = def && def.dialect === 'cloudformation';
  if (format === 'json' && !spelled) return undefined;
  return { yaml: format === 'yaml', key: (k) => (spelled ? dialectSpelling(def!, k) ?? k : k) };
}

const YAML_KEYWORDS = /^(y|n|yes|no|true|false|on|off|null|~)$/i;

/** A scalar in YAML: plain when it reads back as the same string, double-quoted (JSON) otherwise. */
export function yamlScalar(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  const s = String(v);
  const plain = /^[A-Za-z_/][A-Za-z0-9_./:@ -]*$/.test(s) && !/\s$/.test(s) && !/: | #/.test(s) && !YAML_KEYWORDS.test(s);
  return plain ? s : JSON.stringify(s);
}

/** A value in YAML: scalars inline, lists of scalars in flow style, objects and lists of objects as blocks. */
export function yamlValue(v: unknown, indent: string, unit: string, w: DialectWriter): string {
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== 'object')) return `[${v.map(yamlScalar).join(', ')}]`;
    return v.map((x) => `\n${indent}- ${yamlValue(x, indent + '  ', unit, w).replace(/^\n\s*/, '')}`).join('');
  }
  if (v !== null && typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>).map(([k, x]) => `\n${indent}${w.key(k)}: ${yamlValue(x, indent + unit, unit, w)}`).join('');
  }
  return yamlScalar(v);
}

/** The column of a block sequence's dash for item `item` (`    - name: a` -> 4 spaces). */
export function dashIndent(text: string, item: Node): string | undefined {
  const lineStart = text.lastIndexOf('\n', item.offset - 1) + 1;
  const m = /^([ \t]*)-[ \t]+/.exec(text.slice(lineStart, item.offset + 1));
  return m ? m[1] : undefined;
}
