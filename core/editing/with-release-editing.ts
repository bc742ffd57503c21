import { Editor, Element, Node, Path, Point, Range, Transforms } from 'slate';
import type { NodeEntry } from 'slate';
import { HistoryEditor } from 'slate-history';
import '../model/slate-types';
import type { ReleaseElement } from '../model/types';
import { deleteStructured, hasNoWords, HeldKeys, isBare, isStructuredBlock, selectOverVoids, touchesStructuredBlock } from './content-controls';
import { emptyAwardRow, emptyText, isTextBlockType } from './release-nodes';

/**
 * How Enter, Shift+Enter, Backspace and Delete behave in a structured release:
 * - Enter in a field moves to the next field; after the last field of a dateline or quote it opens a paragraph
 *   below; in an award row's last field it adds a row, and in an empty row it leaves the ceremony.
 * - Enter in an empty list item leaves the list; Enter in a headline or lead continues with a paragraph.
 * - Shift+Enter is a soft line break ('\n' in the text).
 * - Structured blocks (dateline, quote, award ceremony) are content controls (content-controls.ts): Backspace
 *   or Delete at a field's edge moves to the neighbouring field of the same block and never changes another
 *   block; at the block's outer edge nothing happens, unless the block has no words: then the first press
 *   selects the whole block and the second turns it into an empty paragraph.
 * - Any key over a selection — typing, Backspace, Delete, Enter, paste, cut — first deletes exactly the
 *   selection (chips and blanks its edges touch included), then acts at the caret; one undo step for both.
 * - Deleting a selection across blocks stays fast in a big release (see deleteAcrossBlocks).
 */
export function withReleaseEditing<T extends Editor>(editor: T): T {
  const { apply, insertBreak, insertText, insertFragment, deleteBackward, deleteForward, deleteFragment } = editor;

  // A selection whose edge falls inside a chip or blank takes the whole chip or blank at once: the browser cannot
  // show an edge inside one, and moved it back before the chip, so a cut or key then left the chip in place.
  // A caret put inside a chip goes beside it (caretBesideChip).
  editor.apply = (operation) => {
    apply(operation);
    if (operation.type !== 'set_selection' || !editor.selection) return;
    if (Range.isExpanded(editor.selection)) selectOverVoids(editor);
    else caretBesideChip(editor, operation.properties?.anchor);
  };

  editor.deleteFragment = (options) => {
    selectOverVoids(editor);
    const { selection } = editor;
    if (selection && Range.isExpanded(selection) && touchesStructuredBlock(editor, selection)) {
      inOneStep(editor, selection, () => deleteStructured(editor, selection));
      return;
    }
    if (selection && Range.isExpanded(selection) && selection.anchor.path[0] !== selection.focus.path[0]) {
      deleteAcrossBlocks(editor, selection, options?.direction === 'backward');
      return;
    }
    deleteFragment(options);
  };

  // Slate's own insertText and insertFragment do nothing at all over a range that ends in a chip or blank:
  // the selection is deleted here first, the same way Backspace deletes it.
  editor.insertText = (text, options) => {
    if (!options?.at && editor.selection && Range.isExpanded(editor.selection)) Editor.deleteFragment(editor);
    if (!options?.at) {
      leaveVoidBlock(editor);
      leaveChip(editor);
    }
    insertText(text, options);
  };

  editor.insertFragment = (fragment, options) => {
    if (!options?.at && editor.selection && Range.isExpanded(editor.selection)) Editor.deleteFragment(editor);
    if (!options?.at) leaveChip(editor);
    insertFragment(fragment, options);
  };

  editor.insertSoftBreak = () => {
    editor.insertText('\n');
  };

  editor.insertBreak = () => {
    if (editor.selection && Range.isExpanded(editor.selection)) Editor.deleteFragment(editor);
    const selection = editor.selection;
    if (!selection) return;
    const entry = lowestBlock(editor);
    if (!entry) return insertBreak();
    const [block, path] = entry;

    if (block.type === 'end-mark') {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [emptyText()] }, { at: Path.next(path), select: true });
      return;
    }
    if (block.type === 'field') return breakInField(editor, path);
    if (block.type === 'list-item') {
      if (Node.string(block) === '') {
        Editor.withoutNormalizing(editor, () => {
          Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
          Transforms.liftNodes(editor, { at: path });
        });
        return;
      }
      return insertBreak();
    }
    const atEnd = Editor.isEnd(editor, selection.anchor, path);
    const continues: Record<string, boolean> = { headline: true, lead: true, subheadline: atEnd, 'section-heading': atEnd };
    // One step: the new block is a paragraph before the normaliser sees a second headline or lead.
    Editor.withoutNormalizing(editor, () => {
      insertBreak();
      if (continues[block.type]) Transforms.setNodes(editor, { type: 'paragraph' }, { at: Path.next(path) });
    });
  };

  editor.deleteBackward = (unit) => {
    const selection = editor.selection;
    if (selection && Range.isCollapsed(selection) && guardBoundary(editor, selection.anchor, 'backward')) return;
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    const selection = editor.selection;
    if (selection && Range.isCollapsed(selection) && guardBoundary(editor, selection.anchor, 'forward')) return;
    deleteForward(unit);
  };

  return editor;
}

/**
 * Deletes a selection that spans blocks, as Slate's own delete does, with the caret parked at the selection's
 * start first. Slate moves a selection end caught in a removed block by scanning the release's text from the
 * top, once for every block it removes: Ctrl+A and Backspace in a 7,700-block release took about a minute.
 * Parked where nothing is removed, the caret follows each removal at no cost (delete-across-blocks.test.ts
 * checks that the release, the caret and the undo come out as with Slate's own delete). The undo step is the deletion alone, and undoing
 * it selects again what was selected.
 */
function deleteAcrossBlocks(editor: Editor, selection: Range, reverse: boolean): void {
  inOneStep(editor, selection, () =>
    Editor.withoutNormalizing(editor, () => {
      const [start, end] = Range.edges(selection);
      const first = start.path[0] as number;
      const last = end.path[0] as number;
      Transforms.select(editor, start);
      // The blocks wholly inside go first, from the bottom up, by position: no references to keep up to date.
      // The block just above the end's stays for Slate: a selection ending at the very start of a block ends
      // with the block before it ("unhanging"), and Slate decides that.
      for (let index = last - 2; index > first; index--) Transforms.removeNodes(editor, { at: [index] });
      const removed = Math.max(0, last - first - 2);
      const joined = { anchor: start, focus: { path: [last - removed, ...end.path.slice(1)], offset: end.offset } };
      // Then the edges, by Slate; the caret follows and ends where they join, as with Slate's own delete.
      Transforms.delete(editor, { at: joined, reverse });
    }),
  );
}

/**
 * Runs a deletion of `selection` as its own undo step (what is typed right after joins it), whose undo selects
 * again what was selected; across hundreds of blocks only the caret at its start comes back: a selection over a
 * whole big release makes Chromium lay out every block, hidden or not (3.6 s for 5 MB).
 */
function inOneStep(editor: Editor, selection: Range, run: () => void): void {
  if (!HistoryEditor.isHistoryEditor(editor)) return run();
  const { undos } = editor.history;
  const lastBefore = undos[undos.length - 1];
  HistoryEditor.withNewBatch(editor, run);
  const batch = editor.history.undos[editor.history.undos.length - 1];
  const spansMany = Math.abs((selection.anchor.path[0] as number) - (selection.focus.path[0] as number)) > SELECTION_RESTORED_UP_TO_BLOCKS;
  if (batch && batch !== lastBefore) batch.selectionBefore = spansMany ? Editor.range(editor, Range.start(selection)) : selection;
}

/** How many blocks an undone deletion may span and still come back selected (see deleteAcrossBlocks). */
export const SELECTION_RESTORED_UP_TO_BLOCKS = 200;

function lowestBlock(editor: Editor): NodeEntry<ReleaseElement> | undefined {
  return Editor.above(editor, { match: (n) => Element.isElement(n) && Editor.isBlock(editor, n), mode: 'lowest' }) as
    | NodeEntry<ReleaseElement>
    | undefined;
}

function breakInField(editor: Editor, fieldPath: Path): void {
  const containerPath = Path.parent(fieldPath);
  const container = Node.get(editor, containerPath) as ReleaseElement;
  const index = fieldPath[fieldPath.length - 1] as number;
  const isLast = index === container.children.length - 1;

  if (container.type === 'award-ceremony' || container.type === 'award-row') {
    const ceremonyPath = container.type === 'award-row' ? Path.parent(containerPath) : containerPath;
    if (container.type === 'award-ceremony') {
      // In the award field: go to the first row, adding one if there is none.
      const firstRow = [...containerPath, 1];
      if (!Node.has(editor, firstRow)) Transforms.insertNodes(editor, emptyAwardRow(), { at: firstRow });
      Transforms.select(editor, Editor.start(editor, firstRow));
      return;
    }
    if (!isLast) {
      Transforms.select(editor, Editor.start(editor, Path.next(fieldPath)));
      return;
    }
    if (isBare(container)) {
      // Enter in an empty row (no words, no blanks) leaves the ceremony.
      Editor.withoutNormalizing(editor, () => {
        Transforms.removeNodes(editor, { at: containerPath });
        Transforms.insertNodes(editor, { type: 'paragraph', children: [emptyText()] }, { at: Path.next(ceremonyPath), select: true });
      });
      return;
    }
    Transforms.insertNodes(editor, emptyAwardRow(), { at: Path.next(containerPath) });
    Transforms.select(editor, Editor.start(editor, Path.next(containerPath)));
    return;
  }
  if (!isLast) {
    Transforms.select(editor, Editor.start(editor, Path.next(fieldPath)));
    return;
  }
  // After the last field: into the next block if it is an empty text block (a blank release's lead), else a new paragraph.
  const nextPath = Path.next(containerPath);
  if (Node.has(editor, nextPath)) {
    const next = Node.get(editor, nextPath) as ReleaseElement;
    if (isTextBlockType(next.type) && Node.string(next) === '') {
      Transforms.select(editor, Editor.start(editor, nextPath));
      return;
    }
  }
  Transforms.insertNodes(editor, { type: 'paragraph', children: [emptyText()] }, { at: nextPath, select: true });
}

/**
 * Backspace or Delete with a collapsed caret at the edge of a field, or of a text block beside a structured
 * block. Returns true when the key press was handled here (so Slate's merge must not run).
 */
function guardBoundary(editor: Editor, point: Point, direction: 'backward' | 'forward'): boolean {
  const entry = lowestBlock(editor);
  if (!entry) return false;
  const [block, path] = entry;
  const atEdge = direction === 'backward' ? Editor.isStart(editor, point, path) : Editor.isEnd(editor, point, path);
  if (!atEdge) return false;
  const topPath = path.slice(0, 1);
  const top = Node.get(editor, topPath) as ReleaseElement;

  if (block.type === 'field' && isStructuredBlock(top)) {
    const containerPath = Path.parent(path);
    const container = Node.get(editor, containerPath) as ReleaseElement;
    // An emptied award row (no words, no blanks) goes on Backspace (not the ceremony's last row: the ceremony keeps its table).
    const rows = top.children.filter((child) => (child as ReleaseElement).type === 'award-row').length;
    if (direction === 'backward' && container.type === 'award-row' && isBare(container) && rows > 1) {
      const previous = Editor.before(editor, Editor.start(editor, containerPath));
      HeldKeys.stop(editor);
      Transforms.removeNodes(editor, { at: containerPath });
      if (previous) Transforms.select(editor, previous);
      return true;
    }
    // The neighbouring field of the same block, in reading order (award field, then each row's fields).
    const fields = [...Editor.nodes(editor, { at: topPath, match: (n) => Element.isElement(n) && n.type === 'field' })].map(([, at]) => at);
    const index = fields.findIndex((at) => Path.equals(at, path));
    const neighbour = fields[direction === 'backward' ? index - 1 : index + 1];
    if (neighbour) {
      Transforms.select(editor, direction === 'backward' ? Editor.end(editor, neighbour) : Editor.start(editor, neighbour));
      return true;
    }
    // The block's outer edge: an emptied block is selected whole (the next press removes it); else nothing.
    if (hasNoWords(top)) selectWhole(editor, topPath);
    return true;
  }

  // A text block beside a structured block: never merge into it, never step into it to delete on.
  if (path.length !== 1) return false;
  const neighbourPath = direction === 'backward' ? (path[0] === 0 ? null : Path.previous(path)) : Path.next(path);
  if (!neighbourPath || !Node.has(editor, neighbourPath)) return false;
  const neighbour = Node.get(editor, neighbourPath) as ReleaseElement;
  // The end mark is kept like a structured block: Delete at the end of the last paragraph selected it… and removed
  // it with no word from the press officer.
  const isEndMark = neighbour.type === 'end-mark';
  if (!isStructuredBlock(neighbour) && !isEndMark) return false;
  if (Node.string(block) === '' && (block as ReleaseElement).type !== 'headline' && Element.isElement(block) && block.children.length === 1) {
    // An empty paragraph beside it simply goes; the caret goes to the block's edge (and a held key stops there).
    HeldKeys.stop(editor);
    Transforms.removeNodes(editor, { at: path });
    const target = direction === 'backward' ? neighbourPath : path;
    Transforms.select(editor, direction === 'backward' ? Editor.end(editor, target) : Editor.start(editor, target));
    return true;
  }
  if (hasNoWords(neighbour)) selectWhole(editor, neighbourPath);
  return true;
}

/**
 * Text typed with the caret on the end mark (a click on it) goes into a new paragraph after it, as Enter there
 * makes one: Slate drops text typed in a void block, so the letters were lost.
 */
function leaveVoidBlock(editor: Editor): void {
  const { selection } = editor;
  if (!selection || Range.isExpanded(selection)) return;
  const top = selection.anchor.path.slice(0, 1);
  const block = Node.has(editor, top) ? Node.get(editor, top) : undefined;
  if (!Element.isElement(block) || !Editor.isVoid(editor, block)) return;
  Transforms.insertNodes(editor, { type: 'paragraph', children: [emptyText()] }, { at: Path.next(top), select: true });
}

/**
 * A caret inside a variable's chip (a click on the chip puts it there) goes to just after the chip before text or
 * a fragment is put in: Slate puts nothing into a void, so the letters typed or pasted there were dropped. The
 * chip stays whole, its value the details' (a blank is filled in its place instead: with-placeholders.ts).
 */
function leaveChip(editor: Editor): void {
  const { selection } = editor;
  if (!selection || Range.isExpanded(selection)) return;
  const chip = Editor.above(editor, { at: selection.anchor, match: (n) => Element.isElement(n) && n.type === 'variable', mode: 'highest', voids: true });
  if (!chip) return;
  const next = Path.next(chip[1]);
  if (Node.has(editor, next)) Transforms.select(editor, Editor.start(editor, next));
}

/** Editors whose next caret inside a chip takes the whole chip (a drag pressed on it: see dragChipWhole). */
const chipDragged = new WeakSet<Editor>();

/**
 * A drag starting on a chip is about to select it (slate-react puts the caret inside the chip for that): this once
 * the whole chip is selected instead, so the drag carries it. Called from the page's dragstart, before slate-react's.
 */
export function dragChipWhole(editor: Editor): void {
  chipDragged.add(editor);
  queueMicrotask(() => chipDragged.delete(editor));
}

/**
 * A caret put inside a chip (an arrow key, slate-react reading the browser's caret, a click on it) is moved beside
 * it: after the chip, or before it when the caret came from after it (ArrowLeft). Inside the non-editable chip the
 * browser's caret cannot type, and Chromium moves it to the top of the release first. One arrow press crosses
 * a chip, as one character.
 */
function caretBesideChip(editor: Editor, from: Point | undefined): void {
  const { selection } = editor;
  if (!selection || !Editor.isNormalizing(editor)) return;
  const chip = Editor.above(editor, { at: selection.anchor, match: (n) => Element.isElement(n) && n.type === 'variable', mode: 'highest', voids: true });
  if (!chip) return;
  const [, path] = chip;
  const index = path[path.length - 1] ?? 0;
  const parent = Node.parent(editor, path);
  const hasBefore = index > 0;
  const hasAfter = index + 1 < parent.children.length;
  const before = hasBefore ? Editor.end(editor, Path.previous(path)) : undefined;
  const after = hasAfter ? Editor.start(editor, Path.next(path)) : undefined;
  if (chipDragged.has(editor)) {
    chipDragged.delete(editor);
    if (before && after) Transforms.select(editor, { anchor: before, focus: after });
    return;
  }
  const cameFromAfter = from !== undefined && Point.isAfter(from, Editor.end(editor, path));
  const beside = cameFromAfter ? (before ?? after) : (after ?? before);
  if (beside) Transforms.select(editor, beside);
}

/** Selects an emptied structured block whole: the press that did it goes no further if held (HeldKeys). */
function selectWhole(editor: Editor, path: Path): void {
  HeldKeys.stop(editor);
  Transforms.select(editor, Editor.range(editor, path));
}

