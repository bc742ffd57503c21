import type { ReleaseLanguage } from '../model/types';
import { hasKazakhLetters, languageOfPhrase, languageOfWord } from './speller';
import { wordsOf } from './words';
import type { WordAt } from './words';

export interface WordToCheck extends WordAt {
  language: ReleaseLanguage;
}

/** Where a phrase ends, for the language of its words: sentence marks, quotes, brackets, dashes. */
const PHRASE_BREAK = /[.!?;:«»"“”„()[\]—–\n]/gu;

/** A stretch of a text marked as written in a language (a leaf's `lang`, core/editing/span-language.ts). */
export interface LanguageSpan {
  start: number;
  end: number;
  language: ReleaseLanguage;
}

/**
 * The language a word marked as `marked` is checked in: the mark beats detection, except where the marked
 * language's dictionary cannot read the word's letters — a Latin word goes to English, a Cyrillic word in an English
 * mark to Kazakh or Russian by its letters.
 */
export function languageInMark(word: string, marked: ReleaseLanguage): ReleaseLanguage {
  const latin = LATIN_START.test(word);
  if (latin) return 'en';
  if (marked === 'en' && CYRILLIC_START.test(word)) return hasKazakhLetters(word) ? 'kk' : 'ru';
  return marked;
}
const LATIN_START = /^[A-Za-z\u00c0-\u024f]/u;
const CYRILLIC_START = /^[\u0400-\u052f]/u;

/**
 * The words of one text (a text node of the editor, a field), each with the language it is checked in. A word
 * starting inside one of `spans` takes that span's language; the others take the block's, as detected phrase by
 * phrase (a Kazakh title in «» in a Russian release is Kazakh).
 */
export function wordsToCheck(text: string, blockLanguage: ReleaseLanguage, spans: readonly LanguageSpan[] = []): WordToCheck[] {
  const words = wordsOf(text);
  if (words.length === 0) return [];
  const result: WordToCheck[] = [];
  PHRASE_BREAK.lastIndex = 0;
  let nextBreak = PHRASE_BREAK.exec(text)?.index ?? Infinity;
  let phrase: WordAt[] = [];
  const finish = (): void => {
    if (phrase.length === 0) return;
    const phraseLanguage = languageOfPhrase(
      phrase.map((entry) => entry.word),
      blockLanguage,
    );
    for (const entry of phrase) result.push({ word: entry.word, offset: entry.offset, language: languageOfWord(entry.word, phraseLanguage) });
    phrase = [];
  };
  let span = 0;
  for (const word of words) {
    if (word.offset > nextBreak) {
      finish();
      while (nextBreak < word.offset) nextBreak = PHRASE_BREAK.exec(text)?.index ?? Infinity;
    }
    while (span < spans.length && (spans[span] as LanguageSpan).end <= word.offset) span += 1;
    const marked = spans[span];
    if (marked && marked.start <= word.offset) {
      // A marked word is not part of the unmarked phrase around it: it neither counts for nor takes its language.
      result.push({ word: word.word, offset: word.offset, language: languageInMark(word.word, marked.language) });
      continue;
    }
    phrase.push(word);
  }
  finish();
  return result.sort((a, b) => a.offset - b.offset);
}
