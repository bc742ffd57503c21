import { Editor, Path, Range } from 'slate';
import type { BaseSelection, Point } from 'slate';
import { ReactEditor } from 'slate-react';
import { asReactEditor } from '../templates/react-editor';

/**
 * Keeps the caret where the press officer put it when the browser moves it on its own.
 *
 * On a loaded machine Chromium was seen (3 runs in 497 of e2e/content-controls.spec under three busy loops, traced
 * with PRESSROOM_TRACE_SELECTION=1) putting the caret back at the very start of the release 150–1,400 ms after a
 * click had selected a blank, with no key or mouse press in between, and slate-react adopted it, so the next words
 * went into the headline instead of the blank clicked. The cause, found later: slate-react's click on a void left
 * the browser's caret inside the blank's non-editable pill, and text arriving there (Input.insertText, as
 * dictation and on-screen keyboards send it) makes Chromium first move the caret to the first editable place —
 * the top of the release — on a loaded machine before the text's beforeinput; when this guard moved it back in
 * between, the letter was dropped. A caret is no longer left inside a blank or a chip (core/editing: it selects
 * the blank, or goes beside the chip), so the browser has nothing to move; this guard stays as the second line.
 * It refuses exactly that move: the caret arriving at the start of the release without any input since Slate
 * last took a selection is put back where Slate holds it.
 *
 * Anything the press officer does still moves the caret anywhere: a click, a drag, a key (Ctrl+Home), a touch, an
 * input method or a drop counts as input, and Slate's own moves (Transforms.select) keep DOM and Slate together.
 */
/** What counts as the press officer acting (capture phase, before the editor sees it); a pointer move with a button down is a drag. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'mousedown', 'keydown', 'beforeinput', 'touchstart', 'compositionstart', 'dragstart', 'drop'] as const;
/** At most this many put-backs in RESTORE_WINDOW_MS: the page never fights the browser in a loop. */
const MAX_RESTORES = 3;
const RESTORE_WINDOW_MS = 2000;

const isReleaseStart = (editor: Editor, point: Point): boolean => Path.isCommon([0], point.path) && Editor.isStart(editor, point, [0]);

/** Installs the guard on the editor's page; returns its removal. */
export function guardCaret(editor: Editor): () => void {
  const reactEditor = asReactEditor(editor);
  const root = ReactEditor.toDOMNode(reactEditor, editor);
  const document = root.ownerDocument;
  const window = document.defaultView;
  if (!window) return () => undefined;
  let selectionAtLastInput: BaseSelection | undefined;
  let restores: number[] = [];

  const onInput = (event: Event) => {
    if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
    selectionAtLastInput = editor.selection;
  };

  const domPointAtStart = (selection: Selection): boolean => {
    const node = selection.anchorNode;
    if (!node || !root.contains(node)) return false;
    if (node === root) return selection.anchorOffset === 0;
    // Cheap first: the start of a text is offset 0 (1 past an empty text's zero-width space); typing is seldom there.
    if (selection.anchorOffset > 1) return false;
    const point = ReactEditor.toSlatePoint(reactEditor, [node, selection.anchorOffset], { exactMatch: false, suppressThrow: true });
    return point !== null && isReleaseStart(editor, point);
  };

  const putBack = (selection: Selection, range: Range) => {
    const now = window.performance.now();
    restores = restores.filter((at) => now - at < RESTORE_WINDOW_MS);
    if (restores.length >= MAX_RESTORES) return;
    let dom: globalThis.Range;
    try {
      dom = ReactEditor.toDOMRange(reactEditor, range);
    } catch {
      return;
    }
    restores.push(now);
    if (Range.isBackward(range)) selection.setBaseAndExtent(dom.endContainer, dom.endOffset, dom.startContainer, dom.startOffset);
    else selection.setBaseAndExtent(dom.startContainer, dom.startOffset, dom.endContainer, dom.endOffset);
  };

  // Capture on the window: this runs before slate-react's own selectionchange listener on the document reads the caret.
  // It runs on every caret move, each key press's included, so the cheap questions come first.
  const onSelectionChange = () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return;
    const held = editor.selection;
    // Refused only when Slate took a selection after the last input (the click's, adopted) and nothing the press
    // officer did since moved it, and the caret lands at the release's start while Slate holds it elsewhere.
    if (!held || held === selectionAtLastInput || !ReactEditor.isFocused(reactEditor)) return;
    if (Range.isCollapsed(held) && isReleaseStart(editor, held.anchor)) return;
    if (domPointAtStart(selection)) putBack(selection, held);
  };

  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, true);
  window.addEventListener('selectionchange', onSelectionChange, true);
  return () => {
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, true);
    window.removeEventListener('selectionchange', onSelectionChange, true);
  };
}
