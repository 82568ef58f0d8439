import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FargateExtensionApi } from '../../../client/src/extension';
import type { CostEstimateResult, DocumentConceptsResult } from '../../../server/src/common/protocol';
import { MARKER, SNIPPET_CONTEXTS, loadSnippets, wrapperTemplate } from '../../helpers/snippets';
import { EXTENSION_ID, api, openFixture, serverFindings, waitFor } from './util';

function errorsOf(r: DocumentConceptsResult): string[] {
  return r.concepts.flatMap((c) => c.findings).filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`);
}

function errorDiagnostics(doc: vscode.TextDocument): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'fargate' && d.severity === vscode.DiagnosticSeverity.Error);
}

let untitledCounter = 0;

/**
 * A new untitled document with a name of its own. (`openTextDocument({ content })` may hand back a just-closed
 * untitled name whose old text the workbench still holds, which made snippet tests insert into stale text.)
 */
async function newUntitled(language: string, content: string): Promise<vscode.TextEditor> {
  const name = `fargate-snippet-test-${process.pid}-${++untitledCounter}.${language === 'yaml' ? 'yaml' : 'json'}`;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: `/${name}` }));
  const typed = doc.languageId === language ? doc : await vscode.languages.setTextDocumentLanguage(doc, language);
  const editor = await vscode.window.showTextDocument(typed);
  await editor.edit((e) => e.insert(new vscode.Position(0, 0), content));
  await waitFor('the template in the extension host', () => typed.getText() === content);
  return editor;
}

/** Closes an untitled document without saving, and waits until the extension host has let go of it too. */
async function closeWithoutSaving(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await waitFor(`${doc.uri.toString()} closed`, () => doc.isClosed);
}

describe('Fargate commands', () => {
  let a: FargateExtensionApi;
  before(async () => {
    await openFixture('concepts-taskdef.json');
    a = await api();
  });

  it('contributes every command in the Fargate category', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['fargate.newTaskDefinition', 'fargate.showCpuMemoryTable', 'fargate.explainConceptAtCursor', 'fargate.estimateCost', 'fargate.openSidebar', 'fargate.filterConcepts', 'fargate.clearConceptFilter', 'fargate.showConcept', 'fargate.revealRange']) {
      assert.ok(all.includes(id), id);
    }
  });

  it('fargate.newTaskDefinition opens an untitled task definition with no errors', async () => {
    const uri = await vscode.commands.executeCommand<string>('fargate.newTaskDefinition');
    assert.ok(uri);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), uri);
    assert.strictEqual(editor.document.uri.scheme, 'untitled');
    assert.strictEqual(editor.document.languageId, 'json');
    const parsed = JSON.parse(editor.document.getText());
    assert.deepStrictEqual(parsed.requiresCompatibilities, ['FARGATE']);
    const r = await serverFindings(a, editor.document);
    assert.strictEqual(r.kind, 'taskDefinition');
    assert.deepStrictEqual(errorsOf(r), []);
    assert.deepStrictEqual(errorDiagnostics(editor.document), []);
    await closeWithoutSaving(editor.document);
  });

  it('fargate.newDocumentFromSnippet takes the language of a prefix that JSON and YAML share (the walkthrough opens the YAML AppSpec)', async () => {
    const yamlUri = await vscode.commands.executeCommand<string>('fargate.newDocumentFromSnippet', 'fargate-appspec', 'yaml');
    assert.ok(yamlUri);
    const yaml = vscode.window.activeTextEditor!.document;
    assert.strictEqual(yaml.uri.toString(), yamlUri);
    assert.strictEqual(yaml.languageId, 'yaml');
    assert.match(yaml.getText(), /^version: 0\.0$/m);
    const yr = await serverFindings(a, yaml);
    assert.strictEqual(yr.kind, 'appspec');
    await closeWithoutSaving(yaml);

    const jsonUri = await vscode.commands.executeCommand<string>('fargate.newDocumentFromSnippet', 'fargate-appspec');
    const json = vscode.window.activeTextEditor!.document;
    assert.strictEqual(json.uri.toString(), jsonUri);
    assert.strictEqual(json.languageId, 'json');
    assert.strictEqual(typeof JSON.parse(json.getText()), 'object');
    await closeWithoutSaving(json);

    // The walkthrough's link passes exactly these arguments.
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { walkthroughs: { steps: { id: string; description: string }[] }[] } };
    const step = pkg.contributes.walkthroughs[0].steps.find((s) => s.id === 'blueGreen')!;
    const link = /\(command:fargate\.newDocumentFromSnippet\?([^)]+)\)/.exec(step.description);
    assert.ok(link, step.description);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(link[1])), ['fargate-appspec', 'yaml']);
  });

  it('fargate.showCpuMemoryTable opens the size table', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('fargate.showCpuMemoryTable'), true);
    assert.ok(a.sizesPanel.visible);
  });

  it('fargate.explainConceptAtCursor explains the field under the cursor', async () => {
    const editor = await openFixture('concepts-taskdef.json');
    const offset = editor.document.getText().indexOf('"awsvpc"') + 3;
    const pos = editor.document.positionAt(offset);
    editor.selection = new vscode.Selection(pos, pos);
    // Polled: run alone, this test may start before the server has the document.
    const ids = await waitFor('concepts at the cursor', async () => {
      const r = await vscode.commands.executeCommand<string[]>('fargate.explainConceptAtCursor');
      return r && r.length > 0 ? r : undefined;
    });
    assert.strictEqual(ids[0], 'awsvpc-eni');
    assert.strictEqual(a.conceptPanel.conceptId, 'awsvpc-eni');
  });

  it('fargate.estimateCost prices the open task definition', async () => {
    await openFixture('concepts-taskdef.json');
    const r = await vscode.commands.executeCommand<CostEstimateResult>('fargate.estimateCost');
    assert.ok(r && r.perHour !== undefined && r.perMonth !== undefined, JSON.stringify(r));
    assert.strictEqual(r.cpuUnits, 512);
    assert.strictEqual(r.memoryMiB, 1024);
    assert.ok(Math.abs(r.perHour - (0.5 * 0.04048 + 1 * 0.004445)) < 1e-9);
    assert.ok(r.scaling?.some((s) => s.tasks === 3 && Math.abs(s.perMonth - 3 * r.perMonth!) < 1e-9));
  });

  it('fargate.estimateCost explains why a non-task file has no cost', async () => {
    await openFixture('not-a-taskdef.json');
    const r = await vscode.commands.executeCommand<CostEstimateResult | undefined>('fargate.estimateCost');
    assert.ok(r?.unavailable, JSON.stringify(r));
  });

  it('fargate.openSidebar focuses the Fargate views', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('fargate.openSidebar'), true);
    await waitFor('concepts view visible', () => a.conceptsView.visible);
  });

  describe('snippets in a real editor', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const snippets = ext ? loadSnippets(ext.extensionPath) : [];

    it('loads the contributed snippets', () => {
      assert.ok(snippets.length >= 15, `${snippets.length}`);
    });

    for (const s of snippets) {
      it(`${s.prefix} (${s.language}) inserts into a new document without error diagnostics`, async () => {
        const context = SNIPPET_CONTEXTS[s.prefix];
        assert.ok(context, `${s.prefix} has a context`);
        const template = wrapperTemplate(context);
        const at = template.indexOf(MARKER);
        const editor = await newUntitled(s.language, template.replace(MARKER, ''));
        const doc = editor.document;
        try {
          assert.ok(await editor.insertSnippet(new vscode.SnippetString(s.body), doc.positionAt(at)), 'snippet inserted');
          await waitFor('the inserted text in the extension host', () => doc.getText().length > template.length - MARKER.length);
          if (s.language === 'json') assert.doesNotThrow(() => JSON.parse(doc.getText()), doc.getText());
          const r = await serverFindings(a, doc);
          assert.deepStrictEqual(errorsOf(r), [], doc.getText());
          assert.strictEqual(r.syntaxErrors, false, doc.getText());
          // Diagnostics follow the server's answer after the validation delay; the template alone may have had errors.
          await waitFor('no error diagnostics', () => errorDiagnostics(doc).length === 0, 10000).catch(() => undefined);
          assert.deepStrictEqual(errorDiagnostics(doc).map((d) => d.message), []);
        } finally {
          await closeWithoutSaving(doc);
        }
      });
    }
  });
});
