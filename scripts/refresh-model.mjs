#!/usr/bin/env node
// Takes in a new ECS API model and regenerates the field catalog from it, in one step:
//
//   npm run refresh-model -- <service-2.json | service-2.json.gz | botocore-X.Y.Z-py3-none-any.whl>
//                            [--botocore-version X.Y.Z] [--date YYYY-MM[-DD]]
//
// 1. Reads the botocore ECS model (`botocore/data/ecs/2014-11-13/service-2.json`): a plain file, a gzipped one, or
//    the one inside a botocore wheel (a zip; `pip download --no-deps botocore` fetches one where an index is reachable).
// 2. Records it as `scripts/model/ecs-model.structure.json`: the shapes only, without AWS's documentation text, with
//    the botocore version, the model's date and the sha256 of the file it came from. This is the catalog's recorded
//    input; a unit test regenerates the catalog from it and compares byte for byte.
// 3. Regenerates `server/src/knowledge/ecsCatalog.generated.json` from the recorded input (scripts/generate-catalog.mjs).
// 4. Prints what changed in the catalog: shapes, members and enum values added or removed.
//
// The botocore version and date come from the wheel (its file name and the model entry's timestamp); for a plain or
// gzipped file, pass them with --botocore-version and --date (otherwise they are recorded as "unknown").
// Output is deterministic: the same input and flags always give the same files.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCatalog, DEFAULT_INPUT, DEFAULT_OUT, serialize } from './generate-catalog.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const MODEL_ENTRY = /^botocore\/data\/ecs\/2014-11-13\/service-2\.json(\.gz)?$/;
/** Keys of the botocore model that carry AWS's prose (not facts the catalog uses): never recorded. */
const PROSE_KEYS = new Set(['documentation', 'documentationUrl', 'deprecatedMessage', 'examples']);

function usage(message) {
  if (message) console.error(`refresh-model: ${message}`);
  console.error('usage: npm run refresh-model -- <service-2.json | service-2.json.gz | botocore wheel> [--botocore-version X.Y.Z] [--date YYYY-MM]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { input: undefined, botocoreVersion: undefined, date: undefined, recordOut: DEFAULT_INPUT, catalogOut: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--botocore-version') opts.botocoreVersion = value();
    else if (a === '--date') opts.date = value();
    else if (a === '--record-out') opts.recordOut = resolve(value());
    else if (a === '--catalog-out') opts.catalogOut = resolve(value());
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (opts.input) usage('only one input file');
    else opts.input = resolve(a);
  }
  if (!opts.input) usage('no input file');
  if (opts.date !== undefined && !/^\d{4}-\d{2}(-\d{2})?$/.test(opts.date)) usage(`--date must be YYYY-MM or YYYY-MM-DD, not "${opts.date}"`);
  return opts;
}

/** The model's bytes and what the input itself says about its release. */
async function readInput(file) {
  if (!existsSync(file)) usage(`${file} does not exist`);
  const bytes = readFileSync(file);
  // A wheel is a zip: "PK\x03\x04".
  if (bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    const { default: AdmZip } = await import('adm-zip');
    const zip = new AdmZip(bytes);
    const entry = zip.getEntries().find((e) => MODEL_ENTRY.test(e.entryName));
    if (!entry) usage(`${basename(file)} holds no botocore/data/ecs/2014-11-13/service-2.json(.gz): is it a botocore wheel?`);
    const data = entry.getData();
    const json = entry.entryName.endsWith('.gz') ? gunzipSync(data) : data;
    const m = /^botocore-(\d+\.\d+\.\d+)-/.exec(basename(file));
    const t = entry.header.time;
    const date = t instanceof Date && !Number.isNaN(t.getTime()) ? `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}` : undefined;
    return { json, botocoreVersion: m?.[1], date, from: `${basename(file)}:${entry.entryName}` };
  }
  const json = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return { json, from: basename(file) };
}

function sortedWithoutProse(value) {
  if (Array.isArray(value)) return value.map(sortedWithoutProse);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const key of Object.keys(value).sort()) if (!PROSE_KEYS.has(key)) out[key] = sortedWithoutProse(value[key]);
  return out;
}

/** The recorded input: metadata, the release it came from, and every shape (one per line, for readable diffs). */
export function recordModel(model, recorded) {
  if (!model || typeof model !== 'object' || !model.shapes || typeof model.shapes !== 'object') {
    throw new Error('refresh-model: the input is not a botocore service model (no "shapes")');
  }
  if (model.metadata?.endpointPrefix !== 'ecs') {
    throw new Error(`refresh-model: the input is the model of "${model.metadata?.endpointPrefix ?? 'unknown'}", not of ECS`);
  }
  const shapes = sortedWithoutProse(model.shapes);
  const lines = Object.keys(shapes).map((name) => ` ${JSON.stringify(name)}: ${JSON.stringify(shapes[name])}`);
  return (
    '{\n' +
    `"recorded": ${JSON.stringify(recorded)},\n` +
    `"metadata": ${JSON.stringify(sortedWithoutProse(model.metadata ?? {}))},\n` +
    `"shapes": {\n${lines.join(',\n')}\n}\n}\n`
  );
}

/** What changed between two catalogs: shapes, members (`Shape.member`) and enum values, added and removed. */
export function catalogChanges(before, after) {
  const changes = [];
  const keys = (o) => new Set(Object.keys(o ?? {}));
  const diff = (a, b) => [[...b].filter((x) => !a.has(x)), [...a].filter((x) => !b.has(x))];
  const beforeShapes = before?.shapes ?? {};
  const afterShapes = after?.shapes ?? {};
  const [newShapes, goneShapes] = diff(keys(beforeShapes), keys(afterShapes));
  for (const s of newShapes.sort()) changes.push(`+ shape ${s} (${Object.keys(afterShapes[s].fields).join(', ')})`);
  for (const s of goneShapes.sort()) changes.push(`- shape ${s}`);
  for (const s of Object.keys(afterShapes).sort()) {
    if (!beforeShapes[s]) continue;
    const [added, removed] = diff(keys(beforeShapes[s].fields), keys(afterShapes[s].fields));
    for (const m of added.sort()) changes.push(`+ member ${s}.${m}: ${afterShapes[s].fields[m].type}${afterShapes[s].fields[m].required ? ' (required)' : ''}`);
    for (const m of removed.sort()) changes.push(`- member ${s}.${m}`);
    for (const m of Object.keys(afterShapes[s].fields).sort()) {
      const was = beforeShapes[s].fields[m];
      const now = afterShapes[s].fields[m];
      if (!was) continue;
      if (was.type !== now.type) changes.push(`~ member ${s}.${m}: type ${was.type} -> ${now.type}`);
      if (was.required !== now.required) changes.push(`~ member ${s}.${m}: ${now.required ? 'now required' : 'no longer required'}`);
    }
  }
  const beforeEnums = before?.enums ?? {};
  const afterEnums = after?.enums ?? {};
  const [newEnums, goneEnums] = diff(keys(beforeEnums), keys(afterEnums));
  for (const e of newEnums.sort()) changes.push(`+ enum ${e}: ${afterEnums[e].join(' | ')}`);
  for (const e of goneEnums.sort()) changes.push(`- enum ${e}`);
  for (const e of Object.keys(afterEnums).sort()) {
    if (!beforeEnums[e]) continue;
    const [added, removed] = diff(new Set(beforeEnums[e]), new Set(afterEnums[e]));
    for (const v of added) changes.push(`+ enum value ${e}.${v}`);
    for (const v of removed) changes.push(`- enum value ${e}.${v}`);
  }
  return changes;
}

async function main(argv) {
  const opts = parseArgs(argv);
  const input = await readInput(opts.input);
  let model;
  try {
    model = JSON.parse(input.json.toString('utf8'));
  } catch (err) {
    usage(`${input.from} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const recorded = {
    botocoreVersion: opts.botocoreVersion ?? input.botocoreVersion ?? 'unknown',
    date: opts.date ?? input.date ?? 'unknown',
    upstreamFile: input.from,
    upstreamSha256: createHash('sha256').update(input.json).digest('hex'),
  };
  const recordText = recordModel(model, recorded);
  const catalog = buildCatalog(JSON.parse(recordText));
  const before = existsSync(opts.catalogOut) ? JSON.parse(readFileSync(opts.catalogOut, 'utf8')) : undefined;
  mkdirSync(dirname(opts.recordOut), { recursive: true });
  writeFileSync(opts.recordOut, recordText);
  mkdirSync(dirname(opts.catalogOut), { recursive: true });
  writeFileSync(opts.catalogOut, serialize(catalog));
  const changes = catalogChanges(before, catalog);
  const rel = (p) => p.startsWith(resolve(HERE, '..')) ? p.slice(resolve(HERE, '..').length + 1) : p;
  console.log(`refresh-model: ${input.from}, botocore ${recorded.botocoreVersion}, dated ${recorded.date}, ${Object.keys(model.shapes).length} model shapes`);
  console.log(`refresh-model: recorded ${rel(opts.recordOut)}; regenerated ${rel(opts.catalogOut)} (${Object.keys(catalog.shapes).length} shapes, ${Object.keys(catalog.enums).length} enums)`);
  if (recorded.botocoreVersion === 'unknown' || recorded.date === 'unknown') {
    console.log('refresh-model: pass --botocore-version and --date so messages can say which model they compare against');
  }
  if (changes.length === 0) console.log('refresh-model: the catalog did not change');
  else {
    console.log(`refresh-model: ${changes.length} change${changes.length === 1 ? '' : 's'} in the catalog:`);
    for (const c of changes) console.log(`  ${c}`);
    console.log('refresh-model: new fields need their own-words docs in server/src/knowledge/fieldDocs.ts (the fieldDocs test lists the missing ones)');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
