import { Element, Text } from 'slate';
import type { Descendant, Path, Point } from 'slate';
import '../model/slate-types';
import type { ReleaseLanguage } from '../model/types';
import { wordsToCheck } from './text-spelling';
import type { LanguageSpan, WordToCheck } from './text-spelling';

/**
 * Finds the misspelled words of a release: the squiggles in the editor, the checklist's findings and
 * `pressroom check`'s lines come from here. A word is read across bold and italic marks and links (Кон**ститу**ция
 * is one word); a blank or a variable chip ends a word.
 */

export interface Misspelling {
  word: string;
  language: ReleaseLanguage;
  anchor: Point;
  focus: Point;
}

interface Piece {
  path: Path;
  start: number;
  end: number;
}

/** The text of an element holding inline content, and which text node each stretch of it comes from. */
export function inlineTextOf(element: Element, path: Path): { text: string; pieces: Piece[]; spans: LanguageSpan[] } {
  let text = '';
  const pieces: Piece[] = [];
  const spans: LanguageSpan[] = [];
  const visit = (nodes: readonly Descendant[], at: Path): void => {
    nodes.forEach((node, index) => {
      const nodePath = [...at, index];
      if (Text.isText(node)) {
        pieces.push({ path: nodePath, start: text.length, end: text.length + node.text.length });
        if (node.lang && node.text !== '') {
          // Marked leaves side by side (one bold, one not) are one span.
          const last = spans[spans.length - 1];
          if (last && last.language === node.lang && last.end === text.length) last.end += node.text.length;
          else spans.push({ start: text.length, end: text.length + node.text.length, language: node.lang });
        }
        text += node.text;
      } else if (node.type === 'link') {
        visit(node.children, nodePath);
      } else {
        text += ' '; // a blank or a variable: a word ends here
      }
    });
  };
  visit(element.children, path);
  return { text, pieces, spans };
}

/** Whether an element's children are text and inlines (a paragraph, a field, a list item), not blocks. */
export function holdsInlines(element: Element): boolean {
  return element.children.some((child) => Text.isText(child));
}

function pointAt(pieces: readonly Piece[], offset: number, edge: 'start' | 'end'): Point | null {
  for (const piece of pieces) {
    const inside = edge === 'start' ? offset >= piece.start && offset < piece.end : offset > piece.start && offset <= piece.end;
    if (inside) return { path: piece.path, offset: offset - piece.start };
  }
  return null;
}

export type WordVerdict = (word: string, language: ReleaseLanguage) => boolean | undefined;

/**
 * The words of one inline-holding element, with their places. `verdict` answers true (right), false (wrong) or
 * undefined (not known yet: the editor asks its worker and draws the squiggle when the answer comes).
 */
export function checkedWordsOf(element: Element, path: Path, language: ReleaseLanguage): Array<WordToCheck & { anchor: Point; focus: Point }> {
  const { text, pieces, spans } = inlineTextOf(element, path);
  const found: Array<WordToCheck & { anchor: Point; focus: Point }> = [];
  for (const word of wordsToCheck(text, language, spans)) {
    const anchor = pointAt(pieces, word.offset, 'start');
    const focus = pointAt(pieces, word.offset + word.word.length, 'end');
    if (anchor && focus) found.push({ ...word, anchor, focus });
  }
  return found;
}

export function misspellingsIn(element: Element, path: Path, language: ReleaseLanguage, verdict: WordVerdict): Misspelling[] {
  return checkedWordsOf(element, path, language)
    .filter((word) => verdict(word.word, word.language) === false)
    .map(({ word, language: wordLanguage, anchor, focus }) => ({ word, language: wordLanguage, anchor, focus }));
}

/** Every element of a release body that holds inline content, with its path, in reading order. */
export function* inlineHolders(nodes: readonly Descendant[], at: Path = []): Generator<[Element, Path]> {
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index] as Descendant;
    if (!Element.isElement(node)) continue;
    const path = [...at, index];
    if (holdsInlines(node)) yield [node, path];
    else yield* inlineHolders(node.children, path);
  }
}

export function misspellingsInRelease(body: readonly Descendant[], language: ReleaseLanguage, verdict: WordVerdict): Misspelling[] {
  const found: Misspelling[] = [];
  for (const [element, path] of inlineHolders(body)) found.push(...misspellingsIn(element, path, language, verdict));
  return found;
}
