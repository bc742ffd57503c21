import type { ReleaseLanguage } from '../model/types';
import { languageOfPhrase, languageOfWord } from './speller';
import { wordsOf } from './words';
import type { WordAt } from './words';

export interface WordToCheck extends WordAt {
  language: ReleaseLanguage;
}

/** Where a phrase ends, for the language of its words: sentence marks, quotes, brackets, dashes. */
const PHRASE_BREAK = /[.!?;:«»"“”„()[\]—–\n]/gu;

/** The words of one text (a text node of the editor, a field), each with the language it is checked in. */
export function wordsToCheck(text: string, blockLanguage: ReleaseLanguage): WordToCheck[] {
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
  for (const word of words) {
    if (word.offset > nextBreak) {
      finish();
      while (nextBreak < word.offset) nextBreak = PHRASE_BREAK.exec(text)?.index ?? Infinity;
    }
    phrase.push(word);
  }
  finish();
  return result;
}
