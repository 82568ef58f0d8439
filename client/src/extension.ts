/**
 * The VS Code client: starts the Fargate language server over Node IPC for JSON/JSONC (and YAML appspec)
 * documents and stops it on deactivate. All knowledge lives in the server; the client only wires UI to it.
 *
 * Activation registers the views, commands and the language status item and returns. The language client
 * (vscode-languageclient, most of the client's code) is loaded from its own bundle, dist/languageClient.js, and
 * started right after activation returns; commands and views that need the server wait for it (`clientReady`).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerUi, type FargateUi } from './commands';
import type { FargateServer } from './languageClient';
import { DOCUMENT_SELECTOR } from './selector';

type LanguageClientModule = typeof import('./languageClient');
type ClientStatus = import('./languageClient').ClientStatus;

/** esbuild.mjs turns this `require` into a load of dist/languageClient.js (see lazyLanguageClient there). */
function loadLanguageClient(): LanguageClientModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./languageClient') as LanguageClientModule;
}

/** How long deactivation waits for a start in progress before giving up on stopping the server cleanly. */
const STOP_WAIT_MS = 2000;

let client: LanguageClient | undefined;
/** Resolves to the started client, or to undefined when it could not start (or activation ended first). */
let started: Promise<FargateServer | undefined> | undefined;
let stopping: Promise<void> | undefined;

export interface FargateExtensionApi extends FargateUi {
  /** The language client once it is created (for tests and other extensions); undefined until then. */
  readonly client: LanguageClient | undefined;
  /** Resolves with the language client once it runs; rejects if it could not start. */
  readonly clientReady: Promise<LanguageClient>;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function showStatus(status: vscode.LanguageStatusItem, state: ClientStatus | 'failed', reason?: string): void {
  status.busy = state === 'starting';
  switch (state) {
    case 'starting':
      status.text = 'Fargate';
      status.detail = 'Starting the language server';
      status.severity = vscode.LanguageStatusSeverity.Information;
      status.command = undefined;
      break;
    case 'running':
      status.text = 'Fargate';
      status.detail = 'Task definitions are checked for Fargate';
      status.severity = vscode.LanguageStatusSeverity.Information;
      status.command = undefined;
      break;
    case 'stopped':
    case 'failed':
      status.text = '$(error) Fargate';
      status.detail =
        state === 'failed'
          ? `The language server could not start${reason ? `: ${reason}` : ''}. Diagnostics, hovers and quick fixes are off; the concept sidebar still works. Reload the window to try again.`
          : 'The language server stopped. Diagnostics, hovers and quick fixes are off until it restarts; reload the window to restart it.';
      status.severity = vscode.LanguageStatusSeverity.Error;
      status.command = { title: 'Show Log', command: 'fargate.showOutput', tooltip: 'Show the Fargate Authoring output' };
      break;
  }
}

/** Loads vscode-languageclient, creates the client and starts it; never rejects (failures go to the status item and the log). */
async function startClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, status: vscode.LanguageStatusItem): Promise<FargateServer | undefined> {
  if (stopping) return undefined; // deactivated before the start began
  let server: FargateServer;
  try {
    const lc = loadLanguageClient();
    const c = lc.createLanguageClient(context, output, {
      editorValidatesJson: () => vscode.workspace.getConfiguration('json').get<boolean>('validate.enable', true) !== false,
    });
    client = c;
    server = lc.fargateServer(c);
    context.subscriptions.push(
      c.onDidChangeState((e) => {
        if (!stopping) showStatus(status, lc.statusOf(e.newState));
      }),
      // The server learns at start whether VS Code reports JSON syntax itself (fargate/strict-json then stays quiet
      // in JSON documents); when that setting changes, a restart tells it.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!stopping && e.affectsConfiguration('json.validate.enable') && c.isRunning()) {
          c.restart().catch((err: unknown) => output.appendLine(`[error] Restarting the Fargate language server failed: ${errorText(err)}`));
        }
      }),
    );
    await c.start();
  } catch (err) {
    output.appendLine(`[error] The Fargate language server could not start: ${err instanceof Error && err.stack ? err.stack : errorText(err)}`);
    if (!stopping) showStatus(status, 'failed', errorText(err));
    return undefined;
  }
  if (!stopping) showStatus(status, server.client.isRunning() ? 'running' : 'stopped');
  return server;
}

/** Stops the client once: waits for a start in progress (a bounded time), skips a client that never started. */
function stopClient(): Promise<void> {
  return (stopping ??= (async () => {
    const s = started ? await Promise.race([started, new Promise<undefined>((r) => setTimeout(() => r(undefined), STOP_WAIT_MS).unref())]) : undefined;
    const c = s?.client;
    if (!c || !c.needsStop()) return;
    try {
      await c.stop();
    } catch {
      // Stopping a server that is restarting or already gone: nothing more to do on the way out.
    }
  })());
}

export function activate(context: vscode.ExtensionContext): FargateExtensionApi {
  client = undefined;
  started = undefined;
  stopping = undefined;

  const output = vscode.window.createOutputChannel('Fargate Authoring');
  const status = vscode.languages.createLanguageStatusItem('fargate.status', DOCUMENT_SELECTOR);
  status.name = 'Fargate Authoring';
  showStatus(status, 'starting');
  context.subscriptions.push(status, output, vscode.commands.registerCommand('fargate.showOutput', () => output.show(true)));
  // Registered before the start, so the server is stopped even if activation ends while it starts.
  context.subscriptions.push({ dispose: () => void stopClient() });

  // Right after activation returns: activation does not wait for vscode-languageclient to load.
  const ready = new Promise<FargateServer | undefined>((resolve) => setImmediate(() => resolve(startClient(context, output, status))));
  started = ready;

  // Sidebar views and commands: the concept catalog works even if the server fails to start.
  const ui = registerUi(context, () => ready);

  return {
    ...ui,
    get client() {
      return client;
    },
    get clientReady() {
      return ready.then((s) => s?.client ?? Promise.reject(new Error('The Fargate language server did not start (see the "Fargate Authoring" output).')));
    },
  };
}

export function deactivate(): Promise<void> {
  return stopClient();
}
