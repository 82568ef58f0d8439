#!/usr/bin/env node
// `npm start`: try the extension in a real VS Code in your browser, without VS Code desktop.
// Starts the VS Code server (from the npm package code-server) with this repository loaded as an
// extension in development mode and the `examples/` folder open, then prints the URL to open.
//
// Usage: node scripts/start.mjs [--port N]     (or PORT=N; default 8765, any free port if busy)
// Run `npm run build` first: the extension is loaded from its built output.

import net from 'node:net';
import path from 'node:path';
import { buildUrl, ensureCodeServer, repoRoot, startServer } from '../test/vscode/codeServer.mjs';

const DEFAULT_PORT = 8765;
const HOST = '127.0.0.1';

function requestedPort(argv) {
  const index = argv.indexOf('--port');
  const inline = argv.find((arg) => arg.startsWith('--port='));
  const raw = inline ? inline.slice('--port='.length) : index >= 0 ? argv[index + 1] : process.env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${raw}`);
  return port;
}

/** Whether `port` can be bound on HOST right now. */
function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

async function main() {
  const wanted = requestedPort(process.argv.slice(2));
  const port = wanted === 0 || (await isPortFree(wanted)) ? wanted : 0;
  if (port !== wanted) console.log(`port ${wanted} is busy: using a free port instead`);

  const serverMain = await ensureCodeServer();
  const server = await startServer({ serverMain, port, host: HOST });

  let stopping = false;
  const stop = async (sig) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${sig}: stopping the VS Code server...`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  server.process.once('exit', (code) => {
    if (stopping) return;
    console.error(`the VS Code server exited unexpectedly (code ${code})`);
    process.exit(1);
  });

  const url = buildUrl({
    port: server.port,
    host: HOST,
    folder: path.join(repoRoot, 'examples'),
    extensionDevelopmentPath: repoRoot,
  });
  console.log('');
  console.log('Fargate Authoring is running in VS Code (development mode) on the examples/ folder.');
  console.log('Open this URL in your browser:');
  console.log('');
  console.log(`  ${url}`);
  console.log('');
  console.log('(Accept "Trust" when asked to enable all features; the extension also works in Restricted Mode.)');
  console.log('Press Ctrl-C to stop.');
}

main().catch((error) => {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
});
