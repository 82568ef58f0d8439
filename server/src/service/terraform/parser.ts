/**
 * The HCL parser: web-tree-sitter with the Terraform grammar of @tree-sitter-grammars/tree-sitter-hcl.
 *
 * Nothing here runs until a Terraform file needs it: {@link loadTerraformParser} reads the runtime and the grammar
 * (two .wasm files, ~300 KB) once, asynchronously, and every later parse is synchronous. The bundles ship the
 * runtime as dist/web-tree-sitter.js (loaded by `require` below, which esbuild.mjs keeps out of server.js/cli.js)
 * with both .wasm files beside it; tests and `tsc` output find them in node_modules.
 *
 * tree-sitter's web binding measures offsets and columns in UTF-16 code units, like JavaScript strings, LSP
 * positions and jsonc-parser: node.startIndex is directly a document offset.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Edit as TsEdit, Language, Parser as TsParser, Point, Tree } from 'web-tree-sitter';

export type { Tree, Point };
export type { Node as SyntaxNode } from 'web-tree-sitter';

type TreeSitterModule = typeof import('web-tree-sitter');

export const RUNTIME_WASM = 'web-tree-sitter.wasm';
export const GRAMMAR_WASM = 'tree-sitter-terraform.wasm';

/** One replacement in a document: `deleteLength` characters at `offset` become `insertText` (offsets before the change). */
export interface TextChange {
  offset: number;
  deleteLength: number;
  insertText: string;
}

/** Where the two .wasm files are: beside the running bundle (dist/), else in node_modules. */
export function wasmPaths(): { runtime: string; grammar: string } {
  const here = { runtime: path.join(__dirname, RUNTIME_WASM), grammar: path.join(__dirname, GRAMMAR_WASM) };
  if (fs.existsSync(here.runtime) && fs.existsSync(here.grammar)) return here;
  const grammarPackage = path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json'));
  return { runtime: require.resolve('web-tree-sitter/web-tree-sitter.wasm'), grammar: path.join(grammarPackage, GRAMMAR_WASM) };
}

/** A loaded parser: parses synchronously, fresh or incrementally. */
export class TerraformParser {
  private readonly parser: TsParser;

  constructor(
    private readonly ts: TreeSitterModule,
    readonly language: Language,
  ) {
    this.parser = new ts.Parser();
    this.parser.setLanguage(language);
  }

  /** A fresh parse. */
  parse(text: string): Tree {
    const tree = this.parser.parse(text);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return tree;
  }

  /**
   * Re-parses after edits: `oldText` is the text `oldTree` was parsed from, `changes` apply one after another (each
   * offset is in the text as left by the changes before it). `oldTree` is edited in place and should not be used
   * afterwards except as the previous tree of this call. Returns the new tree and the new text.
   */
  reparse(oldTree: Tree, oldText: string, changes: readonly TextChange[]): { tree: Tree; text: string } {
    let text = oldText;
    for (const c of changes) {
      const edit = editFor(text, c);
      oldTree.edit(new this.ts.Edit(edit));
      text = text.slice(0, c.offset) + c.insertText + text.slice(c.offset + c.deleteLength);
    }
    const tree = this.parser.parse(text, oldTree);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return { tree, text };
  }
}

/** The point (row, UTF-16 column) of an offset. */
export function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/** The point reached by writing `inserted` at `start`. */
function advance(start: Point, inserted: string): Point {
  const lastNl = inserted.lastIndexOf('\n');
  if (lastNl === -1) return { row: start.row, column: start.column + inserted.length };
  let rows = 0;
  for (let i = inserted.indexOf('\n'); i !== -1; i = inserted.indexOf('\n', i + 1)) rows++;
  return { row: start.row + rows, column: inserted.length - lastNl - 1 };
}

function editFor(text: string, c: TextChange): ConstructorParameters<typeof TsEdit>[0] {
  const startPosition = pointAt(text, c.offset);
  const oldEndPosition = advance(startPosition, text.slice(c.offset, c.offset + c.deleteLength));
  return {
    startIndex: c.offset,
    oldEndIndex: c.offset + c.deleteLength,
    newEndIndex: c.offset + c.insertText.length,
    startPosition,
    oldEndPosition,
    newEndPosition: advance(startPosition, c.insertText),
  };
}

let loading: Promise<TerraformParser> | undefined;
let loaded: TerraformParser | undefined;

/** Loads web-tree-sitter and the Terraform grammar on first call; every call returns the same parser. */
export function loadTerraformParser(): Promise<TerraformParser> {
  loading ??= (async () => {
    const files = wasmPaths();
    // Required here, not imported at the top: JSON and YAML users never load the runtime.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ts = require('web-tree-sitter') as TreeSitterModule;
    await ts.Parser.init({ wasmBinary: fs.readFileSync(files.runtime) } as Parameters<typeof ts.Parser.init>[0]);
    const language = await ts.Language.load(new Uint8Array(fs.readFileSync(files.grammar)));
    loaded = new TerraformParser(ts, language);
    return loaded;
  })();
  loading.catch(() => {
    loading = undefined; // a failed load (missing file) may be retried
  });
  return loading;
}

/** The parser when {@link loadTerraformParser} has finished, for synchronous callers; undefined before. */
export function terraformParserIfLoaded(): TerraformParser | undefined {
  return loaded;
}

/**
 * The one change that turns `oldText` into `newText` (common prefix and suffix kept): for callers that see whole
 * texts (the language service after the LSP document manager applied the edits), so the re-parse can still be
 * incremental. Never splits a UTF-16 surrogate pair.
 */
export function changeBetween(oldText: string, newText: string): TextChange {
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && oldText.charCodeAt(oldText.length - 1 - end) === newText.charCodeAt(newText.length - 1 - end)) end++;
  const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
  if (start > 0 && start < max && isLow(oldText.charCodeAt(start))) start--;
  if (end > 0 && isLow(oldText.charCodeAt(oldText.length - end))) {
    // The suffix starts in the middle of a pair: take the pair into the change.
    end = Math.max(0, end - 1);
  }
  return { offset: start, deleteLength: oldText.length - end - start, insertText: newText.slice(start, newText.length - end) };
}
