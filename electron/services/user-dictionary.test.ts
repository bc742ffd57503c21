import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addUserWord, readUserDictionary, userDictionaryPath } from './user-dictionary';

const folder = () => mkdtempSync(join(tmpdir(), 'pressroom-user-dictionary-'));

describe('the user dictionary', () => {
  it('starts empty, keeps each word once, sorted, one per line', async () => {
    const dir = folder();
    expect(await readUserDictionary(dir)).toEqual([]);
    await addUserWord(dir, 'Сарсеков');
    await addUserWord(dir, 'Әділет');
    await addUserWord(dir, 'Сарсеков');
    expect(await readUserDictionary(dir)).toEqual(['Әділет', 'Сарсеков'].sort((a, b) => a.localeCompare(b, 'ru')));
    expect(readFileSync(userDictionaryPath(dir), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('refuses what is not a word, and reads a file edited by hand (BOM, CRLF, junk lines)', async () => {
    const dir = folder();
    await expect(addUserWord(dir, 'два слова')).rejects.toThrow();
    await expect(addUserWord(dir, '<script>')).rejects.toThrow();
    writeFileSync(userDictionaryPath(dir), '\uFEFFакимат\r\n\r\nhttp://x.kz\r\nмаслихат\r\n');
    expect(await readUserDictionary(dir)).toEqual(['акимат', 'маслихат']);
  });
});
