import type { KeyboardEvent } from 'react';
import type { Editor } from 'slate';
import { Placeholders } from '../../core/editing/with-placeholders';

/**
 * Keys for template blanks, called first by the editor's keydown handler. Returns true when the key was used.
 * - Tab / Shift+Tab jump to the next and previous placeholder (without placeholders Tab is left alone).
 * - A printable key while a blank is selected fills it here, from Slate's own selection: the browser cannot hold
 *   a caret inside a non-editable pill and may have moved its selection, so its input event can't be trusted.
 *   Composition (IME) and shortcuts go their usual way.
 */
export function handlePlaceholderKeys(editor: Editor, event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.key === 'Tab') {
    const moved = event.shiftKey ? Placeholders.selectPrevious(editor) : Placeholders.selectNext(editor);
    if (moved) event.preventDefault();
    return moved;
  }
  if ([...event.key].length === 1 && !event.nativeEvent.isComposing && Placeholders.target(editor)) {
    event.preventDefault();
    editor.insertText(event.key);
    return true;
  }
  return false;
}
