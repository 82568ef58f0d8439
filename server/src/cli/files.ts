/**
 * Which files fargate-lint reads and how it turns them into documents. (The same-folder documents for the
 * cross-file rules come from server/src/siblings.ts, shared with the language server.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { UsageError } from './args';

export const SKIP_DIRS = new Set(['node_modules', '.git']);
/** JSON, YAML, and CloudFormation's own extensions (`*.template`, `*.cfn`, YAML or JSON by content). */
export const CANDIDATE = /\.(jsonc?|ya?ml|template|cfn)$/i;

/** Files to check: named files as given (whatever their extension), folders recursively (candidates only). */
export function collectFiles(inputs: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      throw new UsageError(`cannot read folder ${path.relative(cwd, dir) || dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}.`);
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(child);
      } else if (CANDIDATE.test(e.name) && (e.isFile() || isFileLink(child))) add(child);
    }
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `no such file or folder: ${input}` : `cannot read ${input}: ${code ?? String(err)}.`);
    }
    if (st.isDirectory()) walk(abs);
    else add(abs);
  }
  return out;
}

function isFileLink(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** YAML by extension (`appspec.yaml`), JSON otherwise: the same language ids an editor would send. */
export function languageIdOf(file: string, text?: string): 'yaml' | 'json' {
  if (/\.(template|cfn)$/i.test(file) && text !== undefined) return /^\s*[{[]/.test(text.slice(0, 4096)) ? 'json' : 'yaml';
  return /\.ya?ml$/i.test(file) ? 'yaml' : 'json';
}

export function textDocumentFor(file: string, text: string): TextDocument {
  return TextDocument.create(pathToFileURL(file).href, languageIdOf(file, text), 1, text);
}
