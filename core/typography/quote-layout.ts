import { ALL_PROFILES, inCharacterClass, profileOf } from '../languages/index';
import type { AttributionWord, QuoteConvention } from '../languages/profile';
import type { ReleaseLanguage } from '../model/types';
import { runsText } from './styled-run';
import type { StyledRun } from './styled-run';

/**
 * A direct quote set from its structured fields in its language's convention (the profile's `quotes`):
 *   ru/kk: «– Текст, – заявил должность Имя Фамилия.»   (en dash, non-breaking space after the opening dash and
 *          before the attribution dash, so no line starts with a dash)
 *   en:    “Text,” said Name, position.
 * A final full stop of the text becomes the comma before the attribution; ? ! and … stay.
 */

export interface QuoteFields {
  text: StyledRun[];
  speaker: StyledRun[];
  position: StyledRun[];
  verb: StyledRun[];
}

export type AttributionRole = 'punctuation' | AttributionWord;
export interface AttributionPart {
  role: AttributionRole;
  runs: StyledRun[];
}

export interface QuoteLayout {
  /** The quoted words with their quotation dash or marks: «– Текст,» / “Text,” */
  body: StyledRun[];
  /** What goes between body and attribution (empty when there is no attribution). */
  separator: string;
  /** «– заявил Имя Фамилия.» / “said Name, position.”; empty when no speaker, position or verb is given. */
  attribution: AttributionPart[];
}

const punctuation = (text: string): AttributionPart => ({ role: 'punctuation', runs: [{ text }] });
const isBlank = (runs: readonly StyledRun[]): boolean => runsText(runs).trim() === '';

/** The runs without trailing white space, and the text's final character. */
function trimEnd(runs: readonly StyledRun[]): { runs: StyledRun[]; last: string } {
  const copy = runs.map((run) => ({ ...run }));
  while (copy.length > 0) {
    const lastRun = copy[copy.length - 1] as StyledRun;
    const trimmed = lastRun.text.replace(/[ \t\n]+$/, '');
    if (trimmed === '') {
      copy.pop();
      continue;
    }
    lastRun.text = trimmed;
    return { runs: copy, last: trimmed.slice(-1) };
  }
  return { runs: copy, last: '' };
}

/** Ends the quoted text the way an attribution needs: «Текст.» → «Текст,»; «Текст?» stays. */
function endBeforeAttribution(runs: readonly StyledRun[]): StyledRun[] {
  const { runs: trimmed, last } = trimEnd(runs);
  if (trimmed.length === 0) return trimmed;
  if ('?!…,'.includes(last)) return trimmed;
  const lastRun = trimmed[trimmed.length - 1] as StyledRun;
  if (last === '.' && !lastRun.text.endsWith('..')) {
    lastRun.text = lastRun.text.slice(0, -1);
    if (lastRun.text === '') trimmed.pop();
  }
  return [...trimmed, { text: ',' }];
}

/**
 * `dash` is the house dash (the organisation's, Edit ▸ Settings), when it is not the language's own: it then opens
 * the quoted words and the attribution where the convention has the language's dash («— Текст, — заявил …»).
 */
export function layoutQuote(quote: QuoteFields, language: ReleaseLanguage, dash?: string): QuoteLayout {
  const profile = profileOf(language);
  const own = profile.typing.dash;
  const dashed = (mark: string): string => (dash && mark.startsWith(own) ? dash + mark.slice(own.length) : mark);
  const convention = { ...profile.quotes, opening: dashed(profile.quotes.opening), attributionMark: dashed(profile.quotes.attributionMark) };
  const given: Record<AttributionWord, boolean> = {
    verb: !isBlank(quote.verb),
    speaker: !isBlank(quote.speaker),
    position: !isBlank(quote.position),
  };
  const attributed = given.verb || given.speaker || given.position;
  const text = attributed ? endBeforeAttribution(quote.text) : quote.text;
  const body: StyledRun[] = [...marks(convention.opening), ...text, ...marks(convention.closing)];
  const attribution: AttributionPart[] = [];
  if (!attributed) return { body, separator: '', attribution };
  if (convention.attributionMark) attribution.push(punctuation(convention.attributionMark));
  let previous: AttributionWord | null = null;
  for (const role of convention.order) {
    if (!given[role]) continue;
    if (previous) attribution.push(punctuation(isSpeakerAndPosition(previous, role) ? convention.speakerPositionJoiner : ' '));
    attribution.push({ role, runs: quote[role] });
    previous = role;
  }
  attribution.push(punctuation('.'));
  return { body, separator: convention.beforeAttribution, attribution };
}

const marks = (text: string): StyledRun[] => (text ? [{ text }] : []);
const isSpeakerAndPosition = (a: AttributionWord, b: AttributionWord): boolean =>
  (a === 'speaker' && b === 'position') || (a === 'position' && b === 'speaker');

/** The whole quote as one run list: body, separator, attribution. */
export function quoteRuns(layout: QuoteLayout): StyledRun[] {
  const runs = [...layout.body];
  if (layout.attribution.length === 0) return runs;
  runs.push({ text: layout.separator });
  for (const part of layout.attribution) runs.push(...part.runs);
  return runs;
}

export interface ReadQuote {
  text: string;
  speaker: string;
  position: string;
  verb: string;
}

/** A written quote led by a dash, its attribution after a second dash: «– Текст, – заявил Имя.» */
const DASH_LED = /^[-\u2013\u2014][\s\u00a0]*([\s\S]+?)([,!?…])[\s\u00a0]+[-\u2013\u2014][\s\u00a0]+([^\n]+?)\.?$/u;

/** A written quote in this convention's marks (or straight quotes), its attribution after them: “Text,” said Name. */
const inMarks = (convention: QuoteConvention): RegExp =>
  new RegExp(`^[${inCharacterClass(convention.opening)}"]([\\s\\S]+?)([,!?…])[${inCharacterClass(convention.closing)}"][\\s\\u00a0]+(\\p{Ll}+)[\\s\\u00a0]+([^\\n]+?)\\.?$`, 'u');

const restore = (words: string, mark: string): string => (mark === ',' ? `${words}.` : `${words}${mark}`);

function readDashLed(text: string): ReadQuote | null {
  const match = DASH_LED.exec(text);
  if (!match) return null;
  const attribution = (match[3] ?? '').trim().split(/[\s\u00a0]+/);
  if (attribution.length < 2 || attribution.length > 12) return null;
  const [verb = '', ...rest] = attribution;
  if (!/^\p{Ll}/u.test(verb)) return null;
  return { text: restore((match[1] ?? '').trim(), match[2] ?? ','), verb, ...splitWho(rest.join(' '), ',') };
}

/**
 * A chip or blank stands in a written quote as one character of its own: U+FFFC, or one of the private use area
 * (core/editing/quote-paragraph.ts numbers them so each goes back to its field).
 */
const isHolder = (word: string): boolean => /^[\uFFFC\uE000-\uF8FF]$/u.test(word);
/** A word of a name: capitalised (Ерболат, Қасым-Жомарт, O’Neil), an initial (Е., Е.А.), or a chip or blank. */
const isNameWord = (word: string): boolean => isHolder(word) || /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u.test(word);
const isInitial = (word: string): boolean => /^(\p{Lu}\.)+$/u.test(word);
/** A patronymic, Russian or Kazakh (Аскарович, Нурлановна, Ерланұлы, Сәрсенбайқызы): the name has three words. */
const isPatronymic = (word: string): boolean => /(ович|евич|ьич|овна|евна|ична|инична|ұлы|улы|қызы|кызы)$/u.test(word.toLowerCase());
/** Up to four words, each of a name: the part of an attribution that is who spoke. */
const looksLikeName = (words: readonly string[]): boolean => words.length > 0 && words.length <= 4 && words.every(isNameWord);

/**
 * How many of the words at the end of `words` are a person's name: a chip or blank alone (it stands for a whole
 * field), else the surname and one word before it, a third when one is a patronymic, and any initials.
 */
function trailingName(words: readonly string[]): number {
  const last = words[words.length - 1];
  if (last === undefined || !isNameWord(last)) return 0;
  if (isHolder(last)) return 1;
  let taken = 1;
  while (taken < words.length) {
    const word = words[words.length - 1 - taken] as string;
    if (isHolder(word) || !isNameWord(word)) break;
    const withPatronymic = isPatronymic(word) || words.slice(words.length - taken).some(isPatronymic);
    if (!(isInitial(word) || taken < 2 || (taken < 3 && withPatronymic))) break;
    taken++;
  }
  return taken;
}

/**
 * The words after the verb, told apart into who spoke and their position, as press officers write them:
 *   «Ерболат Досаев, аким города Алматы» / “Jane Doe, director” — the name, a comma (the convention's joiner when it
 *     is a mark), the position (either way round);
 *   «аким города Алматы Ерболат Досаев» / «Алматы қаласының әкімі Ерболат Досаев» — the position, then the name
 *     (the exports' own ru/kk order): the name is the capitalised words at the end (trailingName);
 *   «Ерболат Досаев аким города» — a name, then the position;
 *   «пресс-секретарь» — no name: all of it is the position.
 * With chips and blanks (isHolder) each stands for a field: «H H» is the position and the speaker, in the exports' order.
 */
export function splitWho(who: string, mark: string): { speaker: string; position: string } {
  const text = who.trim();
  if (text === '') return { speaker: '', position: '' };
  const comma = text.indexOf(mark);
  if (comma > 0) {
    const first = text.slice(0, comma).trim();
    const second = text.slice(comma + mark.length).trim();
    const words = (part: string) => part.split(/[\s\u00a0]+/u).filter(Boolean);
    if (!looksLikeName(words(first)) && looksLikeName(words(second))) return { speaker: second, position: first };
    return { speaker: first, position: second };
  }
  const words = text.split(/[\s\u00a0]+/u).filter(Boolean);
  if (words.every(isNameWord) && !(words.length === 2 && words.every(isHolder))) {
    return words.length <= 4 ? { speaker: words.join(' '), position: '' } : split(words, words.length - trailingName(words));
  }
  const name = trailingName(words);
  if (name > 0) return split(words, words.length - name);
  const leading = words.findIndex((word) => !isNameWord(word));
  if (leading > 0 && leading <= 4) return { speaker: words.slice(0, leading).join(' '), position: words.slice(leading).join(' ') };
  return { speaker: '', position: words.join(' ') };
}

const split = (words: readonly string[], at: number): { speaker: string; position: string } => ({ position: words.slice(0, at).join(' '), speaker: words.slice(at).join(' ') });

/** Reads “Text,” said Name, position.: the verb right after the marks, then who, split at the joiner in the convention's order. */
function readInMarks(text: string, pattern: RegExp, convention: QuoteConvention): ReadQuote | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const who = (match[4] ?? '').trim();
  if (who.split(/\s+/).length > 12) return null;
  return { text: restore((match[1] ?? '').trim(), match[2] ?? ','), verb: match[3] ?? '', ...splitWho(who, convention.speakerPositionJoiner.trim() || ',') };
}

/** Each distinct way of reading a written quote, in the order of RELEASE_LANGUAGES (ru and kk share one). */
const READERS: readonly ((text: string) => ReadQuote | null)[] = (() => {
  const readers = new Map<string, (text: string) => ReadQuote | null>();
  for (const { quotes } of ALL_PROFILES) {
    if (quotes.written === 'dash-led') {
      readers.set('dash-led', readDashLed);
    } else {
      const pattern = inMarks(quotes);
      readers.set(`in-marks ${pattern.source} ${quotes.speakerPositionJoiner} ${quotes.order.join()}`, (text) => readInMarks(text, pattern, quotes));
    }
  }
  return [...readers.values()];
})();

/**
 * Reads a written quote back into its fields when the attribution can be read, in any release language's
 * convention (the profile's `quotes.written`):
 *   «– Текст, – заявил Азамат Калдыбеков.» → text «Текст.», verb «заявил», speaker «Азамат Калдыбеков»;
 *   “Text,” said Jane Doe, director. → text “Text.”, verb said, speaker Jane Doe, position director.
 * The words after the verb are told apart into speaker and position by splitWho, in every convention.
 * Null when the text is not a quote with a readable attribution.
 */
export function readQuote(written: string): ReadQuote | null {
  const text = written.trim();
  for (const read of READERS) {
    const quote = read(text);
    if (quote) return quote;
  }
  return null;
}
