import { Editor, Element, Text } from 'slate';
import type { Descendant, Node } from 'slate';
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
    // Our own words into a field (a drag or a paste from the release): their text, chips and blanks as one line;
    // as plain text a blank became its hint, written out as words (property seed 20261303).
    const inlines = data.types.includes('application/x-slate-fragment') && inField(editor) ? fragmentInlines(editor, data) : null;
    if (inlines) {
      asOneStep(editor, () => editor.insertFragment([{ type: 'paragraph', children: inlines } as Descendant]));
      return;
    }
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

/** The inlines of a Slate fragment on the clipboard (its texts, links, chips and blanks), its blocks joined by a space; null when unreadable. */
function fragmentInlines(editor: Editor, data: DataTransfer): Descendant[] | null {
  let fragment: unknown;
  try {
    fragment = JSON.parse(decodeURIComponent(window.atob(data.getData('application/x-slate-fragment'))));
  } catch {
    return null;
  }
  if (!Array.isArray(fragment)) return null;
  const inlines: Descendant[] = [];
  // Each text block or field is a line of its own; the lines are joined by a space.
  const blocks: Node[][] = [];
  const collect = (node: Node): void => {
    if (!Element.isElement(node)) return;
    const holdsInlines = node.children.some((child) => Text.isText(child) || (Element.isElement(child) && Editor.isInline(editor, child)));
    if (holdsInlines) blocks.push(node.children.filter((child) => Text.isText(child) || Editor.isInline(editor, child as Element)));
    else for (const child of node.children) collect(child);
  };
  for (const block of fragment as Node[]) collect(block);
  blocks.forEach((block, index) => {
    if (index > 0) inlines.push({ text: ' ' });
    inlines.push(...(block as Descendant[]));
  });
  return inlines.length > 0 ? [{ text: '' }, ...inlines, { text: '' }] : null;
}
