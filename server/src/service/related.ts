/**
 * Builds the {@link RelatedDocuments} a service or appspec is checked against: the other ECS documents of its
 * folder, and the task definitions of `fargate.relatedFolders`. Pure: the caller (LSP server, CLI, tests) decides which documents are siblings and reads them.
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
  /** From one of `fargate.relatedFolders`, not the checked file's own folder. */
  elsewhere?: boolean;
}

/** The path of `uri` from the folder of `fromUri` (`../taskdefs/web.json`), for messages; decoded. */
export function relativeUriPath(fromUri: string, uri: string): string {
  const split = (u: string) => u.split(/[?#]/)[0].split('/');
  const from = split(folderOf(fromUri)).slice(0, -1);
  const to = split(uri);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const rel = [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
  try {
    return decodeURIComponent(rel);
  } catch {
    return rel;
  }
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
    if (s.doc.kind === 'taskDefinition' && s.task) {
      related.taskDefinitions.push(s.elsewhere ? { uri: s.uri, doc: s.doc, task: s.task, elsewhere: true, label: relativeUriPath(selfUri, s.uri) } : { uri: s.uri, doc: s.doc, task: s.task });
    }
    else if (s.doc.kind === 'service') related.services.push({ uri: s.uri, doc: s.doc });
    else if (s.doc.kind === 'appspec') related.appspecs.push({ uri: s.uri, doc: s.doc });
  }
  return related;
}
