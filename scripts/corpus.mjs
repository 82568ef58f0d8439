#!/usr/bin/env node
// Lints every JSON/JSONC/YAML file under the given folders with the pure language service and prints a summary
// by rule. Exits 1 if the service throws on any file (a crash), 0 otherwise: findings are expected in real files.
// Usage: npm run corpus -- <dir> [<dir>...] [--verbose] [--errors]
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const servicePath = path.join(root, 'out/server/src/service/languageService.js');
if (!fs.existsSync(servicePath)) {
  console.error('corpus: build first (npm run build): out/server/src/service/languageService.js is missing');
  process.exit(2);
}
const { createLanguageService } = require(servicePath);
const { TextDocument } = require('vscode-languageserver-textdocument');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const errorsOnly = args.includes('--errors');
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) {
  console.error('usage: npm run corpus -- <dir> [<dir>...] [--verbose] [--errors]');
  process.exit(2);
}

function* walk(p) {
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const e of fs.readdirSync(p).sort()) if (e !== 'node_modules' && e !== '.git') yield* walk(path.join(p, e));
  } else if (/\.(jsonc?|ya?ml|jsonnet)$/i.test(p)) yield p;
}

const ruleErrors = [];
const service = createLanguageService({ onRuleError: (rule, err) => ruleErrors.push({ rule: rule.meta.id, err }) });
const byRule = new Map();
const byKind = new Map();
let files = 0;
const crashes = [];
for (const dir of dirs) {
  for (const file of walk(path.resolve(dir))) {
    files++;
    const text = fs.readFileSync(file, 'utf8');
    const languageId = /\.ya?ml$/i.test(file) ? 'yaml' : 'json';
    const doc = TextDocument.create(`file://${file}`, languageId, 1, text);
    const before = ruleErrors.length;
    try {
      const kind = service.analyze(doc).doc.kind;
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      const findings = service.findings(doc);
      for (const f of findings) {
        const key = `${f.severity.padEnd(7)} ${f.ruleId}`;
        const entry = byRule.get(key) ?? { count: 0, files: new Set() };
        entry.count++;
        entry.files.add(path.relative(process.cwd(), file));
        byRule.set(key, entry);
        if (verbose && (!errorsOnly || f.severity === 'error')) {
          const p = doc.positionAt(f.offset);
          console.log(`${path.relative(process.cwd(), file)}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.ruleId} ${f.message}`);
        }
      }
    } catch (err) {
      crashes.push({ file, err });
    }
    for (const e of ruleErrors.slice(before)) crashes.push({ file, err: new Error(`rule ${e.rule} threw: ${e.err?.stack ?? e.err}`) });
  }
}

console.log(`\nCorpus: ${files} files (${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')})`);
console.log('Findings by rule:');
for (const [key, { count, files: fs_ }] of [...byRule].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`  ${String(count).padStart(5)}  ${key}  (${fs_.size} files)`);
}
if (crashes.length) {
  console.error(`\n${crashes.length} CRASHES:`);
  for (const c of crashes) console.error(`  ${c.file}: ${c.err?.stack ?? c.err}`);
  process.exit(1);
}
console.log('No crashes.');
