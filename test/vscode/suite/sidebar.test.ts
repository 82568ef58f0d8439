import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FargateExtensionApi } from '../../../client/src/extension';
import type { ConceptNode } from '../../../client/src/conceptsView';
import type { DocumentNode } from '../../../client/src/documentView';
import { CONCEPTS, CONCEPT_CATEGORIES } from '../../../server/src/knowledge/concepts';
import { api, openFixture, waitFor } from './util';

function conceptIdsOf(nodes: ConceptNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'category' ? n.concepts.map((c) => c.id) : [n.concept.id]));
}

function webviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
}

describe('Fargate sidebar', () => {
  let a: FargateExtensionApi;
  before(async () => {
    await openFixture('concepts-taskdef.json');
    a = await api();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('fargate.clearConceptFilter');
  });

  it('registers both views in the Fargate view container', async () => {
    assert.ok(a.conceptsView && a.documentView);
    assert.strictEqual(await vscode.commands.executeCommand('fargate.openSidebar'), true);
    await waitFor('concepts view visible', () => a.conceptsView.visible);
  });

  it('the concepts view lists every concept once, grouped by category in catalog order', () => {
    const top = a.conceptsTree.getChildren();
    const categories = top.map((n) => (n.kind === 'category' ? n.category : ''));
    assert.deepStrictEqual(categories, CONCEPT_CATEGORIES.filter((c) => CONCEPTS.some((x) => x.category === c)));
    const ids = top.flatMap((n) => conceptIdsOf(a.conceptsTree.getChildren(n)));
    assert.deepStrictEqual([...ids].sort(), CONCEPTS.map((c) => c.id).sort());
    const item = a.conceptsTree.getTreeItem(a.conceptsTree.getChildren(top[0])[0]);
    assert.strictEqual(item.command?.command, 'fargate.showConcept');
  });

  it('filters concepts and clears the filter', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('fargate.filterConcepts', 'secrets'), 'secrets');
    const filtered = conceptIdsOf(a.conceptsTree.getChildren().flatMap((n) => a.conceptsTree.getChildren(n)));
    assert.ok(filtered.includes('secrets-injection'), filtered.join(', '));
    assert.ok(filtered.length < CONCEPTS.length);
    await vscode.commands.executeCommand('fargate.filterConcepts', 'no-concept-mentions-this-zzz');
    assert.deepStrictEqual(a.conceptsTree.getChildren(), [], 'empty tree shows the welcome message');
    await vscode.commands.executeCommand('fargate.clearConceptFilter');
    assert.strictEqual(a.conceptsTree.visibleConcepts().length, CONCEPTS.length);
  });

  it('selecting a concept opens its explanation panel', async () => {
    const category = a.conceptsTree.getChildren().find((n) => n.kind === 'category' && n.category === 'Networking')!;
    const node = a.conceptsTree.getChildren(category).find((n) => n.kind === 'concept' && n.concept.id === 'awsvpc-eni')!;
    const cmd = a.conceptsTree.getTreeItem(node).command!;
    assert.strictEqual(await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? [])), 'awsvpc-eni');
    assert.strictEqual(a.conceptPanel.conceptId, 'awsvpc-eni');
    assert.ok(a.conceptPanel.html?.includes('Content-Security-Policy'));
    assert.ok(a.conceptPanel.html?.includes('Think of it like this'));
    await waitFor('webview tab', () => webviewTabs().some((t) => t.label.includes('awsvpc') || t.label.includes('network interface') || t.label.startsWith('Fargate:')));
    // Another concept reuses the same panel.
    await vscode.commands.executeCommand('fargate.showConcept', 'secrets-injection');
    assert.strictEqual(a.conceptPanel.conceptId, 'secrets-injection');
    assert.strictEqual(webviewTabs().filter((t) => t.label.startsWith('Fargate:')).length, 1);
  });

  describe('This Task Definition view', () => {
    async function rootsFor(fixture: string, predicate: (roots: DocumentNode[]) => boolean): Promise<DocumentNode[]> {
      const editor = await openFixture(fixture);
      return waitFor(`document concepts of ${fixture}`, () => {
        if (a.documentTree.uri !== editor.document.uri.toString()) return undefined;
        const roots = a.documentTree.getChildren();
        return predicate(roots) ? roots : undefined;
      });
    }

    it('shows the concepts the open task definition touches, with fields', async () => {
      const roots = await rootsFor('concepts-taskdef.json', (r) => r.length > 0);
      const ids = roots.map((n) => (n.kind === 'concept' ? n.concept.id : ''));
      for (const id of ['awsvpc-eni', 'task-and-execution-roles', 'secrets-injection', 'cloudwatch-logs-metrics', 'health-checks-replacement']) {
        assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
      }
      const secrets = roots.find((n) => n.kind === 'concept' && n.concept.id === 'secrets-injection')!;
      const children = a.documentTree.getChildren(secrets);
      const field = children.find((c) => c.kind === 'field' && c.field.path === 'containerDefinitions[0].secrets');
      assert.ok(field, JSON.stringify(children.map((c) => (c.kind === 'field' ? c.field.path : c.kind))));
      const item = a.documentTree.getTreeItem(field);
      assert.strictEqual(item.command?.command, 'fargate.revealRange');
      assert.strictEqual(await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? [])), true);
      const editor = vscode.window.activeTextEditor!;
      assert.ok(editor.document.getText(editor.selection).startsWith('"secrets"'), editor.document.getText(editor.selection));
    });

    it('groups findings by concept and reveals them', async () => {
      const roots = await rootsFor('concepts-bad-size.json', (r) => r.some((n) => n.kind === 'concept' && n.data.findings.length > 0));
      const withFinding = roots.find((n) => n.kind === 'concept' && n.data.findings.some((f) => f.ruleId === 'fargate/task-size'));
      assert.ok(withFinding && withFinding.kind === 'concept');
      const item = a.documentTree.getTreeItem(withFinding);
      assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'error');
      const finding = a.documentTree.getChildren(withFinding).find((c) => c.kind === 'finding')!;
      const fi = a.documentTree.getTreeItem(finding);
      await vscode.commands.executeCommand(fi.command!.command, ...(fi.command!.arguments ?? []));
      const editor = vscode.window.activeTextEditor!;
      assert.ok(editor.document.uri.path.endsWith('concepts-bad-size.json'));
      assert.ok(!editor.selection.isEmpty);
      assert.ok(a.documentView.badge && a.documentView.badge.value >= 1);
    });

    it('refreshes when the document changes', async () => {
      const editor = await openFixture('concepts-taskdef.json');
      await rootsFor('concepts-taskdef.json', (r) => r.length > 0);
      const text = editor.document.getText();
      const at = editor.document.positionAt(text.indexOf('"containerDefinitions"'));
      try {
        await editor.edit((e) => e.insert(at, '"volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED" } }],\n  '));
        await waitFor('EFS concept after the edit', () => a.documentTree.getChildren().some((n) => n.kind === 'concept' && n.concept.id === 'efs-shared-storage'));
      } finally {
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      await waitFor('EFS concept gone after revert', () => !a.documentTree.getChildren().some((n) => n.kind === 'concept' && n.concept.id === 'efs-shared-storage'));
    });

    it('is empty (welcome message) for JSON that is not an ECS file', async () => {
      const editor = await openFixture('not-a-taskdef.json');
      await waitFor('empty document view', () => a.documentTree.uri === editor.document.uri.toString() && a.documentTree.getChildren().length === 0);
    });
  });
});
