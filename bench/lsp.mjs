// A small LSP client for the benchmark: spawns dist/server.js over stdio and times requests/notifications.
import { spawn } from 'child_process';
import { createRequire } from 'module';
import * as fs from 'fs';

export function createClient(root, serverPath, initializationOptions) {
  const require = createRequire(`${root}/package.json`);
  const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
  const spawnedAt = performance.now();
  // The Node flags of the bin's shebang (`#!/usr/bin/env -S node --flag ...`): what `fargate-language-server --stdio`
  // runs with, and what the VS Code client passes (server/src/common/runtime.ts).
  const shebang = /^#!.*\bnode\b(.*)$/m.exec(fs.readFileSync(serverPath, 'utf8').slice(0, 200).split('\n')[0]);
  const flags = shebang ? shebang[1].trim().split(/\s+/).filter(Boolean) : [];
  const proc = spawn(process.execPath, [...flags, serverPath, '--stdio'], { stdio: 'pipe' });
  const stderr = [];
  proc.stderr.on('data', (d) => stderr.push(String(d)));
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  /** uri -> [{version, at, count}] */
  const waiters = [];
  const published = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const at = performance.now();
    const list = published.get(p.uri) ?? [];
    list.push({ version: p.version, at, count: p.diagnostics.length, diagnostics: p.diagnostics });
    published.set(p.uri, list);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve({ ...p, at });
      }
    }
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.listen();

  return {
    proc,
    connection,
    spawnedAt,
    stderr,
    published,
    async initialize() {
      const result = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions });
      const at = performance.now();
      await connection.sendNotification('initialized', {});
      return { result, at };
    },
    open(uri, text, version = 1) {
      return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version, text } });
    },
    /** Incremental change: replace [start, end) (line/character positions) with `text`. */
    edit(uri, version, range, text) {
      return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    },
    request(method, params) {
      return connection.sendRequest(method, params);
    },
    /** Resolves on the publishDiagnostics for `uri` with `version` (or the next one when version is undefined). */
    diagnostics(uri, version, timeoutMs = 120000) {
      const seen = (published.get(uri) ?? []).find((p) => version !== undefined && p.version === version);
      if (seen) return Promise.resolve({ uri, version, at: seen.at, diagnostics: seen.diagnostics });
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; stderr: ${stderr.join('')}`)), timeoutMs);
        waiters.push({ uri, version, resolve: (p) => { clearTimeout(timer); resolve(p); } });
      });
    },
    /** Resident set size of the server process in KiB (Linux /proc), or undefined elsewhere. */
    rssKiB() {
      try {
        const status = fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8');
        const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
        return m ? Number(m[1]) : undefined;
      } catch {
        return undefined;
      }
    },
    async shutdown() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
}
