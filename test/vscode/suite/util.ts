/** Helpers for the real-VS-Code suite: open fixtures, poll with a deadline (never fixed sleeps). */
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { FargateExtensionApi } from '../../../client/src/extension';
import { DocumentConceptsRequest, type DocumentConceptsResult } from '../../../server/src/common/protocol';

export const EXTENSION_ID = 'fargate-authoring.fargate-authoring';

export function workspaceFolder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('The suite needs the fixture workspace open.');
  return f.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...name.split('/'));
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc);
}

/** Polls `fn` until it returns a truthy value or the deadline passes. */
export async function waitFor<T>(what: string, fn: () => T | Promise<T>, timeoutMs = 30000, intervalMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await fn();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The extension's API (activates it if needed). */
export async function api(): Promise<FargateExtensionApi> {
  const ext = vscode.extensions.getExtension<FargateExtensionApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed in development mode`);
  return ext.activate();
}

/** The server's view (`fargate/documentConcepts`) of the current version of a document. */
export async function serverFindings(a: FargateExtensionApi, doc: vscode.TextDocument): Promise<DocumentConceptsResult> {
  await a.clientReady;
  const client = await waitFor('language client', () => (a.client?.isRunning() ? a.client : undefined));
  const uri = doc.uri.toString();
  const version = doc.version;
  // By method name: the test's copy of vscode-jsonrpc is not the one bundled into the client, so a RequestType
  // object from it would not be recognised.
  return waitFor(`server result for ${uri} version ${version}`, async () => {
    const r = await client.sendRequest<DocumentConceptsResult | null>(DocumentConceptsRequest.method, { textDocument: { uri } });
    return r && r.version === version ? r : undefined;
  });
}

export function fargateDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'fargate');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

export { path };
