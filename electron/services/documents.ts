import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { FileOnDiskReply, FileStamp, HostCalls, OpenDocumentReply, SaveDocumentReply } from '../../core/api';
import type { InterfaceLanguage } from '../../core/i18n/interface-languages';
import { readDocumentTransfer, writeDocumentText } from '../../core/model/document-file';
import { sweepStaleTempFiles, writeFileAtomic } from './atomic-write';
import type { AtomicWriteFs } from './atomic-write';
import { dialogWordsIn } from './dialog-words';
import { failed, failedFromError, MAX_FILE_BYTES } from './file-problems';
import { sameContent, sha256Hex, stampOf } from './file-stamp';
import type { HostDialogs } from './host-environment';
import type { ImportFileResult } from './import-file';
import type { ReadInputResult } from './read-input';

/**
 * Opening and saving `.pressroom` files.
 * - Open never writes. A bad file is a `failed` reply (not-json, not-pressroom, newer-version, invalid…).
 * - Save reads the renderer's text (document-transfer.ts: JSON, current version, schema) first and writes
 *   nothing if it is not a valid release; it refuses when the file changed on disk since `stamp` (unless
 *   `overwriteChanged`), keeps the previous version as a backup, and writes atomically.
 * - Backups: userData/backups/<name>--<hash of the folder>.pressroom, the last version before each save. They live
 *   in the user-data folder, not beside the file, so shared and synced folders get no extra files, and a
 *   backup can be kept even when the document's folder is nearly full.
 */
export const DOCUMENT_EXTENSION = '.pressroom';

export interface DocumentServiceOptions {
  userDataDir: string;
  dialogs: HostDialogs;
  /** The language the interface speaks now: the dialogs' titles and file-type names are in it. */
  interfaceLanguage(): Promise<InterfaceLanguage>;
  /** Where save dialogs start when the document has no folder yet. */
  documentsDir: string;
  /** Called after every successful open or save of a .pressroom file (recent files). */
  onOpenedOrSaved?: (path: string) => Promise<unknown> | void;
  /** Tests inject failing file systems here. */
  fs?: AtomicWriteFs;
  importFile?: (path: string, bytes: Uint8Array) => Promise<ImportFileResult>;
  /**
   * Reads a file into a release (read-input.ts). The hosts pass the guarded reader (guarded-reader.ts: a worker with
   * its own memory and time limits); by default it runs here, in this process.
   */
  readInput?: (path: string) => Promise<ReadInputResult>;
}

export interface DocumentService {
  openDocument(request: HostCalls['openDocument']['request']): Promise<OpenDocumentReply>;
  saveDocument(request: HostCalls['saveDocument']['request']): Promise<SaveDocumentReply>;
  checkFileOnDisk(request: HostCalls['checkFileOnDisk']['request']): Promise<FileOnDiskReply>;
  backupPathFor(path: string): string;
}

/** The file name without its extension, for the title bar. */
export function displayName(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

/** A file name made safe on every OS from a document title. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\p{Cc}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '')
    .slice(0, 150);
  return cleaned || 'release';
}

/** Problems of a file that could not be read at all: its folder is left alone. */
const UNREAD = new Set(['not-found', 'permission-denied', 'io', 'too-large']);

export function createDocumentService(options: DocumentServiceOptions): DocumentService {
  const backupFolder = join(options.userDataDir, 'backups');
  const writeOptions = options.fs ? { fs: options.fs } : {};
  // The reader and its importers (mammoth and friends) load on the first open, not at start.
  const readInput =
    options.readInput ??
    (async (path: string) => (await import('./read-input')).readInputFile(path, options.importFile ? { importFile: options.importFile } : {}));

  function backupPathFor(path: string): string {
    const folderHash = createHash('sha256').update(dirname(path)).digest('hex').slice(0, 12);
    return join(backupFolder, `${safeFileName(displayName(path))}--${folderHash}${DOCUMENT_EXTENSION}`);
  }

  async function chooseFileToOpen(): Promise<string | null> {
    const words = dialogWordsIn(await options.interfaceLanguage());
    return options.dialogs.chooseFileToOpen({ title: words.title.open, filters: words.openFilters });
  }

  async function openDocument(request: { path?: string }): Promise<OpenDocumentReply> {
    const path = request.path ?? (await chooseFileToOpen());
    if (path === null) return { status: 'cancelled' };
    const read = await readInput(path).catch((error: unknown) => failed({ reason: 'io', path, detail: String(error) }));
    if (read.status === 'failed') {
      if (!UNREAD.has(read.problem.reason)) await sweepStaleTempFiles(dirname(path));
      return read;
    }
    await sweepStaleTempFiles(dirname(path));
    if (read.kind === 'import') {
      return { status: 'opened', file: { path: null, name: displayName(path), document: read.document, stamp: null, importedFrom: read.format } };
    }
    await Promise.resolve(options.onOpenedOrSaved?.(path)).catch(() => undefined);
    const file = { path, name: displayName(path), document: read.document, stamp: read.stamp };
    return { status: 'opened', file: read.migratedFrom === undefined ? file : { ...file, migratedFrom: read.migratedFrom } };
  }

  async function saveDocument(request: HostCalls['saveDocument']['request']): Promise<SaveDocumentReply> {
    const valid = readDocumentTransfer(request.documentText);
    if (!valid.ok) return failed({ ...valid.problem, ...(request.path ? { path: request.path } : {}) });
    const text = writeDocumentText(valid.document);
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.byteLength > MAX_FILE_BYTES) return failed({ reason: 'too-large', detail: `${bytes.byteLength} bytes` });

    let target = request.path;
    const asking = target === null || request.saveAs === true;
    if (asking) {
      const base = (request.suggestedName ?? (target ? displayName(target) : valid.document.metadata.title)).replace(/\.pressroom$/i, '');
      const suggested = `${safeFileName(base)}${DOCUMENT_EXTENSION}`;
      const folder = target ? dirname(target) : options.documentsDir;
      const words = dialogWordsIn(await options.interfaceLanguage());
      const chosen = await options.dialogs.chooseSavePath({ title: words.title.save, defaultPath: join(folder, suggested), filters: words.saveFilters });
      if (chosen === null) return { status: 'cancelled' };
      target = extname(chosen) === '' ? `${chosen}${DOCUMENT_EXTENSION}` : chosen;
    }
    if (target === null) return { status: 'cancelled' };

    // What is on disk now: refused if it is not what we last knew (the dialog already asked for Save As).
    let previous: Buffer | null = null;
    try {
      previous = await readFile(target);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'ENOENT') {
        if (code === 'EISDIR') return failed({ reason: 'io', path: target, code: 'EISDIR', detail: 'EISDIR: this is a folder' });
        return failedFromError(error, target);
      }
    }
    if (!asking && previous !== null && request.overwriteChanged !== true) {
      const onDisk = { size: previous.byteLength, sha256: sha256Hex(previous) };
      if (request.stamp === null || !sameContent(request.stamp, { ...onDisk, mtimeMs: 0 })) {
        return failed({ reason: 'changed-on-disk', path: target, detail: request.stamp === null ? 'a file already exists there' : 'the file was changed by another program' });
      }
    }

    if (previous !== null && previous.byteLength > 0) {
      try {
        await mkdir(backupFolder, { recursive: true });
        await writeFileAtomic(backupPathFor(target), previous, writeOptions);
      } catch {
        // A backup that cannot be written must not stop the save itself.
      }
    }

    try {
      await writeFileAtomic(target, bytes, writeOptions);
    } catch (error) {
      return failedFromError(error, target);
    }
    let stamp: FileStamp;
    try {
      stamp = await stampOf(target, bytes);
    } catch (error) {
      return failedFromError(error, target);
    }
    await Promise.resolve(options.onOpenedOrSaved?.(target)).catch(() => undefined);
    return { status: 'saved', path: target, name: displayName(target), stamp };
  }

  async function checkFileOnDisk(request: { path: string; stamp: FileStamp }): Promise<FileOnDiskReply> {
    try {
      const info = await stat(request.path);
      if (info.size === request.stamp.size && info.mtimeMs === request.stamp.mtimeMs) return { status: 'unchanged' };
      const bytes = await readFile(request.path);
      const stamp: FileStamp = { mtimeMs: info.mtimeMs, size: bytes.byteLength, sha256: sha256Hex(bytes) };
      return sameContent(stamp, request.stamp) ? { status: 'unchanged' } : { status: 'changed', stamp };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'missing' };
      // Unreadable for now (a network drive away): nothing to tell the user yet.
      return { status: 'unchanged' };
    }
  }

  return { openDocument, saveDocument, checkFileOnDisk, backupPathFor };
}
