/**
 * The VS Code client: starts the Fargate language server over Node IPC for JSON/JSONC (and YAML appspec)
 * documents and stops it on deactivate. All knowledge lives in the server; the client only wires UI to it.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerUi, type FargateUi } from './commands';
import { SERVER_EXEC_ARGV } from '../../server/src/common/runtime';

let client: LanguageClient | undefined;

export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'jsonc' },
  { scheme: 'untitled', language: 'json' },
  { scheme: 'untitled', language: 'jsonc' },
  { scheme: 'vscode-remote', language: 'json' },
  { scheme: 'vscode-remote', language: 'jsonc' },
  // YAML only for CodeDeploy appspec files (the server stays silent on other YAML).
  { scheme: 'file', language: 'yaml' },
  { scheme: 'untitled', language: 'yaml' },
  { scheme: 'vscode-remote', language: 'yaml' },
];

export interface FargateExtensionApi extends FargateUi {
  /** The running language client (for tests and other extensions). */
  readonly client: LanguageClient | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<FargateExtensionApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'] } },
  };
  const output = vscode.window.createOutputChannel('Fargate Authoring');
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    synchronize: { configurationSection: 'fargate' },
  };
  client = new LanguageClient('fargate', 'Fargate Authoring', serverOptions, clientOptions);

  const status = vscode.languages.createLanguageStatusItem('fargate.status', DOCUMENT_SELECTOR);
  status.name = 'Fargate Authoring';
  status.text = '$(sync~spin) Fargate';
  status.detail = 'Starting the language server';
  context.subscriptions.push(status, output);

  // Sidebar views and commands first: the concept catalog works even if the server fails to start.
  const ui = registerUi(context, () => client);

  await client.start();
  ui.documentTree.schedule(0);
  status.text = 'Fargate';
  status.detail = 'Task definitions are checked for Fargate';
  context.subscriptions.push({ dispose: () => void client?.stop() });
  return { ...ui, get client() { return client; } };
}

export async function deactivate(): Promise<void> {
  if (client) {
    const c = client;
    client = undefined;
    await c.stop();
  }
}
