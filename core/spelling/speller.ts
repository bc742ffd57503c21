import { profileOf } from '../languages';
import type { ReleaseLanguage } from '../model/types';
import { dictionaryFormsOf, stemReadings } from './kazakh-suffixes';
import { rankKazakhSuggestions } from './kazakh-suggestions';
import { KAZAKHSTAN_WORDS, looksLikeSurname } from './kazakhstan-words';

/** One language's dictionary: Hunspell compiled to WebAssembly in the app and the CLI, a word set in tests. */
export interface SpellingEngine {
  check(word: string): boolean;
  suggest(word: string): string[];
  /** Adds a word; `like` is a dictionary word it declines like (маслихат like кабинет). */
  addWord(word: string, like?: string): void;
}

export type SpellingEngines = Partial<Record<ReleaseLanguage, SpellingEngine>>;

/** How many suggestions a word gets: a menu shows a handful. */
const SUGGESTIONS = 6;

const KAZAKH_LETTERS = new RegExp(`[${profileOf('kk').detection.ownLetters?.letters ?? ''}]`, 'u');
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

export function hasKazakhLetters(word: string): boolean {
  return KAZAKH_LETTERS.test(word);
}

/** The words a user added to their dictionary: one list for every language, as in Word and LibreOffice. */
export function normaliseUserWord(word: string): string {
  return word.normalize('NFC').trim();
}

/**
 * Spell-checks words of ru, kk and en releases. Knows more than the dictionaries: Kazakhstan's words
 * (kazakhstan-words.ts), Kazakh suffix chains (kazakh-suffixes.ts), Russian loanwords in Kazakh text, surnames,
 * and the user's own dictionary. Results are remembered per language and word.
 */
export class ReleaseSpeller {
  private readonly verdicts = new Map<string, boolean>();
  private readonly userWords = new Set<string>();
  private readonly ignored = new Set<string>();

  private readonly engines: SpellingEngines = {};

  constructor(engines: SpellingEngines = {}, userWords: Iterable<string> = []) {
    for (const [language, engine] of Object.entries(engines) as Array<[ReleaseLanguage, SpellingEngine]>) this.addEngine(language, engine);
    for (const word of userWords) this.userWords.add(normaliseUserWord(word));
  }

  /** Adds a language's dictionary (the editor's worker loads each on first need), with Kazakhstan's words. */
  addEngine(language: ReleaseLanguage, engine: SpellingEngine): void {
    for (const entry of KAZAKHSTAN_WORDS) {
      if (entry.only && !entry.only.includes(language)) continue;
      engine.addWord(entry.word, language === 'ru' ? entry.like : undefined);
    }
    this.engines[language] = engine;
    this.verdicts.clear();
  }

  hasEngine(language: ReleaseLanguage): boolean {
    return this.engines[language] !== undefined;
  }

  languages(): ReleaseLanguage[] {
    return Object.keys(this.engines) as ReleaseLanguage[];
  }

  addUserWord(word: string): void {
    this.userWords.add(normaliseUserWord(word));
    this.verdicts.clear();
  }

  /** "Ignore": this word is right for the rest of the session, in this release. */
  ignore(word: string): void {
    this.ignored.add(normaliseUserWord(word));
    this.verdicts.clear();
  }

  isCorrect(word: string, language: ReleaseLanguage): boolean {
    const key = `${language}\u0000${word}`;
    const known = this.verdicts.get(key);
    if (known !== undefined) return known;
    const verdict = this.judge(word.replace(/’/g, "'"), language);
    if (this.verdicts.size > 200_000) this.verdicts.clear();
    this.verdicts.set(key, verdict);
    return verdict;
  }

  suggestions(word: string, language: ReleaseLanguage): string[] {
    const engine = this.engines[language];
    if (!engine) return [];
    const found = engine.suggest(word);
    if (language !== 'kk') return found;
    // Hunspell's Kazakh suggestions split a word into a stem and a stray ending («жастар ге»): those are left out.
    const hunspell = found.filter((suggestion) => !suggestion.includes(' ') || suggestion.split(' ').every((part) => engine.check(part) && part.length > 2));
    const ranked = rankKazakhSuggestions(word, {
      isWord: (candidate) => this.judge(candidate, 'kk'),
      direct: (candidate) => engine.check(candidate),
      hunspell,
      max: SUGGESTIONS,
    });
    if (ranked.length === 0 && !hasKazakhLetters(word)) return this.engines.ru?.suggest(word) ?? [];
    return ranked;
  }

  private inUserWords(word: string): boolean {
    const lower = word.toLocaleLowerCase();
    for (const set of [this.userWords, this.ignored]) {
      if (set.has(word) || set.has(lower)) return true;
    }
    return false;
  }

  private judge(word: string, language: ReleaseLanguage): boolean {
    if (this.inUserWords(word)) return true;
    const engine = this.engines[language];
    if (!engine) return true; // no dictionary for the language: nothing is marked, rather than everything
    if (engine.check(word)) return true;
    if (/[-]/.test(word)) {
      const parts = word.split('-').filter((part) => part.length > 0);
      if (parts.length > 1 && parts.every((part) => part.length < 2 || this.judge(part, language))) return true;
    }
    if (looksLikeSurname(word)) return true;
    if (language === 'kk') return this.isKazakhWordForm(word);
    return false;
  }

  /** A Kazakh word form: a stem the dictionaries know, and endings. Russian loans keep their spelling (студент-тер). */
  private isKazakhWordForm(word: string): boolean {
    const kk = this.engines.kk;
    const ru = this.engines.ru;
    if (!kk) return false;
    if (ru && !hasKazakhLetters(word) && ru.check(word)) return true;
    const lower = word.toLocaleLowerCase();
    const capital = word[0] !== lower[0];
    for (const { stem, nominal } of stemReadings(lower)) {
      const asWritten = capital ? stem[0]?.toLocaleUpperCase() + stem.slice(1) : stem;
      for (const form of dictionaryFormsOf(asWritten)) {
        if (kk.check(form) || this.inUserWords(form)) return true;
      }
      // A Russian loan or a surname takes a noun's endings (студент-тер-ге, Қасымов-қа), not a verb's (кат-ыс-ты).
      if (!nominal) continue;
      if (ru && !hasKazakhLetters(stem) && ru.check(asWritten)) return true;
      if (looksLikeSurname(asWritten)) return true;
    }
    return false;
  }
}

/**
 * The language a word is checked in: the block's, unless its letters say otherwise — Latin words in a Cyrillic
 * release are English; in a Russian release, a phrase whose words are Kazakh by their letters (an event title in «»,
 * a Kazakh quote) is Kazakh as a whole, so «Әділет пен тұрақтылықтың тірегі» checks «пен» as Kazakh too.
 */
export function languageOfPhrase(words: readonly string[], blockLanguage: ReleaseLanguage): ReleaseLanguage {
  if (blockLanguage !== 'ru') return blockLanguage;
  // A Kazakh name in a Russian sentence (Учасники посетили Жетісутехнопарк) does not make the sentence Kazakh:
  // at least half of its words must have Kazakh letters.
  const kazakh = words.filter(hasKazakhLetters).length;
  return kazakh > 0 && kazakh * 2 >= words.length ? 'kk' : blockLanguage;
}

/** The script of a word by its first letter (a word mixing scripts is rare, and a typo either way). */
function scriptOf(word: string): 'latin' | 'cyrillic' | 'other' {
  const code = word.charCodeAt(0);
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) return 'latin';
  return LATIN.test(word) && !CYRILLIC.test(word) ? 'latin' : CYRILLIC.test(word) ? 'cyrillic' : 'other';
}

export function languageOfWord(word: string, phraseLanguage: ReleaseLanguage): ReleaseLanguage {
  const script = scriptOf(word);
  if (script === 'latin') return 'en';
  if (script === 'cyrillic' && phraseLanguage === 'en') return hasKazakhLetters(word) ? 'kk' : 'ru';
  if (phraseLanguage === 'ru' && hasKazakhLetters(word)) return 'kk';
  return phraseLanguage;
}
