import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { normaliseUserWord } from '../../core/spelling/speller';
import { writeFileAtomic } from './atomic-write';

/**
 * The user's own dictionary: `dictionary.txt` in the user-data folder, one word per line, UTF-8. The app and the
 * `pressroom` command read the same file, so a word added in the editor is right in `pressroom check` too.
 */
export const USER_DICTIONARY_FILE = 'dictionary.txt';
/** A word is a word, not a paragraph: longer entries are refused. */
export const MAX_USER_WORD_LENGTH = 64;
export const MAX_USER_WORDS = 50_000;

export function userDictionaryPath(userDataDir: string): string {
  return join(userDataDir, USER_DICTIONARY_FILE);
}

export function isAcceptableUserWord(word: string): boolean {
  const clean = normaliseUserWord(word);
  return clean.length > 0 && clean.length <= MAX_USER_WORD_LENGTH && /^[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u.test(clean);
}

export async function readUserDictionary(userDataDir: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(userDictionaryPath(userDataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const words = new Set<string>();
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (isAcceptableUserWord(line)) words.add(normaliseUserWord(line));
    if (words.size >= MAX_USER_WORDS) break;
  }
  return [...words];
}

/** Adds a word (kept once, sorted as the language sorts them) and returns the whole list. */
export async function addUserWord(userDataDir: string, word: string): Promise<string[]> {
  if (!isAcceptableUserWord(word)) throw new Error(`not a word: ${JSON.stringify(word.slice(0, 80))}`);
  const words = new Set(await readUserDictionary(userDataDir));
  words.add(normaliseUserWord(word));
  const sorted = [...words].sort((a, b) => a.localeCompare(b, 'ru'));
  await mkdir(userDataDir, { recursive: true });
  await writeFileAtomic(userDictionaryPath(userDataDir), `${sorted.join('\n')}\n`);
  return sorted;
}
