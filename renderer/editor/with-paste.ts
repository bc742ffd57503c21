import { Editor, Element } from 'slate';
import type { ReactEditor } from 'slate-react';
import { asOneStep, pasteClipboard, withPasteInsertion } from '../../core/formats/clipboard/paste';
import type { ReleaseElement } from '../../core/model/types';

/**
 * Paste without ever putting foreign HTML into the page. Our own Slate fragments go through Slate (fitted to the
 * block holding the caret, then the structure normaliser); pasted HTML and plain text go to the platform-free
 * paste (core/formats/clipboard/paste.ts): HTML parsed as data into release blocks (Word, Google Docs,
 * LibreOffice, web pages), plain text one paragraph per block, typography in the release's language, the
 * caret's block keeping its type, one undo step. Inside a field the paste is one line of text.
 */
export function withPaste<T extends Editor & ReactEditor>(editor: T): T {
  const { insertData, insertFragmentData } = editor;
  withPasteInsertion(editor);

  editor.insertData = (data: DataTransfer) => {
    if (data.types.includes('application/x-slate-fragment') && !inField(editor)) {
      let inserted = false;
      asOneStep(editor, () => {
        inserted = insertFragmentData(data);
      });
      if (inserted) return;
    }
    if (pasteClipboard(editor, data)) return;
    insertData(data);
  };

  return editor;
}

function inField(editor: Editor): boolean {
  if (!editor.selection) return false;
  return Editor.above(editor, { match: (n) => Element.isElement(n) && (n as ReleaseElement).type === 'field' }) !== undefined;
}
