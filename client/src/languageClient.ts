/**
 * The language client wiring: everything that needs `vscode-languageclient` and the LSP protocol library (most of
 * the client's code by size), including the custom requests of server/src/common/protocol.ts.
 * extension.ts loads this module with a lazy `require` right after activation returns, so activating the extension
 * (views, commands, status item) does not wait for the library to load. esbuild.mjs bundles it into
 * dist/languageClient.js (like dist/concepts.js).
 */
import * as path from 'path';
import type * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  ConceptsAtPositionRequest,
  CostEstimateRequest,
  DocumentConceptsRequest,
  type ConceptsAtPositionParams,
  type ConceptsAtPositionResult,
  type CostEstimateParams,
  type CostEstimateResult,
  type DocumentConceptsParams,
  type DocumentConceptsResult,
} from '../../server/src/common/protocol';
import { SERVER_EXEC_ARGV } from '../../server/src/common/runtime';
import { DOCUMENT_SELECTOR } from './selector';

/** The client's state as extension.ts shows it, without importing vscode-languageclient there. */
export type ClientStatus = 'starting' | 'running' | 'stopped';

export function statusOf(state: State): ClientStatus {
  return state === State.Running ? 'running' : state === State.Starting ? 'starting' : 'stopped';
}

/** The started language client and the server's custom requests (what the views and commands use). */
export interface FargateServer {
  readonly client: LanguageClient;
  documentConcepts(params: DocumentConceptsParams): Promise<DocumentConceptsResult | null>;
  conceptsAtPosition(params: ConceptsAtPositionParams): Promise<ConceptsAtPositionResult | null>;
  costEstimate(params: CostEstimateParams): Promise<CostEstimateResult | null>;
}

export function fargateServer(client: LanguageClient): FargateServer {
  return {
    client,
    documentConcepts: (params) => client.sendRequest(DocumentConceptsRequest.type, params),
    conceptsAtPosition: (params) => client.sendRequest(ConceptsAtPositionRequest.type, params),
    costEstimate: (params) => client.sendRequest(CostEstimateRequest.type, params),
  };
}

/** A language client for the Fargate server (dist/server.js over Node IPC); not started. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, options: { editorValidatesJson: () => boolean }): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...DOCUMENT_SELECTOR],
    outputChannel: output,
    synchronize: { configurationSection: 'fargate' },
    // VS Code's JSON support already flags comments and trailing commas in JSON documents; the server then leaves
    // them to it (fargate/strict-json still reports them in the CLI, in other editors, and here when that is off).
    // A function: read again at every (re)start of the server.
    initializationOptions: () => ({ editorValidatesJson: options.editorValidatesJson() }),
  };
  return new LanguageClient('fargate', 'Fargate Authoring', serverOptions, clientOptions);
}
