import { createHunspellFromStrings, getWasmModule } from 'hunspell-wasm';
import type { ReleaseLanguage } from '../../core/model/types';
import { cleanDictionaryText, hunspellEngine } from '../../core/spelling/hunspell-engine';
import { ReleaseSpeller } from '../../core/spelling/speller';
import { DICTIONARY_URLS } from './dictionary-urls';
import type { SpellingReply, SpellingRequest } from './spelling-protocol';

/**
 * The editor's spell-checker, off the page's thread: Hunspell compiled to WebAssembly, one dictionary per release
 * language, loaded on first need from the app's own files. The same rules as the `pressroom` command
 * (core/spelling). Its Content-Security-Policy allows WebAssembly and nothing else the page's does not
 * (electron/csp.ts, SPELLING_WORKER_CSP).
 */
/** The worker's global scope, as far as this file uses it (the renderer is type-checked with the DOM library). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<SpellingRequest>) => void) | null; postMessage(reply: SpellingReply): void };

const speller = new ReleaseSpeller();
const loading = new Map<ReleaseLanguage, Promise<void>>();

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`dictionary ${url}: ${response.status}`);
  return cleanDictionaryText(await response.text());
}

function load(language: ReleaseLanguage): Promise<void> {
  let pending = loading.get(language);
  if (!pending) {
    pending = (async () => {
      const urls = DICTIONARY_URLS[language];
      const [aff, dic] = await Promise.all([fetchText(urls.aff), fetchText(urls.dic)]);
      speller.addEngine(language, hunspellEngine(await createHunspellFromStrings(aff, dic)));
    })();
    loading.set(language, pending);
  }
  return pending;
}

/** Kazakh text borrows Russian words as Russian spells them: checking Kazakh needs the Russian dictionary too. */
const needed = (language: ReleaseLanguage): ReleaseLanguage[] => (language === 'kk' ? ['kk', 'ru'] : [language]);

async function answer(request: SpellingRequest): Promise<SpellingReply> {
  switch (request.kind) {
    case 'check': {
      const languages = new Set(request.words.flatMap(([, language]) => needed(language)));
      await Promise.all([...languages].map(load));
      return { id: request.id, kind: 'checked', wrong: request.words.filter(([word, language]) => !speller.isCorrect(word, language)) };
    }
    case 'suggest':
      await Promise.all(needed(request.language).map(load));
      return { id: request.id, kind: 'suggestions', suggestions: speller.suggestions(request.word, request.language) };
    case 'add-words':
      for (const word of request.words) speller.addUserWord(word);
      return { id: request.id, kind: 'done' };
    case 'ignore':
      speller.ignore(request.word);
      return { id: request.id, kind: 'done' };
    case 'memory': {
      const wasm = (await getWasmModule()) as { HEAP8: Int8Array };
      return { id: request.id, kind: 'memory', wasmBytes: wasm.HEAP8.byteLength };
    }
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  answer(request).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ id: request.id, kind: 'failed', message: String(error) }),
  );
};
