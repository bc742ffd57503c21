import { Range } from 'slate';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { asReactEditor } from '../templates/react-editor';
import { keepCaretInView } from './caret-in-view';

/**
 * Puts the browser's selection where Slate's is, at once. slate-react does this after React renders; a key
 * typed in between (Tab to the next blank, Enter to the next field, then typing fast) would otherwise be
 * placed by the browser's stale selection, landing in the previous field. Called after selection-only changes,
 * when every node involved is already on screen. Direction is kept (setBaseAndExtent), and nothing happens when
 * the two already agree, so mouse selection is never disturbed. Moved here, the caret is also brought into view:
 * slate-react then finds the two agreeing and scrolls nothing (Ctrl+End left the page at the top, the caret at the
 * end mark out of sight).
 */
export function syncDomSelection(editor: Editor): void {
  const reactEditor = asReactEditor(editor);
  const selection = editor.selection;
  if (!selection || !ReactEditor.isFocused(reactEditor)) return;
  const dom = window.getSelection();
  if (!dom) return;
  try {
    if (dom.rangeCount > 0) {
      const current = ReactEditor.toSlateRange(reactEditor, dom, { exactMatch: false, suppressThrow: true });
      if (current && Range.equals(current, selection)) return;
    }
    const [anchorNode, anchorOffset] = ReactEditor.toDOMPoint(reactEditor, selection.anchor);
    const [focusNode, focusOffset] = ReactEditor.toDOMPoint(reactEditor, selection.focus);
    dom.setBaseAndExtent(anchorNode, anchorOffset, focusNode, focusOffset);
    if (dom.rangeCount > 0) keepCaretInView(reactEditor, dom.getRangeAt(0));
  } catch {
    // A node is not rendered yet: slate-react syncs after the render.
  }
}
