/**
 * The documents the extension serves: the language client's document selector, the language status item and
 * the document view all read it from here (a module of its own, so none of them imports extension.ts).
 */
export interface DocumentFilter {
  readonly scheme: string;
  readonly language: string;
}

export const DOCUMENT_SELECTOR: readonly DocumentFilter[] = [
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'jsonc' },
  { scheme: 'untitled', language: 'json' },
  { scheme: 'untitled', language: 'jsonc' },
  { scheme: 'vscode-remote', language: 'json' },
  { scheme: 'vscode-remote', language: 'jsonc' },
  // YAML: CodeDeploy appspecs, ECS API YAML and CloudFormation templates (the server stays silent on other YAML).
  { scheme: 'file', language: 'yaml' },
  { scheme: 'untitled', language: 'yaml' },
  { scheme: 'vscode-remote', language: 'yaml' },
];

/** The language ids of DOCUMENT_SELECTOR. */
export const DOCUMENT_LANGUAGES: ReadonlySet<string> = new Set(DOCUMENT_SELECTOR.map((s) => s.language));
