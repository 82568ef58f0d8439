// Measures the extension's activation outside VS Code, in a fresh Node process (one measurement per process).
// Activation, what VS Code waits for before the extension counts as active:
//   loadMs     = require('dist/client.js') (the bundle's evaluation; VS Code calls this "code loading")
//   activateMs = activate(context) until it returns (views, commands and status item registered; the language
//                client is started right after, from dist/languageClient.js)
// And what follows activation, so that nothing is hidden (all from the start of loadMs):
//   lcLoadMs   = how long require('dist/languageClient.js') (vscode-languageclient) itself took
//   startAtMs  = when LanguageClient.start() was called
//   spawnAtMs  = when the client spawned the server (child_process.fork is intercepted, so no server starts and the
//                time stays the extension's own)
// `vscode` is replaced by a permissive stub: any property is a callable, constructible object, so activate()
// runs its real code path (output channel, status item, tree views, commands, LanguageClient) against it.
// Prints one JSON line: { loadMs, activateMs, lcLoadMs, startAtMs, spawnAtMs, forkCalled, error? }.
'use strict';
const path = require('path');
const Module = require('module');
const { EventEmitter } = require('events');
const { PassThrough } = require('stream');
const childProcess = require('child_process');

const root = path.resolve(__dirname, '..');

function stub(name) {
  const cache = new Map();
  const target = function () {};
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined; // not a thenable: `await stub` must not hang
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => name;
      if (key === 'toString' || key === 'toJSON') return () => name;
      if (key === 'version') return '1.91.0';
      if (key === 'length') return 0;
      if (!cache.has(key)) cache.set(key, stub(`${name}.${String(key)}`));
      return cache.get(key);
    },
    set(_t, key, value) {
      cache.set(key, value);
      return true;
    },
    apply() {
      return stub(`${name}()`);
    },
    construct() {
      return stub(`new ${name}`);
    },
  });
}

const vscodeStub = stub('vscode');
// The bundle wraps the module (esbuild's __toESM copies own properties onto an object whose prototype is the
// module's prototype): an empty object inheriting from the stub keeps every lookup going to the stub.
const vscodeModule = Object.create(vscodeStub);
let lcLoadMs = NaN;
let startAt;
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscodeModule;
  if (!/languageClient(\.js)?$/.test(request)) return originalLoad.call(this, request, parent, isMain);
  // dist/languageClient.js: time its load, and note when the client it creates is started.
  const before = performance.now();
  const mod = originalLoad.call(this, request, parent, isMain);
  lcLoadMs = performance.now() - before;
  if (typeof mod.createLanguageClient !== 'function') return mod;
  return {
    ...mod,
    createLanguageClient(...args) {
      const client = mod.createLanguageClient(...args);
      const start = client.start;
      client.start = function (...a) {
        startAt ??= performance.now();
        return start.apply(this, a);
      };
      return client;
    },
  };
};

let forkAt;
childProcess.fork = function fakeFork() {
  forkAt ??= performance.now();
  const child = new EventEmitter();
  child.pid = 0;
  child.stdout = new PassThrough();
  child.stderr = new PassThrough();
  child.stdin = new PassThrough();
  child.send = () => true;
  child.kill = () => true;
  child.connected = true;
  return child;
};

const context = {
  subscriptions: [],
  extensionPath: root,
  extensionUri: vscodeStub.Uri.file(root),
  asAbsolutePath: (p) => path.join(root, p),
  globalState: { get: () => undefined, update: async () => undefined, keys: () => [] },
  workspaceState: { get: () => undefined, update: async () => undefined, keys: () => [] },
  storageUri: undefined,
  globalStorageUri: vscodeStub.Uri.file(path.join(root, '.bench-storage')),
  logUri: vscodeStub.Uri.file(path.join(root, '.bench-log')),
  extensionMode: 1,
  environmentVariableCollection: vscodeStub.environmentVariableCollection,
  secrets: vscodeStub.secrets,
  extension: vscodeStub.extension,
};

const out = { loadMs: NaN, activateMs: NaN, lcLoadMs: NaN, startAtMs: NaN, spawnAtMs: NaN, forkCalled: false };
const t0 = performance.now();
try {
  const ext = require(path.join(root, 'dist', 'client.js'));
  const t1 = performance.now();
  out.loadMs = t1 - t0;
  const p = ext.activate(context);
  out.activateMs = performance.now() - t1;
  if (p && typeof p.catch === 'function') p.catch(() => undefined);
  const done = () => {
    out.forkCalled = forkAt !== undefined;
    out.lcLoadMs = lcLoadMs;
    if (startAt !== undefined) out.startAtMs = startAt - t0;
    if (forkAt !== undefined) out.spawnAtMs = forkAt - t0;
    process.stdout.write(JSON.stringify(out) + '\n');
    process.exit(0);
  };
  // The client is started right after activate() returns and spawns the server a few microtasks later.
  const started = performance.now();
  const poll = () => (forkAt !== undefined || performance.now() - started > 2000 ? done() : setImmediate(poll));
  poll();
} catch (err) {
  out.error = err instanceof Error ? err.message : String(err);
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
}
