/**
 * A minimal LSP client for tests: spawns the bundled server (dist/server.js) over stdio and speaks JSON-RPC.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';
import {
  CancellationTokenSource,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';

export const SERVER_PATH = path.resolve(__dirname, '../../../dist/server.js');

export interface TestClientOptions {
  /** Answer `workspace/configuration` requests with these `fargate` settings; omit to not advertise the capability. */
  configuration?: Record<string, unknown>;
  initializationOptions?: unknown;
}

export class TestLspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly connection: ProtocolConnection;
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  /** window/showMessage notifications. */
  readonly shown: string[] = [];
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: { uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  exitCode: number | null = null;
  private readonly exited: Promise<number | null>;

  constructor(private readonly options: TestClientOptions = {}) {
    this.proc = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
    this.proc.stderr.on('data', (d) => this.stderr.push(String(d)));
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => { this.exitCode = code; resolve(code); }));
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.pred(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.connection.onNotification('window/showMessage', (p: { message: string }) => this.shown.push(p.message));
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.options.configuration ?? {}));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    const capabilities = this.options.configuration
      ? { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } }
      : {};
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      initializationOptions: this.options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = 'json'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** Sends a request that can be cancelled (`$/cancelRequest`) through the returned `cancel`. */
  cancellableRequest<R>(method: string, params: unknown): { result: Promise<R>; cancel: () => void } {
    const source = new CancellationTokenSource();
    return { result: this.connection.sendRequest<R>(method, params, source.token), cancel: () => source.cancel() };
  }

  /** Sends any notification as is (for malformed or out-of-order messages). */
  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** didChange with incremental (range) edits. */
  changeIncremental(uri: string, version: number, changes: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Everything the server logged (window/logMessage) or showed (window/showMessage), and its stderr. */
  allOutput(): string {
    return [...this.logs, ...this.shown, ...this.stderr].join('\n');
  }

  /** Resolves with the next publishDiagnostics for `uri` matching `pred` (already received ones count). */
  waitForDiagnostics(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const seen = (this.diagnostics.get(uri) ?? []).find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`)), timeoutMs);
      this.waiters.push({ uri, pred, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  /**
   * Resolves with every publication for `uri` once none has arrived for `quietMs` (counted from the call or the
   * latest one); rejects when the publications have not settled within `deadlineMs`.
   */
  async waitForQuiet(uri: string, quietMs: number, deadlineMs = 10000): Promise<PublishDiagnosticsParams[]> {
    const started = Date.now();
    let count = this.published(uri).length;
    let lastChange = started;
    for (;;) {
      await new Promise((r) => setTimeout(r, Math.max(5, Math.min(25, quietMs / 4))));
      const now = Date.now();
      const n = this.published(uri).length;
      if (n !== count) {
        count = n;
        lastChange = now;
      } else if (now - lastChange >= quietMs) {
        return this.published(uri);
      }
      if (now - started > deadlineMs) {
        throw new Error(`diagnostics for ${uri} still arriving after ${deadlineMs} ms (${n} publications; wanted ${quietMs} ms of quiet)`);
      }
    }
  }

  /** All diagnostics notifications received for `uri`. */
  published(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.get(uri) ?? [];
  }

  async shutdown(): Promise<number | null> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      /* the server may be gone already */
    }
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    const code = await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}
