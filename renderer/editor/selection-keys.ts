import type { CompositionEvent, DragEvent, KeyboardEvent } from 'react';
import { Editor, Element, Node as SlateNode, Path, Point, Range, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import { HeldKeys } from '../../core/editing/content-controls';
import { closeGapAfterMove, spaceAroundDrop } from '../../core/editing/drop-spacing';
import { Placeholders } from '../../core/editing/with-placeholders';
import { asReactEditor } from '../templates/react-editor';

/**
 * A letter, Enter, Backspace or Delete over a selection acts on the selection the press officer sees (Slate's, kept from the
 * DOM's), not on Chromium's "target range" for the key: when the selection starts or ends on a chip or blank
 * (a non-editable island) Chromium offers a shrunken or collapsed range, and slate-react would type there,
 * leaving the selection in place; and Slate's own copy of the selection may lag the DOM's. Called by the editable's keydown handler; true when the key was used.
 * Composition (IME), dead keys and shortcuts go their usual way.
 */
export function handleKeysOverSelection(editor: Editor, event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return false;
  const printable = [...event.key].length === 1;
  const deleting = event.key === 'Backspace' || event.key === 'Delete';
  if (!printable && !deleting && event.key !== 'Enter') return false;
  // A blank selected by Tab or a click has its own keys (placeholder-keys.ts, with-placeholders.ts); the
  // browser cannot show that selection exactly, so the DOM's must not replace it.
  if (Placeholders.target(editor)) {
    // Enter over a selected blank replaces it with the break, as typing replaces it with a letter (Chromium's
    // target range for Enter stops short of the blank).
    if (event.key !== 'Enter' || event.shiftKey) return false;
    event.preventDefault();
    Editor.insertBreak(editor);
    return true;
  }
  syncSelectionFromDom(editor);
  const { selection } = editor;
  if (!selection || Range.isCollapsed(selection)) return false;
  event.preventDefault();
  if (printable) editor.insertText(event.key);
  else if (deleting) Editor.deleteFragment(editor, { direction: event.key === 'Backspace' ? 'backward' : 'forward' });
  else if (event.shiftKey) editor.insertSoftBreak();
  else Editor.insertBreak(editor);
  return true;
}

/**
 * A held Backspace or Delete stops at a block it selected whole or removed (core/editing/content-controls.ts
 * `HeldKeys`): its repeats (KeyboardEvent.repeat) do nothing until the key is pressed again. Word's content
 * controls ask the same: a held key empties a field, and removing the control takes a press of its own. Called
 * first by the editable's keydown handler; true when the key was swallowed.
 */
export function handleHeldDeletion(editor: Editor, event: KeyboardEvent): boolean {
  const deleting = event.key === 'Backspace' || event.key === 'Delete';
  if (!deleting || !event.repeat) {
    HeldKeys.release(editor);
    return false;
  }
  if (!HeldKeys.isStopped(editor)) return false;
  event.preventDefault();
  return true;
}

/**
 * Slate reads the DOM selection up to 100 ms after it changes (slate-react throttles selectionchange); a key
 * pressed at once, a Shift+click and a Backspace, must act on what the press officer sees.
 * Only a selection the press officer made (Shift+click, Shift+arrows) is taken: a collapsed DOM caret in an emptied
 * field can stand beside the field's hint, where it reads as the end of the block above. With `caretInWords`, a
 * collapsed caret is taken too when it stands in words (End, Home, an arrow, a click an instant ago): a mark
 * toggled at once (End, then Ctrl+B) then applies at the new place, and slate-react's late read no longer moves
 * the caret and drops the mark (Slate clears pending marks on any caret move).
 */
export function syncSelectionFromDom(editor: Editor, { caretInWords = false } = {}): void {
  const reactEditor = asReactEditor(editor);
  const domSelection = window.getSelection();
  if (!domSelection || domSelection.rangeCount === 0) return;
  const anchor = domSelection.anchorNode;
  if (!anchor || !ReactEditor.hasDOMNode(reactEditor, anchor)) return;
  if (domSelection.isCollapsed && !(caretInWords && anchor instanceof globalThis.Text && anchor.parentElement?.hasAttribute('data-slate-string'))) return;
  const range = ReactEditor.toSlateRange(reactEditor, domSelection, { exactMatch: false, suppressThrow: true });
  if (range && (!editor.selection || !Range.equals(range, editor.selection))) Transforms.select(editor, range);
}

/**
 * The same for text that arrives without a key (Chromium's insertText: dictation, an on-screen keyboard, a
 * character the layout sends without a keydown): a blank selected by Tab or a click is filled, a selection is
 * replaced, by the selection Slate holds, not by the range Chromium offers (its caret cannot stand inside a
 * blank, so it may sit at the top of the release). Given to the editable as onDOMBeforeInput; true when used.
 */
export function handleTextOverSelection(editor: Editor, event: InputEvent): boolean {
  if (event.inputType !== 'insertText' || !event.data || event.isComposing) return false;
  if (!Placeholders.target(editor)) {
    syncSelectionFromDom(editor);
    if (!editor.selection || Range.isCollapsed(editor.selection)) return typeIntoModel(editor, event);
  }
  event.preventDefault();
  editor.insertText(event.data);
  return true;
}

/**
 * Text typed at a caret goes into the release through the model, which then draws it, whatever the character.
 * slate-react lets Chromium insert Latin letters and the space itself and applies the same text afterwards; on our
 * page Chromium's own insertion (its editing command, which lays the page out again) made the space the slowest key:
 * bench/ (same run, 400 keys) spaces p95 14.8 → 12.1 ms, p50 8.85 → 8.45 ms once they go through the model. Every
 * other character already took slate-react's model path, which at such a caret is exactly this. Taken over only
 * where the caret Chromium types at is the one Slate holds; anywhere else (a click an instant ago, not synced yet)
 * slate-react's own handling runs, which first moves Slate's caret to the browser's.
 */
function typeIntoModel(editor: Editor, event: InputEvent): boolean {
  const { selection } = editor;
  const [target] = event.getTargetRanges();
  if (!selection || !target) return false;
  const range = ReactEditor.toSlateRange(asReactEditor(editor), target, { exactMatch: false, suppressThrow: true });
  if (!range || !Range.equals(range, selection)) return false;
  event.preventDefault();
  Editor.insertText(editor, event.data as string);
  return true;
}

/** Per editor: the undo steps there were when a composition, or a drop, began over a selection. */
const stepsBefore = new WeakMap<Editor, number>();

/** Once Slate's own handler has run (right after ours, synchronously): the steps made since `depth` joined into one. */
function joinStepsAfter(editor: Editor, depth: number): void {
  if (!HistoryEditor.isHistoryEditor(editor)) return;
  queueMicrotask(() => {
    const { undos } = editor.history;
    while (undos.length > depth + 1) {
      const last = undos.pop();
      const previous = undos[undos.length - 1];
      if (last && previous) previous.operations.push(...last.operations);
    }
  });
}

/**
 * An input method's composition over a selection (a Kazakh or Russian layout with an IME, dictation) replaces it
 * in one undo step: slate-react deletes the selection when the composition starts and inserts the committed text
 * when it ends, two steps apart, so one Ctrl+Z left the selection deleted (property seed 20261237). A selected
 * blank is replaced as typing replaces it, the words around kept as they are (Slate's delete removed it as
 * Backspace does, joining the space after it away: seed 20261313). Given to the editable as onCompositionStart
 * and onCompositionEnd; Slate's own handling goes on.
 */
export const compositionOverSelection = {
  start(editor: Editor, _event: CompositionEvent): boolean {
    syncSelectionFromDom(editor);
    stepsBefore.delete(editor);
    if (!HistoryEditor.isHistoryEditor(editor) || !editor.selection || Range.isCollapsed(editor.selection)) return false;
    stepsBefore.set(editor, editor.history.undos.length);
    const blank = Placeholders.selected(editor);
    if (blank) Placeholders.remove(editor, blank[1]);
    return false;
  },
  end(editor: Editor, _event: CompositionEvent): boolean {
    const depth = stepsBefore.get(editor);
    stepsBefore.delete(editor);
    if (depth !== undefined) joinStepsAfter(editor, depth);
    return false;
  },
};

/**
 * Selected words dragged with the mouse and dropped elsewhere in the release move in one undo step (slate-react
 * deletes them, then inserts them at the drop: two steps, seed 20261274). Given to the editable as onDrop.
 */
/**
 * Words of the release dragged between two words get the spaces Word's smart cut and paste gives them
 * (core/editing/drop-spacing.ts): the drop's place is kept by a ref that stays before what slate-react inserts
 * there, and once its handler has run (right after ours, synchronously) the words from there to the caret are
 * spaced. Called before dropAsOneStep, so the spaces are in the drop's undo step.
 */
export function spaceDroppedWords(editor: Editor, event: DragEvent): void {
  const dragged = editor.selection;
  if (!dragged || Range.isCollapsed(dragged) || !event.dataTransfer.types.includes('application/x-slate-fragment')) return;
  let at: Range;
  try {
    at = ReactEditor.findEventRange(asReactEditor(editor), event);
  } catch {
    return;
  }
  if (Range.includes(dragged, at.anchor)) return;
  const block = Editor.above(editor, { at: at.anchor, match: (node) => Element.isElement(node) && Editor.isBlock(editor, node), mode: 'lowest' });
  if (!block) return;
  const startRef = Editor.pointRef(editor, at.anchor, { affinity: 'backward' });
  const blockRef = Editor.pathRef(editor, block[1]);
  const takenFrom = Range.start(dragged);
  const takenRef = Editor.pointRef(editor, takenFrom, { affinity: 'backward' });
  // Words taken from a paragraph's or field's start: the empty text left there is merged away, and its ref with it.
  const takenBlock = Editor.above(editor, { at: takenFrom, match: (node) => Element.isElement(node) && Editor.isBlock(editor, node), mode: 'lowest' });
  const takenBlockRef = takenBlock && Point.equals(takenFrom, Editor.start(editor, takenBlock[1])) ? Editor.pathRef(editor, takenBlock[1]) : null;
  queueMicrotask(() => {
    const start = startRef.unref();
    const blockPath = blockRef.unref();
    const taken = takenRef.unref();
    const takenBlockPath = takenBlockRef?.unref() ?? null;
    const end = editor.selection && Range.isCollapsed(editor.selection) ? editor.selection.anchor : null;
    // The words went where they were dropped: the caret is after them, in the same paragraph or field.
    if (!end || !blockPath || !Path.isAncestor(blockPath, end.path) || (start && !Point.isBefore(start, end))) return;
    const caret = Editor.pointRef(editor, end);
    spaceAroundDrop(editor, start, end);
    const gap = taken && SlateNode.has(editor, taken.path) ? taken : takenBlockPath && SlateNode.has(editor, takenBlockPath) ? Editor.start(editor, takenBlockPath) : null;
    if (gap) closeGapAfterMove(editor, gap);
    const after = caret.unref();
    if (after) Transforms.select(editor, after);
  });
}

export function dropAsOneStep(editor: Editor): boolean {
  if (HistoryEditor.isHistoryEditor(editor)) joinStepsAfter(editor, editor.history.undos.length);
  return false;
}
