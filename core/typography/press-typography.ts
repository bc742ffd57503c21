import Typograf from 'typograf';
import { profileOf } from '../languages/index';
import type { ReleaseLanguage } from '../model/types';
import { houseDash } from './house-dash';
import type { HouseDash } from './house-dash';

/**
 * Typography as a press editor sets it, for one run of text in a release language:
 * - Russian through typograf 7.8.0, configured for press text (TYPOGRAF_OFF says what is switched off and why),
 *   then our own rules where it falls short;
 * - Kazakh by our own rules (typograf has no Kazakh): «» with „“ inside, dashes, – деді, non-breaking spaces;
 * - English through typograf's en-US rules (“ ” ‘ ’), then our own.
 * Shared rules of our own (all three languages): a non-breaking space after a single initial (М. Отыншиев,
 * Ә. Қасымов) and between initials and a surname, before a mid-sentence dash, after №, between a number and its
 * unit, thousands groups in numbers of five digits and more; the house dash (an organisation setting: en – or
 * em —) everywhere a dash stands between words or leads direct speech.
 * Never inside URLs, e-mail addresses, phone numbers (+7 (727) 123-45-67, 8 701 123 4567) or long digit codes
 * (ИИН, БИН): those are taken out before any rule runs and put back unchanged.
 *
 * `mode: 'typing'` is for text being typed (core/editing/with-typography.ts): the rules that look at the end of
 * the text (no short last word alone on a line) are left to the whole-release Typography command, since the end
 * of what is typed so far is not the end of the paragraph. The function is idempotent: set text stays as it is.
 */

export { HOUSE_DASHES, houseDash } from './house-dash';
export type { HouseDash } from './house-dash';

export interface TypographyOptions {
  dash?: HouseDash;
  mode?: 'typing' | 'whole';
}

const NBSP = '\u00a0';

/**
 * typograf's rules that are off, and why:
 * - ru/other/phone-number turns +7 (727) 123-45-67 into +7 (727-12) 3-45-67; ru/date/fromISO rewrites 2025-08-29
 *   as 29.08.2025 (an ISO date in a release is meant as written);
 * - the trim and blank-line rules (trimLeft, trimRight, delTrailingBlanks, delRepeatN, delLeadingBlanks,
 *   insertFinalNewline): a run of text ends at a bold word or a variable chip, and its spaces belong there;
 *   soft line breaks (Shift+Enter) are the press officer's;
 * - ru/punctuation/ano adds commas before «а» and «но»: grammar, not typography, and not always right;
 * - common/number/fraction, common/number/times, common/number/mathSigns, common/symbols/*: 1/2 → ½, 5x5 → 5×5,
 *   (c) → ©, -> → → change what model numbers, codes and quoted text say;
 * - ru/money/*: руб. → ₽ is not Kazakhstan's press style; ru/typo/switchingKeyboardLayout swaps letters in
 *   mixed Kazakh–Russian words; common/nbsp/replaceNbsp would undo our own non-breaking spaces;
 * - common/html/*: the text is not HTML.
 */
export const TYPOGRAF_OFF = [
  'ru/other/phone-number',
  'ru/date/fromISO',
  'common/space/trimLeft',
  'common/space/trimRight',
  'common/space/delTrailingBlanks',
  'common/space/delRepeatN',
  'common/space/delLeadingBlanks',
  'common/space/insertFinalNewline',
  'ru/punctuation/ano',
  'common/number/fraction',
  'common/number/times',
  'common/number/mathSigns',
  'common/symbols/copy',
  'common/symbols/arrow',
  'common/symbols/cf',
  'ru/money/ruble',
  'ru/money/currency',
  'ru/typo/switchingKeyboardLayout',
  'common/nbsp/replaceNbsp',
  'common/html/*',
] as const;

/**
 * Off while typing: the rules that look at the end of the text (the end typed so far is not the paragraph's end),
 * and the one that deletes doubled punctuation: typed one key at a time, the second dot of an ellipsis was taken
 * away as a doubled full stop before the third could come, so «Итак...» could not be typed (it gave «Итак.»).
 * The whole text (Edit ▸ Typography, paste) keeps it.
 */
const TYPING_OFF = ['common/nbsp/beforeShortLastWord', 'common/nbsp/beforeShortLastNumber', 'common/punctuation/delDoublePunctuation'] as const;

const typografs = new Map<string, Typograf>();
function typografFor(locale: 'ru' | 'en-US', mode: 'typing' | 'whole'): Typograf {
  const key = `${locale} ${mode}`;
  let typograf = typografs.get(key);
  if (!typograf) {
    typograf = new Typograf({ locale: locale === 'ru' ? ['ru', 'en-US'] : ['en-US'], disableRule: [...TYPOGRAF_OFF, ...(mode === 'typing' ? TYPING_OFF : [])] });
    typografs.set(key, typograf);
  }
  return typograf;
}

// ---- what no rule may touch ----

const PROTECTED = new RegExp(
  [
    // URLs and bare domains with a path
    String.raw`(?:https?:\/\/|www\.)[^\s«»“”"<>]+[^\s«»“”"<>.,;:!?)]`,
    // e-mail addresses
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`,
    // phone numbers: +7 (727) 123-45-67, 8 701 123 4567, +7 701 123 45 67, 8(727)2-123-456, +7 (7172) 74-10-10
    String.raw`(?:\+7|\b8)[\s\u00a0]?\(\d{3,5}\)[\s\u00a0-]?\d{1,3}(?:[\s\u00a0-]?\d{2,4}){1,3}\b`,
    String.raw`(?:\+7|\b8)[\s\u00a0]?\d{3}[\s\u00a0-]?\d{1,3}(?:[\s\u00a0-]?\d{2,4}){1,3}\b`,
    // long digit codes (ИИН, БИН, account numbers): ten digits and more
    String.raw`\b\d{10,}\b`,
  ].join('|'),
  'gu',
);
/** A dash already in typed text, kept through the rules (typing mode). */
const KEPT_EN = '\ue002';
const KEPT_EM = '\ue003';
const MASK_OPEN = '\ue000';
const MASK_CLOSE = '\ue001';
const MASKED = /\ue000(\d+)\ue001/gu;

function mask(text: string): { text: string; kept: string[] } {
  const kept: string[] = [];
  return {
    text: text.replace(PROTECTED, (found) => {
      kept.push(found);
      return `${MASK_OPEN}${kept.length - 1}${MASK_CLOSE}`;
    }),
    kept,
  };
}
const unmask = (text: string, kept: readonly string[]): string => text.replace(MASKED, (_, index: string) => kept[Number(index)] ?? '');

// ---- our own rules ----

/** Straight (and foreign) double quotes as the language's: «…» with „…“ inside (ru, kk), “…” with ‘…’ inside (en). */
function pairQuotes(text: string, language: ReleaseLanguage): string {
  const [outerOpen, outerClose, innerOpen, innerClose] = language === 'en' ? ['\u201c', '\u201d', '\u2018', '\u2019'] : ['«', '»', '„', '“'];
  // Marks that open or close by themselves; " decides by what stands before it.
  const opening = language === 'en' ? new Set(['\u201c']) : new Set(['«', '„']);
  const closing = language === 'en' ? new Set(['\u201d']) : new Set(['»']);
  const ambiguous = language === 'en' ? new Set(['"']) : new Set(['"', '\u201c', '\u201d']);
  let depth = 0;
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    const before = result.slice(-1);
    let opens: boolean | null = null;
    if (opening.has(character)) opens = true;
    else if (closing.has(character)) opens = false;
    else if (ambiguous.has(character)) {
      // “ after a letter in a ru/kk text is the inner closing mark of „…“, as Russian sets it.
      if (language !== 'en' && character === '\u201c' && depth >= 2) opens = false;
      else opens = before === '' || /[\s([{«„“‘\u2013\u2014-]/u.test(before) ? true : false;
    }
    if (opens === null) {
      result += character;
      continue;
    }
    if (opens) {
      result += depth % 2 === 0 ? outerOpen : innerOpen;
      depth += 1;
    } else if (depth > 0) {
      depth -= 1;
      result += depth % 2 === 0 ? outerClose : innerClose;
    } else {
      result += outerClose;
    }
  }
  return result;
}

/** An English apostrophe and single quotes: don’t, ‘word’. */
function englishSingles(text: string): string {
  return text.replace(/(\p{L})'(\p{L})/gu, '$1\u2019$2').replace(/(^|[\s(“])'/gu, '$1\u2018').replace(/'/gu, '\u2019');
}

/** Units that stay on the line of their number, per language (the number and the unit joined by a non-breaking space). */
const UNITS: Record<ReleaseLanguage, string> = {
  ru: 'км|м|см|мм|кг|г|т|га|л|млн|млрд|трлн|тыс\\.|тенге|тг|₸|%|°C|°|чел\\.|человек|ч|мин|лет|года?|году|годов|гг?\\.|век[аов]*|раз[а]?|место|места|мест|МВт|кВт|Гкал|кв\\.|м²|км²|₽|\\$|€',
  // Kazakh words take their endings (5 мыңнан, 10 адамға, 2025 жылдары, 29 тамызда); ж. is жыл (2025 ж.)
  kk: `км|м|см|мм|кг|г|т|га|л|млн|млрд|трлн|тг|₸|%|°C|°|ж\\.|ғ\\.|МВт|кВт|м²|км²|\\$|€|(?:мың|теңге|адам|сағат|минут|секунд|жыл|ғасыр|орын|күн|апта|пайыз|шақырым|тонна|гектар|сынып|жас|ай(?=\\p{L}{0,3}(?!\\p{L}))|${profileOf('kk').dates.months.join('|')})\\p{L}*`,
  en: 'km|m|cm|mm|kg|g|t|ha|l|million|billion|thousand|tenge|KZT|%|°C|°|people|hours?|minutes?|years?|MW|kW|m²|km²|\\$|€',
};

/** The non-breaking-space rules of one language and mode, compiled once. */
interface SpaceRules {
  units: RegExp;
  afterSurname: RegExp;
}
const spaceRules = new Map<string, SpaceRules>();
function spaceRulesFor(language: ReleaseLanguage, mode: 'typing' | 'whole'): SpaceRules {
  const key = `${language} ${mode}`;
  let rules = spaceRules.get(key);
  if (!rules) {
    rules = {
      units: new RegExp(`(\\d) (?=(?:${UNITS[language]})(?![\\p{L}\\d]))`, 'gu'),
      // (While typing, the end of what is typed so far is not the end of the text.)
      afterSurname: new RegExp(String.raw`(\p{Lu}\p{Ll}+) (?=\p{Lu}\.(?:[\u00a0 ]?\p{Lu}\.)?(?:[,;)]|[ \u00a0](?=\p{Ll})${mode === 'whole' ? '|$' : ''}))`, 'gu'),
    };
    spaceRules.set(key, rules);
  }
  return rules;
}

function nonBreakingSpaces(text: string, language: ReleaseLanguage, mode: 'typing' | 'whole'): string {
  const rules = spaceRulesFor(language, mode);
  let result = text;
  // Initials: a single capital and a full stop before a surname (М. Отыншиев, Ә. Қасымов), between two initials
  // (А. Б. Иванов, А.Б. Иванов), and after a surname before its initials (Отыншиев М.).
  result = result.replace(/(^|[^\p{L}])(\p{Lu})\.[ \u00a0]?(?=\p{Lu}\.)/gu, `$1$2.${NBSP}`);
  result = result.replace(/(^|[^\p{L}])(\p{Lu})\. (?=\p{Lu}\p{Ll})/gu, `$1$2.${NBSP}`);
  result = result.replace(rules.afterSurname, `$1${NBSP}`);
  // № and § keep their number.
  result = result.replace(/([№§])[ \u00a0]*(?=\d)/gu, `$1${NBSP}`);
  // A number and its unit.
  result = result.replace(rules.units, `$1${NBSP}`);
  // A mid-sentence dash keeps to the word before it.
  result = result.replace(/(\S) ([\u2013\u2014\ue002\ue003])(?=[ \u00a0])/gu, `$1${NBSP}$2`);
  return result;
}

/**
 * Numbers of five digits and more in groups of three, joined by non-breaking spaces: 1 500 000 (not 2025, not codes).
 * After a word and a non-breaking space too: typograf joins a short word to the number first («для 25 000»).
 */
function thousands(text: string): string {
  return text.replace(/(^|[^\d.,\u00a0№/:-]|\p{L}\u00a0)(\d{5,9})(?!\d|[.,:/-]\d)/gu, (_, before: string, digits: string) => before + digits.replace(/\B(?=(\d{3})+$)/gu, NBSP));
}

/** Dashes between words, leading direct speech and after a closing quote, in the house dash; -- becomes one too. */
function dashes(text: string, dash: string): string {
  return (
    text
      // two hyphens between words
      .replace(/(\S) ?-- ?(?=\S)/gu, `$1 ${dash} `)
      // a hyphen, en or em dash standing between spaces (“Конституция - основа”, “», - деді”)
      .replace(/([^\s])[ \u00a0]+-(?=[ \u00a0])/gu, `$1${NBSP}${dash}`)
      .replace(/([^\s])[ \u00a0]+[\u2013\u2014](?=[ \u00a0])/gu, `$1${NBSP}${dash}`)
      .replace(/([^\s])[ \u00a0]+([\ue002\ue003])(?=[ \u00a0]|$)/gu, `$1${NBSP}$2`)
      // direct speech: a paragraph (or a line) that starts with a dash
      .replace(/(^|\n)[ \u00a0]*-[ \u00a0]+/gu, `$1${dash}${NBSP}`)
      .replace(/(^|\n)[ \u00a0]*([\u2013\u2014\ue002\ue003])[ \u00a0]+/gu, (_, start: string, typed: string) => `${start}${/[\ue002\ue003]/u.test(typed) ? typed : dash}${NBSP}`)
  );
}

/**
 * A range of numbers or years takes an en dash without spaces (2020–2025 жылдары, 10–15 адам, 29–30 августа),
 * whatever the house dash: typograf closes a Russian range only when it is typed with a hyphen and no spaces
 * («1-2 сентября»), so typed with spaces («10 - 15 человек», «29 – 30 августа») it stayed spaced; Kazakh and Russian
 * take this rule. Not a decree's number (№ 12-34), a date in figures
 * (2025-08-29, 29.08.2025) or anything masked (phones, addresses).
 */
const RANGE = /(?<![\p{L}\d\-–—.,/:\ue000\ue001\ue002\ue003]|№[ \u00a0]?)(\d{1,4})(?:[ \u00a0]?[-–—\ue002\ue003][ \u00a0]?)(\d{1,4})(?![\d\ue001]|[-–—.,/:]\d)/gu;
/** An initial written against its surname (Қ.Тоқаев, Қ.-Ж.Тоқаев) gets the space Kazakh spelling rules give it. */
const JOINED_INITIAL = /(^|[^\p{L}])((?:\p{Lu}\.-)?\p{Lu})\.(?=\p{Lu}\p{Ll})/gu;

function kazakhRules(text: string): string {
  return text.replace(RANGE, '$1\u2013$2').replace(JOINED_INITIAL, `$1$2.${NBSP}`);
}

function ownRules(text: string, language: ReleaseLanguage, dash: string, mode: 'typing' | 'whole'): string {
  let result = pairQuotes(text, language);
  if (language === 'en') result = englishSingles(result);
  if (language === 'kk') result = kazakhRules(result);
  if (language === 'ru') result = result.replace(RANGE, '$1\u2013$2');
  result = result.replace(/\.\.\./gu, '…');
  result = dashes(result, dash);
  result = nonBreakingSpaces(result, language, mode);
  return thousands(result);
}


/** Sets `text` as a press editor would in `language`. Text without anything to set comes back identical. */
/**
 * The words the press rules keep to the word after them (typograf's short-word lists of the locales we set: в, для,
 * если, the, of…), lower case. As-you-type typography reads it to know which spaces it need not set again.
 */
export const WORDS_KEPT_TO_THE_NEXT: ReadonlySet<string> = new Set(
  ['ru/shortWord', 'en-US/shortWord'].flatMap((key) => String(Typograf.getData(key) ?? '').split('|')).filter(Boolean).map((word) => word.toLowerCase()),
);

export function typesetText(text: string, language: ReleaseLanguage, options: TypographyOptions = {}): string {
  if (text === '' || !/[-"'.\d\s№§\u2013\u2014«»“”„‘’]/u.test(text)) return text;
  const dash = houseDash(language, options.dash);
  const mode = options.mode ?? 'whole';
  const { text: masked, kept } = mask(text);
  // While typing, the dashes already in the text are the press officer's (an em dash typed on purpose stays):
  // only hyphens become the house dash. The Typography command sets every dash in the house style.
  let result = mode === 'typing' ? masked.replace(/[\u2013\u2014]/gu, (dash) => (dash === '\u2013' ? KEPT_EN : KEPT_EM)) : masked;
  if (language === 'ru' || language === 'en') {
    // typograf sets a narrow no-break space in places (№ 5, 2025 г.); one kind of no-break space throughout,
    // the one every font and Word's proofing know.
    result = typografFor(language === 'ru' ? 'ru' : 'en-US', mode).execute(result).replace(/\u202f/gu, NBSP);
  }
  result = ownRules(result, language, dash, mode);
  if (mode === 'typing') result = result.replace(/[\ue002\ue003]/gu, (kept) => (kept === KEPT_EN ? '\u2013' : '\u2014'));
  return unmask(result, kept);
}
