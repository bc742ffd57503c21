import { Editor, Element, Node, Path, Point, Range, Transforms } from 'slate';
import type { NodeEntry } from 'slate';
import '../model/slate-types';
import { BLOCK_SPECS } from '../model/block-specs';
import type { ReleaseElement } from '../model/types';
import { emptyText, holdsInlines, isBlockType } from './release-nodes';

/**
 * Structured blocks — dateline, quote, award ceremony — behave like Word's content controls: their fields never
 * merge with each other or with the blocks around them, whatever is selected and whatever key is pressed.
 * - A selection that starts or ends in a structured block clears the selected part of each field it covers;
 *   a structured block it covers wholly goes (replaced by an empty paragraph when nothing else can hold the
 *   caret), award rows it covers wholly go; nothing is merged across a field's edge.
 * - A selection edge inside a chip or blank (an inline void) takes the whole chip or blank in.
 * - Text blocks at both edges of such a selection join, as Slate joins them.
 * Text blocks and lists between and around keep Slate's own behaviour.
 */

/** A top-level block made of fields: dateline, quote, award ceremony (BLOCK_SPECS: `fields` or `rows`). */
export function isStructuredBlock(node: Node | undefined): node is ReleaseElement {
  if (!Element.isElement(node) || !isBlockType(node.type)) return false;
  const kind = BLOCK_SPECS[node.type].content.kind;
  return kind === 'fields' || kind === 'rows';
}

/** No written words: what an emptied block is. Blanks and chips are not words (they print as hints and values). */
export const hasNoWords = (node: Node): boolean => Node.string(node) === '';

/** Nothing at all: no words, no blank, no chip. Only such a part may go without being selected first. */
export const isBare = (node: Node): boolean =>
  hasNoWords(node) && ![...Node.descendants(node)].some(([child]) => Element.isElement(child) && (child.type === 'placeholder' || child.type === 'variable'));

const isInlineVoid = (editor: Editor, node: Node): boolean => Element.isElement(node) && editor.isInline(node) && editor.isVoid(node);

/**
 * The selection with each edge that lies inside a chip or blank moved out of it, so the chip or blank is inside:
 * Chromium ends a triple-click or a drag inside a chip's hidden text, and Slate's insertText and insertFragment
 * silently do nothing for a range that ends in a void.
 */
export function rangeOverVoids(editor: Editor, range: Range): Range {
  if (Range.isCollapsed(range)) return range;
  const [start, end] = Range.edges(range);
  const outside = (point: Point, edge: 'start' | 'end'): Point => {
    const entry = Editor.above(editor, { at: point, match: (n) => isInlineVoid(editor, n), mode: 'highest', voids: true });
    if (!entry) return point;
    const [, path] = entry;
    const index = path[path.length - 1] as number;
    const parent = Node.parent(editor, path);
    if (edge === 'start' && index > 0) return Editor.end(editor, Path.previous(path));
    if (edge === 'end' && index + 1 < parent.children.length) return Editor.start(editor, Path.next(path));
    return point;
  };
  const newStart = outside(start, 'start');
  const newEnd = outside(end, 'end');
  if (Point.equals(newStart, start) && Point.equals(newEnd, end)) return range;
  return Range.isBackward(range) ? { anchor: newEnd, focus: newStart } : { anchor: newStart, focus: newEnd };
}

/** The blocks that stay where the release puts them: the dateline (it shows the details) and the end mark. */
export const isFixedBlock = (node: Node | undefined): boolean => Element.isElement(node) && (node.type === 'dateline' || node.type === 'end-mark');

/**
 * What a drag of `range` may move: the range without the fixed blocks at its edges (the dateline, the end mark),
 * or null when nothing else is left or a fixed block is still inside it: then the drag does not start and nothing
 * moves (a cut and a paste still can). slate-react removes the selected whole top-level blocks and puts the
 * fragment in at the drop, where blocks merge into the drop's paragraph or field: a dragged end mark vanished,
 * at an edge (property seeds 20281865, 20283013) and inside the selection (20292988).
 */
export function movableRange(editor: Editor, range: Range): Range | null {
  const [start, end] = Range.edges(range);
  let from: Point | undefined = start;
  let to: Point | undefined = end;
  for (let index = start.path[0] as number; from && index <= (end.path[0] as number) && isFixedBlock(editor.children[index]); index += 1) {
    from = index + 1 < editor.children.length ? Editor.start(editor, [index + 1]) : undefined;
  }
  for (let index = end.path[0] as number; to && index >= (start.path[0] as number) && isFixedBlock(editor.children[index]); index -= 1) {
    to = index > 0 ? Editor.end(editor, [index - 1]) : undefined;
  }
  if (!from || !to || !Point.isBefore(from, to)) return null;
  for (let index = from.path[0] as number; index <= (to.path[0] as number); index += 1) if (isFixedBlock(editor.children[index])) return null;
  if (Point.equals(from, start) && Point.equals(to, end)) return range;
  return Range.isBackward(range) ? { anchor: to, focus: from } : { anchor: from, focus: to };
}

/** Puts the selection over whole chips and blanks (see rangeOverVoids). */
export function selectOverVoids(editor: Editor): void {
  const { selection } = editor;
  if (!selection || Range.isCollapsed(selection)) return;
  const range = rangeOverVoids(editor, selection);
  if (range !== selection) Transforms.select(editor, range);
}

const isVoidBlock = (editor: Editor, node: Node): boolean => Element.isElement(node) && Editor.isVoid(editor, node);

/**
 * True when the range starts or ends in a structured block or the end mark, or spans one: the delete must go
 * block by block and field by field (Slate's own delete moves fields out of their block to merge them).
 */
export function touchesStructuredBlock(editor: Editor, range: Range): boolean {
  const [start, end] = Range.edges(range);
  const first = start.path[0] as number;
  const last = end.path[0] as number;
  for (let index = first; index <= last; index++) {
    const block = editor.children[index] as Node;
    if (isStructuredBlock(block) || isVoidBlock(editor, block)) return true;
  }
  return false;
}

const fieldsOf = (editor: Editor, at: Path): NodeEntry<Element>[] =>
  [...Editor.nodes(editor, { at, match: (n) => Element.isElement(n) && n.type === 'field' })] as NodeEntry<Element>[];

/** Covers the whole block at `path`: from its very start to its very end. */
const coversBlock = (editor: Editor, start: Point, end: Point, path: Path): boolean =>
  Point.compare(start, Editor.start(editor, path)) <= 0 && Point.compare(end, Editor.end(editor, path)) >= 0;

/**
 * Clears the part of `range` inside the structured block at `path`, field by field, from the last field up;
 * award rows wholly inside go. The block itself stays.
 */
function clearInside(editor: Editor, path: Path, range: Range, keepRowAt: Point | null): void {
  const [start, end] = Range.edges(range);
  // Rows wholly covered go (except the row holding the caret's place), after their fields are cleared: the
  // points of the range name places by path, and removing a row first would move them.
  const block = Node.get(editor, path) as Element;
  const coveredRows = block.children
    .map((child, index) => ({ child: child as Node, rowPath: [...path, index] }))
    .filter(({ child, rowPath }) => Element.isElement(child) && child.type === 'award-row' && coversBlock(editor, start, end, rowPath))
    .filter(({ rowPath }) => !(keepRowAt && Path.isAncestor(rowPath, keepRowAt.path)))
    .map(({ rowPath }) => rowPath);
  const fields = fieldsOf(editor, path).reverse();
  for (const [, fieldPath] of fields) {
    const fieldRange = Editor.range(editor, fieldPath);
    const part = Range.intersection(fieldRange, { anchor: start, focus: end });
    if (!part || Range.isCollapsed(part)) continue;
    deleteWithin(editor, fieldPath, part);
  }
  for (const rowPath of coveredRows.reverse()) Transforms.removeNodes(editor, { at: rowPath });
}

/** Deletes a range inside one block: in a field or text block every inline in it goes and the text around stays. */
function deleteWithin(editor: Editor, blockPath: Path, range: Range): void {
  const [start, end] = Range.edges(range);
  const element = Node.get(editor, blockPath) as ReleaseElement;
  const whole = Point.equals(start, Editor.start(editor, blockPath)) && Point.equals(end, Editor.end(editor, blockPath));
  if (whole && holdsInlines(element)) {
    // The whole content: one empty text node, whatever inlines it held. The empty text goes in first, so the
    // release never holds no text at all (the caret, and undo's selection, would have nowhere to stand).
    const count = element.children.length;
    Transforms.insertNodes(editor, emptyText(), { at: [...blockPath, 0] });
    for (let index = count; index >= 1; index--) Transforms.removeNodes(editor, { at: [...blockPath, index], voids: true });
    return;
  }
  if (Range.isCollapsed({ anchor: start, focus: end })) return;
  Transforms.delete(editor, { at: { anchor: start, focus: end }, hanging: true });
}

/**
 * Deletes `range`, which starts or ends in a structured block, without merging anything across a field's edge
 * (see the top of this file). The caret ends where the selection started, or at the start of what follows it
 * when that place went with the block.
 */
export function deleteStructured(editor: Editor, range: Range): void {
  const [start, end] = Range.edges(range);
  const first = start.path[0] as number;
  const last = end.path[0] as number;
  Editor.withoutNormalizing(editor, () => {
    Transforms.select(editor, start);
    if (first === last) {
      const path = [first];
      if (coversBlock(editor, start, end, path)) return replaceWithParagraph(editor, path);
      clearInside(editor, path, range, start);
      Transforms.select(editor, start);
      return;
    }
    // The blocks wholly inside go first, from the bottom up.
    for (let index = last - 1; index > first; index--) {
      if (isStructuredBlock(editor.children[index])) HeldKeys.stop(editor);
      Transforms.removeNodes(editor, { at: [index] });
    }
    const endPath = [first + 1];
    const endPoint = { path: [first + 1, ...end.path.slice(1)], offset: end.offset };
    const startPath = [first];
    // The end block: wholly covered it goes, else its part before the end point is cleared.
    const endBlock = Node.get(editor, endPath);
    const endCovered = Point.equals(endPoint, Editor.end(editor, endPath)) || (Element.isElement(endBlock) && Editor.isVoid(editor, endBlock));
    if (endCovered) {
      HeldKeys.stop(editor);
      Transforms.removeNodes(editor, { at: endPath });
    }
    else if (isStructuredBlock(endBlock)) clearInside(editor, endPath, { anchor: Editor.start(editor, endPath), focus: endPoint }, null);
    else deleteWithin(editor, endPath, { anchor: Editor.start(editor, endPath), focus: endPoint });
    // The start block: the same from the start point to its end.
    const startBlock = Node.get(editor, startPath);
    const startCovered = Point.equals(start, Editor.start(editor, startPath)) && (isStructuredBlock(startBlock) || (Element.isElement(startBlock) && Editor.isVoid(editor, startBlock)));
    if (startCovered) {
      HeldKeys.stop(editor);
      Transforms.removeNodes(editor, { at: startPath });
      if (endCovered || !Node.has(editor, startPath)) {
        Transforms.insertNodes(editor, { type: 'paragraph', children: [emptyText()] }, { at: startPath });
      }
      Transforms.select(editor, Editor.start(editor, startPath));
      return;
    }
    if (isStructuredBlock(startBlock)) clearInside(editor, startPath, { anchor: start, focus: Editor.end(editor, startPath) }, start);
    else deleteWithin(editor, startPath, { anchor: start, focus: Editor.end(editor, startPath) });
    // Two text blocks (or list items) at the edges join, as Slate joins them: what was between them is gone.
    const endNow = Node.has(editor, endPath) ? Node.get(editor, endPath) : undefined;
    if (!endCovered && endNow && !isStructuredBlock(endNow) && !isStructuredBlock(startBlock) && !isVoidBlock(editor, startBlock)) {
      Transforms.mergeNodes(editor, { at: Editor.start(editor, endPath), hanging: true });
    }
    Transforms.select(editor, start);
  });
}

/**
 * A held Backspace or Delete (the key's auto-repeat) never goes on past a block it selected whole or removed: a
 * structured block, an award row, or an empty paragraph beside a structured block. The editing plugins mark the
 * press that did it (`stop`); the page's keydown handler swallows that key's repeats while the mark stands and
 * clears it at the next press of its own (renderer/editor/selection-keys.ts `handleHeldDeletion`). Without it a
 * held Backspace that removed an emptied table went on to join its paragraph into the one above and eat its words.
 */
const heldKeyStopped = new WeakSet<Editor>();
export const HeldKeys = {
  stop: (editor: Editor): void => void heldKeyStopped.add(editor),
  isStopped: (editor: Editor): boolean => heldKeyStopped.has(editor),
  release: (editor: Editor): void => void heldKeyStopped.delete(editor),
};

/** Replaces the top-level block at `path` with an empty paragraph holding the caret. */
export function replaceWithParagraph(editor: Editor, path: Path): void {
  HeldKeys.stop(editor);
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: path });
    Transforms.insertNodes(editor, { type: 'paragraph', children: [emptyText()] }, { at: path });
    Transforms.select(editor, Editor.start(editor, path));
  });
}

