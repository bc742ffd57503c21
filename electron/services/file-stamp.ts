import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { FileStamp } from '../../core/api';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The stamp of bytes just read from or written to `path`. */
export async function stampOf(path: string, bytes: Uint8Array): Promise<FileStamp> {
  const info = await stat(path);
  return { mtimeMs: info.mtimeMs, size: info.size, sha256: sha256Hex(bytes) };
}

/** Same content? The hash decides; mtime alone changes on a touch or a copy. */
export function sameContent(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.sha256 === b.sha256;
}
