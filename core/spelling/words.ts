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
  return word.length > 1 && word === word.toLocaleUpperCase() && word !== word.toLocaleLowerCase();
}

export function wordsOf(text: string): WordAt[] {
  const skipped: Array<[number, number]> = [];
  for (const match of text.matchAll(ADDRESS)) skipped.push([match.index, match.index + match[0].length]);
  const words: WordAt[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const offset = match.index;
    if (skipped.some(([start, end]) => offset < end && offset + word.length > start)) continue;
    if ([...word].length < 2 || isCapitals(word.replace(/[-'’]/g, ''))) continue;
    const before = text[offset - 1] ?? '';
    const after = text[offset + word.length] ?? '';
    if (/\p{N}/u.test(after)) continue;
    if (/\p{N}/u.test(before) || (/[-‑]/.test(before) && /\p{N}/u.test(text[offset - 2] ?? ''))) continue;
    words.push({ word, offset });
  }
  return words;
}
