import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, fargateDiagnostics, fixtureUri, openFixture, waitFor } from './util';

function markdownOf(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

function positionOf(doc: vscode.TextDocument, needle: string, delta = 1): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `fixture contains ${needle}`);
  return doc.positionAt(i + delta);
}

describe('Hovers, completions and cross-file checks in a real VS Code', () => {
  it('hovers a field with its explanation, concept and docs link (vscode.executeHoverProvider)', async () => {
    const editor = await openFixture('bluegreen/taskdef.json');
    const doc = editor.document;
    const text = await waitFor('a hover on networkMode', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '"networkMode"'));
      const md = markdownOf(hovers ?? []);
      return md.includes('networkMode') ? md : undefined;
    });
    assert.match(text, /awsvpc/);
    assert.match(text, /https:\/\/docs\.aws\.amazon\.com\//);
  });

  it('hovers a cpu value with its vCPU, valid memory and price', async () => {
    const editor = await openFixture('bluegreen/taskdef.json');
    // Polled: run alone, this test may start before the server is up.
    const md = await waitFor('a hover on the cpu value', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '"256"'));
      const text = markdownOf(hovers ?? []);
      return text.includes('vCPU') ? text : undefined;
    });
    assert.match(md, /\.25 vCPU/);
    assert.match(md, /per month/);
  });

  it('completes exactly the memory values valid for the task cpu (vscode.executeCompletionItemProvider)', async () => {
    const editor = await openFixture('bluegreen/taskdef.json');
    const doc = editor.document;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, '"512"', 2));
    const ours = list.items.filter((i) => /^\d+ \(/.test(typeof i.label === 'string' ? i.label : i.label.label));
    const values = ours.map((i) => (typeof i.label === 'string' ? i.label : i.label.label).split(' ')[0]).sort((a, b) => Number(a) - Number(b));
    assert.deepStrictEqual(values, ['512', '1024', '2048']);
  });

  it('completes the keys an AppSpec object still lacks, in YAML, and inserts them with the right indentation', async () => {
    const editor = await openFixture('bluegreen/appspec.yaml');
    const doc = editor.document;
    try {
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      const lastLine = doc.lineAt(doc.lineCount - 1).text;
      // A new line under Properties, at its keys' column.
      assert.ok(await editor.edit((b) => b.insert(end, `${lastLine.trim() === '' ? '' : '\n'}        Plat`)));
      const at = doc.lineAt(doc.lineCount - 1).range.end;
      const list = await waitFor('AppSpec key completions', async () => {
        const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
        return l.items.some((i) => i.label === 'PlatformVersion') ? l : undefined;
      });
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(!labels.includes('LoadBalancerInfo') && !labels.includes('TaskDefinition'), `already present keys offered: ${labels.join(', ')}`);
      const item = list.items.find((i) => i.label === 'NetworkConfiguration');
      assert.ok(item && item.textEdit, 'NetworkConfiguration is offered with an edit');
      assert.strictEqual((item.textEdit as vscode.TextEdit).newText, 'NetworkConfiguration:\n          ');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('checks the appspec against the task definition next to it, and updates when the task definition changes', async () => {
    const appspec = await openFixture('bluegreen/appspec.yaml');
    const mismatch = await waitFor('the container-name finding on the appspec', () =>
      fargateDiagnostics(appspec.document.uri).find((d) => codeOf(d) === 'fargate/appspec-task-container'),
    );
    assert.match(mismatch.message, /storefront/);
    const task = await openFixture('bluegreen/taskdef.json');
    try {
      const edit = new vscode.WorkspaceEdit();
      const text = task.document.getText();
      const at = text.indexOf('"name": "shop"') + '"name": "'.length;
      edit.replace(task.document.uri, new vscode.Range(task.document.positionAt(at), task.document.positionAt(at + 'shop'.length)), 'storefront');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('the appspec finding to clear', () =>
        !fargateDiagnostics(appspec.document.uri).some((d) => codeOf(d) === 'fargate/appspec-task-container'),
      );
    } finally {
      await vscode.window.showTextDocument(task.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('leaves comments in a .json task definition to VS Code\'s JSON support: one error each, not two', async () => {
    const uri = fixtureUri('strict-check/taskdef.json');
    const task = { family: 'c', networkMode: 'bridge', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512', containerDefinitions: [{ name: 'a', image: 'nginx:1.27' }] };
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`// deploy notes\n${JSON.stringify(task, null, 2)}\n`));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      assert.strictEqual(doc.languageId, 'json');
      // The server has checked the file once its network-mode error is in, and said nothing about the comment.
      await waitFor('the network-mode error', () => fargateDiagnostics(uri).some((d) => codeOf(d) === 'fargate/network-mode'));
      const builtIn = await waitFor('VS Code\'s own error on the comment', () =>
        vscode.languages.getDiagnostics(uri).find((d) => d.source !== 'fargate' && d.range.start.line === 0),
      );
      assert.match(builtIn.message, /comment/i);
      assert.deepStrictEqual(fargateDiagnostics(uri).filter((d) => codeOf(d) === 'fargate/strict-json'), []);
      // With VS Code's JSON validation off, the extension restarts its server and reports the comment itself.
      const json = vscode.workspace.getConfiguration('json');
      const settingsFolder = fixtureUri('.vscode');
      const hadSettings = await vscode.workspace.fs.stat(settingsFolder).then(() => true, () => false);
      await json.update('validate.enable', false, vscode.ConfigurationTarget.Workspace);
      try {
        const ours = await waitFor('fargate/strict-json once JSON validation is off', () =>
          fargateDiagnostics(uri).find((d) => codeOf(d) === 'fargate/strict-json'),
        );
        assert.strictEqual(ours.range.start.line, 0);
      } finally {
        await json.update('validate.enable', undefined, vscode.ConfigurationTarget.Workspace);
        // Leave the fixture workspace as it was (the update writes .vscode/settings.json).
        if (!hadSettings) await vscode.workspace.fs.delete(settingsFolder, { recursive: true });
      }
      await waitFor('fargate/strict-json to leave again', () =>
        fargateDiagnostics(uri).some((d) => codeOf(d) === 'fargate/network-mode') && !fargateDiagnostics(uri).some((d) => codeOf(d) === 'fargate/strict-json'),
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(fixtureUri('strict-check'), { recursive: true });
    }
  });

  it('gives the same diagnostics whether a document is opened whole or typed character by character', async () => {
    const text = JSON.stringify(
      { family: 'typed', networkMode: 'bridge', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '4096', containerDefinitions: [{ name: 'a', image: 'nginx' }] },
      null,
      1,
    );
    const whole = await vscode.workspace.openTextDocument({ language: 'json', content: text });
    const expected = await waitFor('diagnostics of the whole document', () => {
      const d = fargateDiagnostics(whole.uri);
      return d.length > 0 ? d : undefined;
    });
    const typedDoc = await vscode.workspace.openTextDocument({ language: 'json', content: '' });
    const editor = await vscode.window.showTextDocument(typedDoc);
    for (const ch of text) {
      const end = editor.document.positionAt(editor.document.getText().length);
      await editor.edit((b) => b.insert(end, ch), { undoStopBefore: false, undoStopAfter: false });
    }
    assert.strictEqual(editor.document.getText(), text);
    const summary = (ds: vscode.Diagnostic[]) => ds.map((d) => `${codeOf(d)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`).sort();
    await waitFor('the typed document to settle on the same diagnostics', () =>
      JSON.stringify(summary(fargateDiagnostics(typedDoc.uri))) === JSON.stringify(summary(expected)),
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
