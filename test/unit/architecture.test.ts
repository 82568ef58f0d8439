import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../helpers/paths';

/** The pure service and the knowledge must not depend on VS Code or on an LSP connection. */
describe('architecture boundaries', () => {
  const root = REPO_ROOT;
  function files(dir: string): string[] {
    const out: string[] = [];
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) out.push(...files(p));
      else if (p.endsWith('.ts')) out.push(p);
    }
    return out;
  }
  for (const sub of ['server/src/service', 'server/src/knowledge', 'server/src/common']) {
    it(`${sub} imports neither vscode nor vscode-languageserver`, () => {
      const bad: string[] = [];
      for (const f of files(path.join(root, sub))) {
        const src = fs.readFileSync(f, 'utf8');
        if (/from\s+['"](vscode|vscode-languageserver(\/node)?|vscode-languageclient[^'"]*)['"]/.test(src)) bad.push(path.relative(root, f));
      }
      assert.deepStrictEqual(bad, []);
    });
  }
  it('the client does not import server code other than server/src/common and knowledge', () => {
    const bad: string[] = [];
    for (const f of files(path.join(root, 'client/src'))) {
      const src = fs.readFileSync(f, 'utf8');
      for (const m of src.matchAll(/from\s+['"]([^'"]*server\/src\/[^'"]*)['"]/g)) {
        if (!/server\/src\/(common|knowledge)\//.test(m[1])) bad.push(`${path.relative(root, f)} -> ${m[1]}`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });
});
