#!/usr/bin/env node
// Runs the extension's integration suite inside a real VS Code (the VS Code server from the npm
// package code-server, opened in headless Chromium), like @vscode/test-electron does with VS Code
// desktop. The suite module's exported run() executes in the real Node extension host.
//
// Usage: node test/vscode/runTests.mjs
// Environment overrides:
//   FARGATE_EXT_DEV_PATH            extension folder              (default: repository root)
//   FARGATE_EXT_TESTS_PATH          compiled suite module folder  (default: <repo>/out/test/vscode/suite)
//   FARGATE_TEST_WORKSPACE          folder opened in VS Code      (default: <repo>/test/fixtures/workspace)
//   FARGATE_VSCODE_TEST_TIMEOUT_MS  overall timeout of the run    (default: 300000)
//   FARGATE_RESULT_FILE             where to write {"passed":N,"failed":M,"skipped":K}
//   FARGATE_VSCODE_VERBOSE=1        also print server output and workbench console
//   CHROME_PATH                     Chromium/Chrome binary

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { buildUrl, CHROMIUM_ARGS, ensureCodeServer, findChromium, repoRoot, startServer } from './codeServer.mjs';

const RESULT_MARKER = '__FARGATE_RESULT__';
const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/**
 * Runs the suite and returns its counts. Never throws for a failing suite: a failure, a timeout or
 * a missing result line all give a non-zero exitCode.
 * @param {object} [opts]
 * @param {string} [opts.extensionDevelopmentPath]
 * @param {string} [opts.extensionTestsPath]
 * @param {string} [opts.workspace]
 * @param {number} [opts.timeoutMs]
 * @param {string} [opts.resultFile]
 * @param {boolean} [opts.verbose]
 * @param {AbortSignal} [opts.signal] aborting stops the run and cleans up (the promise rejects)
 * @returns {Promise<{passed: number, failed: number, skipped: number, exitCode: number}>}
 */
export async function runVsCodeTests(opts = {}) {
  const env = process.env;
  const extensionDevelopmentPath = path.resolve(opts.extensionDevelopmentPath ?? env.FARGATE_EXT_DEV_PATH ?? repoRoot);
  const extensionTestsPath = path.resolve(
    opts.extensionTestsPath ?? env.FARGATE_EXT_TESTS_PATH ?? path.join(repoRoot, 'out', 'test', 'vscode', 'suite'),
  );
  const workspace = path.resolve(opts.workspace ?? env.FARGATE_TEST_WORKSPACE ?? path.join(repoRoot, 'test', 'fixtures', 'workspace'));
  const timeoutMs = opts.timeoutMs ?? (Number(env.FARGATE_VSCODE_TEST_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS);
  const resultFile = opts.resultFile ?? env.FARGATE_RESULT_FILE;
  const verbose = opts.verbose ?? env.FARGATE_VSCODE_VERBOSE === '1';
  const signal = opts.signal;

  // A stale result file must not be mistaken for this run's result.
  if (resultFile) fs.rmSync(resultFile, { force: true });

  for (const [label, p] of [['extension', path.join(extensionDevelopmentPath, 'package.json')], ['workspace', workspace]]) {
    if (!fs.existsSync(p)) throw new Error(`${label} not found: ${p}`);
  }
  // The suite folder is resolved by the extension host like require(): folder/index.js or file.js.
  if (!fs.existsSync(extensionTestsPath) && !fs.existsSync(`${extensionTestsPath}.js`)) {
    throw new Error(`test suite not found: ${extensionTestsPath} (did you run the build?)`);
  }

  const chromiumPath = findChromium();
  const serverMain = await ensureCodeServer();
  const { chromium } = await importPlaywright();

  let server;
  let browser;
  let result; // {passed, failed, skipped} once the suite printed it
  const started = Date.now();
  try {
    throwIfAborted(signal);
    server = await startServer({
      serverMain,
      onOutput: verbose ? (line) => out(`[server] ${line}`) : undefined,
    });
    throwIfAborted(signal);
    out(`[vscode-test] VS Code server on ${server.url} (VS Code from code-server)`);

    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      // Playwright's own signal handlers would exit the process before the server is stopped;
      // the caller's AbortSignal drives cleanup instead.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    const page = await browser.newPage();

    let resolveExit;
    let rejectExit;
    const exited = new Promise((resolve, reject) => {
      resolveExit = resolve;
      rejectExit = reject;
    });
    exited.catch(() => {}); // a crash before the race below must not be an unhandled rejection

    // The workbench calls these when it runs extension tests: every log entry (the extension host's
    // console included), then the exit code once the suite's run() settled.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = formatLogArgs(args);
      const match = new RegExp(`${RESULT_MARKER}\\s*(\\{[^}]*\\})`).exec(text);
      if (match) result = parseResult(match[1]) ?? result;
      if (verbose || match || !isWorkbenchChatter(text)) {
        const prefix = `[vscode${type === 'error' || type === 'warn' ? `:${type}` : ''}] `;
        out(text.split('\n').map((line) => (prefix + line).trimEnd()).join('\n'));
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));

    page.on('pageerror', (error) => out(`[vscode:page-error] ${error.message}`));
    page.on('crash', () => rejectExit(new Error('the browser page crashed')));
    browser.on('disconnected', () => rejectExit(new Error('the browser closed unexpectedly')));
    if (verbose) page.on('console', (message) => out(`[browser:${message.type()}] ${message.text()}`));

    const url = buildUrl({ port: server.port, folder: workspace, extensionDevelopmentPath, extensionTestsPath });
    out(`[vscode-test] extension: ${extensionDevelopmentPath}`);
    out(`[vscode-test] suite:     ${extensionTestsPath}`);
    out(`[vscode-test] workspace: ${workspace}`);
    await page.goto(url);

    let timer;
    const timedOut = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`timed out after ${timeoutMs} ms (FARGATE_VSCODE_TEST_TIMEOUT_MS)`)),
        timeoutMs,
      );
    });
    const aborted = new Promise((_, reject) => {
      signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    });
    throwIfAborted(signal);
    let code;
    try {
      code = await Promise.race([exited, timedOut, aborted]);
    } catch (error) {
      if (signal?.aborted) throw error;
      out(`[vscode-test] ERROR: ${error.message}`);
      code = 1;
    } finally {
      clearTimeout(timer);
    }

    const exitCode = decideExitCode(code, result);
    out(
      `[vscode-test] run ended with code ${code}; ` +
        (result ? `${result.passed} passed, ${result.failed} failed` : `no ${RESULT_MARKER} line seen`) +
        ` (${((Date.now() - started) / 1000).toFixed(1)}s)`,
    );
    if (result && resultFile) {
      fs.mkdirSync(path.dirname(path.resolve(resultFile)), { recursive: true });
      fs.writeFileSync(resultFile, JSON.stringify(result) + '\n');
    }
    return { passed: result?.passed ?? 0, failed: result?.failed ?? 0, skipped: result?.skipped ?? 0, exitCode };
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
  }
}

/** Success only when the suite exited 0 and reported at least one passing test and no failure. */
function decideExitCode(code, result) {
  if (code !== 0) return typeof code === 'number' && Number.isInteger(code) && code > 0 ? code : 1;
  if (!result) return 1; // nothing proves the suite ran
  if (result.failed > 0 || result.passed === 0) return 1;
  return 0;
}

function parseResult(json) {
  try {
    const { passed, failed, skipped = 0 } = JSON.parse(json);
    if (Number.isInteger(passed) && Number.isInteger(failed)) return { passed, failed, skipped };
  } catch {
    // malformed: ignore
  }
  return undefined;
}

/**
 * Log entries arrive as console arguments, possibly with `%c` styling and CSS strings (the
 * workbench colours the "[Extension Host]" label); render them as one plain line.
 */
function formatLogArgs(args) {
  if (!Array.isArray(args)) return String(args);
  const [first, ...rest] = args;
  if (typeof first === 'string' && first.includes('%c')) {
    // Drop one CSS argument per %c, then format the rest normally.
    let cssCount = (first.match(/%c/g) || []).length;
    const remaining = rest.filter((arg) => !(cssCount > 0 && typeof arg === 'string' && cssCount-- > 0));
    return format(first.replace(/%c/g, ''), ...remaining);
  }
  return format(...args.map((arg) => (typeof arg === 'object' && arg !== null ? safeJson(arg) : arg)));
}

function safeJson(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

// The extension host's console arrives through the same channel as the workbench's own log, with
// no label to tell them apart. These are the workbench's routine messages in this setup (all
// harmless; FARGATE_VSCODE_VERBOSE=1 shows them anyway).
const WORKBENCH_CHATTER = [
  /^Resolving connection token \(/,
  /^Resolved connection token \(/,
  /^Creating a socket \(/,
  /^Updating additional builtin extensions cache$/,
  /^\[Service Worker\] registration/,
  /^ChatSessionStore: /,
  /getaddrinfo ENOTFOUND open-vsx\.org/, // extension gallery, unreachable offline
  /^DialogService: refused to show dialog in tests\. Contents: Do you trust the authors/, // => Restricted Mode
];

function isWorkbenchChatter(text) {
  return WORKBENCH_CHATTER.some((pattern) => pattern.test(text));
}

/** Writes a line to stdout immediately (console.log may be buffered when piped). */
function out(line) {
  process.stdout.write(`${line}\n`);
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw new Error('aborted');
}

async function importPlaywright() {
  try {
    return await import('playwright-core');
  } catch {
    throw new Error('playwright-core is not installed: run `npm install` (it is a devDependency)');
  }
}

// CLI entry point.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const controller = new AbortController();
  const onSignal = (sig) => {
    out(`[vscode-test] ${sig}: stopping`);
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const { exitCode } = await runVsCodeTests({ signal: controller.signal });
    process.exitCode = exitCode;
  } catch (error) {
    if (controller.signal.aborted) {
      process.exitCode = 130;
    } else {
      console.error(`[vscode-test] ERROR: ${error.message}`);
      process.exitCode = 1;
    }
  }
}
