/**
 * The LSP layer: wires the pure language service to a connection. Every handler is guarded so one bad
 * document or request never takes the server down.
 */
import {
  TextDocuments,
  LSPErrorCodes,
  type Diagnostic,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  ResponseError,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type CancellationToken,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, resolveSettings, type FargateSettings } from './common/settings';
import { createLanguageService, type FargateLanguageService } from './service/languageService';
import { folderOf } from './service/related';
import type { RelatedDocuments } from './service/rules/rule';
import { STRICT_JSON } from './service/rules/strict-json';
import { SiblingFinder } from './siblings';
import { ConceptsAtPositionRequest, CostEstimateRequest, DocumentConceptsRequest } from './common/protocol';

export const SERVER_NAME = 'fargate-language-server';
export const SERVER_VERSION = '0.1.0';

/** Delay between the last keystroke and re-validation. */
export const VALIDATION_DELAY_MS = 150;

/** Runs a request handler, turning exceptions into a proper LSP error and honouring cancellation. */
export function runSafe<T>(connection: Connection, name: string, token: CancellationToken | undefined, fn: () => T, fallback: T): T | ResponseError<void> {
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  try {
    return fn();
  } catch (err) {
    connection.console.error(`${name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return fallback;
  }
}

export interface ServerHandle {
  service: FargateLanguageService;
  documents: TextDocuments<TextDocument>;
}

export function startServer(connection: Connection): ServerHandle {
  const documents = new TextDocuments(TextDocument);
  const service = createLanguageService({
    onRuleError: (rule, err) =>
      connection.console.error(`Rule ${rule.meta.id} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`),
  });
  const siblings = new SiblingFinder(service);

  let hasConfigurationCapability = false;
  let hasDynamicConfiguration = false;
  const settingsCache = new Map<string, Promise<FargateSettings>>();
  const pending = new Map<string, NodeJS.Timeout>();
  /** Debounce before re-validating; `initializationOptions.validationDelayMs` changes it (the benchmark uses 0). */
  let validationDelayMs = VALIDATION_DELAY_MS;
  /** `initializationOptions.editorValidatesJson`: the client itself reports comments and trailing commas in JSON. */
  let editorValidatesJson = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    hasConfigurationCapability = !!caps.workspace?.configuration;
    hasDynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    const options = params.initializationOptions as Record<string, unknown> | null | undefined;
    editorValidatesJson = options?.editorValidatesJson === true;
    const delay = options?.validationDelayMs;
    if (typeof delay === 'number' && Number.isFinite(delay) && delay >= 0) validationDelayMs = Math.min(delay, 10_000);
    // Clients without workspace/configuration may pass settings once, in initializationOptions.
    if (!hasConfigurationCapability && params.initializationOptions && typeof params.initializationOptions === 'object') {
      globalSettings = resolveSettings((params.initializationOptions as Record<string, unknown>).settings ?? params.initializationOptions);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', ':'] },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (hasConfigurationCapability && hasDynamicConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'fargate' });
    }
  });

  let globalSettings: FargateSettings = DEFAULT_SETTINGS;

  function getSettings(uri: string): Promise<FargateSettings> {
    if (!hasConfigurationCapability) return Promise.resolve(globalSettings);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'fargate' })
        .then(resolveSettings, () => DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  }

  /**
   * Settings for one document. When the client reports JSON syntax itself (VS Code's JSON support flags comments and
   * trailing commas in `json` documents), `fargate/strict-json` is left to it there, unless the user set its severity.
   */
  async function settingsFor(doc: TextDocument): Promise<FargateSettings> {
    const s = await getSettings(doc.uri);
    if (!editorValidatesJson || doc.languageId !== 'json' || s.rules[STRICT_JSON] !== undefined) return s;
    return { ...s, rules: { ...s.rules, [STRICT_JSON]: 'off' } };
  }

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    if (!hasConfigurationCapability) {
      const raw = (change.settings as Record<string, unknown> | undefined)?.fargate;
      globalSettings = resolveSettings(raw);
    }
    for (const doc of documents.all()) scheduleValidation(doc, 0);
  });

  async function validate(doc: TextDocument): Promise<void> {
    const settings = await settingsFor(doc);
    // The document may have changed or closed while settings were fetched.
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return;
    let diagnostics: Diagnostic[];
    try {
      // Services and appspecs are checked against the task definition next to them (cross-file rules).
      const kind = service.analyze(current, settings).doc.kind;
      diagnostics = service.validate(current, settings, relatedFor(current, settings, kind));
      if (kind === 'taskDefinition') revalidateDependents(current.uri, settings);
    } catch (err) {
      connection.console.error(`Validation of ${doc.uri} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      diagnostics = [];
    }
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  /** The documents a service or appspec is checked against (none for other kinds). */
  function relatedFor(doc: TextDocument, settings: FargateSettings, kind = service.kind(doc, settings)): RelatedDocuments | undefined {
    return kind === 'service' || kind === 'appspec' ? siblings.related(doc, documents.all(), settings) : undefined;
  }

  /**
   * When a task definition changes, the open services/appspecs of its folder are checked again; with
   * `fargate.relatedFolders` set, those of every folder (any of them may name this one).
   */
  function revalidateDependents(uri: string, settings: FargateSettings): void {
    const folder = folderOf(uri);
    const anyFolder = settings.relatedFolders.length > 0;
    for (const other of documents.all()) {
      if (other.uri === uri || (!anyFolder && folderOf(other.uri) !== folder)) continue;
      const kind = service.kind(other, settings);
      if (kind === 'service' || kind === 'appspec') scheduleValidation(other);
    }
  }

  function scheduleValidation(doc: TextDocument, delay = validationDelayMs): void {
    const prev = pending.get(doc.uri);
    if (prev) clearTimeout(prev);
    pending.set(
      doc.uri,
      setTimeout(() => {
        pending.delete(doc.uri);
        void validate(doc);
      }, delay),
    );
  }

  // Opening a document validates it at once; typing waits for the debounce. TextDocuments reports an open twice, as
  // onDidOpen and then as onDidChangeContent for the same version: that second event is the open's, not an edit, and
  // must not push the open's validation back by the typing delay.
  const openedVersions = new Map<string, number>();
  documents.onDidOpen((e) => {
    openedVersions.set(e.document.uri, e.document.version);
    scheduleValidation(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    const opened = openedVersions.get(e.document.uri);
    openedVersions.delete(e.document.uri);
    if (opened === e.document.version) return;
    scheduleValidation(e.document);
  });
  documents.onDidClose((e) => {
    openedVersions.delete(e.document.uri);
    const prev = pending.get(e.document.uri);
    if (prev) clearTimeout(prev);
    pending.delete(e.document.uri);
    const closedSettings = getSettings(e.document.uri);
    settingsCache.delete(e.document.uri);
    service.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // Services/appspecs next to a closed task definition fall back to the file on disk; with relatedFolders, those of
    // any folder may have used it.
    const folder = folderOf(e.document.uri);
    void closedSettings.then((settings) => {
      const anyFolder = settings.relatedFolders.length > 0;
      for (const other of documents.all()) if (other.uri !== e.document.uri && (anyFolder || folderOf(other.uri) === folder)) scheduleValidation(other);
    });
  });

  // Custom requests of the VS Code client (sidebar and commands); see common/protocol.ts.
  connection.onRequest(DocumentConceptsRequest.type, async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = await settingsFor(doc);
    return runSafe(connection, 'documentConcepts', token, () => service.documentConcepts(doc, settings, relatedFor(doc, settings)), null);
  });
  connection.onRequest(ConceptsAtPositionRequest.type, async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = await settingsFor(doc);
    return runSafe(connection, 'conceptsAtPosition', token, () => service.conceptsAt(doc, params.position, settings), null);
  });
  connection.onRequest(CostEstimateRequest.type, async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = await settingsFor(doc);
    return runSafe(connection, 'costEstimate', token, () => service.costEstimate(doc, settings), null);
  });

  connection.onHover(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = await settingsFor(doc);
    return runSafe(connection, 'hover', token, () => service.hover(doc, params.position, settings), null);
  });
  connection.onCodeAction(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = await settingsFor(doc);
    return runSafe(connection, 'codeAction', token, () => service.codeActions(doc, params.range, params.context, settings), null);
  });
  connection.onCompletion(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = await settingsFor(doc);
    return runSafe(connection, 'completion', token, () => service.complete(doc, params.position, settings, relatedFor(doc, settings)), null);
  });

  documents.listen(connection);
  return { service, documents };
}
