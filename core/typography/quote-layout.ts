import type { Language } from '../model/types';
import { runsText } from './styled-run';
import type { StyledRun } from './styled-run';

/**
 * A direct quote set from its structured fields in each language's convention:
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

export type AttributionRole = 'punctuation' | 'verb' | 'speaker' | 'position';
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

const NBSP = '\u00a0';
const DASH = '\u2013';

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

export function layoutQuote(quote: QuoteFields, language: Language): QuoteLayout {
  const hasSpeaker = !isBlank(quote.speaker);
  const hasPosition = !isBlank(quote.position);
  const hasVerb = !isBlank(quote.verb);
  const attributed = hasSpeaker || hasPosition || hasVerb;
  const text = attributed ? endBeforeAttribution(quote.text) : quote.text;

  const attribution: AttributionPart[] = [];
  if (language === 'en') {
    const body: StyledRun[] = [{ text: '\u201c' }, ...text, { text: '\u201d' }];
    if (!attributed) return { body, separator: '', attribution };
    if (hasVerb) attribution.push({ role: 'verb', runs: quote.verb });
    if (hasVerb && (hasSpeaker || hasPosition)) attribution.push(punctuation(' '));
    if (hasSpeaker) attribution.push({ role: 'speaker', runs: quote.speaker });
    if (hasSpeaker && hasPosition) attribution.push(punctuation(', '));
    if (hasPosition) attribution.push({ role: 'position', runs: quote.position });
    attribution.push(punctuation('.'));
    return { body, separator: ' ', attribution };
  }

  const body: StyledRun[] = [{ text: `${DASH}${NBSP}` }, ...text];
  if (!attributed) return { body, separator: '', attribution };
  attribution.push(punctuation(`${DASH} `));
  const words: AttributionPart[] = [];
  if (hasVerb) words.push({ role: 'verb', runs: quote.verb });
  if (hasPosition) words.push({ role: 'position', runs: quote.position });
  if (hasSpeaker) words.push({ role: 'speaker', runs: quote.speaker });
  words.forEach((part, index) => {
    if (index > 0) attribution.push(punctuation(' '));
    attribution.push(part);
  });
  attribution.push(punctuation('.'));
  return { body, separator: NBSP, attribution };
}

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

const RU_KK_QUOTE = /^[-\u2013\u2014][\s\u00a0]*([\s\S]+?)([,!?…])[\s\u00a0]+[-\u2013\u2014][\s\u00a0]+([^\n]+?)\.?$/u;
const EN_QUOTE = /^[\u201c"]([\s\S]+?)([,!?…])[\u201d"][\s\u00a0]+(\p{Ll}+)[\s\u00a0]+([^\n]+?)\.?$/u;

/**
 * Reads a written quote back into its fields when the attribution can be read:
 *   «– Текст, – заявил Азамат Калдыбеков.» → text «Текст.», verb «заявил», speaker «Азамат Калдыбеков»;
 *   “Text,” said Jane Doe, director. → text “Text.”, verb said, speaker Jane Doe, position director.
 * For ru/kk the words after the verb all go to the speaker (the position cannot be told apart from the name).
 * Null when the text is not a quote with a readable attribution.
 */
export function readQuote(written: string): ReadQuote | null {
  const text = written.trim();
  const restore = (words: string, mark: string): string => (mark === ',' ? `${words}.` : `${words}${mark}`);
  let match = RU_KK_QUOTE.exec(text);
  if (match) {
    const attribution = (match[3] ?? '').trim().split(/[\s\u00a0]+/);
    if (attribution.length < 2 || attribution.length > 12) return null;
    const [verb = '', ...rest] = attribution;
    if (!/^\p{Ll}/u.test(verb)) return null;
    return { text: restore((match[1] ?? '').trim(), match[2] ?? ','), verb, speaker: rest.join(' '), position: '' };
  }
  match = EN_QUOTE.exec(text);
  if (match) {
    const who = (match[4] ?? '').trim();
    if (who.split(/\s+/).length > 12) return null;
    const comma = who.indexOf(', ');
    return {
      text: restore((match[1] ?? '').trim(), match[2] ?? ','),
      verb: match[3] ?? '',
      speaker: comma < 0 ? who : who.slice(0, comma),
      position: comma < 0 ? '' : who.slice(comma + 2),
    };
  }
  return null;
}
