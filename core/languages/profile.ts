import type { ReleaseLanguage } from '../model/types';
import type { StandardVariableName } from '../templates/variables';

/**
 * Everything Pressroom knows about writing a release in one language, in one place: how its dates are written
 * and read, how a direct quote is set and attributed, what typing " ' and - gives, the award table's column words,
 * the built-in variables' labels, the language tags exports carry and how imported text is recognised as written
 * in it. One profile per release language (ru.ts, kk.ts, en.ts), listed in index.ts and typed over every
 * ReleaseLanguage, so a language without a profile does not compile.
 *
 * This is the release's language, not the interface's: a Kazakh release written in a Russian interface uses
 * the Kazakh profile. Interface words live in the catalogues (renderer/i18n).
 */
export interface LanguageProfile<Code extends ReleaseLanguage = ReleaseLanguage> {
  /** The code stored in `metadata.language` and in template file names (conference-write-up.ru.pressroom). */
  code: Code;
  tags: LanguageTags;
  dates: DateConvention;
  quotes: QuoteConvention;
  typing: TypingRules;
  /** The award table's column titles, in the order of an award row's fields: recipient, position, nomination. */
  awardColumns: readonly [recipient: string, position: string, nomination: string];
  /** The built-in variables' labels, as a release in this language shows and prints them («[Город]»). */
  variableLabels: Readonly<Record<StandardVariableName, string>>;
  detection: LetterDetection;
  /**
   * The embargo line exports print above the headline, with {moment} where the date, time and UTC offset go:
   * ru 'ДЛЯ ПУБЛИКАЦИИ НЕ РАНЕЕ {moment}', en 'EMBARGOED UNTIL {moment}' (core/formats/embargo.ts).
   */
  embargo: string;
}

/** The language tags exports write. */
export interface LanguageTags {
  /** `<html lang>`, `<article lang>` and JSON-LD `inLanguage`: the code itself today (ru). */
  html: string;
  /** Word's proofing language on every run and style (`w:lang`) and `dc:language`, with its region (ru-RU). */
  docx: string;
}

/** Twelve of a kind: one per month, January first. */
export type Twelve<T> = readonly [T, T, T, T, T, T, T, T, T, T, T, T];

/** How a dateline writes a date, and how a written date is read back (imports). */
export interface DateConvention {
  /** The month names as a date writes them, January first (Russian in the genitive: января). */
  months: Twelve<string>;
  /** The written date, with {day}, {month} and {year} in their places: '{day} {month} {year} года'. */
  pattern: string;
  /**
   * Reads a date written this way (non-breaking spaces already made plain): named groups `day`, `month` (a word
   * of `months`, any case) and `year`. May accept more than `pattern` writes (ru also «г.» and no word at all).
   */
  reading: RegExp;
  /** Other month names `reading` also takes, January first (en: the full names beside AP's abbreviations). */
  alsoRead?: Twelve<string>;
  /** How the standard dateline sets the city: as written (Алматы), or in capitals with the country after (ALMATY, Kazakhstan). */
  city: { capitals: boolean; country: string | null };
  /** The wire-service dateline (an organisation setting, core/typography/dateline.ts): «АЛМАТЫ. 29 августа.» */
  wire: WireDateline;
}

/**
 * A wire-service dateline: the city in capitals, then the day and month in the wire's own form, e.g.
 * ru «АЛМАТЫ. 29 августа.», kk (Kazinform) «ОРАЛ. Қазанның 4-і.», en "ALMATY, Kazakhstan, Aug. 29 —".
 */
export interface WireDateline {
  /** The month names as the wire writes them, January first (kk in the genitive, capitalised: Қазанның). */
  months: Twelve<string>;
  /** The date with {day}, {month} and {suffix} (what follows the day's number: kk -і, -ы, -сі, -сы). */
  pattern: string;
  /** The suffix after the day's number; none when absent. */
  daySuffix?: (day: number) => string;
  /** Between the city (with the country, when the profile names one) and the date. */
  joiner: string;
  /** After the date: «.» (ru, kk) or " —" (en). */
  end: string;
  /**
   * The end when the organisation names an agency (core/typography/dateline.ts), with {end} and {agency}; absent:
   * `{end} {agency}\u00a0–`, Kazinform's «ОРАЛ. Қазанның 4-і. ҚазАқпарат –». en: " ({agency}) —".
   */
  agency?: string;
}

export type AttributionWord = 'verb' | 'speaker' | 'position';

/**
 * How a direct quote is set from its fields — ru «–\u00a0Текст,\u00a0– заявил должность Имя Фамилия.»,
 * en “Text,” said Name, position. — and recognised in written text. Shared by every language: a final full
 * stop of the quoted words becomes the comma before the attribution (? ! … stay), and the attribution ends with
 * a full stop; a quote without speaker, position or verb is its words alone, unchanged.
 */
export interface QuoteConvention {
  /** Before the quoted words: a dash and a non-breaking space (ru, kk), or the opening mark (en). */
  opening: string;
  /** After the quoted words: nothing (ru, kk), or the closing mark (en). */
  closing: string;
  /** Between the quoted words and the attribution: a non-breaking space (no line starts with the dash), or a space. */
  beforeAttribution: string;
  /** What opens the attribution: «– » (ru, kk), or nothing (en). */
  attributionMark: string;
  /**
   * The attribution's words in the order they are written: заявил, должность, Имя (ru) / said, Name, position (en).
   * The verb comes first: that is how a written quote's attribution is read back.
   */
  order: readonly [AttributionWord, AttributionWord, AttributionWord];
  /** Between the speaker and the position when one follows the other: a space (ru, kk) or a comma and a space (en). */
  speakerPositionJoiner: string;
  /**
   * How a written quote is recognised when imported: 'dash-led' «– Текст, – заявил Имя.» (any of - – — for the
   * dashes), or 'in-marks' “Text,” said Name, position. (this profile's marks or straight quotes). Either way the
   * words after the verb are told apart into speaker and position by quote-layout.ts `splitWho`.
   */
  written: 'dash-led' | 'in-marks';
}

/** What the editor makes of typed characters in a release in this language (core/editing/with-typography.ts). */
export interface TypingRules {
  /** A typed " opens or closes a quotation: «» (ru, kk), “” (en). */
  quotes: { open: string; close: string };
  /** A typed ' becomes a typographic single quote or apostrophe (en ‘ ’), or stays as typed (null). */
  apostrophe: { open: string; close: string } | null;
  /** What a hyphen between spaces, a hyphen at a block's start before a space, or two hyphens become: – or —. */
  dash: string;
}

/** The scripts import's language detection counts letters of. */
export type Script = 'cyrillic' | 'latin';

/**
 * How imported text is recognised as written in this language (core/languages/detect-language.ts): the script
 * whose letters are most frequent picks the languages written in it; a language with letters of its own (Kazakh
 * ә і ң ғ ү ұ қ ө һ) is chosen when they make more than `share` of the script's letters; otherwise the script's
 * plain language (the one without `ownLetters`: ru for Cyrillic, en for Latin).
 */
export interface LetterDetection {
  script: Script;
  ownLetters?: { letters: string; share: number };
}
