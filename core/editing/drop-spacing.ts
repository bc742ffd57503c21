import { Editor, Element, Path, Point, Transforms } from 'slate';
import type { Range } from 'slate';
import '../model/slate-types';

/**
 * Words dragged and dropped between words get a space on each side where one is missing, as Word's "smart cut and
 * paste" does: «собрала» dropped before «Должность спикера» gave «собралаДолжность спикера». Only within one
 * paragraph or field, and only between word characters (a letter, a digit, a chip or blank on that side) and
 * what may end or start a word: a drop before a comma or a full stop gets no space.
 */

/** What may stand before a space in running text: the end of a word, a closing mark or sentence punctuation. */
const ENDS_WORD = /[\p{L}\p{N}.,;:!?»”)%]$/u;
/** What may stand after it: the start of a word or an opening mark. */
const STARTS_WORD = /^[\p{L}\p{N}«“(]/u;
/** A chip or a blank next to the point reads as a word. */
const CHIP = 'x';

const lowestBlock = (editor: Editor, point: Point) =>
  Editor.above(editor, { at: point, match: (node) => Element.isElement(node) && Editor.isBlock(editor, node), mode: 'lowest' });

/** The character on one side of `point` inside its paragraph or field ('' at its edge; CHIP for a chip or blank). */
function neighbour(editor: Editor, point: Point, side: 'before' | 'after'): string {
  const block = lowestBlock(editor, point);
  if (!block) return '';
  const other = side === 'before' ? Editor.before(editor, point) : Editor.after(editor, point);
  if (!other || !Path.isAncestor(block[1], other.path)) return '';
  const range: Range = side === 'before' ? { anchor: other, focus: point } : { anchor: point, focus: other };
  const words = Editor.string(editor, range);
  if (words !== '') return side === 'before' ? words.slice(-1) : words.slice(0, 1);
  const [chip] = Editor.nodes(editor, { at: range, match: (node) => Element.isElement(node) && Editor.isVoid(editor, node), voids: true });
  return chip ? CHIP : '';
}

/**
 * After a drop put words from `start` to `end`: a space added at either edge where two words now touch. The start
 * may be unknown (null: the empty text the drop went into was merged away), and then only the end is spaced.
 */
export function spaceAroundDrop(editor: Editor, start: Point | null, end: Point): void {
  if (start && !Point.isBefore(start, end)) return;
  const endBlock = lowestBlock(editor, end);
  const startBlock = start ? lowestBlock(editor, start) : endBlock;
  if (!startBlock || !endBlock || !Path.equals(startBlock[1], endBlock[1])) return;
  const touches = (left: string, right: string) => ENDS_WORD.test(left) && STARTS_WORD.test(right);
  const spaceAtStart = start !== null && touches(neighbour(editor, start, 'before'), neighbour(editor, start, 'after'));
  const spaceAtEnd = touches(neighbour(editor, end, 'before'), neighbour(editor, end, 'after'));
  // The end first: a space at the start would move the end.
  if (spaceAtEnd) Transforms.insertText(editor, ' ', { at: end });
  if (start && spaceAtStart) Transforms.insertText(editor, ' ', { at: start });
}

/**
 * Where dragged words were taken from, the spaces that were around them are not left doubled: «Участники  в зале»
 * becomes «Участники в зале», a space left before a comma or full stop goes, and so does one left at the start of a
 * paragraph or field.
 */
export function closeGapAfterMove(editor: Editor, at: Point): void {
  const before = neighbour(editor, at, 'before');
  const after = neighbour(editor, at, 'after');
  const isSpace = (character: string) => character === ' ';
  const spaceAfter = () => {
    const next = Editor.after(editor, at);
    if (next) Transforms.delete(editor, { at: { anchor: at, focus: next } });
  };
  const spaceBefore = () => {
    const previous = Editor.before(editor, at);
    if (previous) Transforms.delete(editor, { at: { anchor: previous, focus: at } });
  };
  if (isSpace(before) && isSpace(after)) spaceAfter();
  else if (before === '' && isSpace(after)) spaceAfter();
  else if (isSpace(before) && /^[.,;:!?]/u.test(after)) spaceBefore();
}
