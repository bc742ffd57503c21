import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { setSelectionLanguage } from '../../core/editing/span-language';
import type { ReleaseLanguage } from '../../core/model/types';

/**
 * Edit ▸ Language of selection and the spelling menu's "Check as": marks the selection (one undo step) and gives the
 * page its caret back, as the menu or the spelling menu took the focus.
 */
export function markSelection(editor: Editor, language: ReleaseLanguage | null): void {
  setSelectionLanguage(editor, language);
  try {
    ReactEditor.focus(editor as unknown as ReactEditor);
  } catch {
    // The page is not drawn (a test without a DOM): the mark is set all the same.
  }
}
