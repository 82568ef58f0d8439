/**
 * Builds the {@link RelatedDocuments} a service or appspec is checked against: the other ECS documents of its
 * folder. Pure: the caller (LSP server, CLI, tests) decides which documents are siblings and reads them.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FargateSettings } from '../common/settings';
import type { ParsedDocument } from './document';
import { buildTaskModel, type TaskDefinitionModel } from './model';
import type { RelatedDocuments } from './rules/rule';
import { parseAnyDocument } from './yamlDocument';

export interface AnalyzedSibling {
  uri: string;
  doc: ParsedDocument;
  task?: TaskDefinitionModel;
}

/** The folder part of a URI (everything up to the last `/`), used to pair files. */
export function folderOf(uri: string): string {
  const path = uri.split(/[?#]/)[0];
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** Parses a sibling without touching any cache (files read from disk). Never throws. */
export function analyzeSibling(doc: TextDocument, settings: Pick<FargateSettings, 'maxFileSize'>): AnalyzedSibling {
  const parsed = parseAnyDocument(doc, { maxFileSize: settings.maxFileSize });
  const task = parsed.kind === 'taskDefinition' && parsed.body && parsed.syntaxErrors.length === 0 ? buildTaskModel(parsed.body) : undefined;
  return { uri: doc.uri, doc: parsed, task };
}

/** Sorts analysed siblings into the related-documents lists (broken or unrecognised files are left out). */
export function buildRelated(selfUri: string, siblings: readonly AnalyzedSibling[]): RelatedDocuments {
  const related: RelatedDocuments = { taskDefinitions: [], services: [], appspecs: [] };
  for (const s of siblings) {
    if (s.uri === selfUri || s.doc.skipped || s.doc.syntaxErrors.length > 0) continue;
    if (s.doc.kind === 'taskDefinition' && s.task) related.taskDefinitions.push({ uri: s.uri, doc: s.doc, task: s.task });
    else if (s.doc.kind === 'service') related.services.push({ uri: s.uri, doc: s.doc });
    else if (s.doc.kind === 'appspec') related.appspecs.push({ uri: s.uri, doc: s.doc });
  }
  return related;
}
