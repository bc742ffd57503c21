import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Node } from 'slate';
import type { DiscardedDraft, Draft } from '../../core/api';
import { countWords } from '../../core/editing/count-words';
import { readDocumentText, readDocumentTransfer, writeDocumentText } from '../../core/model/document-file';
import type { DocumentProblem } from '../../core/model/document-file';
import type { PressroomDocument } from '../../core/model/types';
import { isOurTempFile, sweepStaleTempFiles, writeFileAtomic } from './atomic-write';
import type { AtomicWriteFs } from './atomic-write';
import { sha256Hex } from './file-stamp';

/**
 * The recovery store: userData/recovery/<draftId>.json, one file per unsaved document.
 *
 * A draft file is self-validating: line 1 is a JSON header
 *   {"format":"pressroom-draft","draftVersion":1,"draftId","path","name","savedAt","bodyBytes","sha256"}
 * and the rest is the body, the document's .pressroom text. `sha256` and `bodyBytes` cover the body's UTF-8
 * bytes. A draft whose header, checksum or document fails is discarded when the store is listed. Drafts are
 * written atomically (atomic-write.ts), so a kill mid-write leaves the previous draft.
 */
export const DRAFT_FORMAT = 'pressroom-draft';
export const DRAFT_VERSION = 1;
const DRAFT_ID = /^[A-Za-z0-9-]{1,64}$/;

interface DraftHeader {
  format: typeof DRAFT_FORMAT;
  draftVersion: typeof DRAFT_VERSION;
  draftId: string;
  path: string | null;
  name: string;
  savedAt: string;
  bodyBytes: number;
  sha256: string;
}

export interface DraftInput {
  draftId: string;
  path: string | null;
  name: string;
  document: PressroomDocument;
}

/** What the renderer sends for an autosave: the release as JSON text (core/model/document-transfer.ts). */
export interface DraftRequest {
  draftId: string;
  path: string | null;
  name: string;
  documentText: string;
}

export function encodeDraft(draft: DraftInput, savedAt: Date = new Date()): string {
  const body = writeDocumentText(draft.document);
  const header: DraftHeader = {
    format: DRAFT_FORMAT,
    draftVersion: DRAFT_VERSION,
    draftId: draft.draftId,
    path: draft.path,
    name: draft.name,
    savedAt: savedAt.toISOString(),
    bodyBytes: Buffer.byteLength(body, 'utf8'),
    sha256: sha256Hex(body),
  };
  return `${JSON.stringify(header)}\n${body}`;
}

/**
 * Reads a draft file's text.
 * - `damaged`: the header or checksum fails (a torn or foreign file): it is deleted.
 * - `unreadable`: intact, but its document cannot be read here (e.g. written by a newer Pressroom): it is kept
 *   for the version that wrote it, and not offered.
 */
export type DecodedDraft = { status: 'ok'; draft: Draft } | { status: 'damaged' } | { status: 'unreadable' };

export function readDraft(text: string, expectedId?: string): DecodedDraft {
  const damaged = { status: 'damaged' } as const;
  const newline = text.indexOf('\n');
  if (newline < 0) return damaged;
  let header: Partial<DraftHeader>;
  try {
    header = JSON.parse(text.slice(0, newline)) as Partial<DraftHeader>;
  } catch {
    return damaged;
  }
  if (typeof header !== 'object' || header === null) return damaged;
  if (header.format !== DRAFT_FORMAT) return damaged;
  if (header.draftVersion !== DRAFT_VERSION) return typeof header.draftVersion === 'number' && header.draftVersion > DRAFT_VERSION ? { status: 'unreadable' } : damaged;
  if (typeof header.draftId !== 'string' || !DRAFT_ID.test(header.draftId)) return damaged;
  if (expectedId !== undefined && header.draftId !== expectedId) return damaged;
  if (header.path !== null && typeof header.path !== 'string') return damaged;
  if (typeof header.name !== 'string' || typeof header.savedAt !== 'string' || Number.isNaN(Date.parse(header.savedAt))) return damaged;
  const body = text.slice(newline + 1);
  if (Buffer.byteLength(body, 'utf8') !== header.bodyBytes || sha256Hex(body) !== header.sha256) return damaged;
  const read = readDocumentText(body);
  if (!read.ok) return read.problem.reason === 'newer-version' ? { status: 'unreadable' } : damaged;
  return { status: 'ok', draft: { draftId: header.draftId, path: header.path, name: header.name, savedAt: header.savedAt, document: read.document } };
}

/** The draft in a file's text, or null when there is none to offer. */
export function decodeDraft(text: string, expectedId?: string): Draft | null {
  const decoded = readDraft(text, expectedId);
  return decoded.status === 'ok' ? decoded.draft : null;
}

/** `refused`: the text is not a valid release, and nothing was written. */
export type SaveDraftResult = { ok: true } | { ok: false; error: unknown; refused?: DocumentProblem };

export interface RecoveryStore {
  readonly folder: string;
  save(draft: DraftRequest): Promise<SaveDraftResult>;
  discard(draftId: string): Promise<void>;
  /** Every good draft, newest first; bad ones and our stale temp files are removed. */
  list(): Promise<Draft[]>;
  /**
   * "Don't save": keeps the release among the discarded drafts, then removes its live draft (after any save of
   * it still under way). Nothing is removed when keeping fails.
   */
  keepDiscarded(draft: DraftRequest): Promise<SaveDraftResult>;
  /** The discarded drafts still kept, newest first; old, surplus and bad ones are removed first. */
  listDiscarded(): Promise<DiscardedDraft[]>;
  openDiscarded(id: string): Promise<{ draft: DiscardedDraft; document: PressroomDocument } | null>;
}

// --- discarded drafts ------------------------------------------------------------------------------------------
/**
 * userData/recovery/discarded/<id>.json: what the user chose not to save, kept so that a wrong click on
 * "Don't save" costs nothing. Same layout as a draft file (a JSON header line, then the .pressroom text, with its
 * byte count and sha256); the header also carries the summary the Recover dialog lists (headline, words), so the
 * list reads only each file's first line. Kept for DISCARDED_KEEP_DAYS, at most DISCARDED_MAX_COUNT of them and
 * DISCARDED_MAX_BYTES together (the newest always stays, whatever its size).
 */
export const DISCARDED_FORMAT = 'pressroom-discarded';
export const DISCARDED_VERSION = 1;
export const DISCARDED_KEEP_DAYS = 7;
export const DISCARDED_MAX_COUNT = 20;
export const DISCARDED_MAX_BYTES = 100 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A header is a few hundred bytes: names and headlines are cut (255 and HEADLINE_CHARS characters). */
const HEADER_READ_BYTES = 16 * 1024;
const HEADLINE_CHARS = 200;

interface DiscardedHeader extends DiscardedDraft {
  format: typeof DISCARDED_FORMAT;
  version: typeof DISCARDED_VERSION;
  bodyBytes: number;
  sha256: string;
}

/** The release's headline (its first headline block, else its first block with words), cut for the list. */
export function headlineOf(document: PressroomDocument): string {
  const blocks = document.body;
  const headline = blocks.find((block) => block.type === 'headline' && Node.string(block).trim() !== '') ?? blocks.find((block) => Node.string(block).trim() !== '');
  const text = headline ? Node.string(headline).replace(/\s+/gu, ' ').trim() : '';
  return text.length > HEADLINE_CHARS ? `${text.slice(0, HEADLINE_CHARS - 1).trimEnd()}…` : text;
}

export function encodeDiscarded(id: string, draft: DraftInput, discardedAt: Date): { text: string; summary: DiscardedDraft } {
  const body = writeDocumentText(draft.document);
  const summary: DiscardedDraft = {
    id,
    path: draft.path,
    name: draft.name,
    headline: headlineOf(draft.document),
    words: countWords(draft.document.body).words,
    discardedAt: discardedAt.toISOString(),
  };
  const header: DiscardedHeader = { format: DISCARDED_FORMAT, version: DISCARDED_VERSION, ...summary, bodyBytes: Buffer.byteLength(body, 'utf8'), sha256: sha256Hex(body) };
  return { text: `${JSON.stringify(header)}\n${body}`, summary };
}

function readDiscardedHeader(line: string, expectedId: string): DiscardedHeader | null {
  let header: Partial<DiscardedHeader>;
  try {
    header = JSON.parse(line) as Partial<DiscardedHeader>;
  } catch {
    return null;
  }
  if (typeof header !== 'object' || header === null) return null;
  if (header.format !== DISCARDED_FORMAT || header.version !== DISCARDED_VERSION || header.id !== expectedId) return null;
  if (header.path !== null && typeof header.path !== 'string') return null;
  if (typeof header.name !== 'string' || typeof header.headline !== 'string' || typeof header.words !== 'number') return null;
  if (typeof header.discardedAt !== 'string' || Number.isNaN(Date.parse(header.discardedAt))) return null;
  if (typeof header.bodyBytes !== 'number' || typeof header.sha256 !== 'string') return null;
  return header as DiscardedHeader;
}

const summaryOf = (header: DiscardedHeader): DiscardedDraft => ({
  id: header.id,
  path: header.path,
  name: header.name,
  headline: header.headline,
  words: header.words,
  discardedAt: header.discardedAt,
});

async function readFirstLine(path: string): Promise<string | null> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_READ_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_READ_BYTES, 0);
    const newline = buffer.subarray(0, bytesRead).indexOf(0x0a);
    return newline < 0 ? null : buffer.subarray(0, newline).toString('utf8');
  } finally {
    await handle.close();
  }
}

export interface DiscardedLimits {
  keepDays: number;
  maxCount: number;
  maxBytes: number;
}
export const DISCARDED_LIMITS: DiscardedLimits = { keepDays: DISCARDED_KEEP_DAYS, maxCount: DISCARDED_MAX_COUNT, maxBytes: DISCARDED_MAX_BYTES };

export function createRecoveryStore(
  userDataDir: string,
  options: { fs?: AtomicWriteFs; now?: () => Date; discardedLimits?: DiscardedLimits } = {},
): RecoveryStore {
  const folder = join(userDataDir, 'recovery');
  const fileOf = (draftId: string): string => {
    if (!DRAFT_ID.test(draftId)) throw new Error(`bad draft id ${draftId}`);
    return join(folder, `${draftId}.json`);
  };
  // Saves of one draft are queued, so an older autosave can never land after a newer one.
  const queues = new Map<string, Promise<unknown>>();

  function save(request: DraftRequest): Promise<SaveDraftResult> {
    const valid = readDocumentTransfer(request.documentText);
    if (!valid.ok) return Promise.resolve({ ok: false, error: new Error(valid.problem.detail), refused: valid.problem });
    const draft: DraftInput = { draftId: request.draftId, path: request.path, name: request.name, document: valid.document };
    const previous = queues.get(draft.draftId) ?? Promise.resolve();
    const next = previous.then(async (): Promise<SaveDraftResult> => {
      try {
        await mkdir(folder, { recursive: true });
        await writeFileAtomic(fileOf(draft.draftId), encodeDraft(draft, options.now?.() ?? new Date()), options.fs ? { fs: options.fs } : {});
        return { ok: true };
      } catch (error) {
        return { ok: false, error };
      }
    });
    queues.set(draft.draftId, next);
    void next.then(() => {
      if (queues.get(draft.draftId) === next) queues.delete(draft.draftId);
    });
    return next;
  }

  async function discard(draftId: string): Promise<void> {
    await (queues.get(draftId) ?? Promise.resolve());
    await rm(fileOf(draftId), { force: true });
  }

  async function list(): Promise<Draft[]> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      return [];
    }
    await sweepStaleTempFiles(folder);
    const drafts: Draft[] = [];
    for (const name of names) {
      if (isOurTempFile(name)) continue;
      const match = /^([A-Za-z0-9-]{1,64})\.json$/.exec(name);
      if (!match) continue;
      const path = join(folder, name);
      const decoded = readDraft(await readFile(path, 'utf8').catch(() => ''), match[1]);
      if (decoded.status === 'ok') drafts.push(decoded.draft);
      else if (decoded.status === 'damaged' && !queues.has(match[1] ?? '')) await rm(path, { force: true }).catch(() => undefined);
    }
    return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  const discardedFolder = join(folder, 'discarded');
  const discardedFileOf = (id: string): string => {
    if (!DRAFT_ID.test(id)) throw new Error(`bad discarded draft id ${id}`);
    return join(discardedFolder, `${id}.json`);
  };
  const now = () => options.now?.() ?? new Date();

  /** Every kept discarded draft that reads, newest first, with its file's size; the rest are removed. */
  async function keptDiscarded(): Promise<{ header: DiscardedHeader; path: string; bytes: number }[]> {
    let names: string[];
    try {
      names = await readdir(discardedFolder);
    } catch {
      return [];
    }
    await sweepStaleTempFiles(discardedFolder);
    const kept: { header: DiscardedHeader; path: string; bytes: number }[] = [];
    for (const name of names) {
      if (isOurTempFile(name)) continue;
      const match = /^([A-Za-z0-9-]{1,64})\.json$/.exec(name);
      if (!match?.[1]) continue;
      const path = join(discardedFolder, name);
      const line = await readFirstLine(path).catch(() => null);
      const header = line === null ? null : readDiscardedHeader(line, match[1]);
      const bytes = await stat(path).then((info) => info.size, () => 0);
      if (header) kept.push({ header, path, bytes });
      else await rm(path, { force: true }).catch(() => undefined);
    }
    return kept.sort((a, b) => b.header.discardedAt.localeCompare(a.header.discardedAt));
  }

  /** Removes what is older than the keeping time, past the count, or past the size (the newest always stays). */
  async function pruneDiscarded(): Promise<DiscardedDraft[]> {
    const limits = options.discardedLimits ?? DISCARDED_LIMITS;
    const oldest = now().getTime() - limits.keepDays * DAY_MS;
    const left: DiscardedDraft[] = [];
    let bytes = 0;
    for (const entry of await keptDiscarded()) {
      bytes += entry.bytes;
      const keep = Date.parse(entry.header.discardedAt) >= oldest && left.length < limits.maxCount && (left.length === 0 || bytes <= limits.maxBytes);
      if (keep) left.push(summaryOf(entry.header));
      else await rm(entry.path, { force: true }).catch(() => undefined);
    }
    return left;
  }

  async function keepDiscarded(request: DraftRequest): Promise<SaveDraftResult> {
    const valid = readDocumentTransfer(request.documentText);
    if (!valid.ok) return { ok: false, error: new Error(valid.problem.detail), refused: valid.problem };
    const at = now();
    // Unique and ordered: the time, then the release's draft id (DRAFT_ID allows 64 characters).
    const id = `${at.getTime().toString(36)}-${request.draftId}`.slice(0, 64);
    const { text } = encodeDiscarded(id, { draftId: request.draftId, path: request.path, name: request.name, document: valid.document }, at);
    try {
      await mkdir(discardedFolder, { recursive: true });
      await writeFileAtomic(discardedFileOf(id), text, options.fs ? { fs: options.fs } : {});
    } catch (error) {
      return { ok: false, error };
    }
    await discard(request.draftId);
    await pruneDiscarded().catch(() => undefined);
    return { ok: true };
  }

  async function openDiscarded(id: string): Promise<{ draft: DiscardedDraft; document: PressroomDocument } | null> {
    const text = await readFile(discardedFileOf(id), 'utf8').catch(() => null);
    if (text === null) return null;
    const newline = text.indexOf('\n');
    const header = newline < 0 ? null : readDiscardedHeader(text.slice(0, newline), id);
    if (!header) return null;
    const body = text.slice(newline + 1);
    if (Buffer.byteLength(body, 'utf8') !== header.bodyBytes || sha256Hex(body) !== header.sha256) return null;
    const read = readDocumentText(body);
    return read.ok ? { draft: summaryOf(header), document: read.document } : null;
  }

  return { folder, save, discard, list, keepDiscarded, listDiscarded: pruneDiscarded, openDiscarded };
}
