/**
 * Applies LSP TextEdits to a string the way an editor does: all ranges refer to the original text and must
 * not overlap. Used by the quick fix tests.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const doc = TextDocument.create('file:///apply.json', 'json', 1, text);
  const spans = edits
    .map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) throw new Error(`overlapping edits: ${JSON.stringify(spans[i - 1])} and ${JSON.stringify(spans[i])}`);
  }
  let out = text;
  for (const s of [...spans].reverse()) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}

/** The edits of a code action for one document (WorkspaceEdit.changes). */
export function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edits = action.edit?.changes?.[uri];
  if (!edits) throw new Error(`action '${action.title}' has no edits for ${uri}`);
  return edits;
}
