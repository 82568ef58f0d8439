import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { closeRuleIds, parseArgs } from '../../server/src/cli/args';
import { findConfigFile, parseConfig, settingsFor } from '../../server/src/cli/config';
import { runCli, toProblem } from '../../server/src/cli/run';
import { DEFAULT_SETTINGS } from '../../server/src/common/settings';
import { createLanguageService } from '../../server/src/service/languageService';
import { RULES } from '../../server/src/service/rules';
import { SiblingFinder } from '../../server/src/siblings';
import { REPO_ROOT } from '../helpers/paths';
import { validTask } from '../helpers/docs';

const ROOT = REPO_ROOT;
const FIXTURES = path.join(ROOT, 'test/fixtures');
const CLI = path.join(FIXTURES, 'cli');

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], opts: { cwd?: string; isTTY?: boolean; env?: Record<string, string> } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: opts.cwd ?? ROOT,
    isTTY: opts.isTTY ?? false,
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}

interface JsonProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

async function runJson(args: string[], cwd?: string): Promise<{ code: number; problems: JsonProblem[]; stderr: string }> {
  const r = await run(['--format', 'json', ...args], { cwd });
  return { code: r.code, problems: JSON.parse(r.stdout) as JsonProblem[], stderr: r.stderr };
}

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fargate-lint-'));
}

function write(dir: string, name: string, content: string | object): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return p;
}

/** Every .json/.jsonc/.yaml/.yml file under a folder. */
function allFixtures(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...allFixtures(p));
    else if (/\.(jsonc?|ya?ml)$/i.test(e.name)) out.push(p);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ SARIF checker

const SARIF_LEVELS = ['none', 'note', 'warning', 'error'];

/**
 * The SARIF 2.1.0 properties GitHub code scanning relies on, checked structurally. Returns the problems found
 * (empty when the log is acceptable).
 */
function sarifProblems(log: unknown): string[] {
  const errs: string[] = [];
  const isObj = (v: unknown): v is Record<string, any> => !!v && typeof v === 'object' && !Array.isArray(v);
  const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
  const isAbsUri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(v);
  const posInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 1;
  if (!isObj(log)) return ['log is not an object'];
  if (log.version !== '2.1.0') errs.push('version must be "2.1.0"');
  if (!nonEmpty(log.$schema) || !/sarif/i.test(String(log.$schema))) errs.push('$schema must point at the SARIF schema');
  if (!Array.isArray(log.runs) || log.runs.length !== 1) return [...errs, 'runs must hold exactly one run'];
  const run = log.runs[0];
  if (!isObj(run)) return [...errs, 'run is not an object'];
  const driver = run.tool?.driver;
  if (!isObj(driver)) return [...errs, 'run.tool.driver missing'];
  if (!nonEmpty(driver.name)) errs.push('driver.name missing');
  if (!nonEmpty(driver.version)) errs.push('driver.version missing');
  if (!isAbsUri(driver.informationUri)) errs.push('driver.informationUri must be an absolute URI');
  if (!Array.isArray(driver.rules)) return [...errs, 'driver.rules must be an array'];
  const ids = new Set<string>();
  driver.rules.forEach((r: unknown, i: number) => {
    const at = `rules[${i}]`;
    if (!isObj(r)) return errs.push(`${at} is not an object`);
    if (!nonEmpty(r.id)) errs.push(`${at}.id missing`);
    if (ids.has(r.id)) errs.push(`${at}.id ${r.id} is duplicated`);
    ids.add(r.id);
    if (!nonEmpty(r.name) || /[^A-Za-z0-9]/.test(r.name)) errs.push(`${at}.name must be an identifier`);
    if (!nonEmpty(r.shortDescription?.text)) errs.push(`${at}.shortDescription.text missing`);
    if (!nonEmpty(r.fullDescription?.text)) errs.push(`${at}.fullDescription.text missing`);
    if (!isAbsUri(r.helpUri) || !String(r.helpUri).startsWith('https://')) errs.push(`${at}.helpUri must be an https URI`);
    if (!nonEmpty(r.help?.text)) errs.push(`${at}.help.text missing`);
    if (!SARIF_LEVELS.includes(r.defaultConfiguration?.level)) errs.push(`${at}.defaultConfiguration.level invalid`);
    const tags = r.properties?.tags;
    if (!Array.isArray(tags) || tags.length > 20 || !tags.every(nonEmpty)) errs.push(`${at}.properties.tags must be 1-20 strings`);
    return undefined;
  });
  const bases = run.originalUriBaseIds;
  if (!isObj(bases) || !isObj(bases['%SRCROOT%']) || !/^file:\/\/.*\/$/.test(String(bases['%SRCROOT%'].uri))) {
    errs.push('originalUriBaseIds.%SRCROOT%.uri must be a file URI ending in /');
  }
  if (!Array.isArray(run.results)) return [...errs, 'run.results must be an array'];
  run.results.forEach((res: unknown, i: number) => {
    const at = `results[${i}]`;
    if (!isObj(res)) return errs.push(`${at} is not an object`);
    if (!nonEmpty(res.ruleId)) errs.push(`${at}.ruleId missing`);
    if (res.ruleIndex !== undefined) {
      if (!Number.isInteger(res.ruleIndex) || driver.rules[res.ruleIndex]?.id !== res.ruleId) errs.push(`${at}.ruleIndex does not point at ${res.ruleId}`);
    }
    if (!ids.has(res.ruleId)) errs.push(`${at}.ruleId ${res.ruleId} is not in driver.rules`);
    if (!SARIF_LEVELS.includes(res.level)) errs.push(`${at}.level invalid`);
    if (!nonEmpty(res.message?.text)) errs.push(`${at}.message.text missing`);
    if (!Array.isArray(res.locations) || res.locations.length === 0) return errs.push(`${at}.locations missing`);
    for (const loc of res.locations) {
      const pl = loc?.physicalLocation;
      const uri = pl?.artifactLocation?.uri;
      if (!nonEmpty(uri) || /^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/') || uri.includes('\\')) {
        errs.push(`${at} artifactLocation.uri must be relative with forward slashes (got ${uri})`);
      }
      if (pl?.artifactLocation?.uriBaseId !== '%SRCROOT%') errs.push(`${at} artifactLocation.uriBaseId must be %SRCROOT%`);
      const reg = pl?.region;
      if (!isObj(reg) || !posInt(reg.startLine) || !posInt(reg.startColumn) || !posInt(reg.endLine) || !posInt(reg.endColumn)) {
        errs.push(`${at} region needs 1-based startLine/startColumn/endLine/endColumn`);
      } else if (reg.endLine < reg.startLine || (reg.endLine === reg.startLine && reg.endColumn < reg.startColumn)) {
        errs.push(`${at} region ends before it starts`);
      }
    }
    return undefined;
  });
  return errs;
}

// ------------------------------------------------------------------------------------------------ tests

describe('fargate-lint CLI', () => {
  const tmps: string[] = [];
  const mk = () => {
    const d = tmpDir();
    tmps.push(d);
    return d;
  };
  after(() => {
    for (const d of tmps) fs.rmSync(d, { recursive: true, force: true });
  });

  describe('help, version and usage errors', () => {
    it('prints help and the version with exit code 0', async () => {
      const h = await run(['--help']);
      assert.strictEqual(h.code, 0);
      assert.match(h.stdout, /Usage: fargate-lint \[options\] <files or folders\.\.\.>/);
      assert.match(h.stdout, /--max-warnings/);
      const v = await run(['--version']);
      assert.strictEqual(v.code, 0);
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.strictEqual(v.stdout, `fargate-lint ${pkg.version}\n`);
    });

    const usage: [string, string[], RegExp][] = [
      ['no inputs', [], /no files or folders given/],
      ['an unknown option', ['--fix', CLI], /unknown option --fix/],
      ['a bad --format', ['--format', 'xml', CLI], /--format must be one of text, json, sarif/],
      ['a missing option value', [CLI, '--format'], /--format needs a value/],
      ['a bad --max-warnings', ['--max-warnings', 'many', CLI], /whole number/],
      ['a --rule without =', ['--rule', 'fargate/image-tag', CLI], /--rule expects <rule-id>=<severity>/],
      ['a bad --rule severity', ['--rule', 'fargate/image-tag=loud', CLI], /'loud' is not a severity; use off, info, warning or error/],
      ['an unknown rule id', ['--rule', 'fargate/imagetag=off', CLI], /unknown rule 'fargate\/imagetag'\. Did you mean 'fargate\/image-tag'/],
      ['a missing file', ['test/fixtures/cli/nope.json'], /no such file or folder: test\/fixtures\/cli\/nope\.json/],
      ['a missing --config file', ['--config', 'nowhere.json', CLI], /cannot read config file .*nowhere\.json: ENOENT/],
    ];
    for (const [what, args, msg] of usage) {
      it(`exits 2 with a clear message for ${what}`, async () => {
        const r = await run(args);
        assert.strictEqual(r.code, 2, r.stderr);
        assert.match(r.stderr, msg);
        assert.match(r.stderr, /^fargate-lint: /);
        assert.strictEqual(r.stdout, '', 'nothing on stdout');
      });
    }

    it('exits 2 for an unreadable file but still reports the others', async () => {
      const dir = mk();
      fs.copyFileSync(path.join(CLI, 'errors-taskdef.json'), path.join(dir, 'errors.json'));
      let unreadable: string;
      let expected: RegExp;
      if (process.getuid?.() === 0 && fs.existsSync('/proc/self/mem')) {
        // Root reads every ordinary file whatever its mode; reading this one from offset 0 fails even for root.
        unreadable = '/proc/self/mem';
        expected = /cannot read .*proc\/self\/mem: EIO/;
      } else {
        unreadable = write(dir, 'locked.json', '{}');
        fs.chmodSync(unreadable, 0o000);
        expected = /cannot read locked\.json: EACCES/;
      }
      const r = await run(['--format', 'json', dir, unreadable], { cwd: dir });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, expected);
      assert.ok((JSON.parse(r.stdout) as JsonProblem[]).some((p) => p.file === 'errors.json'));
    });

    it('parses --opt=value, short options and -- before file names', () => {
      const o = parseArgs(['-f', 'sarif', '--max-warnings=3', '--rule=image-tag=error', '-q', '-o', 'x.sarif', '--', '--weird.json']);
      assert.deepStrictEqual(
        { format: o.format, max: o.maxWarnings, rules: o.rules, quiet: o.quiet, out: o.outputFile, inputs: o.inputs },
        { format: 'sarif', max: 3, rules: { 'fargate/image-tag': 'error' }, quiet: true, out: 'x.sarif', inputs: ['--weird.json'] },
      );
    });

    it('suggests close rule ids', () => {
      assert.ok(closeRuleIds('fargate/task-sise').includes('fargate/task-size'));
      assert.ok(closeRuleIds('networkmode').includes('fargate/network-mode'));
      assert.deepStrictEqual(closeRuleIds('fargate/zzzzzzzzzzzzzzzzzzzzzzzzzz'), []);
    });
  });

  describe('exit codes and text output', () => {
    it('exits 0 with a clean line for a valid task definition', async () => {
      const r = await run(['test/fixtures/cli/valid-taskdef.json']);
      assert.strictEqual(r.code, 0, r.stdout);
      assert.strictEqual(r.stdout, '✔ No problems (1 file checked)\n');
    });

    it('exits 1 for errors and prints a stylish report with aligned columns', async () => {
      const r = await run(['test/fixtures/cli/errors-taskdef.json']);
      assert.strictEqual(r.code, 1);
      const lines = r.stdout.split('\n');
      assert.strictEqual(lines[1], 'test/fixtures/cli/errors-taskdef.json');
      const rows = lines.filter((l) => /^ {2}\d+:\d+ /.test(l));
      assert.strictEqual(rows.length, 2);
      assert.match(rows[0], /^ {2}3:18 {2}error {2}Fargate only runs tasks in the "awsvpc" network mode.* {2}fargate\/network-mode$/);
      assert.match(rows[1], /^ {2}6:13 {2}error {2}Fargate has no 256 CPU \/ 4096 MiB size.* {2}fargate\/task-size$/);
      // Rule ids line up in one column.
      assert.strictEqual(rows[0].lastIndexOf('fargate/'), rows[1].lastIndexOf('fargate/'));
      assert.match(r.stdout, /\n✖ 2 problems \(2 errors, 0 warnings, 0 infos\)\n1 file checked\n$/);
      assert.ok(!r.stdout.includes('\u001b['), 'no colours when not a terminal');
    });

    it('exits 0 for warnings only, and 1 when they exceed --max-warnings', async () => {
      const file = 'test/fixtures/cli/warnings-taskdef.json';
      const plain = await run([file]);
      assert.strictEqual(plain.code, 0);
      assert.match(plain.stdout, /✖ 2 problems \(0 errors, 2 warnings, 0 infos\)/);
      assert.strictEqual((await run(['--max-warnings', '2', file])).code, 0);
      const over = await run(['--max-warnings', '1', file]);
      assert.strictEqual(over.code, 1);
      assert.match(over.stderr, /too many warnings \(2; --max-warnings is 1\)/);
      assert.strictEqual((await run(['--max-warnings', '0', file])).code, 1);
    });

    it('--quiet reports errors only (and warnings no longer count)', async () => {
      const w = await run(['--quiet', '--max-warnings', '0', 'test/fixtures/cli/warnings-taskdef.json']);
      assert.strictEqual(w.code, 0);
      assert.match(w.stdout, /No problems/);
      const e = await runJson(['--quiet', 'test/fixtures/cli/errors-taskdef.json', 'test/fixtures/cli/warnings-taskdef.json']);
      assert.strictEqual(e.code, 1);
      assert.ok(e.problems.length === 2 && e.problems.every((p) => p.severity === 'error'));
    });

    it('colours output on a terminal, unless --no-color or NO_COLOR', async () => {
      const file = 'test/fixtures/cli/errors-taskdef.json';
      assert.ok((await run([file], { isTTY: true })).stdout.includes('\u001b[31merror'));
      assert.ok(!(await run(['--no-color', file], { isTTY: true })).stdout.includes('\u001b['));
      assert.ok(!(await run([file], { isTTY: true, env: { NO_COLOR: '1' } })).stdout.includes('\u001b['));
      assert.ok((await run(['--color', file])).stdout.includes('\u001b['));
    });
  });

  describe('finding files', () => {
    it('searches folders recursively, recognises documents by content and counts skipped files', async () => {
      const r = await run(['test/fixtures/cli']);
      assert.strictEqual(r.code, 1);
      // valid, errors, warnings, bluegreen/{taskdef.json,appspec.yaml}, mismatch/{service,taskdef}.json;
      // skipped: not-ecs.json, bluegreen/notes.yml
      assert.match(r.stdout, /7 files checked, 2 files skipped \(not ECS documents\)\n$/);
      const j = await runJson(['test/fixtures/cli']);
      assert.deepStrictEqual([...new Set(j.problems.map((p) => p.file))], [
        'test/fixtures/cli/errors-taskdef.json',
        'test/fixtures/cli/mismatch/service.json',
        'test/fixtures/cli/warnings-taskdef.json',
      ]);
      // Cross-file: the service is checked against the task definition of its folder.
      assert.ok(j.problems.some((p) => p.code === 'fargate/service-task-container' && /does not map port 80/.test(p.message)));
    });

    it('skips node_modules and .git, ignores other extensions in folders, but checks files named explicitly', async () => {
      const dir = mk();
      const broken = fs.readFileSync(path.join(CLI, 'errors-taskdef.json'), 'utf8');
      write(dir, 'node_modules/pkg/taskdef.json', broken);
      write(dir, '.git/taskdef.json', broken);
      write(dir, 'deploy/taskdef.txt', broken);
      write(dir, 'deploy/taskdef.jsonc', fs.readFileSync(path.join(CLI, 'valid-taskdef.json'), 'utf8'));
      const folder = await run(['.'], { cwd: dir });
      assert.strictEqual(folder.code, 0, folder.stdout);
      assert.match(folder.stdout, /\(1 file checked\)/);
      const named = await runJson(['.', 'deploy/taskdef.txt'], dir);
      assert.strictEqual(named.code, 1);
      assert.deepStrictEqual([...new Set(named.problems.map((p) => p.file))], ['deploy/taskdef.txt']);
    });

    it('checks a YAML appspec with the YAML parser, with the task definition of its folder', async () => {
      const dir = mk();
      write(dir, 'taskdef.json', fs.readFileSync(path.join(CLI, 'bluegreen/taskdef.json'), 'utf8'));
      const appspec = fs.readFileSync(path.join(CLI, 'bluegreen/appspec.yaml'), 'utf8');
      write(dir, 'appspec.yml', appspec.replace('ContainerName: "shop"', 'ContainerName: "Shop"'));
      const r = await runJson(['appspec.yml'], dir);
      assert.strictEqual(r.code, 1);
      const f = r.problems.find((p) => p.code === 'fargate/appspec-task-container');
      assert.ok(f, JSON.stringify(r.problems));
      assert.strictEqual(f.file, 'appspec.yml');
      assert.strictEqual(f.line, 9, 'points into the YAML file');
      assert.match(f.message, /Did you mean 'shop'\?/);
      // Without a task definition next to it, the cross-file rule has nothing to compare with.
      fs.rmSync(path.join(dir, 'taskdef.json'));
      const alone = await runJson(['appspec.yml'], dir);
      assert.ok(!alone.problems.some((p) => p.code === 'fargate/appspec-task-container'));
    });

    it('reports a YAML syntax error in an appspec', async () => {
      const dir = mk();
      write(dir, 'appspec.yaml', 'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties: [unclosed\n');
      const r = await runJson(['appspec.yaml'], dir);
      assert.strictEqual(r.code, 1);
      assert.ok(r.problems.length > 0 && r.problems.every((p) => p.severity === 'error'), JSON.stringify(r.problems));
    });
  });

  describe('formats', () => {
    it('json: one entry per problem with 1-based positions relative to the working folder', async () => {
      const file = path.join(CLI, 'errors-taskdef.json');
      const text = fs.readFileSync(file, 'utf8');
      const r = await runJson([file], CLI);
      assert.strictEqual(r.code, 1);
      assert.strictEqual(r.problems.length, 2);
      const nm = r.problems[0];
      const offset = text.indexOf('"bridge"');
      const before = text.slice(0, offset).split('\n');
      assert.deepStrictEqual(nm, {
        file: 'errors-taskdef.json',
        line: before.length,
        column: before[before.length - 1].length + 1,
        endLine: before.length,
        endColumn: before[before.length - 1].length + 1 + '"bridge"'.length,
        severity: 'error',
        code: 'fargate/network-mode',
        message: nm.message,
      });
      const clean = await runJson(['test/fixtures/cli/valid-taskdef.json']);
      assert.deepStrictEqual(clean, { code: 0, problems: [], stderr: '' });
    });

    it('sarif: a valid SARIF 2.1.0 log with every rule and every problem', async () => {
      const s = await run(['--format', 'sarif', 'test/fixtures/cli']);
      assert.strictEqual(s.code, 1);
      const log = JSON.parse(s.stdout);
      assert.deepStrictEqual(sarifProblems(log), []);
      const driver = log.runs[0].tool.driver;
      assert.strictEqual(driver.name, 'fargate-lint');
      const ids: string[] = driver.rules.map((r: { id: string }) => r.id);
      for (const rule of RULES) {
        const d = driver.rules[ids.indexOf(rule.meta.id)];
        assert.ok(d, `rule ${rule.meta.id} in the driver`);
        assert.strictEqual(d.helpUri, rule.meta.source);
        assert.strictEqual(d.shortDescription.text, rule.meta.title);
        assert.strictEqual(d.defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[rule.meta.severity]);
        assert.ok(d.properties.tags.includes(rule.meta.category));
      }
      const j = await runJson(['test/fixtures/cli']);
      const results = log.runs[0].results;
      assert.strictEqual(results.length, j.problems.length);
      assert.deepStrictEqual(
        results.map((x: any) => [x.ruleId, x.level, x.message.text, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region]),
        j.problems.map((p) => [p.code, p.severity === 'error' ? 'error' : p.severity === 'warning' ? 'warning' : 'note', p.message, p.file,
          { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn }]),
      );
      assert.strictEqual(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(ROOT).href + '/');
    });

    it('sarif: the structural checker rejects broken logs (so the test above can fail)', async () => {
      const s = await run(['--format', 'sarif', 'test/fixtures/cli/errors-taskdef.json']);
      const good = JSON.parse(s.stdout);
      const mutate = (f: (l: any) => void) => {
        const l = JSON.parse(JSON.stringify(good));
        f(l);
        return sarifProblems(l);
      };
      assert.deepStrictEqual(sarifProblems(good), []);
      assert.notDeepStrictEqual(mutate((l) => (l.version = '2.0.0')), []);
      assert.notDeepStrictEqual(mutate((l) => (l.runs[0].results[0].ruleIndex = 0)), []);
      assert.notDeepStrictEqual(mutate((l) => (l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'C:\\x.json')), []);
      assert.notDeepStrictEqual(mutate((l) => (l.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0)), []);
      assert.notDeepStrictEqual(mutate((l) => delete l.runs[0].tool.driver.rules[3].helpUri), []);
      assert.notDeepStrictEqual(mutate((l) => (l.runs[0].results[0].level = 'info')), []);
    });

    it('sarif: a clean run has no results but still lists the rules; info findings become notes', async () => {
      const clean = JSON.parse((await run(['-f', 'sarif', 'test/fixtures/cli/valid-taskdef.json'])).stdout);
      assert.deepStrictEqual(sarifProblems(clean), []);
      assert.deepStrictEqual(clean.runs[0].results, []);
      assert.strictEqual(clean.runs[0].tool.driver.rules.length, RULES.length + 1);
      const info = JSON.parse((await run(['-f', 'sarif', '--rule', 'image-tag=info', 'test/fixtures/cli/warnings-taskdef.json'])).stdout);
      assert.deepStrictEqual(sarifProblems(info), []);
      assert.ok(info.runs[0].results.some((x: any) => x.ruleId === 'fargate/image-tag' && x.level === 'note'));
    });

    it('--output-file writes the report (creating folders) and keeps stdout empty', async () => {
      const dir = mk();
      const r = await run(['-f', 'sarif', '-o', 'reports/fargate.sarif', path.join(CLI, 'errors-taskdef.json')], { cwd: dir });
      assert.strictEqual(r.code, 1);
      assert.strictEqual(r.stdout, '');
      const log = JSON.parse(fs.readFileSync(path.join(dir, 'reports/fargate.sarif'), 'utf8'));
      assert.deepStrictEqual(sarifProblems(log), []);
      assert.strictEqual(log.runs[0].results.length, 2);
    });

    it('exits 2 when the report cannot be written', async () => {
      const dir = mk();
      write(dir, 'plain-file', 'x');
      const r = await run(['-o', 'plain-file/report.json', path.join(CLI, 'valid-taskdef.json')], { cwd: dir });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /cannot write plain-file\/report\.json: (ENOTDIR|EEXIST)/);
    });
  });

  describe('strict JSON: what the AWS CLI would reject', () => {
    it('a comment or trailing comma in a .json task definition fails the run; the same text as .jsonc passes', async () => {
      const dir = tmpDir();
      const text = `// notes for the team\n${JSON.stringify(validTask(), null, 2).replace(/\n}$/, ',\n}')}`;
      write(dir, 'taskdef.json', text);
      write(dir, 'taskdef.jsonc', text);
      const json = await runJson([path.join(dir, 'taskdef.json')]);
      assert.strictEqual(json.code, 1);
      assert.deepStrictEqual(json.problems.map((p) => [p.code, p.severity, p.line]), [
        ['fargate/strict-json', 'error', 1],
        ['fargate/strict-json', 'error', text.split('\n').length - 1],
      ]);
      const jsonc = await runJson([path.join(dir, 'taskdef.jsonc')]);
      assert.deepStrictEqual([jsonc.code, jsonc.problems], [0, []]);
    });
  });

  describe('settings: config file and --rule', () => {
    const warnings = path.join(CLI, 'warnings-taskdef.json');
    const codes = (ps: JsonProblem[]) => ps.map((p) => `${p.code}:${p.severity}`).sort();

    it('reads .fargate-lint.json from the working folder or a parent', async () => {
      const dir = mk();
      write(dir, '.fargate-lint.json', '// team settings\n{ "rules": { "fargate/image-tag": "off" }, "unknownKeySeverity": "error", }');
      const nested = path.join(dir, 'a/b');
      fs.mkdirSync(nested, { recursive: true });
      assert.strictEqual(findConfigFile(nested), path.join(dir, '.fargate-lint.json'));
      const r = await runJson([warnings], nested);
      assert.strictEqual(r.code, 1);
      assert.deepStrictEqual(codes(r.problems), ['fargate/unknown-key:error']);
    });

    it('--rule overrides the config file, and --config picks another file', async () => {
      const dir = mk();
      write(dir, '.fargate-lint.json', { rules: { 'fargate/image-tag': 'off' } });
      write(dir, 'strict.json', { rules: { 'fargate/image-tag': 'error', 'fargate/unknown-key': 'off' } });
      const over = await runJson(['--rule', 'fargate/image-tag=error', warnings], dir);
      assert.deepStrictEqual(codes(over.problems), ['fargate/image-tag:error', 'fargate/unknown-key:warning']);
      assert.strictEqual(over.code, 1);
      const other = await runJson(['--config', 'strict.json', warnings], dir);
      assert.deepStrictEqual(codes(other.problems), ['fargate/image-tag:error']);
      const both = await runJson(['--config', 'strict.json', '--rule', 'image-tag=off', '--rule', 'unknown-key=info', warnings], dir);
      assert.deepStrictEqual(codes(both.problems), ['fargate/unknown-key:info']);
      assert.strictEqual(both.code, 0);
    });

    it('enable: false checks nothing; maxFileSize skips big documents with one info', async () => {
      const dir = mk();
      write(dir, 'off.json', { enable: false });
      write(dir, 'small.json', { maxFileSize: 100 });
      const off = await runJson(['-c', 'off.json', path.join(CLI, 'errors-taskdef.json')], dir);
      assert.deepStrictEqual(off, { code: 0, problems: [], stderr: '' });
      const small = await runJson(['-c', 'small.json', path.join(CLI, 'errors-taskdef.json')], dir);
      assert.strictEqual(small.code, 0);
      assert.deepStrictEqual(codes(small.problems), ['fargate/not-checked:info']);
    });

    const badConfigs: [string, string, RegExp][] = [
      ['not JSON', '{ "rules": { "fargate/image-tag": "off" ', /\.fargate-lint\.json:1:\d+: the config file is not valid JSON/],
      ['not an object', '[1, 2]', /must hold a JSON object/],
      ['an unknown key', '{ "fargate.rules": {} }', /unknown setting 'fargate\.rules'\. Write 'rules'/],
      ['an unknown rule', '{ "rules": { "fargate/public-ipp": "off" } }', /unknown rule 'fargate\/public-ipp'\. Did you mean/],
      ['a bad severity', '{ "rules": { "fargate/image-tag": "never" } }', /'never' is not a severity/],
      ['a bad enable', '{ "enable": "yes" }', /'enable' must be true or false/],
      ['a bad maxFileSize', '{ "maxFileSize": -1 }', /'maxFileSize' must be a number/],
    ];
    for (const [what, text, msg] of badConfigs) {
      it(`exits 2 for a config file with ${what}`, async () => {
        const dir = mk();
        write(dir, '.fargate-lint.json', text);
        const r = await run([warnings], { cwd: dir });
        assert.strictEqual(r.code, 2);
        assert.match(r.stderr, msg);
        assert.strictEqual(r.stdout, '');
      });
    }

    it('resolves settings through resolveSettings (same shape as the extension)', () => {
      const cfg = parseConfig('{ "rules": { "image-tag": "information" }, "unknownKeySeverity": "off" }', 'x');
      assert.deepStrictEqual(settingsFor(cfg, { 'fargate/root-user': 'off' }), {
        enable: true,
        rules: { 'fargate/image-tag': 'info', 'fargate/root-user': 'off' },
        unknownKeySeverity: 'off',
        maxFileSize: DEFAULT_SETTINGS.maxFileSize,
        relatedFolders: [],
      });
      assert.deepStrictEqual(settingsFor(parseConfig('{ "relatedFolders": ["../taskdefs", " ../taskdefs ", "", "."] }', 'x'), {}).relatedFolders, ['../taskdefs']);
      assert.throws(() => parseConfig('{ "relatedFolders": "../taskdefs" }', 'x'), /'relatedFolders' must be a list of folder paths/);
    });

    it('checks a service against the task definition of a related folder (relatedFolders in .fargate-lint.json)', async () => {
      const dir = tmpDir();
      const task = validTask();
      write(dir, 'taskdefs/web.json', task);
      const svc = {
        serviceName: 'web', cluster: 'prod', taskDefinition: 'web', desiredCount: 2, launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0123abcd'], securityGroups: ['sg-0123abcd'] } },
        loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName: 'webapp', containerPort: 80 }],
      };
      write(dir, 'services/web.json', svc);
      const alone = await runJson(['services'], dir);
      assert.deepStrictEqual(alone.problems.filter((p) => p.code === 'fargate/service-task-container'), [], 'without the setting the task definition is not found');
      write(dir, '.fargate-lint.json', { relatedFolders: ['../taskdefs'] });
      const paired = await runJson(['services'], dir);
      const found = paired.problems.filter((p) => p.code === 'fargate/service-task-container');
      // The name is wrong, and no container maps port 80 either: both are reported.
      assert.strictEqual(found.length, 2);
      assert.match(found[0].message, /in \.\.\/taskdefs\/web\.json has no container named 'webapp'/);
      assert.match(found[1].message, /maps port 80/);
      assert.strictEqual(paired.code, 1);
    });
  });

  describe('parity with the language service', () => {
    // The same calls the LSP server makes for an open document: createLanguageService().validate(doc, settings,
    // related), with `related` from SiblingFinder for services and appspecs (see startServer.ts).
    it('gives the findings the LSP path gives, for every fixture file', async () => {
      const files = allFixtures(FIXTURES);
      assert.ok(files.length >= 11, `fixtures found: ${files.length}`);
      const service = createLanguageService();
      const siblings = new SiblingFinder(service);
      let compared = 0;
      let crossFile = 0;
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const languageId = /\.ya?ml$/i.test(file) ? 'yaml' : 'json';
        const doc = TextDocument.create(pathToFileURL(file).href, languageId, 1, text);
        const rel = path.relative(ROOT, file).split(path.sep).join('/');
        const kind = service.analyze(doc, DEFAULT_SETTINGS).doc.kind;
        const related = kind === 'service' || kind === 'appspec' ? siblings.related(doc, [], DEFAULT_SETTINGS) : undefined;
        const expected = service.validate(doc, DEFAULT_SETTINGS, related).map((d) => ({ file: rel, ...toProblem(d) }));
        const cli = await runJson([rel]);
        assert.deepStrictEqual(cli.problems, expected, rel);
        assert.strictEqual(cli.code, expected.some((p) => p.severity === 'error') ? 1 : 0, rel);
        compared += expected.length;
        crossFile += expected.filter((p) => p.code === 'fargate/service-task-container').length;
      }
      assert.ok(compared >= 6, `compared ${compared} findings`);
      assert.ok(crossFile > 0, 'a cross-file finding was compared');
    });
  });
});
