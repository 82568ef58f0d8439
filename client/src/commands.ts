/**
 * The sidebar views and the "Fargate" commands. Registered before the language server starts, so the concept
 * catalog works even if the server cannot start; commands that need the server wait until it has started, and
 * say so when it is not running.
 * Each command returns what it did (tests in a real VS Code read that instead of parsing notifications).
 */
import * as vscode from 'vscode';
import type { Concept } from '../../server/src/knowledge/concepts';
import { concepts } from './catalog';
import { EPHEMERAL_INCLUDED_GB, formatUsd } from '../../server/src/knowledge/prices';
import type { CostEstimateResult } from '../../server/src/common/protocol';
import type { FargateServer } from './languageClient';
import { CONCEPTS_VIEW_ID, ConceptsTreeProvider, FILTER_CONTEXT_KEY, type ConceptNode } from './conceptsView';
import { DOCUMENT_VIEW_ID, DocumentConceptsProvider, type DocumentNode } from './documentView';
import { ConceptPanel, SizesPanel } from './webviews';

export interface FargateUi {
  readonly conceptsTree: ConceptsTreeProvider;
  readonly documentTree: DocumentConceptsProvider;
  readonly conceptsView: vscode.TreeView<ConceptNode>;
  readonly documentView: vscode.TreeView<DocumentNode>;
  readonly conceptPanel: ConceptPanel;
  readonly sizesPanel: SizesPanel;
}

interface SnippetFile {
  [name: string]: { prefix: string | string[]; body: string | string[]; description?: string };
}

/** The snippet files of package.json's contributes.snippets and the languages they serve (the first one for new documents). */
const SNIPPET_FILES: readonly { path: string; languages: readonly string[] }[] = [
  { path: 'snippets/fargate.code-snippets', languages: ['json', 'jsonc'] },
  { path: 'snippets/fargate-yaml.code-snippets', languages: ['yaml'] },
];

/**
 * A contributed snippet by prefix, read from the extension's own snippet files (one source of truth). Prefixes
 * repeat across languages (`fargate-appspec` is JSON and YAML): `language` picks one; without it, JSON comes first.
 */
async function loadSnippet(context: vscode.ExtensionContext, prefix: string, language?: string): Promise<{ body: string; language: string } | undefined> {
  for (const f of SNIPPET_FILES) {
    if (language !== undefined && !f.languages.includes(language)) continue;
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...f.path.split('/')));
    const file = JSON.parse(new TextDecoder().decode(bytes)) as SnippetFile;
    for (const s of Object.values(file)) {
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      if (prefixes.includes(prefix)) return { body: Array.isArray(s.body) ? s.body.join('\n') : s.body, language: language ?? f.languages[0] };
    }
  }
  return undefined;
}

async function newDocumentFromSnippet(context: vscode.ExtensionContext, prefix: string, language?: string): Promise<vscode.Uri | undefined> {
  const snippet = await loadSnippet(context, prefix, language);
  if (!snippet) {
    void vscode.window.showErrorMessage(`Fargate: there is no snippet named ${prefix}${language !== undefined ? ` for ${language}` : ''}.`);
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: snippet.language, content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(snippet.body), new vscode.Position(0, 0));
  return doc.uri;
}

function toUri(u: unknown): vscode.Uri | undefined {
  if (u instanceof vscode.Uri) return u;
  if (typeof u === 'string') return vscode.Uri.parse(u);
  return undefined;
}

function toRange(r: unknown): vscode.Range | undefined {
  if (r instanceof vscode.Range) return r;
  const x = r as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | undefined;
  const nums = [x?.start?.line, x?.start?.character, x?.end?.line, x?.end?.character];
  if (!nums.every((n) => typeof n === 'number' && n >= 0)) return undefined;
  const [sl, sc, el, ec] = nums as number[];
  return new vscode.Range(sl, sc, el, ec);
}

/** The concept id from a command argument: an id, a tree node, or nothing. */
function conceptArg(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object') {
    const node = arg as { kind?: string; concept?: { id?: unknown } };
    if ((node.kind === 'concept') && typeof node.concept?.id === 'string') return node.concept.id;
  }
  return undefined;
}

/** The one-line cost summary shown by fargate.estimateCost. */
export function costMessage(r: CostEstimateResult): string {
  if (r.unavailable || r.perHour === undefined || r.perMonth === undefined) return `Fargate cost: ${r.unavailable ?? 'no estimate available.'}`;
  const who = r.family ? `${r.family}: ` : '';
  const scale = (r.scaling ?? []).filter((s) => s.tasks > 1).map((s) => `${s.tasks} tasks ${formatUsd(s.perMonth)}`).join(', ');
  const storage = r.ephemeralGb !== undefined && r.ephemeralGb > EPHEMERAL_INCLUDED_GB ? `, ${r.ephemeralGb} GB ephemeral storage` : '';
  return `${who}${r.vcpu} vCPU, ${r.memoryGb} GB${storage} on ${r.platform} ≈ ${formatUsd(r.perHour)} per hour, ${formatUsd(r.perMonth)} per month per task. ` +
    `With desiredCount: ${scale} per month. (${r.region} on-demand prices as of ${r.pricesAsOf}; an estimate, not a quote.)`;
}

/**
 * Registers the views and commands. `serverReady` resolves to the language client and the server's requests once
 * the client's start has finished (undefined if it could not start).
 */
export function registerUi(context: vscode.ExtensionContext, serverReady: () => Promise<FargateServer | undefined>): FargateUi {
  const conceptsTree = new ConceptsTreeProvider();
  const documentTree = new DocumentConceptsProvider(serverReady);
  const conceptsView = vscode.window.createTreeView(CONCEPTS_VIEW_ID, { treeDataProvider: conceptsTree, showCollapseAll: true });
  const documentView = vscode.window.createTreeView(DOCUMENT_VIEW_ID, { treeDataProvider: documentTree, showCollapseAll: true });
  documentTree.view = documentView;
  const conceptPanel = new ConceptPanel();
  const sizesPanel = new SizesPanel();
  void vscode.commands.executeCommand('setContext', FILTER_CONTEXT_KEY, false);

  async function runningServer(): Promise<FargateServer | undefined> {
    const s = await serverReady();
    if (s && s.client.isRunning()) return s;
    void vscode.window.showWarningMessage('Fargate: the language server is not running, so this command is not available right now.');
    return undefined;
  }

  function showConcept(concept: Concept, related: readonly string[] = []): string {
    conceptPanel.show(concept, related);
    const node = conceptsTree.nodeFor(concept.id);
    if (node && conceptsView.visible) void Promise.resolve(conceptsView.reveal(node, { select: true, focus: false })).catch(() => undefined);
    return concept.id;
  }

  const register = (id: string, fn: (...args: unknown[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  };

  register('fargate.showConcept', async (arg?: unknown) => {
    let id = conceptArg(arg);
    if (!id) {
      const pick = await vscode.window.showQuickPick(
        concepts().CONCEPTS.map((c) => ({ label: c.title, description: c.category, detail: c.summary, id: c.id })),
        { title: 'Fargate concepts', placeHolder: 'Pick a concept to read about', matchOnDescription: true, matchOnDetail: true },
      );
      id = pick?.id;
    }
    const concept = id ? concepts().conceptById(id) : undefined;
    if (!concept) {
      if (id) void vscode.window.showWarningMessage(`Fargate: unknown concept ${id}.`);
      return undefined;
    }
    return showConcept(concept);
  });

  register('fargate.filterConcepts', async (arg?: unknown) => {
    const text =
      typeof arg === 'string'
        ? arg
        : await vscode.window.showInputBox({
            title: 'Filter Fargate concepts',
            prompt: 'Words to look for in titles, explanations and field names (e.g. "secrets", "awsvpc", "blue green")',
            value: conceptsTree.filter,
          });
    if (text === undefined) return conceptsTree.filter;
    conceptsTree.setFilter(text);
    conceptsView.message = conceptsTree.filter ? `Filtered by "${conceptsTree.filter}": ${conceptsTree.visibleConcepts().length} of ${concepts().CONCEPTS.length} concepts` : undefined;
    return conceptsTree.filter;
  });

  register('fargate.clearConceptFilter', () => {
    conceptsTree.setFilter('');
    conceptsView.message = undefined;
    return '';
  });

  register('fargate.refreshDocumentConcepts', () => documentTree.refresh());

  register('fargate.revealRange', async (uriArg?: unknown, rangeArg?: unknown) => {
    const uri = toUri(uriArg);
    const range = toRange(rangeArg);
    if (!uri || !range) return false;
    const editor = await vscode.window.showTextDocument(uri, { selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  });

  register('fargate.newTaskDefinition', async () => (await newDocumentFromSnippet(context, 'fargate-task-definition'))?.toString());

  // Arguments: the snippet prefix and, optionally, the language of the new document (json, jsonc or yaml).
  register('fargate.newDocumentFromSnippet', async (prefix?: unknown, language?: unknown) =>
    (await newDocumentFromSnippet(context, typeof prefix === 'string' ? prefix : 'fargate-task-definition', typeof language === 'string' ? language : undefined))?.toString(),
  );

  register('fargate.showCpuMemoryTable', () => {
    sizesPanel.show();
    return true;
  });

  register('fargate.openSidebar', async () => {
    await vscode.commands.executeCommand(`workbench.view.extension.fargate`);
    return true;
  });

  register('fargate.explainConceptAtCursor', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('Fargate: put the cursor on a field of a task definition, service or AppSpec first.');
      return [];
    }
    const server = await runningServer();
    if (!server) return [];
    const result = await server.conceptsAtPosition({
      textDocument: { uri: editor.document.uri.toString() },
      position: { line: editor.selection.active.line, character: editor.selection.active.character },
    });
    const ids = (result?.conceptIds ?? []).filter((id) => concepts().conceptById(id));
    if (ids.length === 0) {
      const where = result?.path ? ` for ${result.path}` : '';
      void vscode.window.showInformationMessage(`Fargate: no concept explains the position under the cursor${where}. Browse them all in the Fargate sidebar.`);
      return [];
    }
    showConcept(concepts().conceptById(ids[0])!, ids.slice(1));
    return ids;
  });

  register('fargate.estimateCost', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('Fargate: open a task definition to estimate its cost.');
      return undefined;
    }
    const server = await runningServer();
    if (!server) return undefined;
    const result = await server.costEstimate({ textDocument: { uri: editor.document.uri.toString() } });
    if (!result) {
      void vscode.window.showInformationMessage('Fargate: this file is not checked by Fargate Authoring, so there is no cost to estimate.');
      return undefined;
    }
    const message = costMessage(result);
    if (result.unavailable) void vscode.window.showInformationMessage(message);
    else {
      void vscode.window.showInformationMessage(message, 'Show CPU and Memory Sizes').then((choice) => {
        if (choice) void vscode.commands.executeCommand('fargate.showCpuMemoryTable');
      });
    }
    return result;
  });

  context.subscriptions.push(conceptsTree, documentTree, conceptsView, documentView, conceptPanel, sizesPanel);
  return { conceptsTree, documentTree, conceptsView, documentView, conceptPanel, sizesPanel };
}
