/**
 * The fargate-lint command, as a function (so tests run it in-process). Reads files, runs the same language
 * service the LSP server uses (`validate` with the same cross-file context, i.e. the diagnostics an editor
 * shows), and prints a report.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { SeverityName } from '../common/settings';
import { createLanguageService } from '../service/languageService';
import { toDiagnostic } from '../service/validation';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { findConfigFile, loadConfig, settingsFor } from './config';
import { SiblingFinder } from '../siblings';
import { collectFiles, textDocumentFor } from './files';
import { countProblems, formatJson, formatSarif, formatText, type FileResult, type Problem, type Report, type ReportContext } from './formatters';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  /** Is standard output a terminal (colours by default)? */
  isTTY?: boolean;
  env?: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

interface PackageInfo {
  version: string;
  informationUri: string;
}

let packageInfo: PackageInfo | undefined;

/** Version and home page from this package's package.json (found upwards from the bundle or the compiled file). */
export function getPackageInfo(): PackageInfo {
  if (packageInfo) return packageInfo;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      if (pkg.name === 'fargate-authoring') {
        const repo = pkg.repository as { url?: unknown } | string | undefined;
        const repoUrl = typeof repo === 'string' ? repo : typeof repo?.url === 'string' ? repo.url : undefined;
        const home = typeof pkg.homepage === 'string' ? pkg.homepage : repoUrl?.replace(/^git\+/, '').replace(/\.git$/, '');
        packageInfo = { version: String(pkg.version ?? '0.0.0'), informationUri: home ?? 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html' };
        return packageInfo;
      }
    } catch {
      /* keep looking */
    }
    dir = path.dirname(dir);
  }
  packageInfo = { version: '0.0.0', informationUri: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html' };
  return packageInfo;
}

const SEVERITY_NAMES: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** An LSP diagnostic as a CLI problem: 1-based line and column, end exclusive. */
export function toProblem(d: Diagnostic): Problem {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: SEVERITY_NAMES[d.severity ?? 1] ?? 'error',
    code: String(d.code ?? ''),
    message: d.message,
  };
}

export function relativePath(cwd: string, file: string): string {
  return (path.relative(cwd, file) || path.basename(file)).split(path.sep).join('/');
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Lints `files` (absolute paths). I/O problems are returned, not thrown: the other files are still checked. */
export function lintFiles(files: readonly string[], options: Pick<CliOptions, 'quiet' | 'listSuppressed'>, settings: ReturnType<typeof settingsFor>, cwd: string) {
  const service = createLanguageService();
  const texts = new Map<string, string>();
  const ioErrors: string[] = [];
  for (const file of files) {
    try {
      texts.set(file, fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (err) {
      ioErrors.push(`cannot read ${relativePath(cwd, file)}: ${(err as NodeJS.ErrnoException).code ?? message(err)}`);
    }
  }
  // Cross-file rules: exactly as the language server does it for a service or appspec whose folder has no other
  // open documents (the folder's files are read from disk by the same SiblingFinder).
  const siblings = new SiblingFinder(service);
  const results: FileResult[] = [];
  let checked = 0;
  let skipped = 0;
  for (const file of files) {
    const text = texts.get(file);
    if (text === undefined) continue;
    const doc = textDocumentFor(file, text);
    const kind = service.analyze(doc, settings).doc.kind;
    if (kind === 'none') {
      skipped++;
      continue;
    }
    checked++;
    const related = kind === 'service' || kind === 'appspec' ? siblings.related(doc, [], settings) : undefined;
    let problems = service.validate(doc, settings, related).map(toProblem);
    if (options.quiet) problems = problems.filter((p) => p.severity === 'error');
    const result: FileResult = { file: relativePath(cwd, file), problems };
    if (options.listSuppressed) {
      const sup = service.suppressed(doc, settings, related).map((s) => ({ ...toProblem(toDiagnostic(doc, s.finding)), suppressedBy: s.by.source }));
      if (sup.length > 0) result.suppressed = sup;
    }
    results.push(result);
  }
  return { results, checked, skipped, ioErrors };
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const fail = (msg: string): number => {
    io.stderr(`fargate-lint: ${msg}\nRun 'fargate-lint --help' for usage.\n`);
    return EXIT_USAGE;
  };
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message);
    throw err;
  }
  const info = getPackageInfo();
  if (opts.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (opts.version) {
    io.stdout(`fargate-lint ${info.version}\n`);
    return EXIT_OK;
  }
  if (opts.inputs.length === 0) return fail('no files or folders given (use . for the current folder).');

  let files: string[];
  let settings;
  try {
    const configFile = opts.config ? path.resolve(io.cwd, opts.config) : findConfigFile(io.cwd);
    settings = settingsFor(configFile ? loadConfig(configFile) : undefined, opts.rules);
    files = collectFiles(opts.inputs, io.cwd);
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message);
    throw err;
  }

  const { results, checked, skipped, ioErrors } = lintFiles(files, opts, settings, io.cwd);
  const report: Report = { results, checked, skipped, totals: countProblems(results) };
  const env = io.env ?? {};
  const color = opts.color ?? (!opts.outputFile && !!io.isTTY && !env.NO_COLOR && env.TERM !== 'dumb');
  const ctx: ReportContext = { cwd: io.cwd, version: info.version, informationUri: info.informationUri, color };
  const output = opts.format === 'json' ? formatJson(report) : opts.format === 'sarif' ? formatSarif(report, ctx) : formatText(report, ctx);

  if (opts.outputFile) {
    const target = path.resolve(io.cwd, opts.outputFile);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, output);
    } catch (err) {
      io.stderr(`fargate-lint: cannot write ${opts.outputFile}: ${(err as NodeJS.ErrnoException).code ?? message(err)}\n`);
      return EXIT_USAGE;
    }
  } else {
    io.stdout(output);
  }

  for (const e of ioErrors) io.stderr(`fargate-lint: ${e}\n`);
  if (ioErrors.length) return EXIT_USAGE;
  if (report.totals.errors > 0) return EXIT_PROBLEMS;
  if (opts.maxWarnings !== undefined && report.totals.warnings > opts.maxWarnings) {
    io.stderr(`fargate-lint: too many warnings (${report.totals.warnings}; --max-warnings is ${opts.maxWarnings}).\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
