/**
 * The fargate-lint command, as a function (so tests run it in-process).
 */
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../common/settings';
import { createLanguageService } from '../service/languageService';
import type { Finding } from '../service/rules/rule';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
}

const USAGE = `Usage: fargate-lint [options] <files or folders...>

Checks ECS task definitions for AWS Fargate problems.

Options:
  -h, --help     Show this help
`;

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Lists candidate files: given files as-is, folders recursively (JSON files only). */
export function collectFiles(inputs: string[], cwd: string): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) {
        if (SKIP_DIRS.has(e)) continue;
        const child = path.join(p, e);
        const cst = fs.statSync(child);
        if (cst.isDirectory() || /\.jsonc?$/i.test(e)) walk(child);
      }
    } else out.push(p);
  };
  for (const i of inputs) walk(path.resolve(cwd, i));
  return out;
}

function lineCol(doc: TextDocument, offset: number): string {
  const p = doc.positionAt(offset);
  return `${p.line + 1}:${p.character + 1}`;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('-'));
  if (unknown.length) {
    io.stderr(`fargate-lint: unknown option ${unknown[0]}\n${USAGE}`);
    return 2;
  }
  if (argv.length === 0) {
    io.stderr(`fargate-lint: no files given\n${USAGE}`);
    return 2;
  }
  let files: string[];
  try {
    files = collectFiles(argv, io.cwd);
  } catch (err) {
    io.stderr(`fargate-lint: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  const service = createLanguageService();
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const doc = TextDocument.create(`file://${file}`, 'json', 1, text);
    const findings: Finding[] = service.findings(doc, DEFAULT_SETTINGS);
    if (findings.length === 0) continue;
    io.stdout(`\n${path.relative(io.cwd, file) || file}\n`);
    for (const f of findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      io.stdout(`  ${lineCol(doc, f.offset).padEnd(8)} ${f.severity.padEnd(8)} ${f.message}  ${f.ruleId}\n`);
    }
  }
  io.stdout(`\n${errors + warnings} problems (${errors} errors, ${warnings} warnings) in ${files.length} files\n`);
  return errors > 0 ? 1 : 0;
}
