import { Editor, Range } from 'slate';
import { ReactEditor } from 'slate-react';
import { asReactEditor } from '../templates/react-editor';

/**
 * Room kept between the caret's line and the edges of the page's scroller when typing or an arrow key brings the
 * caret into view: about a line and a half of the page's type, so the line being written never sits flush against
 * the status bar or the toolbar (Word keeps the same kind of margin). A window too short for it keeps a quarter of its height.
 */
export const CARET_ROOM_PX = 40;

/** The page's scroller, per editor root: the nearest ancestor that scrolls vertically (found once). */
const scrollers = new WeakMap<HTMLElement, HTMLElement | null>();

function scrollerOf(root: HTMLElement): HTMLElement | null {
  if (scrollers.has(root)) return scrollers.get(root) ?? null;
  let found: HTMLElement | null = null;
  for (let element = root.parentElement; element; element = element.parentElement) {
    const { overflowY } = getComputedStyle(element);
    if (overflowY === 'auto' || overflowY === 'scroll') {
      found = element;
      break;
    }
  }
  scrollers.set(root, found);
  return found;
}

/** Where the selection's moving end is drawn: the caret's box, or its line's (an empty line has no caret box). */
function focusBox(editor: Editor, domRange: globalThis.Range): DOMRect | null {
  const { selection } = editor;
  const backward = selection !== null && Range.isBackward(selection);
  // A selection dragged to the start of the next block ends, for the eye, at the end of the one before; one that
  // ends in a void block (the end mark, after Ctrl+Shift+End) holds it, drawn selected: that block is its end.
  const hangs = selection !== null && !backward && Range.isExpanded(selection) && !Editor.void(editor, { at: selection.focus });
  const unhung = hangs ? Editor.unhangRange(editor, selection) : selection;
  const focus = (unhung && selection && !Range.equals(unhung, selection) && ReactEditor.resolveDOMRange(asReactEditor(editor), unhung)) || domRange.cloneRange();
  focus.collapse(backward);
  const box = focus.getBoundingClientRect();
  if (box.height > 0) return box;
  const container = focus.startContainer;
  const element = container instanceof globalThis.Element ? container : container.parentElement;
  const line = element?.getBoundingClientRect();
  return line && line.height > 0 ? line : null;
}

/**
 * slate-react's `scrollSelectionIntoView` (after a key that typed or moved the caret): the page's scroller is
 * scrolled just enough to show the caret with CARET_ROOM_PX to spare above and below. Only that scroller moves
 * (the window and the panels never do), and reading two boxes replaces slate-react's walk over every ancestor's
 * style, which each key press paid for (bench/: `npm run bench -- --profile`).
 */
export function keepCaretInView(reactEditor: ReactEditor, domRange: globalThis.Range): void {
  // slate-react hands over its own view of the release editor; the model's half is the same object.
  const editor = reactEditor as unknown as Editor;
  const root = ReactEditor.toDOMNode(reactEditor, editor);
  const scroller = scrollerOf(root);
  const caret = focusBox(editor, domRange);
  if (!caret) return;
  if (!scroller) {
    // Not inside a scroller of its own (a page laid out differently): the browser's nearest-edge scroll.
    const element = domRange.startContainer instanceof globalThis.Element ? domRange.startContainer : domRange.startContainer.parentElement;
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return;
  }
  const view = scroller.getBoundingClientRect();
  const room = Math.min(CARET_ROOM_PX, view.height / 4);
  if (caret.top < view.top + room) scroller.scrollTop -= view.top + room - caret.top;
  else if (caret.bottom > view.bottom - room) scroller.scrollTop += caret.bottom - (view.bottom - room);
}
