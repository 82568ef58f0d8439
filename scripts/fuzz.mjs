#!/usr/bin/env node
// Long fuzz run of the pure language service (the compiled engine in out/test/helpers/fuzz.js; build first with
// `npx tsc -b`). Same engine and checks as test/unit/fuzz.test.ts, just more mutants and optional corpus seeds.
// Usage: node scripts/fuzz.mjs [--count N] [--seed S] [--only I] [--no-corpus] [--timeout-ms 2000]
// Exits 1 when any mutant fails; each failure prints the command that reproduces it.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const engine = path.join(root, 'out/test/helpers/fuzz.js');
if (!fs.existsSync(engine)) {
  console.error('fuzz: build first (npx tsc -b): out/test/helpers/fuzz.js is missing');
  process.exit(2);
}
const { runFuzz, loadSeeds, describeFailure } = require(engine);

const args = process.argv.slice(2);
function opt(name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  if (!Number.isFinite(v)) {
    console.error(`fuzz: ${name} needs a number`);
    process.exit(2);
  }
  return v;
}
const count = opt('--count', 50_000);
const seed = opt('--seed', Math.floor(Math.random() * 2 ** 32)) >>> 0;
const only = opt('--only', undefined);
const callTimeoutMs = opt('--timeout-ms', 2000);
const corpusDir = args.includes('--no-corpus') ? undefined : path.resolve(root, '..', 'shared', 'corpus');

const seeds = loadSeeds({ corpusDir, maxSeedSize: 40_000 });
console.log(`fuzz: seed ${seed}, ${only !== undefined ? `mutant ${only}` : `${count} mutants`} of ${seeds.length} seed documents`);
let last = Date.now();
const result = runFuzz({
  seed, count, seeds, only, callTimeoutMs, maxFailures: 50,
  onProgress(done) {
    if (Date.now() - last > 5000) {
      last = Date.now();
      process.stdout.write(`  ${done} mutants...\n`);
    }
  },
});
const rate = result.ran / (result.elapsedMs / 1000);
console.log(`fuzz: ${result.ran} mutants in ${(result.elapsedMs / 1000).toFixed(1)} s (${rate.toFixed(0)}/s)`);
console.log(`fuzz: features ${result.features.join(', ')}; calls ${JSON.stringify(result.use)}`);
console.log(`fuzz: slowest call ${result.slowest.feature} ${result.slowest.ms.toFixed(0)} ms (mutant ${result.slowest.index}, ${result.slowest.length} chars)`);
for (const f of result.failures) console.log(`\n${describeFailure(seed, f).replace(/npx mocha out\/test\/unit\/fuzz.test.js/, '(or: node scripts/fuzz.mjs --seed ' + seed + ' --only ' + f.index + ')')}`);
for (const e of result.ruleErrors) console.log(`\n${e}`);
const bad = result.failures.length + result.ruleErrors.length;
console.log(bad ? `\nfuzz: ${bad} problem(s)` : '\nfuzz: no problems');
process.exit(bad ? 1 : 0);
