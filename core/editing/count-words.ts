import { Element, Node as NodeApi, Text } from 'slate';
import type { Descendant, Node } from 'slate';
import '../model/slate-types';

export interface TextCount {
  words: number;
  /** Characters including spaces (a soft line break counts as one space). */
  characters: number;
  charactersWithoutSpaces: number;
}

export const NO_TEXT: TextCount = Object.freeze({ words: 0, characters: 0, charactersWithoutSpaces: 0 });

/*
 * A word: letters, digits or combining marks, joined by single inner hyphens, apostrophes, dots or @ (e-mail,
 * 30-летие, don’t, 2025.08) — what /[\p{L}\p{N}\p{M}]+(?:[-'’.@][\p{L}\p{N}\p{M}]+)*\/gu matches. A character is a
 * code point (an emoji is one); a space is what /\s/u matches. A 5 MB release has 1.6 million characters, so
 * rather than a regex test per character, each UTF-16 unit is classified once into a table and the text is read
 * in one pass of a small state machine (bench/: "word count").
 */
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_CHARACTER = /^\s$/u;
/** Kinds of character: 0 not yet classified, then a letter/digit/mark, a space, a joiner, anything else. */
const UNKNOWN = 0;
const WORD = 1;
const SPACE = 2;
const JOINER = 3;
const OTHER = 4;
const JOINERS = new Set(['-', "'", '’', '.', '@']);
const classify = (character: string): number =>
  WORD_CHARACTER.test(character) ? WORD : SPACE_CHARACTER.test(character) ? SPACE : JOINERS.has(character) ? JOINER : OTHER;
/** Kinds of the Basic Multilingual Plane's code points, filled in as they are met. */
const kinds = new Uint8Array(0x10000);

/** Where the reading is: outside a word, in one, or just after a joiner that follows a word (a letter next
 * continues the same word). */
const OUTSIDE = 0;
const IN_WORD = 1;
const AFTER_JOINER = 2;

/** Counts one string (a block's words, seen whole so marks and links never split a word). */
export function countText(text: string): TextCount {
  let words = 0;
  let characters = 0;
  let spaces = 0;
  let state = OUTSIDE;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    let kind: number;
    const low = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      // A surrogate pair (an emoji, a rare CJK character): one character; rare, so classified each time.
      kind = classify(text.slice(i, i + 2));
      i++;
    } else {
      kind = kinds[unit] as number;
      if (kind === UNKNOWN) kind = kinds[unit] = classify(text.charAt(i));
    }
    characters++;
    if (kind === WORD) {
      if (state === OUTSIDE) words++;
      state = IN_WORD;
    } else if (kind === JOINER && state === IN_WORD) {
      state = AFTER_JOINER;
    } else {
      state = OUTSIDE;
      if (kind === SPACE) spaces++;
    }
  }
  return { words, characters, charactersWithoutSpaces: characters - spaces };
}

/** Adds `count` to `total` (in place). */
export function addCount(total: TextCount, count: TextCount): void {
  total.words += count.words;
  total.characters += count.characters;
  total.charactersWithoutSpaces += count.charactersWithoutSpaces;
}

/** The count of one top-level block: fields and list items included, each text block apart. */
export function countBlock(block: Descendant): TextCount {
  const count: TextCount = { ...NO_TEXT };
  const visit = (node: Node): void => {
    if (!Element.isElement(node)) return;
    // A block that holds text directly is counted as one string, so marks and links never split a word.
    if (node.children.some((child) => Text.isText(child))) {
      addCount(count, countText(NodeApi.string(node)));
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(block);
  return count;
}

/** Live word and character count of a release body (fields and list items included, blocks apart). */
export function countWords(body: readonly Descendant[], countOf: (block: Descendant) => TextCount = countBlock): TextCount {
  const total: TextCount = { ...NO_TEXT };
  for (const block of body) addCount(total, countOf(block));
  return total;
}

/** How far a count of a long body has got: the blocks before `next` are in `count`. */
export interface CountProgress {
  next: number;
  count: TextCount;
}

/**
 * Goes on counting `body` from `progress` until every block is counted or `enough()` says to stop (checked after
 * each block, so each call counts at least one): the interface counts a just-opened 5 MB release in slices
 * between frames instead of in one long task.
 */
export function countSome(
  body: readonly Descendant[],
  progress: CountProgress,
  countOf: (block: Descendant) => TextCount,
  enough: () => boolean,
): CountProgress {
  const count = { ...progress.count };
  let next = progress.next;
  while (next < body.length) {
    addCount(count, countOf(body[next] as Descendant));
    next++;
    if (enough()) break;
  }
  return { next, count };
}
