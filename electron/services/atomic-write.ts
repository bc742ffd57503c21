import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writing a file so that a kill, a crash or a power cut leaves either the complete old file or the complete new
 * one, never a mix (docs/reliability.md): temp file in the same folder, write, fsync the file, rename over
 * the target, fsync the folder. A temp file orphaned by a kill is swept by `sweepStaleTempFiles` on the next start.
 */

/** The parts of `fs/promises` the writer uses; tests inject failing ones (a full disk, a read-only folder). */
export interface AtomicWriteFs {
  open: (path: string, flags: string, mode?: number) => Promise<Pick<fsp.FileHandle, 'writeFile' | 'sync' | 'close'>>;
  rename: (from: string, to: string) => Promise<void>;
  rm: (path: string, options: { force: boolean }) => Promise<void>;
}

export const nodeAtomicWriteFs: AtomicWriteFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  rm: (path, options) => fsp.rm(path, options),
};

const TEMP_MARK = '.pressroom-tmp-';
/** `.name.ext.pressroom-tmp-<hex>`: hidden, beside the target, and recognisably ours. */
const TEMP_PATTERN = /^\..+\.pressroom-tmp-[0-9a-f]{12}$/;

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
}

export function isOurTempFile(name: string): boolean {
  return TEMP_PATTERN.test(name);
}

/** Flushes a folder's entry list so the rename itself survives a power cut. Not possible on Windows: ignored there. */
async function syncFolder(folder: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open or fsync a folder; the rename is still atomic there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export interface AtomicWriteOptions {
  fs?: AtomicWriteFs;
  /** File mode for a new file (default 0o644 minus umask). */
  mode?: number;
  /**
   * How often a refused rename is retried. On Windows a virus scanner or an indexer briefly holding the target
   * makes the rename fail with EPERM/EACCES/EBUSY; a short retry rides it out. Default: 5 on Windows, 0 elsewhere.
   */
  renameRetries?: number;
}

const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EACCES', 'EBUSY']);

async function renameWithRetries(fs: AtomicWriteFs, from: string, to: string, retries: number): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (attempt >= retries || !TRANSIENT_RENAME_ERRORS.has(code)) throw error;
      await new Promise((wake) => setTimeout(wake, 20 * (attempt + 1)));
    }
  }
}

/**
 * Writes `data` to `target` atomically. On any failure the target is untouched, the temp file is removed,
 * and the error (with its errno `code`) is thrown for the caller to map to a FileProblem.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeAtomicWriteFs;
  const temp = tempPathFor(target);
  let handle: Awaited<ReturnType<AtomicWriteFs['open']>> | undefined;
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetries(fs, temp, target, options.renameRetries ?? (process.platform === 'win32' ? 5 : 0));
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target));
}

export interface SweepOptions {
  /** Only temp files at least this old are removed, so another running instance's save is left alone. Default 60 s. */
  minAgeMs?: number;
  now?: number;
}

/**
 * At least `minAgeMs` old? A file's mtime has sub-millisecond precision and comes from the kernel's clock, so a
 * file written just now can look a fraction of a millisecond *younger than zero* next to Date.now(): with
 * `minAgeMs` 0 every file qualifies, and otherwise the age is counted in whole milliseconds, never below 0.
 */
export function oldEnough(mtimeMs: number, now: number, minAgeMs: number): boolean {
  if (minAgeMs <= 0) return true;
  return Math.max(0, Math.floor(now) - Math.floor(mtimeMs)) >= minAgeMs;
}

/** Removes our temp files left in `folder` by a kill or crash. Returns the names removed; never throws. */
export async function sweepStaleTempFiles(folder: string, options: SweepOptions = {}): Promise<string[]> {
  const minAgeMs = options.minAgeMs ?? 60_000;
  const now = options.now ?? Date.now();
  let names: string[];
  try {
    names = await fsp.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!isOurTempFile(name)) continue;
    const path = join(folder, name);
    try {
      const info = await fsp.lstat(path);
      if (!info.isFile() || !oldEnough(info.mtimeMs, now, minAgeMs)) continue;
      await fsp.rm(path, { force: true });
      removed.push(name);
    } catch {
      // Gone already or not ours to remove: leave it.
    }
  }
  return removed;
}
