// Terraform front-end benchmark: a 1 MB module of 50 task definitions + 50 services (bench/generateTerraform.mjs).
// Measures the first load of web-tree-sitter + grammar, a fresh tree-sitter parse, the mapping to definitions
// (readTerraform), and one edit re-parsed incrementally (tree.edit + parse with the old tree) + mapped again.
// Run after `npm run build`: node bench/terraform.mjs
import { createRequire } from 'module';
import { terraformModule } from './generateTerraform.mjs';

const require = createRequire(import.meta.url);
const tf = require('../out/server/src/service/terraform/index.js');
const { readTerraform } = require('../out/server/src/service/terraform/frontEnd.js');

const runs = Number(process.env.RUNS ?? 15);
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)], min: s[0] };
};

const text = terraformModule(16);
let t0 = process.hrtime.bigint();
const parser = await tf.loadTerraformParser();
const loadMs = ms(t0);

const parse = [];
const map = [];
const edit = [];
const editMap = [];
let doc;
for (let i = 0; i < runs; i++) {
  t0 = process.hrtime.bigint();
  const tree = parser.parse(text);
  parse.push(ms(t0));
  t0 = process.hrtime.bigint();
  doc = readTerraform(text, tree);
  map.push(ms(t0));
  // One keystroke in the middle of the module: a memory value changes.
  const at = text.indexOf('memory                   = "', Math.floor(text.length / 2)) + 28;
  const change = { offset: at, deleteLength: 1, insertText: '9' };
  t0 = process.hrtime.bigint();
  const r = parser.reparse(tree, text, [change]);
  edit.push(ms(t0));
  t0 = process.hrtime.bigint();
  readTerraform(r.text, r.tree, doc); // unchanged resources are reused
  editMap.push(ms(t0));
  r.tree.delete();
  tree.delete();
}
const fmt = (x) => `median ${x.median.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms, min ${x.min.toFixed(1)} ms`;
console.log(`module: ${(text.length / 1024).toFixed(0)} KiB, ${doc.definitions.filter((d) => d.kind === 'taskDefinition').length} task definitions, ${doc.definitions.filter((d) => d.kind === 'service').length} services, ${doc.references.length} references, ${runs} runs`);
console.log(`first load (runtime + grammar wasm): ${loadMs.toFixed(1)} ms`);
console.log(`tree-sitter parse (fresh):          ${fmt(stats(parse))}`);
console.log(`mapping to definitions:             ${fmt(stats(map))}`);
console.log(`incremental re-parse after an edit: ${fmt(stats(edit))}`);
console.log(`mapping after the edit (reuse):     ${fmt(stats(editMap))}`);
