/**
 * The words of a text that spell-checking looks at, with where they stand. Platform-free: the editor's squiggles,
 * the pre-publication checklist and `pressroom check` all cut text the same way.
 *
 * Left out on purpose, as Word and LibreOffice do by default:
 * - web addresses and e-mail addresses (https://almaty.gov.kz, press@almaty.gov.kz, www.akorda.kz);
 * - words written in capitals (РОО, ЕАЭС, UNESCO) — abbreviations are names, not words;
 * - words with a digit, and the ending after a number (30-летию, 1-ші, 2025-жылы);
 * - single letters (initials: М. Отыншиев).
 */

export interface WordAt {
  word: string;
  /** UTF-16 offset in the text. */
  offset: number;
}

/** Letters (any script), with inner hyphens and apostrophes: Іс-шара, п'еса, O'Brien. */
const WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;
/** Addresses whose letters are not words. */
const ADDRESS = /(?:https?:\/\/|mailto:|www\.)[^\s«»"“”<>]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:kz|ru|com|org|net|gov|edu|info|io|рф|қаз)\b/giu;

export function isCapitals(word: string): boolean {
  if (word.length < 2) return false;
  const second = word[1] as string;
  // Most words are written in lower case after their first letter: answered without a case conversion.
  if (second !== second.toUpperCase()) return false;
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

const isDigit = (character: string | undefined): boolean => character !== undefined && character >= '0' && character <= '9';

/** A cheap first look: most paragraphs hold no address, and the address pattern is the costly one. */
const MAY_HOLD_ADDRESS = /@|:\/\/|www\.|\.(?:kz|ru|com|org|net|gov|edu|info|io|рф|қаз)\b/iu;

export function wordsOf(text: string): WordAt[] {
  let skipped: Array<[number, number]> | null = null;
  if (MAY_HOLD_ADDRESS.test(text)) {
    skipped = [];
    for (const match of text.matchAll(ADDRESS)) skipped.push([match.index, match.index + match[0].length]);
  }
  const words: WordAt[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0];
    const offset = match.index;
    if (word.length < 2) continue;
    if (skipped && skipped.some(([start, end]) => offset < end && offset + word.length > start)) continue;
    if (isDigit(text[offset + word.length])) continue;
    const before = text[offset - 1];
    if (isDigit(before) || ((before === '-' || before === '‑') && isDigit(text[offset - 2]))) continue;
    if (isCapitals(word.includes('-') || word.includes("'") || word.includes('’') ? word.replace(/[-'’]/g, '') : word)) continue;
    words.push({ word, offset });
  }
  return words;
}
