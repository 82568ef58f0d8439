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
const { renderSizeTable } = require(path.join(root, 'out/server/src/knowledge/fargateSizes.js'));
const target = path.join(root, 'docs/rules.md');
const text = renderRuleReference();
// The README's size table sits between these markers and is written from the size data, like the rule reference.
const readme = path.join(root, 'README.md');
const START = '<!-- sizes:start -->';
const END = '<!-- sizes:end -->';
const readmeText = fs.readFileSync(readme, 'utf8');
const a = readmeText.indexOf(START);
const b = readmeText.indexOf(END);
if (a < 0 || b < a) {
  console.error(`README.md has no ${START} ... ${END} section for the size table`);
  process.exit(1);
}
const newReadme = readmeText.slice(0, a + START.length) + '\n' + renderSizeTable() + '\n' + readmeText.slice(b);
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text || newReadme !== readmeText) {
    console.error('docs/rules.md or the README size table is out of date: run `npm run build && node scripts/rules-doc.mjs`');
    process.exit(1);
  }
  console.log('docs/rules.md and the README size table are up to date');
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  fs.writeFileSync(readme, newReadme);
  console.log(`wrote ${path.relative(process.cwd(), target)} and the README size table`);
}
