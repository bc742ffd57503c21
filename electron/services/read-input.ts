import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Failed, FileStamp, ImportFormat } from '../../core/api';
import { INPUT_LIMITS, textLimitDamage } from '../../core/formats/input-limits';
import { readDocumentText } from '../../core/model/document-file';
import type { PressroomDocument } from '../../core/model/types';
import { failed, failedFromError } from './file-problems';
import { sha256Hex } from './file-stamp';
import { importFormatOf } from './import-extensions';
import type { ImportFileResult } from './import-file';
import { decodeText, InputRefused } from './input-text';

/**
 * The one way a file is read into a release, for every host: the desktop app's Open and the e2e host (through
 * documents.ts, in the guarded reader, guarded-reader.ts), and `pressroom export` (the same reader). It checks the
 * size on disk, reads the bytes, and then by extension either reads a `.pressroom` file (strict UTF-8, the text
 * limits, the schema, migrations, the block limit) or imports `.md`, `.docx`, `.html`, `.txt` (import-file.ts, the
 * same limits). A file one host accepts, every host accepts; the refusals are the same FileProblems, worded by
 * core/i18n/file-problem-words.ts. Never throws.
 */
export type ReadInputResult =
  | { status: 'read'; kind: 'pressroom'; document: PressroomDocument; migratedFrom?: number; stamp: FileStamp }
  | { status: 'read'; kind: 'import'; format: ImportFormat; document: PressroomDocument }
  | Failed;

export interface ReadInputOptions {
  /** Tests put a failing or slow importer here (the real one is import-file.ts). */
  importFile?: (path: string, bytes: Uint8Array) => Promise<ImportFileResult>;
}

export async function readInputFile(path: string, options: ReadInputOptions = {}): Promise<ReadInputResult> {
  const format = importFormatOf(extname(path));
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return failed({ reason: 'io', path, code: 'EISDIR', detail: 'EISDIR: this is a folder' });
    if (info.size > INPUT_LIMITS.fileBytes) return failed({ reason: 'too-large', path, detail: `${info.size} bytes`, damage: { kind: 'file-too-large', bytes: info.size, limit: INPUT_LIMITS.fileBytes } });
    // A text format's own limit is known from the size on disk: refused without reading the file.
    const textFormat = format === 'docx' ? null : (format ?? 'pressroom');
    const tooLong = textFormat === null ? null : textLimitDamage(textFormat, info.size, '');
    if (tooLong) return failed({ reason: 'too-large', path, detail: `${info.size} bytes`, damage: tooLong });
    bytes = await readFile(path);
  } catch (error) {
    return failedFromError(error, path);
  }

  if (format !== undefined) {
    const importFile = options.importFile ?? (await import('./import-file')).importFile;
    const imported = await importFile(path, bytes).catch((error: unknown) => failed({ reason: 'unreadable-import', path, detail: String(error) }));
    if (imported.status === 'failed') return imported;
    return { status: 'read', kind: 'import', format: imported.format, document: imported.document };
  }

  const read = readPressroomBytes(path, bytes);
  if (read.status === 'failed') return read;
  let stamp: FileStamp;
  try {
    const info = await stat(path);
    stamp = { mtimeMs: info.mtimeMs, size: info.size, sha256: sha256Hex(bytes) };
  } catch (error) {
    return failedFromError(error, path);
  }
  const file = { status: 'read' as const, kind: 'pressroom' as const, document: read.document, stamp };
  return read.migratedFrom === undefined ? file : { ...file, migratedFrom: read.migratedFrom };
}

/**
 * A `.pressroom` file's bytes as a release: strict UTF-8, the text limits, the block limit (before the schema), the
 * schema and migrations. Also how the template library reads its files (template-library.ts).
 */
export function readPressroomBytes(path: string, bytes: Uint8Array): { status: 'read'; document: PressroomDocument; migratedFrom?: number } | Failed {
  let text: string;
  try {
    text = decodeText('pressroom', bytes);
  } catch (error) {
    if (error instanceof InputRefused) return failed({ reason: error.damage.kind === 'not-text' ? 'not-json' : error.reason, path, detail: error.message, damage: error.damage });
    return failed({ reason: 'not-json', path, detail: String(error) });
  }
  const read = readDocumentText(text, { maxBlocks: INPUT_LIMITS.blocks });
  if (!read.ok) return failed({ ...read.problem, path });
  return read.migratedFrom === undefined ? { status: 'read', document: read.document } : { status: 'read', document: read.document, migratedFrom: read.migratedFrom };
}
