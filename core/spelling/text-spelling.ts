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
  const breaks = [...text.matchAll(PHRASE_BREAK)].map((match) => match.index);
  const phraseOf = (offset: number): number => {
    let phrase = 0;
    while (phrase < breaks.length && (breaks[phrase] as number) < offset) phrase += 1;
    return phrase;
  };
  const phrases = new Map<number, WordAt[]>();
  for (const word of words) {
    const phrase = phraseOf(word.offset);
    const list = phrases.get(phrase) ?? [];
    list.push(word);
    phrases.set(phrase, list);
  }
  const result: WordToCheck[] = [];
  for (const list of phrases.values()) {
    const phraseLanguage = languageOfPhrase(
      list.map((entry) => entry.word),
      blockLanguage,
    );
    for (const entry of list) result.push({ ...entry, language: languageOfWord(entry.word, phraseLanguage) });
  }
  return result.sort((a, b) => a.offset - b.offset);
}
