import type { SpellingEngine } from './speller';

/** What Pressroom uses of a Hunspell instance (hunspell-wasm's `Hunspell`), so core/ does not import it. */
export interface HunspellLike {
  testSpelling(word: string): boolean;
  getSpellingSuggestions(word: string): string[];
  addWord(word: string): void;
  addWordWithAffix(word: string, example: string): void;
}

/** Hunspell as a spelling engine. Suggestions are capped: a menu shows a handful, not Hunspell's fifteen. */
export function hunspellEngine(hunspell: HunspellLike, maxSuggestions = 6): SpellingEngine {
  return {
    check: (word) => hunspell.testSpelling(word),
    suggest: (word) => hunspell.getSpellingSuggestions(word).slice(0, maxSuggestions),
    addWord: (word, like) => {
      if (like) {
        try {
          hunspell.addWordWithAffix(word, like);
          return;
        } catch {
          // the model word is not in this dictionary: the word is still added as it is
        }
      }
      hunspell.addWord(word);
    },
  };
}

/** Dictionary text as Hunspell wants it: no byte-order mark, LF line ends. */
export function cleanDictionaryText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
