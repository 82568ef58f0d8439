/**
 * Crash recovery in a real VS Code: the client keeps vscode-languageclient's default error handler, which
 * restarts a crashed server (up to 4 times in 3 minutes). We kill our own server process (the child of this
 * extension host, found by parent pid, never by name alone) and wait until the restarted server publishes again.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, fargateDiagnostics, openFixture, waitFor } from './util';

/** The pid of the Fargate language server started by this extension host, if it runs. */
function serverPid(): number | undefined {
  try {
    const out = execFileSync('pgrep', ['-P', String(process.pid), '-f', 'dist/server.js'], { encoding: 'utf8' });
    const pids = out.split('\n').map((s) => Number(s.trim())).filter((n) => n > 0);
    return pids.length === 1 ? pids[0] : undefined;
  } catch {
    return undefined; // pgrep exits 1 when nothing matches
  }
}

interface ClientLike {
  state: number;
  clientOptions: { errorHandler?: { maxRestartCount?: number } };
}

interface ApiLike {
  client?: ClientLike;
  clientReady: Promise<ClientLike>;
}

describe('server crash recovery', () => {
  it('uses the default error handler, which restarts the server', async () => {
    const ext = vscode.extensions.getExtension<ApiLike>(EXTENSION_ID);
    assert.ok(ext);
    await openFixture('broken-taskdef.json');
    await waitFor('activation', () => ext.isActive);
    // The client starts right after activation returns: clientReady resolves once it runs.
    const client = await ext.exports.clientReady;
    assert.strictEqual(ext.exports.client, client, 'the extension API exposes the running client');
    // The default handler (createDefaultErrorHandler) carries maxRestartCount 4; a custom one would not.
    assert.strictEqual(client.clientOptions.errorHandler?.maxRestartCount, 4);
  });

  it('restarts a killed server and publishes diagnostics again', async function () {
    this.timeout(90_000);
    const ext = vscode.extensions.getExtension<ApiLike>(EXTENSION_ID)!;
    const editor = await openFixture('broken-taskdef.json');
    await waitFor('diagnostics before the crash', () => fargateDiagnostics(editor.document.uri).length > 0);
    const before = await waitFor('the server process', () => serverPid(), 15_000);

    let republished = 0;
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === editor.document.uri.toString()) && fargateDiagnostics(editor.document.uri).length > 0) republished++;
    });
    try {
      process.kill(before, 'SIGKILL');
      const after = await waitFor('a new server process', () => {
        const pid = serverPid();
        return pid !== undefined && pid !== before ? pid : undefined;
      }, 30_000);
      assert.notStrictEqual(after, before);
      // State.Running is 2 in vscode-languageclient.
      await waitFor('the client running again', () => ext.exports.client?.state === 2, 30_000);

      // The restarted server serves new content: an untitled broken task definition gets its syntax error.
      const doc = await vscode.workspace.openTextDocument({ language: 'json', content: '{"family": "x", "containerDefinitions": [ {"name": "a" "image": "b"} ]}' });
      await vscode.window.showTextDocument(doc);
      const diags = await waitFor('diagnostics from the restarted server', () => {
        const d = fargateDiagnostics(doc.uri);
        return d.length > 0 ? d : undefined;
      }, 30_000);
      assert.ok(diags.some((d) => codeOf(d) === 'fargate/json-syntax'), JSON.stringify(diags));
      // And the file that was open during the crash has its diagnostics again.
      await waitFor('the open file re-published', () => republished > 0 && fargateDiagnostics(editor.document.uri).length > 0, 30_000);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      sub.dispose();
    }
  });
});
