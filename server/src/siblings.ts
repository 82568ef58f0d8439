/**
 * Finds the documents next to a service or appspec for the cross-file rules: open documents of the same folder
 * first, else the folder's *.json / *.yaml / *.yml files read from disk (size- and count-limited; nothing in the
 * workspace is executed). Disk reads are cached by modification time.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FargateSettings } from './common/settings';
import { analyzeSibling, buildRelated, folderOf, type AnalyzedSibling } from './service/related';
import type { FargateLanguageService } from './service/languageService';
import type { RelatedDocuments } from './service/rules/rule';

/** Files read from one folder at most. */
export const MAX_SIBLING_FILES = 40;
/** Largest sibling file read from disk. */
export const MAX_SIBLING_BYTES = 512 * 1024;
const EXTENSIONS = /\.(json|ya?ml)$/i;

export class SiblingFinder {
  private readonly diskCache = new Map<string, { mtimeMs: number; size: number; maxFileSize: number; sibling: AnalyzedSibling }>();

  constructor(private readonly service: FargateLanguageService) {}

  /** Related documents for `doc` given the currently open documents. */
  related(doc: TextDocument, open: readonly TextDocument[], settings: FargateSettings): RelatedDocuments {
    const folder = folderOf(doc.uri);
    const siblings: AnalyzedSibling[] = [];
    const openUris = new Set<string>();
    for (const o of open) {
      if (o.uri === doc.uri || folderOf(o.uri) !== folder) continue;
      openUris.add(normalize(o.uri));
      const a = this.service.analyze(o, settings);
      siblings.push({ uri: o.uri, doc: a.doc, task: a.task });
    }
    for (const s of this.fromDisk(doc.uri, settings)) {
      if (!openUris.has(normalize(s.uri))) siblings.push(s);
    }
    return buildRelated(doc.uri, siblings);
  }

  private fromDisk(uri: string, settings: FargateSettings): AnalyzedSibling[] {
    if (!uri.startsWith('file:')) return [];
    let dir: string;
    let self: string;
    try {
      self = fileURLToPath(uri);
      dir = path.dirname(self);
    } catch {
      return [];
    }
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((n) => EXTENSIONS.test(n)).sort().slice(0, MAX_SIBLING_FILES);
    } catch {
      return [];
    }
    const out: AnalyzedSibling[] = [];
    const limit = Math.min(MAX_SIBLING_BYTES, settings.maxFileSize);
    for (const name of names) {
      const file = path.join(dir, name);
      if (file === self) continue;
      try {
        const st = fs.statSync(file);
        if (!st.isFile() || st.size > limit) continue;
        const hit = this.diskCache.get(file);
        if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size && hit.maxFileSize === settings.maxFileSize) {
          out.push(hit.sibling);
          continue;
        }
        const text = fs.readFileSync(file, 'utf8');
        const fileUri = pathToFileURL(file).toString();
        const languageId = /\.ya?ml$/i.test(name) ? 'yaml' : 'json';
        const sibling = analyzeSibling(TextDocument.create(fileUri, languageId, 0, text), settings);
        this.diskCache.set(file, { mtimeMs: st.mtimeMs, size: st.size, maxFileSize: settings.maxFileSize, sibling });
        out.push(sibling);
      } catch {
        // Unreadable files are simply not related.
      }
    }
    if (this.diskCache.size > 500) this.diskCache.clear();
    return out;
  }
}

/** URIs from the client and from pathToFileURL may differ in escaping (e.g. `%3A`); compare decoded. */
function normalize(uri: string): string {
  try {
    return decodeURIComponent(uri).toLowerCase();
  } catch {
    return uri.toLowerCase();
  }
}
