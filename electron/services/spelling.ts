import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cleanDictionaryText, hunspellEngine } from '../../core/spelling/hunspell-engine';
import { ReleaseSpeller } from '../../core/spelling/speller';
import type { SpellingEngines } from '../../core/spelling/speller';
import type { ReleaseLanguage } from '../../core/model/types';
import { readUserDictionary } from './user-dictionary';

/**
 * Spell-checking in Node (the `pressroom` command and tests): the same dictionaries and rules as the editor's
 * worker (renderer/spelling/spell-worker.ts), Hunspell compiled to WebAssembly. Nothing is downloaded.
 */

/**
 * The Kazakh dictionary shipped in the repository (dictionaries/kk): found by walking up from this module, which
 * runs from the source (electron/services/), the built command (out/cli/) and the benchmark (out/bench/…).
 */
function kazakhDictionaryFolder(): URL {
  for (let up = 2; up <= 4; up += 1) {
    const folder = new URL(`${'../'.repeat(up)}dictionaries/kk/`, import.meta.url);
    if (existsSync(fileURLToPath(new URL('kk_KZ.dic', folder)))) return folder;
  }
  throw new Error('the Kazakh dictionary (dictionaries/kk) is missing');
}

async function dictionaryFiles(language: ReleaseLanguage): Promise<{ aff: string; dic: string }> {
  switch (language) {
    case 'ru': {
      const { default: dictionary } = await import('dictionary-ru');
      return { aff: new TextDecoder().decode(dictionary.aff), dic: new TextDecoder().decode(dictionary.dic) };
    }
    case 'en': {
      const { default: dictionary } = await import('dictionary-en');
      return { aff: new TextDecoder().decode(dictionary.aff), dic: new TextDecoder().decode(dictionary.dic) };
    }
    case 'kk': {
      const folder = kazakhDictionaryFolder();
      return {
        aff: await readFile(fileURLToPath(new URL('kk_KZ.aff', folder)), 'utf8'),
        dic: await readFile(fileURLToPath(new URL('kk_KZ.dic', folder)), 'utf8'),
      };
    }
  }
}

export async function loadSpeller(options: { userDataDir?: string; languages?: readonly ReleaseLanguage[] } = {}): Promise<ReleaseSpeller> {
  const { createHunspellFromStrings } = await import('hunspell-wasm');
  const languages = options.languages ?? (['ru', 'kk', 'en'] as const);
  const engines: SpellingEngines = {};
  for (const language of languages) {
    const { aff, dic } = await dictionaryFiles(language);
    engines[language] = hunspellEngine(await createHunspellFromStrings(cleanDictionaryText(aff), cleanDictionaryText(dic)));
  }
  const userWords = options.userDataDir ? await readUserDictionary(options.userDataDir) : [];
  return new ReleaseSpeller(engines, userWords);
}
