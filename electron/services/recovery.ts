import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft } from '../../core/api';
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
}

export function createRecoveryStore(userDataDir: string, options: { fs?: AtomicWriteFs; now?: () => Date } = {}): RecoveryStore {
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

  return { folder, save, discard, list };
}
