/**
 * The "This Task Definition" view: the open document as a checklist of the concepts it touches, with the fields
 * that touch each concept and the rule findings grouped by concept. Items reveal their range in the editor.
 * Data comes from the server (`fargate/documentConcepts`); refreshes are debounced.
 */
import * as vscode from 'vscode';
import type { Concept } from '../../server/src/knowledge/concepts';
import { concepts } from './catalog';
import type { ConceptFieldUse, ConceptFinding, DocumentConcept, DocumentConceptsResult } from '../../server/src/common/protocol';
import type { FargateServer } from './languageClient';
import { DOCUMENT_LANGUAGES } from './selector';

export const DOCUMENT_VIEW_ID = 'fargate.document';
export const REFRESH_DELAY_MS = 300;

export type DocumentNode =
  | { kind: 'concept'; concept: Concept; data: DocumentConcept; uri: string }
  | { kind: 'finding'; finding: ConceptFinding; uri: string }
  | { kind: 'field'; field: ConceptFieldUse; uri: string };

const SEVERITY_ICONS: Record<ConceptFinding['severity'], vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  hint: new vscode.ThemeIcon('lightbulb'),
};
const SEVERITY_ORDER: ConceptFinding['severity'][] = ['error', 'warning', 'info', 'hint'];

function worst(findings: readonly ConceptFinding[]): ConceptFinding['severity'] | undefined {
  for (const s of SEVERITY_ORDER) if (findings.some((f) => f.severity === s)) return s;
  return undefined;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export class DocumentConceptsProvider implements vscode.TreeDataProvider<DocumentNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DocumentNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** The document shown and the server's answer for it. */
  uri: string | undefined;
  result: DocumentConceptsResult | undefined;
  /** Set by the extension once the tree view exists, for the title description and badge. */
  view: vscode.TreeView<DocumentNode> | undefined;

  /** `serverReady` resolves to the language client and the server's requests once the client's start has finished (undefined if it could not start). */
  constructor(private readonly serverReady: () => Promise<FargateServer | undefined>) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.activeUri()) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = this.activeUri();
        if (active && e.uris.some((u) => u.toString() === active)) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === this.uri) this.schedule(0);
      }),
    );
    this.schedule(0);
  }

  private activeUri(): string | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    return doc && DOCUMENT_LANGUAGES.has(doc.languageId) ? doc.uri.toString() : undefined;
  }

  /** Debounced refresh. */
  schedule(delay = REFRESH_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }

  /** Asks the server about the active document now; resolves when the tree has the answer. */
  async refresh(): Promise<void> {
    const gen = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    let result: DocumentConceptsResult | undefined;
    let uri: string | undefined;
    if (doc && DOCUMENT_LANGUAGES.has(doc.languageId)) {
      uri = doc.uri.toString();
      const server = await this.serverReady();
      if (server && server.client.isRunning()) {
        try {
          result = (await server.documentConcepts({ textDocument: { uri } })) ?? undefined;
        } catch {
          result = undefined;
        }
      }
    } else if (!editor && this.uri && vscode.workspace.textDocuments.some((d) => d.uri.toString() === this.uri)) {
      // Focus moved to a view or a webview: keep showing the last document while it is open.
      return;
    }
    if (gen !== this.generation) return; // a newer refresh started meanwhile
    this.uri = uri;
    this.result = result && result.kind !== 'none' ? result : undefined;
    this.updateView(doc);
    this.changed.fire(undefined);
  }

  private updateView(doc: vscode.TextDocument | undefined): void {
    if (!this.view) return;
    const r = this.result;
    if (!r || !doc) {
      this.view.description = undefined;
      this.view.message = undefined;
      this.view.badge = undefined;
      return;
    }
    const name = doc.uri.path.split('/').pop() ?? doc.uri.toString();
    const kind = r.kind === 'taskDefinition' ? 'task definition' : r.kind === 'service' ? 'service' : 'AppSpec';
    this.view.description = `${name} (${kind})`;
    this.view.message = r.syntaxErrors ? 'The file has JSON syntax errors: fix them to see every finding.' : undefined;
    const problems = r.concepts.reduce((n, c) => n + c.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length, 0);
    this.view.badge = problems > 0 ? { value: problems, tooltip: `${plural(problems, 'problem')} in ${name}` } : undefined;
  }

  getChildren(element?: DocumentNode): DocumentNode[] {
    const r = this.result;
    const uri = this.uri;
    if (!r || !uri) return [];
    if (!element) {
      return r.concepts
        .map((data) => ({ data, concept: concepts().conceptById(data.id) }))
        .filter((x): x is { data: DocumentConcept; concept: Concept } => !!x.concept)
        .map(({ data, concept }) => ({ kind: 'concept' as const, concept, data, uri }));
    }
    if (element.kind === 'concept') {
      const findings = [...element.data.findings]
        .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.range.start.line - b.range.start.line)
        .map((finding) => ({ kind: 'finding' as const, finding, uri }));
      const fields = element.data.fields.map((field) => ({ kind: 'field' as const, field, uri }));
      return [...findings, ...fields];
    }
    return [];
  }

  getTreeItem(element: DocumentNode): vscode.TreeItem {
    if (element.kind === 'concept') {
      const { concept, data } = element;
      const item = new vscode.TreeItem(concept.title, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${element.uri}#${concept.id}`;
      const w = worst(data.findings);
      item.iconPath = w
        ? SEVERITY_ICONS[w]
        : new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
      const parts = [plural(data.fields.length, 'field')];
      if (data.findings.length > 0) parts.push(plural(data.findings.length, 'finding'));
      item.description = parts.join(' · ');
      item.tooltip = new vscode.MarkdownString(`**${concept.title}** (${concept.category})\n\n${concept.summary}`);
      item.contextValue = 'fargate.documentConcept';
      return item;
    }
    if (element.kind === 'finding') {
      const f = element.finding;
      const item = new vscode.TreeItem(f.message, vscode.TreeItemCollapsibleState.None);
      item.iconPath = SEVERITY_ICONS[f.severity];
      item.description = `${f.ruleId} · line ${f.range.start.line + 1}`;
      item.tooltip = `${f.message}\n\n${f.ruleId} (${f.category})`;
      item.contextValue = 'fargate.documentFinding';
      item.command = { command: 'fargate.revealRange', title: 'Reveal', arguments: [element.uri, f.range] };
      return item;
    }
    const fu = element.field;
    const item = new vscode.TreeItem(fu.label, vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon(fu.value !== undefined ? 'symbol-string' : 'symbol-field');
    item.description = `line ${fu.range.start.line + 1}`;
    item.tooltip = fu.path;
    item.contextValue = 'fargate.documentField';
    item.command = { command: 'fargate.revealRange', title: 'Reveal', arguments: [element.uri, fu.range] };
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
