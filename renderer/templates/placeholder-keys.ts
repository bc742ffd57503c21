import type { KeyboardEvent } from 'react';
import type { Editor } from 'slate';
import { Placeholders } from '../../core/editing/with-placeholders';

/**
 * Tab and Shift+Tab jump to the next and previous placeholder. Returns true when the key was used (the caller's
 * keydown handler stops there); without placeholders Tab is left to the rest of the editor.
 */
export function handlePlaceholderKeys(editor: Editor, event: KeyboardEvent): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const moved = event.shiftKey ? Placeholders.selectPrevious(editor) : Placeholders.selectNext(editor);
  if (moved) event.preventDefault();
  return moved;
}
