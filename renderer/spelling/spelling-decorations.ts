import { Element, Path } from 'slate';
import type { BaseRange, NodeEntry, Point } from 'slate';
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

/** The word at the caret, with points in the release (where `spellingRanges` found it). */
export type CaretWord = WordToCheck & { anchor: Point; focus: Point };

/**
 * The squiggles of one node: only elements holding text have words; words not judged yet are asked about. The
 * word the caret is in or at the end of is never marked: it is being typed (Word waits too), and a squiggle
 * appearing under a word an input method is composing would break the composition. Nor is it asked about: each
 * key would send the worker a new half-typed word, almost always wrong, and each wrong verdict would redraw every
 * squiggle of the page while the user types. It goes to `caret` instead (null when the element holds the caret
 * but no word is at it), which asks about it once typing pauses or the caret leaves it (`CaretWordWatch`).
 */
export function spellingRanges(
  client: SpellingClient,
  [node, path]: NodeEntry,
  language: ReleaseLanguage,
  selection: BaseRange | null = null,
  caret: ((word: CaretWord | null) => void) | null = null,
): SpellingRange[] {
  if (!Element.isElement(node) || !holdsInlines(node)) return [];
  const collapsed = selection && comparePoints(selection.anchor, selection.focus) === 0 ? selection.focus : null;
  const caretHere = collapsed && Path.isAncestor(path, collapsed.path) ? collapsed : null;
  const ranges: SpellingRange[] = [];
  let atCaret: CaretWord | null = null;
  for (const word of wordsOfElement(node, language)) {
    if (caretHere) {
      const anchor = at(path, word.anchor);
      const focus = at(path, word.focus);
      if (comparePoints(anchor, caretHere) <= 0 && comparePoints(caretHere, focus) <= 0) {
        atCaret = { ...word, anchor, focus };
        continue;
      }
      if (client.verdict(word.word, word.language) === false) ranges.push({ anchor, focus, misspelled: true });
      continue;
    }
    if (client.verdict(word.word, word.language) !== false) continue;
    ranges.push({ anchor: at(path, word.anchor), focus: at(path, word.focus), misspelled: true });
  }
  if (caretHere) caret?.(atCaret);
  return ranges;
}

/** How long the word at the caret waits, after the last key that changed it, before it is asked about. */
export const CARET_WORD_DELAY_MS = 400;

/**
 * The word at the caret, asked about when typing pauses (CARET_WORD_DELAY_MS after the last key that changed it)
 * and watched while the caret stays at it: once the caret has left a word found wrong (a click, an arrow key,
 * the next block), the squiggles are drawn again so it gets its own, whether or not its block changed.
 */
export class CaretWordWatch {
  private word: CaretWord | null = null;
  private changedAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly client: SpellingClient,
    private readonly selection: () => BaseRange | null,
    private readonly redraw: () => void,
  ) {}

  /** What `spellingRanges` found at the caret in the element holding it (null: no word there). */
  readonly found = (word: CaretWord | null): void => {
    const same = word !== null && this.word !== null && word.word === this.word.word && comparePoints(word.anchor, this.word.anchor) === 0;
    this.word = word;
    if (!same) this.changedAt = performance.now();
    if (word && this.timer === null) this.timer = setTimeout(this.check, CARET_WORD_DELAY_MS);
  };

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.word = null;
  }

  private readonly check = (): void => {
    this.timer = null;
    const word = this.word;
    if (!word) return;
    const waited = performance.now() - this.changedAt;
    if (waited < CARET_WORD_DELAY_MS) {
      this.timer = setTimeout(this.check, CARET_WORD_DELAY_MS - waited);
      return;
    }
    // Asks the worker when not judged yet; a wrong verdict then redraws the squiggles by itself.
    const verdict = this.client.verdict(word.word, word.language);
    const selection = this.selection();
    const caret = selection && comparePoints(selection.anchor, selection.focus) === 0 ? selection.focus : null;
    const stillAtCaret = caret !== null && comparePoints(word.anchor, caret) <= 0 && comparePoints(caret, word.focus) <= 0;
    if (verdict === true || !stillAtCaret) {
      this.word = null;
      // Not judged yet: the worker's wrong verdict redraws the squiggles when it comes.
      if (verdict === false) this.redraw();
      return;
    }
    // The caret still at it, judged wrong or not judged yet: looked at again later.
    this.timer = setTimeout(this.check, CARET_WORD_DELAY_MS);
  };
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
