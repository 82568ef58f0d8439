/**
 * Finds the documents next to a service or appspec for the cross-file rules: open documents of the same folder
 * first, else the folder's *.json / *.yaml / *.yml files read from disk, and likewise the task definitions of the
 * folders named in `fargate.relatedFolders` (size- and count-limited; nothing in the
 * workspace is executed). Only task definitions are related (the cross-file rules compare a service or appspec with
 * its task definition), so only files that mention `containerDefinitions` are parsed, and only task definitions are
 * kept. The folder listing is reused for two seconds (validation runs on every keystroke) and parsed files are
 * cached by path, modification time and size.
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

/** How long a folder's listing (names, sizes, modification times) is reused before it is read again. */
export const LISTING_TTL_MS = 2000;
/** Only task definitions are related to a service or appspec, and every JSON task definition names this key. */
const TASK_DEFINITION_SNIFF = 'containerDefinitions';

interface ListedFile {
  file: string;
  name: string;
  mtimeMs: number;
  size: number;
}

interface DiskEntry {
  mtimeMs: number;
  size: number;
  maxFileSize: number;
  /** The parsed task definition; undefined for files that are not task definitions (not kept). */
  sibling?: AnalyzedSibling;
}

export interface SiblingFinderOptions {
  /** Clock for the listing cache (tests). */
  now?: () => number;
}

export class SiblingFinder {
  /** Keyed by file path; an entry is valid while the file's mtime and size are unchanged. */
  private readonly diskCache = new Map<string, DiskEntry>();
  /** Keyed by folder: the candidate files and their stats, reused for {@link LISTING_TTL_MS}. */
  private readonly listings = new Map<string, { at: number; files: ListedFile[] }>();
  private readonly now: () => number;

  constructor(
    private readonly service: FargateLanguageService,
    options: SiblingFinderOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Related documents for `doc` given the currently open documents: those of its folder, and the task definitions
   * of `settings.relatedFolders` (resolved from its folder; only for files on disk).
   */
  related(doc: TextDocument, open: readonly TextDocument[], settings: FargateSettings): RelatedDocuments {
    const own = folderOf(doc.uri);
    const siblings: AnalyzedSibling[] = [];
    const openUris = new Set<string>();
    for (const o of open) {
      if (o.uri === doc.uri || folderOf(o.uri) !== own) continue;
      openUris.add(normalize(o.uri));
      const a = this.service.analyze(o, settings);
      siblings.push({ uri: o.uri, doc: a.doc, task: a.task });
    }
    const ownDir = dirOf(doc.uri);
    if (ownDir !== undefined) {
      for (const s of this.fromDisk(ownDir, settings, doc.uri)) if (!openUris.has(normalize(s.uri))) siblings.push(s);
      for (const dir of relatedDirs(ownDir, settings.relatedFolders)) {
        const folder = normalize(pathToFileURL(dir).href.replace(/\/?$/, '/'));
        for (const o of open) {
          if (o.uri === doc.uri || normalize(folderOf(o.uri)) !== folder) continue;
          // An open file wins over its copy on disk, whatever it holds while being edited.
          openUris.add(normalize(o.uri));
          const a = this.service.analyze(o, settings);
          if (a.doc.kind === 'taskDefinition') siblings.push({ uri: o.uri, doc: a.doc, task: a.task, elsewhere: true });
        }
        for (const s of this.fromDisk(dir, settings, doc.uri)) if (!openUris.has(normalize(s.uri))) siblings.push({ ...s, elsewhere: true });
      }
    }
    return buildRelated(doc.uri, siblings);
  }

  /** The folder's *.json / *.yaml files (at most {@link MAX_SIBLING_FILES}) with their stats, cached briefly. */
  private listing(dir: string): ListedFile[] | undefined {
    const now = this.now();
    const hit = this.listings.get(dir);
    if (hit && now - hit.at >= 0 && now - hit.at < LISTING_TTL_MS) return hit.files;
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((n) => EXTENSIONS.test(n)).sort().slice(0, MAX_SIBLING_FILES);
    } catch {
      this.listings.delete(dir);
      return undefined;
    }
    const files: ListedFile[] = [];
    for (const name of names) {
      const file = path.join(dir, name);
      try {
        const st = fs.statSync(file);
        if (st.isFile()) files.push({ file, name, mtimeMs: st.mtimeMs, size: st.size });
      } catch {
        // Vanished or unreadable: not a sibling.
      }
    }
    if (this.listings.size > 100) this.listings.clear();
    this.listings.set(dir, { at: now, files });
    return files;
  }

  /** Task definitions of the folder `dir` read from disk (the file `selfUri` left out). Only task definitions are parsed and kept. */
  private fromDisk(dir: string, settings: FargateSettings, selfUri: string): AnalyzedSibling[] {
    let self: string | undefined;
    try {
      self = fileURLToPath(selfUri);
    } catch {
      self = undefined;
    }
    const files = this.listing(dir);
    if (!files) return [];
    const out: AnalyzedSibling[] = [];
    const limit = Math.min(MAX_SIBLING_BYTES, settings.maxFileSize);
    for (const { file, name, mtimeMs, size } of files) {
      if (file === self || size > limit) continue;
      const hit = this.diskCache.get(file);
      if (hit && hit.mtimeMs === mtimeMs && hit.size === size && hit.maxFileSize === settings.maxFileSize) {
        if (hit.sibling) out.push(hit.sibling);
        continue;
      }
      try {
        const text = fs.readFileSync(file, 'utf8');
        let sibling: AnalyzedSibling | undefined;
        if (text.includes(TASK_DEFINITION_SNIFF)) {
          const fileUri = pathToFileURL(file).toString();
          const languageId = /\.ya?ml$/i.test(name) ? 'yaml' : 'json';
          const parsed = analyzeSibling(TextDocument.create(fileUri, languageId, 0, text), settings);
          if (parsed.doc.kind === 'taskDefinition') sibling = parsed;
        }
        this.diskCache.set(file, { mtimeMs, size, maxFileSize: settings.maxFileSize, sibling });
        if (sibling) out.push(sibling);
      } catch {
        // Unreadable files are simply not related.
      }
    }
    if (this.diskCache.size > 500) this.diskCache.clear();
    return out;
  }
}

/** The folder (a file system path) of a `file:` URI; undefined for other schemes. */
function dirOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/**
 * `relatedFolders` resolved from `ownDir`: existing folders other than `ownDir` itself, each once, also when two
 * spellings or a symbolic link name the same folder (a task definition counted twice would pair with nothing).
 * Backslashes are separators everywhere, so settings written on Windows work elsewhere.
 */
function relatedDirs(ownDir: string, relatedFolders: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>([realFolder(ownDir) ?? ownDir]);
  for (const rel of relatedFolders) {
    const dir = path.resolve(ownDir, path.sep === '/' ? rel.replace(/\\/g, '/') : rel);
    const real = realFolder(dir);
    if (real === undefined || seen.has(real)) continue;
    seen.add(real);
    out.push(dir);
  }
  return out;
}

/** The canonical path of an existing folder (links resolved; lower case where the file system ignores case). */
function realFolder(dir: string): string | undefined {
  try {
    const real = fs.realpathSync.native(dir);
    return process.platform === 'win32' || process.platform === 'darwin' ? real.toLowerCase() : real;
  } catch {
    return undefined;
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
