/**
 * Security: secret values in a task definition are never echoed (diagnostics, data, hovers at every offset,
 * completions, code action titles and edits), and our own sources make no network calls, run no workspace
 * code and write nothing to disk.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../server/src/common/settings';
import { createLanguageService } from '../../server/src/service/languageService';
import { REPO_ROOT } from '../helpers/paths';
import { SECRET_VALUES, leaks, secretTask } from '../helpers/secrets';

describe('secrets are never echoed', function () {
  this.timeout(60_000);
  const service = createLanguageService();
  const text = JSON.stringify(secretTask(), null, 2);
  const doc = TextDocument.create('file:///secrets/taskdef.json', 'json', 1, text);

  it('the fixture really contains the secrets (the test can fail)', () => {
    for (const v of Object.values(SECRET_VALUES)) assert.ok(text.includes(v));
    assert.deepStrictEqual(leaks(`x ${SECRET_VALUES.API_KEY.slice(0, 20)} y`).length, 1, 'half a key counts');
  });

  it('no diagnostic message or data contains a secret value, and the plaintext secrets are reported', () => {
    const diags = service.validate(doc, DEFAULT_SETTINGS);
    assert.ok(diags.some((d) => d.code === 'fargate/plaintext-secret'), 'plaintext secrets are reported');
    for (const d of diags) {
      assert.deepStrictEqual(leaks(d.message), [], `message of ${String(d.code)}`);
      assert.deepStrictEqual(leaks(JSON.stringify(d.data ?? {})), [], `data of ${String(d.code)}`);
      for (const r of d.relatedInformation ?? []) assert.deepStrictEqual(leaks(r.message), []);
    }
  });

  it('no hover at any offset contains a secret value', () => {
    let hovers = 0;
    for (let offset = 0; offset <= text.length; offset++) {
      const h = service.hover(doc, doc.positionAt(offset), DEFAULT_SETTINGS);
      if (!h) continue;
      hovers++;
      const found = leaks(JSON.stringify(h.contents));
      if (found.length > 0) assert.fail(`hover at offset ${offset} (${JSON.stringify(text.slice(offset - 20, offset + 20))}) shows ${found[0]}`);
    }
    assert.ok(hovers > 100, `hovers were produced (${hovers})`);
  });

  it('no completion label, detail, documentation or edit contains a secret value', () => {
    let items = 0;
    for (let offset = 0; offset <= text.length; offset += 3) {
      const list = service.complete(doc, doc.positionAt(offset), DEFAULT_SETTINGS);
      for (const it of list.items) {
        items++;
        const found = leaks(JSON.stringify([it.label, it.detail, it.documentation, it.textEdit, it.insertText, it.additionalTextEdits, it.filterText, it.labelDetails]));
        if (found.length > 0) assert.fail(`completion '${it.label}' at offset ${offset} shows ${found[0]}`);
      }
    }
    assert.ok(items > 0, 'completions were produced');
  });

  it('no code action title or edit copies a secret value (moving it to secrets must not paste it elsewhere)', () => {
    const diags = service.validate(doc, DEFAULT_SETTINGS);
    const secretDiags = diags.filter((d) => d.code === 'fargate/plaintext-secret');
    assert.ok(secretDiags.length > 0);
    let actions = 0;
    for (const d of diags) {
      for (const a of service.codeActions(doc, d.range, { diagnostics: [d] }, DEFAULT_SETTINGS)) {
        actions++;
        assert.deepStrictEqual(leaks(a.title), [], `title ${a.title}`);
        // Edits may delete the secret's text range but never insert its value.
        const inserted = JSON.stringify(a.edit ?? {}).match(/"newText":"(?:[^"\\]|\\.)*"/g) ?? [];
        assert.deepStrictEqual(leaks(inserted.join('\n')), [], `edit of '${a.title}'`);
        assert.deepStrictEqual(leaks(JSON.stringify(a.command ?? {})), [], `command of '${a.title}'`);
      }
    }
    assert.ok(actions > 0, 'code actions were produced for the secret findings');
  });

  it('no concept view, concept at any position or cost estimate shows a secret value', () => {
    const concepts = service.documentConcepts(doc, DEFAULT_SETTINGS);
    assert.ok(concepts.concepts.some((c) => c.fields.length > 0), 'the document view lists fields');
    assert.deepStrictEqual(leaks(JSON.stringify(concepts)), [], 'documentConcepts');
    let withPath = 0;
    for (let offset = 0; offset <= text.length; offset++) {
      const r = service.conceptsAt(doc, doc.positionAt(offset), DEFAULT_SETTINGS);
      if (r.path) withPath++;
      const found = leaks(JSON.stringify(r));
      if (found.length > 0) assert.fail(`conceptsAt offset ${offset} shows ${found[0]}`);
    }
    assert.ok(withPath > 100, `field paths were produced (${withPath})`);
    assert.deepStrictEqual(leaks(JSON.stringify(service.costEstimate(doc, DEFAULT_SETTINGS))), [], 'costEstimate');
  });
});

describe('our sources make no network calls, run no workspace code and write nothing', () => {
  const sourceFiles: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d)) {
      const p = path.join(d, e);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.ts$/.test(e)) sourceFiles.push(p);
    }
  };
  walk(path.join(REPO_ROOT, 'server', 'src'));
  walk(path.join(REPO_ROOT, 'client', 'src'));
  const strip = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

  it('finds the sources (the scan can fail)', () => {
    assert.ok(sourceFiles.length > 20, `${sourceFiles.length} files`);
    assert.ok(sourceFiles.some((f) => f.endsWith('startServer.ts')));
  });

  const forbidden: [string, RegExp][] = [
    ['network access', /\bfetch\s*\(|\bhttps?\.(request|get)\s*\(|from ['"](node:)?(https?|net|dgram|tls|http2)['"]|require\(['"](node:)?(https?|net|dgram|tls|http2)['"]\)|XMLHttpRequest|WebSocket/],
    ['running programs or workspace code', /from ['"](node:)?child_process['"]|require\(['"](node:)?child_process['"]\)|\beval\s*\(|new Function\s*\(|\bvm\.run|import\(\s*[^'"\s]/],
    ['writing to disk', /\b(writeFile|writeFileSync|appendFile|appendFileSync|mkdir|mkdirSync|createWriteStream|rmSync|unlink|unlinkSync|rename|renameSync|copyFile|copyFileSync)\s*\(/],
  ];
  // The CLI writes its report where the user asks (--output); that is the user's explicit request, not the server's.
  const allowedWriters = new Set([path.join('server', 'src', 'cli.ts'), path.join('server', 'src', 'cli', 'run.ts')]);
  for (const [what, re] of forbidden) {
    it(`no ${what} in server/src and client/src`, () => {
      const hits: string[] = [];
      for (const f of sourceFiles) {
        const rel = path.relative(REPO_ROOT, f);
        if (what === 'writing to disk' && allowedWriters.has(rel)) continue;
        strip(fs.readFileSync(f, 'utf8')).split('\n').forEach((line, i) => {
          if (re.test(line)) hits.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
      }
      assert.deepStrictEqual(hits, []);
    });
  }

  it('the language server and the client pass no workspace setting to a shell or a module loader', () => {
    const server = strip(fs.readFileSync(path.join(REPO_ROOT, 'server', 'src', 'startServer.ts'), 'utf8'));
    assert.doesNotMatch(server, /require\s*\(|process\.env\.[A-Z_]+\s*\(|spawn|exec/);
  });
});
