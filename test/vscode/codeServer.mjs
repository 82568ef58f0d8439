// Helpers to run a real VS Code offline: the VS Code server shipped inside the npm package
// `code-server`, opened in a headless (or a person's) browser.
//
// Why not @vscode/test-electron: it downloads VS Code desktop from the internet. code-server comes
// from the npm registry and contains the same workbench and Node extension host.
// See /work/shared/guides/real-vscode-tests.md (the recipe this file follows).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3'; // newest release whose engines.node is 20

/** Repository root (two levels above this file). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const MARKER_NAME = '.install-complete';
const npmCommand = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Absolute path of an executable found on PATH, or undefined. */
function which(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Runs a command, streaming nothing; throws with the output tail on failure unless `allowFailure`. */
function run(command, args, { cwd, allowFailure = false } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // Keep npm quiet and offline-friendly; never let it run lifecycle scripts we did not ask for.
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
  const output = `${result.stdout || ''}${result.stderr || ''}`;
  const ok = result.status === 0 && !result.error;
  if (!ok && !allowFailure) {
    const tail = output.split('\n').slice(-40).join('\n');
    throw new Error(
      `command failed (exit ${result.status ?? result.error?.message}): ${command} ${args.join(' ')}\n  in ${cwd}\n${tail}`,
    );
  }
  return { ok, output };
}

/**
 * Installs code-server into `cacheDir` (once) and returns the path of the VS Code server's
 * `out/server-main.js`. A marker file is written only after every step succeeded, so an
 * interrupted install is thrown away and redone on the next call. Concurrent callers (say
 * `npm test` and `npm start`) wait for each other through a lock file next to `cacheDir`.
 */
export async function ensureCodeServer({
  cacheDir = path.join(repoRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`),
  log = (line) => console.log(`[code-server] ${line}`),
} = {}) {
  const vscodeDir = path.join(cacheDir, 'node_modules', 'code-server', 'lib', 'vscode');
  const serverMain = path.join(vscodeDir, 'out', 'server-main.js');
  const marker = path.join(cacheDir, MARKER_NAME);
  const isComplete = () => fs.existsSync(marker) && fs.existsSync(serverMain);

  if (isComplete()) return serverMain;

  // The server's search feature needs ripgrep; the npm package would download it from GitHub.
  const rg = which('rg');
  if (!rg) {
    throw new Error('ripgrep (`rg`) not found on PATH: install ripgrep (apt-get install ripgrep)');
  }

  const lockFile = `${cacheDir}.lock`;
  fs.mkdirSync(path.dirname(cacheDir), { recursive: true });
  await acquireLock(lockFile, log);
  try {
    if (!isComplete()) install({ cacheDir, vscodeDir, serverMain, marker, rg, log });
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
  return serverMain;
}

/** Creates `lockFile` holding our pid; waits while a live process holds it, takes over a dead one's. */
async function acquireLock(lockFile, log) {
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = Number(fs.readFileSync(lockFile, 'utf8').trim());
    if (!isAlive(holder)) {
      fs.rmSync(lockFile, { force: true }); // left behind by a killed install
      continue;
    }
    if (!announced) log(`another process (pid ${holder}) is installing code-server: waiting`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The install steps of the recipe; throws on any failure (no marker is written then). */
function install({ cacheDir, vscodeDir, serverMain, marker, rg, log }) {
  const started = Date.now();
  const step = (message) => log(`${message} (${Math.round((Date.now() - started) / 1000)}s)`);

  if (fs.existsSync(cacheDir)) {
    step(`removing incomplete install in ${cacheDir}`);
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  // Own package.json: without it npm would walk up and install into the repository itself.
  fs.writeFileSync(
    path.join(cacheDir, 'package.json'),
    JSON.stringify({ name: 'fargate-code-server-cache', private: true }, null, 2) + '\n',
  );

  step(`installing code-server@${CODE_SERVER_VERSION} into ${cacheDir} (first run only, takes a few minutes)`);
  // --ignore-scripts: its postinstall downloads ripgrep from GitHub and builds kerberos.
  run(npmCommand, ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--no-save'], { cwd: cacheDir });

  step('installing VS Code server dependencies');
  run(npmCommand, ['install', '--omit=dev', '--ignore-scripts'], { cwd: vscodeDir });

  step(`linking ripgrep ${rg}`);
  const rgBinDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBinDir, { recursive: true });
  fs.rmSync(path.join(rgBinDir, 'rg'), { force: true });
  fs.symlinkSync(rg, path.join(rgBinDir, 'rg'));

  step('building native modules (@vscode/spdlog node-pty @parcel/watcher native-watchdog)');
  const rebuild = run(npmCommand, ['rebuild', '@vscode/spdlog', 'node-pty', '@parcel/watcher', 'native-watchdog'], {
    cwd: vscodeDir,
    allowFailure: true,
  });
  // node-pty's post-build step (writing compile_commands.json with `npx node-gyp`) fails offline
  // after pty.node is built; what matters is that every native module loads, so check that instead
  // of trusting the exit code. (@parcel/watcher loads a prebuilt binary from an npm package.)
  const nativeModules = ['@vscode/spdlog', 'node-pty', '@parcel/watcher', 'native-watchdog'];
  const loadCheck = run(
    process.execPath,
    ['-e', `for (const m of ${JSON.stringify(nativeModules)}) require(m)`],
    { cwd: vscodeDir, allowFailure: true },
  );
  const ptyBinary = path.join(vscodeDir, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node');
  if (!loadCheck.ok || !fs.existsSync(ptyBinary)) {
    const tail = rebuild.output.split('\n').slice(-40).join('\n');
    throw new Error(
      `native modules failed to build or load (needs a C++ toolchain and python3: apt-get install build-essential python3)\n` +
        `${loadCheck.output}\nnpm rebuild output:\n${tail}`,
    );
  }
  if (!rebuild.ok) step('npm rebuild reported an error, but every native module loads: continuing');

  // The server resolves modules through `node_modules.asar` (the desktop build packs them).
  fs.rmSync(path.join(vscodeDir, 'node_modules.asar'), { force: true });
  fs.symlinkSync('node_modules', path.join(vscodeDir, 'node_modules.asar'));

  step('installing built-in extensions dependencies');
  run(npmCommand, ['install', '--omit=dev', '--ignore-scripts'], { cwd: path.join(vscodeDir, 'extensions') });

  if (!fs.existsSync(serverMain)) throw new Error(`install finished but ${serverMain} is missing`);
  fs.writeFileSync(marker, JSON.stringify({ version: CODE_SERVER_VERSION, date: new Date().toISOString() }) + '\n');
  step('code-server ready');
}

/** Path of a Chromium binary: $CHROME_PATH, /usr/bin/chromium, then /usr/bin/chromium-browser. */
// Headless Chromium flags: no sandbox (root in containers), and nothing that reaches the network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist`);
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(
    'Chromium not found: install it (apt-get install chromium) or set CHROME_PATH to a Chromium/Chrome binary',
  );
}

/**
 * Starts the VS Code server and resolves once it listens.
 * @param {object} options
 * @param {string} options.serverMain path returned by ensureCodeServer()
 * @param {string} [options.userDataDir] defaults to a fresh temp folder (removed by stop())
 * @param {string} [options.serverDataDir] defaults to a fresh temp folder (removed by stop())
 * @param {number} [options.port] 0 (default) picks a free port
 * @param {string} [options.host]
 * @param {number} [options.timeoutMs] how long to wait for the "Web UI available" line
 * @param {(line: string) => void} [options.onOutput] receives every server output line
 * @returns {Promise<{port: number, url: string, process: import('node:child_process').ChildProcess, stop: () => Promise<void>}>}
 */
export async function startServer({
  serverMain,
  userDataDir,
  serverDataDir,
  port = 0,
  host = '127.0.0.1',
  timeoutMs = 60_000,
  onOutput,
}) {
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'fargate-vscode-'));
  userDataDir ??= path.join(tempRoot, 'user-data');
  serverDataDir ??= path.join(tempRoot, 'server-data');
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(serverDataDir, { recursive: true });

  const args = [
    serverMain,
    '--host', host,
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--server-data-dir', serverDataDir,
    '--user-data-dir', userDataDir,
  ];
  // detached: the server forks an extension host, pty host and file watcher; owning a process
  // group lets stop() end all of them at once.
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  });

  let exited = false;
  const exitPromise = new Promise((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });

  const stop = async () => {
    if (!exited) {
      signal(child, 'SIGTERM');
      const timer = setTimeout(() => signal(child, 'SIGKILL'), 5_000);
      await exitPromise;
      clearTimeout(timer);
      // Children (extension host, ...) may outlive the main process briefly.
      signal(child, 'SIGKILL');
    }
    fs.rmSync(tempRoot, { recursive: true, force: true, maxRetries: 3 });
  };

  const recent = [];
  try {
    const actualPort = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`VS Code server did not start within ${timeoutMs} ms. Output:\n${recent.join('\n')}`)),
        timeoutMs,
      );
      const onLine = (line) => {
        recent.push(line);
        if (recent.length > 50) recent.shift();
        onOutput?.(line);
        const match = /Web UI available at https?:\/\/[^:/\s]+:(\d+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      forEachLine(child.stdout, onLine);
      forEachLine(child.stderr, onLine);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code, sig) => {
        clearTimeout(timer);
        reject(new Error(`VS Code server exited (${sig ?? code}) before it was ready. Output:\n${recent.join('\n')}`));
      });
    });
    return { port: actualPort, url: `http://${host}:${actualPort}/`, process: child, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Sends a signal to the child's process group (its own pid on Windows); ignores "already gone". */
function signal(child, sig) {
  try {
    if (process.platform === 'win32') child.kill(sig);
    else process.kill(-child.pid, sig);
  } catch {
    // already exited
  }
}

/** Calls `onLine` for each complete line of a readable stream. */
function forEachLine(stream, onLine) {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffer += chunk;
    let index;
    while ((index = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, index).replace(/\r$/, ''));
      buffer = buffer.slice(index + 1);
    }
  });
  stream.on('end', () => {
    if (buffer) onLine(buffer);
  });
}

/**
 * Workbench URL that opens `folder` with the extension at `extensionDevelopmentPath` loaded in
 * development mode and, if given, runs the test module at `extensionTestsPath`. The server ignores
 * these options on its command line; the web workbench reads them from the URL `payload`.
 */
export function buildUrl({ port, host = '127.0.0.1', folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${host}:${port}${toPosix(path.resolve(p))}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);

  const query = [];
  if (folder) query.push(`folder=${encodeQueryValue(toPosix(path.resolve(folder)))}`);
  query.push(`payload=${encodeQueryValue(JSON.stringify(payload))}`);
  return `http://${host}:${port}/?${query.join('&')}`;
}

/** Percent-encodes a query value but keeps `/ : , [ ]` readable (the URL is printed for people). */
function encodeQueryValue(value) {
  return encodeURIComponent(value).replace(/%(2F|3A|2C|5B|5D)/g, (escape) => decodeURIComponent(escape));
}

function toPosix(p) {
  return p.split(path.sep).join('/');
}
