import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, fargateDiagnostics, openFixture, waitFor } from './util';

const FIXTURE = 'cfn/stack.yaml';

describe('CloudFormation templates in a real VS Code', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openFixture(FIXTURE);
  });

  after(async () => {
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('shows a diagnostic on the template, in its own names', async () => {
    const diag = await waitFor('network-mode diagnostic', () => fargateDiagnostics(editor.document.uri).find((d) => codeOf(d) === 'fargate/network-mode'));
    assert.match(diag.message, /NetworkMode/);
    assert.doesNotMatch(diag.message, /"networkMode"/);
    const line = editor.document.lineAt(diag.range.start.line).text;
    assert.match(line, /RequiresCompatibilities|TaskDefinition|Properties/);
  });

  it('hovers a PascalCase property with its explanation', async () => {
    const text = editor.document.getText();
    const pos = editor.document.positionAt(text.indexOf('ReadonlyRootFilesystem') + 3);
    const hovers = await waitFor('hover', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
      return h && h.some((x) => x.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('ReadonlyRootFilesystem'))) ? h : undefined;
    });
    assert.ok(hovers.length > 0);
  });

  it('offers a quick fix that writes YAML in PascalCase, and the diagnostic goes away', async () => {
    const uri = editor.document.uri;
    const diag = await waitFor('network-mode diagnostic', () => fargateDiagnostics(uri).find((d) => codeOf(d) === 'fargate/network-mode'));
    const action = await waitFor('the quick fix', async () => {
      const list = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, diag.range);
      return (list ?? []).find((a): a is vscode.CodeAction => 'title' in a && /NetworkMode/.test(a.title) && !!(a as vscode.CodeAction).edit);
    });
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    await waitFor('network-mode diagnostic to go away', () => !fargateDiagnostics(uri).some((d) => codeOf(d) === 'fargate/network-mode'));
    assert.match(editor.document.getText(), /\n {6}NetworkMode: awsvpc\n/);
  });
});
