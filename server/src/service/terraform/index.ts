/**
 * The Terraform front end (issue 16), one import for the service:
 * - parser.ts: web-tree-sitter + the Terraform grammar, loaded on first need; sync and incremental parses.
 * - frontEnd.ts: a `.tf` document -> task definition / service Definitions, references, container-definition files.
 * - containerDefinitions.ts: the container-definitions Definition of a JSON or template file, with the task's context.
 * - writer.ts: set / remove / insert at an API path, written as HCL (or JSON inside heredocs).
 */
import { readTerraform, type TerraformDocument } from './frontEnd';
import type { TerraformParser, TextChange, Tree } from './parser';

export { changeBetween, loadTerraformParser, terraformParserIfLoaded, TerraformParser, wasmPaths, type TextChange, type Tree } from './parser';
export { readTerraform } from './frontEnd';
export type { ContainerDefinitionsFile, ContainerDefinitionsForm, Origin, TemplateFileData, TemplateVariable, TerraformDefinition, TerraformDocument, TerraformReference } from './frontEnd';
export { containerDefinitionsDefinition, knownTemplateVariables, looksLikeContainerDefinitions, taskContextOf, TEMPLATE_FILE, type ContainerDefinitionsFileDefinition, type ContainerDefinitionsFileOptions, type TaskContext } from './containerDefinitions';
export { applyEdits, hclEdits, hclValue, type EditOperation, type TextEdit } from './writer';

/** A parsed `.tf` text: the tree (keep it for the next incremental parse) and what it holds. */
export interface ParsedTerraform {
  text: string;
  tree: Tree;
  document: TerraformDocument;
}

/**
 * Parses a `.tf` text with a loaded parser. With `previous` (the last result for this document) and the changes
 * that turned its text into `text`, tree-sitter re-parses incrementally and the resources whose text did not change
 * are reused (moved to their new offsets) instead of mapped again; `previous` (its tree and document) is consumed.
 */
export function parseTerraform(parser: TerraformParser, text: string, previous?: { parsed: ParsedTerraform; changes: readonly TextChange[] }): ParsedTerraform {
  let tree: Tree;
  if (previous) {
    const r = parser.reparse(previous.parsed.tree, previous.parsed.text, previous.changes);
    previous.parsed.tree.delete();
    if (r.text !== text) {
      // The changes do not lead to this text: parse it afresh.
      r.tree.delete();
      tree = parser.parse(text);
    } else {
      tree = r.tree;
    }
  } else {
    tree = parser.parse(text);
  }
  return { text, tree, document: readTerraform(text, tree, previous?.parsed.document) };
}
export { locate, terraformName, type Located } from './paths';
