import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOurTempFile, oldEnough, nodeAtomicWriteFs, sweepStaleTempFiles, tempPathFor, writeFileAtomic } from './atomic-write';
import type { AtomicWriteFs } from './atomic-write';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressroom-atomic-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const systemError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** A file system whose writes fail with `code` after `afterBytes` bytes reached the temp file, as a full disk does. */
function failingWrites(code: string, afterBytes = 10): AtomicWriteFs {
  return {
    ...nodeAtomicWriteFs,
    open: async (path, flags, mode) => {
      const handle = await nodeAtomicWriteFs.open(path, flags, mode);
      return {
        writeFile: async (data: string | Uint8Array) => {
          await handle.writeFile(typeof data === 'string' ? data.slice(0, afterBytes) : data.subarray(0, afterBytes));
          throw systemError(code);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      } as Awaited<ReturnType<AtomicWriteFs['open']>>;
    },
  };
}

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one, leaving no temp file', async () => {
    const target = join(folder, 'релиз.pressroom');
    await writeFileAtomic(target, 'первая версия');
    await writeFileAtomic(target, 'екінші нұсқа');
    expect(await readFile(target, 'utf8')).toBe('екінші нұсқа');
    expect(await readdir(folder)).toEqual(['релиз.pressroom']);
  });

  it('leaves the old file intact and removes its temp file when the disk is full', async () => {
    const target = join(folder, 'release.pressroom');
    await writeFile(target, 'the old, complete version');
    await expect(writeFileAtomic(target, 'a new version that does not fit', { fs: failingWrites('ENOSPC') })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(target, 'utf8')).toBe('the old, complete version');
    expect(await readdir(folder)).toEqual(['release.pressroom']);
  });

  it('leaves the old file intact when the rename fails', async () => {
    const target = join(folder, 'release.pressroom');
    await writeFile(target, 'old');
    const fs: AtomicWriteFs = { ...nodeAtomicWriteFs, rename: async () => Promise.reject(systemError('EPERM')) };
    await expect(writeFileAtomic(target, 'new', { fs })).rejects.toMatchObject({ code: 'EPERM' });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['release.pressroom']);
  });

  it('rides out a target briefly held by another program (Windows scanners) when asked to retry', async () => {
    const target = join(folder, 'release.pressroom');
    await writeFile(target, 'old');
    let refusals = 2;
    const fs: AtomicWriteFs = {
      ...nodeAtomicWriteFs,
      rename: async (from, to) => (refusals-- > 0 ? Promise.reject(systemError('EBUSY')) : nodeAtomicWriteFs.rename(from, to)),
    };
    await writeFileAtomic(target, 'new', { fs, renameRetries: 3 });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['release.pressroom']);
  });

  it('fails with the system error when the folder is not a folder', async () => {
    await writeFile(join(folder, 'plain-file'), 'x');
    await expect(writeFileAtomic(join(folder, 'plain-file', 'release.pressroom'), 'new')).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});

describe('sweepStaleTempFiles', () => {
  it('removes only our temp files old enough to be orphans', async () => {
    const target = join(folder, 'release.pressroom');
    const orphan = tempPathFor(target);
    const young = tempPathFor(target);
    await writeFile(orphan, 'half a docu');
    await writeFile(young, 'being written by another window');
    await writeFile(join(folder, '.release.pressroom.bak'), 'someone else’s file');
    await writeFile(join(folder, 'notes.pressroom-tmp-draft'), 'a user file with a similar name');
    const old = (Date.now() - 5 * 60_000) / 1000;
    await utimes(orphan, old, old);

    const removed = await sweepStaleTempFiles(folder);
    expect(removed).toEqual([orphan.slice(folder.length + 1)]);
    expect((await readdir(folder)).sort()).toEqual([young, join(folder, '.release.pressroom.bak'), join(folder, 'notes.pressroom-tmp-draft')].map((p) => p.slice(folder.length + 1)).sort());
  });

  it('with minAgeMs 0 removes every temp file of ours, and never throws on a missing folder', async () => {
    await writeFile(tempPathFor(join(folder, 'a.json')), '');
    expect(await sweepStaleTempFiles(folder, { minAgeMs: 0 })).toHaveLength(1);
    expect(await sweepStaleTempFiles(join(folder, 'missing'))).toEqual([]);
  });

  it('counts a file written a fraction of a millisecond "after" Date.now() as age 0, not as too young', () => {
    const now = 1_764_000_000_000;
    expect(oldEnough(now + 0.4, now, 0)).toBe(true);
    expect(oldEnough(now + 0.4, now, 1)).toBe(false);
    expect(oldEnough(now - 60_000.2, now, 60_000)).toBe(true);
    expect(oldEnough(now - 59_999, now, 60_000)).toBe(false);
  });

  it('recognises its own temp names and nothing else', () => {
    expect(isOurTempFile(tempPathFor('/x/release.pressroom').split('/').pop() ?? '')).toBe(true);
    expect(isOurTempFile('release.pressroom')).toBe(false);
    expect(isOurTempFile('.release.pressroom.pressroom-tmp-xyz')).toBe(false);
  });
});
