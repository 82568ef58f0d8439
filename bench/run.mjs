#!/usr/bin/env node
// Fargate Authoring performance benchmark: `npm run bench` (add `--quick` for fewer iterations).
//
// Everything is measured in one run on synthetic documents generated from fixed seeds (bench/generate.mjs), and
// reported as medians / p95 and ratios. Absolute numbers depend on the machine and its load; the ratios (lint vs.
// jsonc-parser's parse of the same text) are what the budgets compare where possible. The table is printed, written
// to bench/results/<timestamp>.md (ignored by git) and to bench/RESULTS.md (the latest run).
import { execFileSync, spawnSync } from 'child_process';
import { createRequire } from 'module';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { benchDocuments, cdkTemplate, queuesTemplate, taskDefinition } from './generate.mjs';
import { createClient } from './lsp.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const QUICK = process.argv.includes('--quick');
const NO_BUILD = process.argv.includes('--no-build');
/** `--only=service,lsp,bundle` runs some sections (for working on one budget); the default runs all. */
const ONLY = (process.argv.find((a) => a.startsWith('--only=')) ?? '--only=service,template,lsp,bundle').slice(7).split(',');

const SERVICE_JS = path.join(ROOT, 'out/server/src/service/languageService.js');
const SETTINGS_JS = path.join(ROOT, 'out/server/src/common/settings.js');
const SERVER_JS = path.join(ROOT, 'dist/server.js');
const CLIENT_JS = path.join(ROOT, 'dist/client.js');

// ---------------------------------------------------------------------------------------------------------------
// Build: `npm run build` (tsc -b is incremental, esbuild takes seconds); `--no-build` benchmarks what is there.

function ensureBuilt() {
  const outputs = [SERVICE_JS, SETTINGS_JS, SERVER_JS, CLIENT_JS];
  if (!NO_BUILD) {
    console.log('Building: npm run build ...');
    const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) console.warn('bench: npm run build reported errors; benchmarking the output it emitted.');
  }
  const missing = outputs.filter((f) => !fs.existsSync(f));
  if (missing.length > 0) {
    console.error(`bench: ${missing.map((f) => path.relative(ROOT, f)).join(', ')} missing: run npm run build first.`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics

function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  // Nearest rank.
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const median = (v) => quantile(v, 0.5);
const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
const p95 = (v) => quantile(v, 0.95);
const ms = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) : 'n/a');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function gc() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

/**
 * Runs each of `fns` (name -> function) `warmup` + `runs` times, one function after the other, and returns
 * name -> durations (ms). Blocks rather than interleaving, with a full GC between blocks: each function then pays
 * for the garbage it makes itself (interleaved, the lint's garbage would be collected during the next parse).
 */
async function series(fns, runs, warmup) {
  const times = {};
  for (const [name, fn] of Object.entries(fns)) {
    gc();
    times[name] = [];
    times[`${name}Cpu`] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const c = process.cpuUsage();
      const t = performance.now();
      await fn(i);
      const d = performance.now() - t;
      const cpu = process.cpuUsage(c);
      if (i >= warmup) {
        times[name].push(d);
        times[`${name}Cpu`].push((cpu.user + cpu.system) / 1000);
      }
    }
  }
  return times;
}

// ---------------------------------------------------------------------------------------------------------------
// Text helpers

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
function positionAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
/** Offset of the `nth` occurrence (0-based) of `needle`, plus `delta`. */
function offsetOf(text, needle, delta = 0, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`bench: '${needle}' #${nth} not found`);
  }
  return i + delta;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. The pure language service against jsonc-parser and vscode-json-languageservice

async function benchService(docs, maxFileSize) {
  const { createLanguageService } = require(SERVICE_JS);
  const { resolveSettings } = require(SETTINGS_JS);
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const { parseTree } = require('jsonc-parser');
  const jsonls = require('vscode-json-languageservice');
  const settings = resolveSettings({ maxFileSize });
  const ls = jsonls.getLanguageService({});
  ls.configure({ validate: true, allowComments: true });

  const plan = {
    typical: QUICK ? [60, 10] : [300, 30],
    large: QUICK ? [10, 3] : [60, 10],
    huge: QUICK ? [3, 1] : [11, 2],
  };
  const rows = [];
  for (const [name, text] of Object.entries(docs)) {
    const uri = `file:///bench/${name}.json`;
    let version = 0;
    // One service for the whole series; a new version per run defeats its per-version cache, so each run is a full
    // parse + model + all rules + conversion to LSP diagnostics.
    const service = createLanguageService();
    let diagnostics = 0;
    // Each measurement keeps its result alive until the next run, as the service's cache keeps the current
    // analysis: a parse tree dropped at once dies young and is far cheaper to collect than one that is kept.
    let kept;
    const [runs, warmup] = plan[name];
    const times = await series(
      {
        parse: () => {
          kept = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
        },
        lint: () => {
          diagnostics = service.validate(TextDocument.create(uri, 'json', ++version, text), settings).length;
        },
        jsonls: async () => {
          const td = TextDocument.create(uri, 'json', ++version, text);
          kept = ls.parseJSONDocument(td);
          await ls.doValidation(td, kept, { trailingCommas: 'ignore', comments: 'ignore' });
        },
      },
      runs,
      warmup,
    );
    kept = undefined;
    rows.push({ name, bytes: text.length, runs, diagnostics, times });
  }
  return rows;
}

/**
 * A large YAML file with no ECS content: what checking it costs the service (a pre-parse scan finds nothing to parse)
 * against what the `yaml` package's parse of it costs.
 */
async function benchNonEcs(maxFileSize) {
  const { createLanguageService } = require(SERVICE_JS);
  const { resolveSettings } = require(SETTINGS_JS);
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const yaml = require('yaml');
  const settings = resolveSettings({ maxFileSize });
  const text = queuesTemplate();
  const service = createLanguageService();
  let version = 0;
  let kept;
  const times = await series(
    {
      parse: () => {
        kept = yaml.parseAllDocuments(text, { keepSourceTokens: true });
      },
      check: () => {
        kept = service.validate(TextDocument.create('file:///bench/queues.yaml', 'yaml', ++version, text), settings);
      },
    },
    QUICK ? 5 : 15,
    2,
  );
  kept = undefined;
  return { bytes: text.length, times };
}

// ---------------------------------------------------------------------------------------------------------------
// 1b. A 2 MB CDK-style template (50 task definitions and services): open -> diagnostics vs. parsing the same text,
// and hover / completion latency on it (pure service; the LSP adds the same constant as for task definitions).

async function benchTemplates() {
  const { createLanguageService } = require(SERVICE_JS);
  const { resolveSettings } = require(SETTINGS_JS);
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const { parseTree } = require('jsonc-parser');
  const yaml = require('yaml');
  const settings = resolveSettings({});
  const json = cdkTemplate(7, { services: 50 });
  const yamlText = yaml.stringify(JSON.parse(json));
  const rows = [];
  for (const [name, text, lang] of [['CDK template (JSON)', json, 'json'], ['same template as YAML', yamlText, 'yaml']]) {
    const service = createLanguageService();
    let version = 0;
    let diagnostics = 0;
    let kept;
    const [runs, warmup] = QUICK ? [5, 2] : [20, 4];
    const times = await series(
      {
        parse: () => {
          kept = lang === 'json' ? parseTree(text, [], { allowTrailingComma: true, disallowComments: false }) : yaml.parseAllDocuments(text, { keepSourceTokens: true });
        },
        lint: () => {
          diagnostics = service.validate(TextDocument.create(`file:///bench/stack.${lang}`, lang, ++version, text), settings).length;
        },
      },
      runs,
      warmup,
    );
    kept = undefined;
    // Hover and completion on the analysed document (cached analysis, as in the editor).
    const doc = TextDocument.create(`file:///bench/stack.${lang}`, lang, ++version, text);
    service.validate(doc, settings);
    const hover = [];
    const completion = [];
    const needles = ['NetworkMode', 'ContainerPort', 'LogDriver', 'DesiredCount'];
    for (let i = 0; i < (QUICK ? 40 : 200); i++) {
      const needle = needles[i % needles.length];
      let at = -1;
      for (let k = 0; k <= (i * 7) % 50; k++) at = text.indexOf(needle, at + 1);
      const pos = doc.positionAt(at + 2);
      let t = performance.now();
      service.hover(doc, pos, settings);
      hover.push(performance.now() - t);
      t = performance.now();
      service.complete(doc, pos, settings);
      completion.push(performance.now() - t);
    }
    rows.push({ name, bytes: text.length, runs, diagnostics, times, hover, completion });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Over LSP (stdio) against the bundled server

async function coldStarts(n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const client = createClient(ROOT, SERVER_JS, { validationDelayMs: 0 });
    const { at } = await client.initialize();
    times.push(at - client.spawnedAt);
    await client.shutdown();
  }
  return times;
}

async function benchLsp(docs) {
  const result = {};
  result.coldStart = await coldStarts(QUICK ? 4 : 10);

  const client = createClient(ROOT, SERVER_JS, { validationDelayMs: 0 });
  await client.initialize();

  // Typical document: hover and completion.
  const typicalUri = 'file:///bench/typical.json';
  await client.open(typicalUri, docs.typical);
  await client.diagnostics(typicalUri, 1);

  // Large document: diagnostics after single edits, hover, completion.
  const large = docs.large;
  const largeUri = 'file:///bench/large.json';
  let version = 1;
  const openAt = performance.now();
  await client.open(largeUri, large, version);
  const opened = await client.diagnostics(largeUri, version);
  result.openLarge = opened.at - openAt;
  result.largeDiagnostics = opened.diagnostics.length;

  const starts = lineStarts(large);
  // A character inside an environment value in the middle of the document (replaced, so the length stays).
  const editOffset = offsetOf(large, '"value": "', 12, 1000);
  const editPos = positionAt(starts, editOffset);
  const editRange = { start: editPos, end: { line: editPos.line, character: editPos.character + 1 } };
  const edits = [];
  for (let i = 0; i < (QUICK ? 12 : 40); i++) {
    version++;
    const t = performance.now();
    await client.edit(largeUri, version, editRange, i % 2 ? 'x' : 'y');
    const d = await client.diagnostics(largeUri, version);
    if (i >= 3) edits.push(d.at - t);
  }
  result.editToDiagnostics = edits;

  const hoverAt = (text, needle, delta, nth = 0) => positionAt(lineStarts(text), offsetOf(text, needle, delta, nth));
  const requestSeries = async (method, uri, positions, n) => {
    const times = [];
    let nonEmpty = 0;
    for (let i = 0; i < n + 20; i++) {
      const position = positions[i % positions.length];
      const t = performance.now();
      const r = await client.request(method, { textDocument: { uri }, position });
      if (i >= 20) times.push(performance.now() - t);
      if (r && (Array.isArray(r) ? r.length : r.items ? r.items.length : r.contents)) nonEmpty++;
    }
    return { times, nonEmpty };
  };
  const n = QUICK ? 60 : 300;
  const hoverPositions = (text) => [
    hoverAt(text, '"cpu"', 2),
    hoverAt(text, '"networkMode"', 3),
    hoverAt(text, '"image"', 2, 1),
    hoverAt(text, '"logDriver"', 3, 1),
    hoverAt(text, '"awsvpc"', 2),
    hoverAt(text, '"secrets"', 2, 1),
  ];
  const completionPositions = (text) => [
    hoverAt(text, '"protocol": "', 13, 1), // enum value
    hoverAt(text, '"essential"', 1, 1), // container key
    hoverAt(text, '"networkMode": "', 16), // enum value at task level
    hoverAt(text, '"family"', 1), // task key
  ];
  result.hoverTypical = await requestSeries('textDocument/hover', typicalUri, hoverPositions(docs.typical), n);
  result.hoverLarge = await requestSeries('textDocument/hover', largeUri, hoverPositions(large), n);
  result.completionTypical = await requestSeries('textDocument/completion', typicalUri, completionPositions(docs.typical), n);
  result.completionLarge = await requestSeries('textDocument/completion', largeUri, completionPositions(large), n);

  // Incremental typing: 500 single-character insertions into one environment value, sent back to back.
  const typeOffset = offsetOf(large, '"value": "', 10, 1500);
  const typePos = positionAt(starts, typeOffset);
  const typed = QUICK ? 100 : 500;
  const first = performance.now();
  let lastSent = first;
  const before = client.published.get(largeUri)?.length ?? 0;
  for (let i = 0; i < typed; i++) {
    version++;
    const p = { line: typePos.line, character: typePos.character + i };
    lastSent = performance.now();
    void client.edit(largeUri, version, { start: p, end: p }, String.fromCharCode(97 + (i % 26)));
  }
  const last = await client.diagnostics(largeUri, version);
  result.typing = {
    edits: typed,
    total: last.at - first,
    lastToDiagnostics: last.at - lastSent,
    perEdit: (last.at - first) / typed,
    publishes: (client.published.get(largeUri)?.length ?? 0) - before,
  };
  await client.shutdown();

  // Opening with the default settings (the 150 ms typing debounce applies to edits, not to opening): open -> first
  // diagnostics, for the large task definition and for a large YAML file without ECS content.
  const { parseTree } = require('jsonc-parser');
  const parseTimes = [];
  for (let i = 0; i < (QUICK ? 5 : 15); i++) {
    const t = performance.now();
    parseTree(large, [], { allowTrailingComma: true, disallowComments: false });
    parseTimes.push(performance.now() - t);
  }
  result.largeParse = parseTimes.slice(2);
  const plain = createClient(ROOT, SERVER_JS, undefined);
  await plain.initialize();
  const opens = [];
  const queues = queuesTemplate();
  const queueOpens = [];
  for (let i = 0; i < (QUICK ? 4 : 12); i++) {
    const uri = `file:///bench/open/large-${i}.json`;
    const t = performance.now();
    await plain.open(uri, large);
    const d = await plain.diagnostics(uri, 1);
    if (i >= 2) opens.push(d.at - t);
    const yamlUri = `file:///bench/open/queues-${i}.yaml`;
    const ty = performance.now();
    await plain.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: yamlUri, languageId: 'yaml', version: 1, text: queues } });
    const dy = await plain.diagnostics(yamlUri, 1);
    if (i >= 2) queueOpens.push(dy.at - ty);
  }
  result.openDefault = opens;
  result.openNonEcs = queueOpens;
  await plain.shutdown();

  // Memory: 200 task definitions open at once.
  const mem = createClient(ROOT, SERVER_JS, { validationDelayMs: 0 });
  await mem.initialize();
  result.rssIdle = mem.rssKiB();
  const count = 200;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = taskDefinition(1000 + i, { containers: 1 + (i % 4), envCount: 4 + (i % 20), valueLength: 24 });
    bytes += text.length;
    await mem.open(`file:///bench/many/task-${i}.json`, text);
  }
  for (let i = 0; i < count; i++) await mem.diagnostics(`file:///bench/many/task-${i}.json`, 1);
  await new Promise((r) => setTimeout(r, 200));
  result.rss200 = mem.rssKiB();
  result.docs200Bytes = bytes;
  await mem.shutdown();
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Bundle and activation

function bundleSizes() {
  const dist = path.join(ROOT, 'dist');
  return Object.fromEntries(
    fs.readdirSync(dist).filter((f) => f.endsWith('.js')).map((f) => [f, fs.statSync(path.join(dist, f)).size]),
  );
}

function activation(n) {
  const runs = [];
  for (let i = 0; i < n; i++) {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'bench/activation.cjs')], { cwd: ROOT, encoding: 'utf8' });
    runs.push(JSON.parse(out.trim().split('\n').pop()));
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  // Collect garbage between measurements: re-run this script with --expose-gc.
  if (typeof globalThis.gc !== 'function') {
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
  ensureBuilt();
  const { DEFAULT_MAX_FILE_SIZE } = require(SETTINGS_JS);
  const docs = benchDocuments(DEFAULT_MAX_FILE_SIZE);
  const lines = [];
  const budgets = [];
  const out = (s = '') => {
    lines.push(s);
    console.log(s);
  };
  const budget = (name, ok, measured) => budgets.push({ name, ok, measured });

  out(`# Fargate Authoring benchmark`);
  out();
  out(`${new Date().toISOString()} · Node ${process.version} · ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length} · load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}${QUICK ? ' · --quick' : ''}`);
  out();
  out('Synthetic task definitions from fixed seeds (bench/generate.mjs): typical = 2 containers; large = 10 containers × 200 environment variables; huge = 10 containers × 2000 variables, just under the default fargate.maxFileSize (5 MiB).');
  out();

  // 1. Service
  if (ONLY.includes('service')) {
  const service = await benchService(docs, DEFAULT_MAX_FILE_SIZE);
  out('## Lint time of the pure service (wall clock, median / p95, ms)');
  out();
  out('Ratios use the medians of process CPU time (user + system), which the load of other processes on the machine does not inflate.');
  out('Growth with size uses the mean CPU time per run instead: a run of the large document sets off a garbage collection only now');
  out('and then (the median run has none), while every run of the huge one does, so only the mean counts that cost in both.');
  out();
  out('| document | size | runs | jsonc-parser parse | full lint | lint / parse (wall) | lint / parse (CPU) | vscode-json-languageservice (no schema) | lint CPU µs per KB (mean) | diagnostics |');
  out('|---|---|---|---|---|---|---|---|---|---|');
  const perKb = {};
  for (const r of service) {
    const ratio = median(r.times.lint) / median(r.times.parse);
    const cpuRatio = median(r.times.lintCpu) / median(r.times.parseCpu);
    perKb[r.name] = (mean(r.times.lintCpu) * 1000) / (r.bytes / 1024);
    out(
      `| ${r.name} | ${kb(r.bytes)} | ${r.runs} | ${ms(median(r.times.parse))} / ${ms(p95(r.times.parse))} | ${ms(median(r.times.lint))} / ${ms(p95(r.times.lint))} | ${ratio.toFixed(2)}× | ${cpuRatio.toFixed(2)}× | ${ms(median(r.times.jsonls))} / ${ms(p95(r.times.jsonls))} | ${perKb[r.name].toFixed(1)} | ${r.diagnostics} |`,
    );
    if (r.name === 'large') budget('full lint <= 2× jsonc-parser parse (large document, median CPU time)', cpuRatio <= 2, `${cpuRatio.toFixed(2)}× (wall ${ratio.toFixed(2)}×)`);
  }
  const growth = perKb.huge / perKb.large;
  budget('lint grows linearly (mean CPU µs per KB, huge / large <= 1.5)', growth <= 1.5, `${growth.toFixed(2)}`);
  out();
  const nonEcs = await benchNonEcs(DEFAULT_MAX_FILE_SIZE);
  const nonEcsRatio = median(nonEcs.times.checkCpu) / median(nonEcs.times.parseCpu);
  out(
    `A ${kb(nonEcs.bytes)} YAML template without ECS resources (3,000 SQS queues): checking it takes ${ms(median(nonEcs.times.check))} ms, ` +
      `the \`yaml\` package's parse of it ${ms(median(nonEcs.times.parse))} ms (CPU ratio ${(nonEcsRatio * 100).toFixed(2)}%).`,
  );
  out();
  budget('a file without ECS content costs <= 5% of its parse (650 KB YAML, median CPU time)', nonEcsRatio <= 0.05, `${(nonEcsRatio * 100).toFixed(2)}%`);
  }

  // 1b. Templates
  if (ONLY.includes('template')) {
  const tpl = await benchTemplates();
  out('## CloudFormation template: open -> diagnostics vs. parsing the same text (pure service, median / p95, ms)');
  out();
  out('A CDK-style synthesized template from a fixed seed (bench/generate.mjs `cdkTemplate`): 50 task definitions, services, roles, policies and log groups, about 2 MB; the YAML row is the same template written as YAML (long forms). Parse = jsonc-parser / yaml `parseAllDocuments` alone.');
  out();
  out('| document | size | runs | parse | full lint | lint / parse (CPU) | hover p95 | completion p95 | diagnostics |');
  out('|---|---|---|---|---|---|---|---|---|');
  for (const r of tpl) {
    const cpuRatio = median(r.times.lintCpu) / median(r.times.parseCpu);
    out(`| ${r.name} | ${kb(r.bytes)} | ${r.runs} | ${ms(median(r.times.parse))} / ${ms(p95(r.times.parse))} | ${ms(median(r.times.lint))} / ${ms(p95(r.times.lint))} | ${cpuRatio.toFixed(2)}× | ${ms(p95(r.hover))} | ${ms(p95(r.completion))} | ${r.diagnostics} |`);
    budget(`template open -> diagnostics <= 4× parse (${r.name}, median CPU time)`, cpuRatio <= 4, `${cpuRatio.toFixed(2)}×`);
    budget(`template hover p95 < 10 ms (${r.name})`, p95(r.hover) < 10, `${ms(p95(r.hover))} ms`);
    budget(`template completion p95 < 10 ms (${r.name})`, p95(r.completion) < 10, `${ms(p95(r.completion))} ms`);
  }
  out();
  }

  // 2. LSP
  if (ONLY.includes('lsp')) {
  const lsp = await benchLsp(docs);
  out('## Over LSP (stdio, bundled dist/server.js, validationDelayMs = 0)');
  out();
  out('| measurement | p50 (ms) | p95 (ms) | n |');
  out('|---|---|---|---|');
  const row = (label, v) => out(`| ${label} | ${ms(median(v))} | ${ms(p95(v))} | ${v.length} |`);
  row('cold start: spawn → initialize result', lsp.coldStart);
  out(`| open large document → first diagnostics (${lsp.largeDiagnostics} diagnostics) | ${ms(lsp.openLarge)} | | 1 |`);
  row('large: incremental didChange → publishDiagnostics (debounce excluded)', lsp.editToDiagnostics);
  row('typical: hover round trip', lsp.hoverTypical.times);
  row('large: hover round trip', lsp.hoverLarge.times);
  row('typical: completion round trip', lsp.completionTypical.times);
  row('large: completion round trip', lsp.completionLarge.times);
  out();
  out(
    `Incremental typing on the large document: ${lsp.typing.edits} single-character insertions sent back to back took ${ms(lsp.typing.total)} ms ` +
      `until the diagnostics of the last one (${ms(lsp.typing.perEdit)} ms per edit, amortised, including ${lsp.typing.publishes} intermediate validations); ` +
      `last edit → its diagnostics ${ms(lsp.typing.lastToDiagnostics)} ms.`,
  );
  out();
  out(
    `Server memory: RSS ${lsp.rssIdle ? (lsp.rssIdle / 1024).toFixed(1) : 'n/a'} MB after initialize, ` +
      `${lsp.rss200 ? (lsp.rss200 / 1024).toFixed(1) : 'n/a'} MB with 200 task definitions open and checked (${kb(lsp.docs200Bytes)} of JSON).`,
  );
  out();
  const hoverP95 = Math.max(p95(lsp.hoverTypical.times), p95(lsp.hoverLarge.times));
  const completionP95 = Math.max(p95(lsp.completionTypical.times), p95(lsp.completionLarge.times));
  const openRatio = median(lsp.openDefault) / median(lsp.largeParse);
  out(
    `Opening with the default settings (no validationDelayMs; the typing debounce applies to edits only): open → first diagnostics ` +
      `${ms(median(lsp.openDefault))} ms median for the large task definition (${openRatio.toFixed(2)}× jsonc-parser's ${ms(median(lsp.largeParse))} ms parse of it in-process), ` +
      `${ms(median(lsp.openNonEcs))} ms for a ${kb(queuesTemplate().length)} YAML template without ECS resources.`,
  );
  out();
  budget('open → diagnostics <= 4× jsonc-parser parse (large document, default settings, median)', openRatio <= 4, `${openRatio.toFixed(2)}× (${ms(median(lsp.openDefault))} ms)`);
  budget('hover p95 < 10 ms', hoverP95 < 10, `${ms(hoverP95)} ms`);
  budget('completion p95 < 10 ms', completionP95 < 10, `${ms(completionP95)} ms`);
  budget('diagnostics after an edit < 50 ms on the large document (median, debounce excluded)', median(lsp.editToDiagnostics) < 50, `${ms(median(lsp.editToDiagnostics))} ms`);
  budget('server cold start < 300 ms (median)', median(lsp.coldStart) < 300, `${ms(median(lsp.coldStart))} ms`);
  budget('server RSS < 100 MB with 200 documents open', lsp.rss200 !== undefined && lsp.rss200 < 100 * 1024, lsp.rss200 ? `${(lsp.rss200 / 1024).toFixed(1)} MB` : 'n/a');
  }

  // 3. Bundle and activation
  if (ONLY.includes('bundle')) {
  const sizes = bundleSizes();
  out('## Bundle and activation');
  out();
  out(`Bundles (minified): ${Object.entries(sizes).map(([f, s]) => `${f} ${kb(s)}`).join(', ')}.`);
  budget('dist/server.js < 400 KB minified', sizes['server.js'] < 400 * 1024, kb(sizes['server.js']));
  const act = activation(QUICK ? 3 : 7);
  const failed = act.find((a) => a.error || !a.forkCalled);
  const load = act.map((a) => a.loadMs);
  const activate = act.map((a) => a.activateMs);
  const total = act.map((a) => a.loadMs + a.activateMs);
  out();
  out(
    `Activation (Node with a stub \`vscode\` module, fresh process per run, median of ${act.length}): loading dist/client.js ${ms(median(load))} ms + ` +
      `activate() until it returns (views, commands and status item registered) ${ms(median(activate))} ms = ${ms(median(total))} ms${failed ? ` (run failed: ${failed.error ?? 'server never spawned'})` : ''}.`,
  );
  out();
  out(
    `After activation returns, the language client starts from dist/languageClient.js (vscode-languageclient): loading it took ${ms(median(act.map((a) => a.lcLoadMs)))} ms; ` +
      `LanguageClient.start() was called ${ms(median(act.map((a) => a.startAtMs)))} ms and the server spawned ${ms(median(act.map((a) => a.spawnAtMs)))} ms after loading dist/client.js began (medians).`,
  );
  budget('extension activation < 50 ms (load dist/client.js + activate() until it returns, median)', !failed && median(total) < 50, `${ms(median(total))} ms`);
  out();
  }

  out('## Budgets');
  out();
  out('| budget | measured | result |');
  out('|---|---|---|');
  for (const b of budgets) out(`| ${b.name} | ${b.measured} | ${b.ok ? 'PASS' : 'FAIL'} |`);
  out();
  const failedBudgets = budgets.filter((b) => !b.ok).length;
  out(failedBudgets === 0 ? 'All budgets hold.' : `${failedBudgets} budget(s) missed.`);

  const text = lines.join('\n') + '\n';
  const resultsDir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  fs.writeFileSync(file, text);
  // bench/RESULTS.md holds the latest complete run only.
  const complete = ['service', 'template', 'lsp', 'bundle'].every((s) => ONLY.includes(s)) && !QUICK;
  if (complete) fs.writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), text);
  console.log(`\nWritten to ${path.relative(ROOT, file)}${complete ? ' and bench/RESULTS.md' : ''}`);
  process.exitCode = failedBudgets === 0 ? 0 : 1;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(2);
});
