import { Element } from 'slate';
import type { BaseRange, NodeEntry, Path, Point } from 'slate';
import type { ReleaseLanguage } from '../../core/model/types';
import { checkedWordsOf, holdsInlines, inlineHolders } from '../../core/spelling/release-spelling';
import type { WordToCheck } from '../../core/spelling/text-spelling';
import type { SpellingClient } from './spelling-client';

/** A squiggle: a decoration Slate hands to renderLeaf as `leaf.misspelled`. */
export type SpellingRange = BaseRange & { misspelled: true };

type PlacedWord = WordToCheck & { anchor: Point; focus: Point };

/**
 * The words of each element, with paths inside the element: Slate elements are immutable, so a block that did not
 * change is not cut into words again when the squiggles are drawn anew (a word turned out wrong, a word was added
 * to the dictionary) — on the 5 MB release that is the difference between a redraw and a pause.
 */
const wordsByElement = new WeakMap<Element, { language: ReleaseLanguage; words: PlacedWord[] }>();

export function wordsOfElement(element: Element, language: ReleaseLanguage): PlacedWord[] {
  const cached = wordsByElement.get(element);
  if (cached && cached.language === language) return cached.words;
  const words = checkedWordsOf(element, [], language);
  wordsByElement.set(element, { language, words });
  return words;
}

/** The elements of a block that hold text (the block itself, or its fields, items and rows). */
export function inlineHoldersOf(block: Element): Iterable<[Element, Path]> {
  return holdsInlines(block) ? [[block, []]] : inlineHolders(block.children);
}

/** Cuts an element into words ahead of drawing it, and asks the worker about the words it has not judged. */
export function prepareWords(client: SpellingClient, element: Element, language: ReleaseLanguage): void {
  for (const word of wordsOfElement(element, language)) client.verdict(word.word, word.language);
}

const at = (path: Path, point: Point): Point => ({ path: [...path, ...point.path], offset: point.offset });

/**
 * The squiggles of one node: only elements holding text have words; words not judged yet are asked about. The
 * word the caret is in or at the end of is never marked: it is being typed (Word waits too), and a squiggle
 * appearing under a word an input method is composing would break the composition.
 */
export function spellingRanges(client: SpellingClient, [node, path]: NodeEntry, language: ReleaseLanguage, selection: BaseRange | null = null): SpellingRange[] {
  if (!Element.isElement(node) || !holdsInlines(node)) return [];
  const caret = selection && comparePoints(selection.anchor, selection.focus) === 0 ? selection.focus : null;
  const ranges: SpellingRange[] = [];
  for (const word of wordsOfElement(node, language)) {
    if (client.verdict(word.word, word.language) !== false) continue;
    const anchor = at(path, word.anchor);
    const focus = at(path, word.focus);
    if (caret && comparePoints(anchor, caret) <= 0 && comparePoints(caret, focus) <= 0) continue;
    ranges.push({ anchor, focus, misspelled: true });
  }
  return ranges;
}

/** The misspelled word of an element at `point` (an absolute point inside the element at `path`), if any. */
export function misspelledWordAt(client: SpellingClient, element: Element, path: Path, language: ReleaseLanguage, point: Point): (PlacedWord & { range: BaseRange }) | null {
  for (const word of wordsOfElement(element, language)) {
    const anchor = at(path, word.anchor);
    const focus = at(path, word.focus);
    const inside = comparePoints(anchor, point) <= 0 && comparePoints(point, focus) <= 0;
    if (inside && client.verdict(word.word, word.language) === false) return { ...word, range: { anchor, focus } };
  }
  return null;
}

function comparePoints(a: Point, b: Point): number {
  const length = Math.min(a.path.length, b.path.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (a.path[index] as number) - (b.path[index] as number);
    if (difference !== 0) return difference;
  }
  return a.path.length === b.path.length ? a.offset - b.offset : 0;
}
