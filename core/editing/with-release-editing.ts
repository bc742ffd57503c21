import { Editor, Element, Node, Path, Point, Range, Transforms } from 'slate';
import type { NodeEntry } from 'slate';
import { HistoryEditor } from 'slate-history';
import '../model/slate-types';
import type { ReleaseElement } from '../model/types';
import { emptyAwardRow, emptyText, isFieldContainerType, isTextBlockType } from './release-nodes';

/**
 * How Enter, Shift+Enter, Backspace and Delete behave in a structured release:
 * - Enter in a field moves to the next field; after the last field of a dateline or quote it opens a paragraph
 *   below; in an award row's last field it adds a row, and in an empty row it leaves the ceremony.
 * - Enter in an empty list item leaves the list; Enter in a headline or lead continues with a paragraph.
 * - Shift+Enter is a soft line break ('\n' in the text).
 * - Backspace at the start of a field, or of a block after a dateline/quote/ceremony, never merges fields
 *   together: it moves to the end of the previous field (an empty block is removed).
 * - Deleting a selection across blocks stays fast in a big release (see deleteAcrossBlocks).
 */
export function withReleaseEditing<T extends Editor>(editor: T): T {
  const { insertBreak, deleteBackward, deleteForward, deleteFragment } = editor;

  editor.deleteFragment = (options) => {
    const { selection } = editor;
    if (selection && Range.isExpanded(selection) && selection.anchor.path[0] !== selection.focus.path[0]) {
      deleteAcrossBlocks(editor, selection, options?.direction === 'backward');
      return;
    }
    deleteFragment(options);
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
  const run = () =>
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
    });
  if (!HistoryEditor.isHistoryEditor(editor)) return run();
  const { undos } = editor.history;
  const lastBefore = undos[undos.length - 1];
  HistoryEditor.withNewBatch(editor, run);
  const batch = editor.history.undos[editor.history.undos.length - 1];
  // Undo selects again what was selected; across hundreds of blocks only the caret at its start comes back:
  // a selection over a whole big release makes Chromium lay out every block, hidden or not (3.6 s for 5 MB).
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
    if (Node.string(container) === '') {
      // Enter in an empty row leaves the ceremony.
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

/** Returns true when the key press was handled here (so the default merge must not run). */
function guardBoundary(editor: Editor, point: Point, direction: 'backward' | 'forward'): boolean {
  const entry = lowestBlock(editor);
  if (!entry) return false;
  const [block, path] = entry;
  const atEdge = direction === 'backward' ? Editor.isStart(editor, point, path) : Editor.isEnd(editor, point, path);
  if (!atEdge) return false;

  if (block.type === 'field') {
    const containerPath = Path.parent(path);
    const index = path[path.length - 1] as number;
    const neighbour = direction === 'backward' ? index - 1 : index + 1;
    const container = Node.get(editor, containerPath) as ReleaseElement;
    if (neighbour >= 0 && neighbour < container.children.length) {
      const target = [...containerPath, neighbour];
      Transforms.select(editor, direction === 'backward' ? Editor.end(editor, target) : Editor.start(editor, target));
      return true;
    }
    // At the outer edge of a container. An empty top-level container turns into an empty paragraph on Backspace.
    const topPath = [path[0] as number];
    const top = Node.get(editor, topPath) as ReleaseElement;
    if (direction === 'backward' && Node.string(top) === '' && top.type !== 'award-ceremony') {
      Editor.withoutNormalizing(editor, () => {
        Transforms.removeNodes(editor, { at: topPath });
        Transforms.insertNodes(editor, { type: 'paragraph', children: [emptyText()] }, { at: topPath, select: true });
      });
      return true;
    }
    if (container.type === 'award-row' && direction === 'backward' && Node.string(container) === '') {
      Transforms.removeNodes(editor, { at: containerPath });
      Transforms.select(editor, Editor.end(editor, Path.previous(containerPath)));
      return true;
    }
    return moveAcross(editor, topPath, direction);
  }

  // A text block next to a container: never merge into (or swallow) the container's fields.
  if (path.length !== 1) return false;
  const neighbourPath = direction === 'backward' ? (path[0] === 0 ? null : Path.previous(path)) : Path.next(path);
  if (!neighbourPath || !Node.has(editor, neighbourPath)) return false;
  const neighbour = Node.get(editor, neighbourPath) as ReleaseElement;
  if (!isFieldContainerType(neighbour.type) && neighbour.type !== 'award-ceremony') return false;
  if (Node.string(block) === '' && block.type !== 'headline') {
    Transforms.removeNodes(editor, { at: path });
    const target = direction === 'backward' ? neighbourPath : path;
    Transforms.select(editor, direction === 'backward' ? Editor.end(editor, target) : Editor.start(editor, target));
    return true;
  }
  Transforms.select(editor, direction === 'backward' ? Editor.end(editor, neighbourPath) : Editor.start(editor, neighbourPath));
  return true;
}

/** Moves the cursor into the neighbouring top-level block without merging; removes an empty neighbour. */
function moveAcross(editor: Editor, topPath: Path, direction: 'backward' | 'forward'): boolean {
  const neighbourPath = direction === 'backward' ? (topPath[0] === 0 ? null : Path.previous(topPath)) : Path.next(topPath);
  if (!neighbourPath || !Node.has(editor, neighbourPath)) return true;
  const neighbour = Node.get(editor, neighbourPath) as ReleaseElement;
  if (Node.string(neighbour) === '' && neighbour.type !== 'headline' && neighbour.type !== 'end-mark' && !isFieldContainerType(neighbour.type)) {
    Transforms.removeNodes(editor, { at: neighbourPath });
    return true;
  }
  if (neighbour.type === 'end-mark') return false;
  Transforms.select(editor, direction === 'backward' ? Editor.end(editor, neighbourPath) : Editor.start(editor, neighbourPath));
  return true;
}
