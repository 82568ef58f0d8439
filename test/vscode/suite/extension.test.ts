import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, api, codeOf, fargateDiagnostics, openFixture, serverFindings, waitFor } from './util';

describe('Fargate Authoring in a real VS Code', () => {
  it('activates on a task definition', async () => {
    await openFixture('broken-taskdef.json');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed in development mode`);
    await waitFor('activation', () => ext.isActive);
  });

  it('publishes the JSON syntax diagnostic of a broken task definition', async () => {
    const editor = await openFixture('broken-taskdef.json');
    const diags = await waitFor('syntax diagnostics', () => {
      const d = fargateDiagnostics(editor.document.uri);
      return d.length > 0 ? d : undefined;
    });
    assert.ok(diags.some((d) => codeOf(d) === 'fargate/json-syntax' && d.severity === vscode.DiagnosticSeverity.Error), JSON.stringify(diags));
  });

  it('says nothing about JSON files that are not task definitions', async () => {
    const editor = await openFixture('not-a-taskdef.json');
    // Ask the server itself (by method name, through the extension's client) what it made of this version.
    const r = await serverFindings(await api(), editor.document);
    assert.strictEqual(r.kind, 'none', JSON.stringify(r));
    assert.deepStrictEqual(r.concepts.flatMap((c) => c.findings), []);
    // The fixture's JSON is broken, yet it is not ours: no syntax diagnostic either. The server has seen this
    // version, and publications follow the document order, so the settled broken neighbour covers this one too.
    const broken = await openFixture('broken-taskdef.json');
    await waitFor('diagnostics on the broken file', () => fargateDiagnostics(broken.document.uri).length > 0);
    assert.deepStrictEqual(fargateDiagnostics(editor.document.uri), []);
  });

  it('works in Restricted Mode: the workspace is untrusted here and diagnostics still arrive', async () => {
    // The harness refuses the trust dialog, so this whole suite runs untrusted.
    assert.strictEqual(vscode.workspace.isTrusted, false);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive);
    // Development-mode extensions skip the trust gate, so also check the declaration a user's VS Code reads.
    assert.strictEqual(ext?.packageJSON.capabilities?.untrustedWorkspaces?.supported, true);
    const editor = await openFixture('broken-taskdef.json');
    await waitFor('diagnostics while untrusted', () => fargateDiagnostics(editor.document.uri).length > 0);
  });
});
