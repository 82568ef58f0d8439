#!/usr/bin/env node
// Writes docs/rules.md, the rule reference, from the rules' own metadata (id, severity, title, explanation,
// source). Run after `npm run build` (reads out/). `--check` exits 1 when the committed file is out of date.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { renderRuleReference } = require(path.join(root, 'out/server/src/service/rules/reference.js'));
const target = path.join(root, 'docs/rules.md');
const text = renderRuleReference();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('docs/rules.md is out of date: run `npm run build && node scripts/rules-doc.mjs`');
    process.exit(1);
  }
  console.log('docs/rules.md is up to date');
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
