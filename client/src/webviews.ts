/**
 * The two read-only webviews: a concept's explanation and the Fargate CPU/memory size table with prices.
 * No scripts and no images: a strict CSP with a nonce for the one inline stylesheet, colours from the theme's CSS variables,
 * and `command:` links (only fargate.showConcept) for related concepts.
 */
import * as crypto from 'crypto';
import * as vscode from 'vscode';
import type { Concept } from '../../server/src/knowledge/concepts';
import { escapeHtml } from './conceptFilter';
import { conceptHtml, sizesHtml } from './pages';

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
  background: var(--vscode-editor-background); line-height: 1.5; padding: 0 1.5em 2em; max-width: 60em; }
h1 { font-size: 1.5em; margin-bottom: .2em; }
h2 { font-size: 1.1em; margin-top: 1.6em; border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: .2em; }
.category { color: var(--vscode-descriptionForeground); text-transform: uppercase; font-size: .85em; letter-spacing: .05em; }
.summary { font-size: 1.1em; }
blockquote { margin: 0; padding: .4em 1em; border-left: 4px solid var(--vscode-textBlockQuote-border);
  background: var(--vscode-textBlockQuote-background); }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 0 .25em; border-radius: 3px; }
a { color: var(--vscode-textLink-foreground); }
a:hover { color: var(--vscode-textLink-activeForeground); }
ul.fields { columns: 2; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid var(--vscode-panel-border); padding: .3em .7em; text-align: left; vertical-align: top; }
th { background: var(--vscode-editorWidget-background); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: var(--vscode-descriptionForeground); }
`;

function page(title: string, body: string): string {
  const nonce = crypto.randomBytes(16).toString('base64');
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'none';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** The single, reused concept explanation panel. */
export class ConceptPanel implements vscode.Disposable {
  static readonly viewType = 'fargate.concept';
  private panel: vscode.WebviewPanel | undefined;
  /** The concept shown, for tests and for "already open" checks. */
  conceptId: string | undefined;

  show(concept: Concept, related: readonly string[] = []): vscode.WebviewPanel {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(ConceptPanel.viewType, concept.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableCommandUris: ['fargate.showConcept'],
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.conceptId = undefined;
      });
    } else {
      this.panel.reveal(undefined, true);
    }
    this.panel.title = `Fargate: ${concept.title}`;
    this.panel.webview.html = page(concept.title, conceptHtml(concept, related));
    this.conceptId = concept.id;
    return this.panel;
  }

  get visible(): boolean {
    return !!this.panel;
  }

  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** The single, reused size table panel. */
export class SizesPanel implements vscode.Disposable {
  static readonly viewType = 'fargate.sizes';
  private panel: vscode.WebviewPanel | undefined;

  show(): vscode.WebviewPanel {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(SizesPanel.viewType, 'Fargate CPU and Memory', vscode.ViewColumn.Beside, {
        enableScripts: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else {
      this.panel.reveal();
    }
    this.panel.webview.html = page('Fargate CPU and Memory', sizesHtml());
    return this.panel;
  }

  get visible(): boolean {
    return !!this.panel;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
