/**
 * Fuzz test of the pure language service: thousands of mutated task definitions, services and appspecs go
 * through every feature the service offers; each answer must be well-formed and arrive in bounded time.
 *
 * Reproducible: the seed is printed; rerun one mutant with `FUZZ_SEED=<seed> FUZZ_ONLY=<index>`.
 * Environment: FUZZ_SEED (default: fixed), FUZZ_COUNT (default 5000), FUZZ_ONLY, FUZZ_CORPUS=0 to skip the
 * shared real-world corpus as extra seeds (it is used only when ../shared/corpus exists).
 */
import * as assert from 'assert';
import * as path from 'path';
import {
  FUZZED_FEATURES, MUTATIONS, MUTATION_NAMES, Rng, describeFailure, loadSeeds, makeMutant, mulberry32, runFuzz,
} from '../helpers/fuzz';
import { SHARED_DIR } from '../helpers/paths';
import { createLanguageService, type FargateLanguageService } from '../../server/src/service/languageService';

const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) >>> 0 : 0x0f4a6a7e;
const COUNT = process.env.FUZZ_COUNT !== undefined ? Number(process.env.FUZZ_COUNT) : 5000;
const ONLY = process.env.FUZZ_ONLY !== undefined ? Number(process.env.FUZZ_ONLY) : undefined;
const CORPUS = process.env.FUZZ_CORPUS === '0' ? undefined : path.join(SHARED_DIR, 'corpus');

describe('fuzz: the pure service on mutated documents', function () {
  const features = FUZZED_FEATURES;

  it('is deterministic: the same seed and index give the same mutant', () => {
    const seeds = loadSeeds();
    for (let i = 0; i < 50; i++) assert.strictEqual(makeMutant(seeds, 7, i).text, makeMutant(seeds, 7, i).text);
    assert.notStrictEqual(makeMutant(seeds, 7, 1).text, makeMutant(seeds, 8, 1).text);
    const a = mulberry32(1);
    const b = mulberry32(1);
    for (let i = 0; i < 10; i++) assert.strictEqual(a(), b());
  });

  it('every mutation changes some document (no dead mutators)', () => {
    const seeds = loadSeeds();
    const task = seeds[0].text;
    for (const name of MUTATION_NAMES) {
      let changed = false;
      for (let s = 0; s < 20 && !changed; s++) changed = MUTATIONS[name](task, new Rng(s)) !== task;
      assert.ok(changed, `mutation ${name} never changed the task definition`);
    }
  });

  it('the checker catches malformed answers, exceptions and hangs (it can fail)', () => {
    const seeds = loadSeeds().slice(0, 1);
    const real = createLanguageService();
    const broken = (patch: Partial<FargateLanguageService>) => ({ ...real, ...patch }) as FargateLanguageService;
    const cases: [string, FargateLanguageService, RegExp][] = [
      ['hover range past the end', broken({ hover: () => ({ contents: 'x', range: { start: { line: 0, character: 0 }, end: { line: 99999, character: 0 } } }) }), /hover.range.end: line 99999/],
      ['empty hover', broken({ hover: () => ({ contents: { kind: 'markdown', value: ' ' } }) }), /empty contents/],
      ['completion edit off the cursor', broken({ complete: () => ({ isIncomplete: false, items: [{ label: 'x', textEdit: { newText: 'x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } }] }) }), /does not contain the cursor|spans lines/],
      ['bad severity', broken({ validate: () => [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: 7 as 1, message: 'm', source: 'fargate', code: 'fargate/x' }] }), /severity 7/],
      ['empty message', broken({ validate: () => [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: 1, message: '', source: 'fargate', code: 'fargate/x' }] }), /empty message/],
      ['exception', broken({ complete: () => { throw new Error('boom'); } }), /boom/],
      ['hang', broken({ hover: () => { const t = Date.now(); while (Date.now() - t < 30); return null; } }), /hover took \d+ ms/],
    ];
    for (const [what, service, expected] of cases) {
      const r = runFuzz({ seed: 1, count: 3, seeds, service, callTimeoutMs: 20, maxFailures: 1 });
      assert.ok(r.failures.some((f) => expected.test(f.error)), `${what}: ${JSON.stringify(r.failures.map((f) => f.error))}`);
    }
  });

  it(`${ONLY !== undefined ? `mutant ${ONLY}` : `${COUNT} mutants`} of seed ${SEED} through ${features.join(', ')}: no exception, well-formed answers, each call < 2 s`, function () {
    this.timeout(180_000);
    const seeds = loadSeeds({ corpusDir: CORPUS, maxSeedSize: 20_000 });
    const result = runFuzz({ seed: SEED, count: COUNT, seeds, only: ONLY, callTimeoutMs: 2000 });
    const rate = (result.ran / (result.elapsedMs / 1000)).toFixed(0);
    console.log(
      `      fuzz seed ${SEED}: ${result.ran} mutants of ${seeds.length} seed documents in ${result.elapsedMs} ms (${rate}/s); ` +
        `calls ${JSON.stringify(result.use)}; slowest ${result.slowest.feature} ${result.slowest.ms.toFixed(0)} ms ` +
        `(mutant ${result.slowest.index}, ${result.slowest.length} chars)`,
    );
    const problems = [
      ...result.failures.map((f) => describeFailure(SEED, f)),
      ...result.ruleErrors,
    ];
    assert.deepStrictEqual(problems, [], `\n${problems.join('\n\n')}`);
    assert.strictEqual(result.ran, ONLY !== undefined ? 1 : COUNT);
    // Every feature was really exercised.
    assert.deepStrictEqual(result.features, [...FUZZED_FEATURES]);
    assert.ok(result.use.validate >= result.ran);
    assert.ok(result.use.hover >= result.ran, 'hover exercised');
    assert.ok(result.use.complete >= result.ran, 'completion exercised');
    assert.ok(result.use.conceptsAtPosition >= result.ran, 'concepts at a position exercised');
    assert.ok(result.use.codeActions >= result.ran, 'code actions exercised');
    assert.ok(result.use.documentConcepts >= result.ran, 'document concepts exercised');
    assert.ok(result.use.costEstimate >= result.ran, 'cost estimate exercised');
  });
});
