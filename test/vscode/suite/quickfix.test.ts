import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, fargateDiagnostics, openFixture, waitFor } from './util';

const FIXTURE = 'quickfix-taskdef.json';

function byCode(uri: vscode.Uri, code: string): vscode.Diagnostic | undefined {
  return fargateDiagnostics(uri).find((d) => codeOf(d) === code);
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const result = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range);
  return (result ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

describe('Quick fixes in a real VS Code', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openFixture(FIXTURE);
    await waitFor('network-mode diagnostic', () => byCode(editor.document.uri, 'fargate/network-mode'));
  });

  after(async () => {
    // Leave the fixture as it is on disk for other runs.
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('offers "Set networkMode to awsvpc" and the diagnostic disappears once it is applied', async () => {
    const uri = editor.document.uri;
    const diag = byCode(uri, 'fargate/network-mode')!;
    const actions = await waitFor('code actions for network-mode', async () => {
      const list = await quickFixes(uri, diag.range);
      return list.some((a) => a.title === 'Set networkMode to "awsvpc"') ? list : undefined;
    });
    const action = actions.find((a) => a.title === 'Set networkMode to "awsvpc"')!;
    assert.strictEqual(action.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.strictEqual(action.isPreferred, true);
    assert.ok(action.edit, 'the action carries its edit');
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    await waitFor('network-mode diagnostic to go away', () => !byCode(uri, 'fargate/network-mode'));
    assert.match(editor.document.getText(), /\n {2}"networkMode": "awsvpc",\n/);
    // The other problems are still reported: only this one was fixed.
    assert.ok(byCode(uri, 'fargate/host-port'));
  });

  it('moves a plaintext secret into secrets without writing its value', async () => {
    const uri = editor.document.uri;
    const diag = await waitFor('plaintext-secret diagnostic', () => byCode(uri, 'fargate/plaintext-secret'));
    const actions = await quickFixes(uri, diag.range);
    const move = actions.find((a) => a.title.startsWith("Move 'SESSION_SECRET' to secrets"));
    assert.ok(move?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(move.edit));
    await waitFor('plaintext-secret diagnostic to go away', () => !byCode(uri, 'fargate/plaintext-secret'));
    const text = editor.document.getText();
    assert.ok(!text.includes('not-a-real-secret-42'), 'the value is gone from the document');
    const parsed = JSON.parse(text);
    assert.deepStrictEqual(parsed.containerDefinitions[0].secrets, [
      { name: 'SESSION_SECRET', valueFrom: 'arn:aws:secretsmanager:us-west-2:123456789012:secret:<SECRET_NAME>' },
    ]);
  });

  it('removes a hostPort that differs from the containerPort', async () => {
    const uri = editor.document.uri;
    const diag = await waitFor('host-port diagnostic', () => byCode(uri, 'fargate/host-port'));
    const actions = await quickFixes(uri, diag.range);
    const remove = actions.find((a) => a.title.startsWith('Remove hostPort'));
    assert.ok(remove?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(remove.edit));
    await waitFor('host-port diagnostic to go away', () => !byCode(uri, 'fargate/host-port'));
    assert.match(editor.document.getText(), /"portMappings": \[\{ "containerPort": 3000 \}\]/);
  });
});
