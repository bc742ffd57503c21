import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

export const MAX_RECENT = 10;

/** userData/recent.json: the last opened or saved documents, newest first, no duplicates, at most ten. */
export interface RecentFiles {
  /** The list with files that no longer exist dropped. */
  list(): Promise<string[]>;
  add(path: string): Promise<string[]>;
  remove(path: string): Promise<string[]>;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export function createRecentFiles(userDataDir: string, onChanged?: (recent: string[]) => void): RecentFiles {
  const path = join(userDataDir, 'recent.json');
  let queue: Promise<unknown> = Promise.resolve();

  async function readStored(): Promise<string[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string' && entry.length > 0) : [];
    } catch {
      return [];
    }
  }

  function change(edit: (current: string[]) => string[]): Promise<string[]> {
    const next = queue.then(async () => {
      const before = await readStored();
      const after = edit(before).slice(0, MAX_RECENT);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await writeFileAtomic(path, `${JSON.stringify(after, null, 2)}\n`);
        onChanged?.(after);
      }
      return after;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  async function list(): Promise<string[]> {
    const stored = await readStored();
    const present: string[] = [];
    for (const entry of stored) if (await exists(entry)) present.push(entry);
    const unique = [...new Set(present)].slice(0, MAX_RECENT);
    if (unique.length !== stored.length) await change(() => unique);
    return unique;
  }

  return {
    list,
    add: (entry) => change((current) => [entry, ...current.filter((other) => other !== entry)]),
    remove: (entry) => change((current) => current.filter((other) => other !== entry)),
  };
}
