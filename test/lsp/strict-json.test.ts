import * as assert from 'assert';
import * as fs from 'fs';
import { SERVER_PATH, TestLspClient } from './lspClient';
import { validTask } from '../helpers/docs';

const ID = 'fargate/strict-json';
/** A valid task definition with a comment and a trailing comma. */
const JSONC = `// web\n${JSON.stringify(validTask(), null, 2).replace(/\n}$/, ',\n}')}`;

async function strictCodes(client: TestLspClient, uri: string, languageId: string): Promise<unknown[]> {
  await client.open(uri, JSONC, 1, languageId);
  const p = await client.waitForDiagnostics(uri);
  return p.diagnostics.filter((d) => d.code === ID).map((d) => d.range.start.line);
}

describe('fargate/strict-json over stdio: who reports comments and trailing commas', function () {
  this.timeout(60_000);
  before(() => assert.ok(fs.existsSync(SERVER_PATH), `build first: ${SERVER_PATH} is missing`));

  it('a client that does not check JSON itself (another editor) gets them from the server', async () => {
    const client = new TestLspClient({ configuration: {} });
    await client.initialize();
    try {
      const lines = JSONC.split('\n').length;
      assert.deepStrictEqual(await strictCodes(client, 'file:///strict/a/taskdef.json', 'json'), [0, lines - 2]);
    } finally {
      await client.shutdown();
    }
  });

  it('with editorValidatesJson (VS Code) they are left to the editor in json documents, not in jsonc ones', async () => {
    const client = new TestLspClient({ configuration: {}, initializationOptions: { editorValidatesJson: true } });
    await client.initialize();
    try {
      assert.deepStrictEqual(await strictCodes(client, 'file:///strict/b/taskdef.json', 'json'), []);
      // A .json file the user associated with JSONC: the editor accepts the comment, the AWS CLI still would not.
      assert.strictEqual((await strictCodes(client, 'file:///strict/c/taskdef.json', 'jsonc')).length, 2);
    } finally {
      await client.shutdown();
    }
  });

  it('a severity the user set for the rule wins over editorValidatesJson', async () => {
    const client = new TestLspClient({ configuration: { rules: { [ID]: 'warning' } }, initializationOptions: { editorValidatesJson: true } });
    await client.initialize();
    try {
      await client.open('file:///strict/d/taskdef.json', JSONC, 1, 'json');
      const p = await client.waitForDiagnostics('file:///strict/d/taskdef.json');
      assert.deepStrictEqual(p.diagnostics.filter((d) => d.code === ID).map((d) => d.severity), [2, 2]);
    } finally {
      await client.shutdown();
    }
  });
});
