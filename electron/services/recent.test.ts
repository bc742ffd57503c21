import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles, MAX_RECENT } from './recent';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressroom-recent-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function documents(count: number): Promise<string[]> {
  const paths: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const path = join(folder, `релиз-${i}.pressroom`);
    await writeFile(path, '{}');
    paths.push(path);
  }
  return paths;
}

describe('recent files', () => {
  it('newest first, without duplicates, at most ten', async () => {
    const changes: string[][] = [];
    const recent = createRecentFiles(folder, (list) => changes.push(list));
    const paths = await documents(12);
    for (const path of paths) await recent.add(path);
    await recent.add(paths[5]!);
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe(paths[5]);
    expect(list[1]).toBe(paths[11]);
    expect(new Set(list).size).toBe(list.length);
    expect(changes.at(-1)).toEqual(list);
  });

  it('drops files that no longer exist', async () => {
    const recent = createRecentFiles(folder);
    const [kept, deleted] = await documents(2);
    await recent.add(kept!);
    await recent.add(deleted!);
    await rm(deleted!);
    expect(await recent.list()).toEqual([kept]);
    expect(await createRecentFiles(folder).list()).toEqual([kept]);
  });

  it('survives a damaged list', async () => {
    await writeFile(join(folder, 'recent.json'), '["/a", 3, null');
    expect(await createRecentFiles(folder).list()).toEqual([]);
  });
});
