import { Editor, Element, Node, Transforms } from 'slate';
import type { Descendant } from 'slate';
import type { ReactEditor } from 'slate-react';
import { htmlToBlocks } from '../../core/formats/html-import';
import type { ReleaseElement } from '../../core/model/types';

/**
 * Paste without ever putting foreign HTML into the page: our own Slate fragments go through Slate (and then
 * the structure normaliser); pasted HTML is parsed as data by core/formats/html-import.ts (an inert hast tree,
 * allow-list walk) into release blocks; anything else is plain text. Inside a field (quote, dateline, award
 * row) the paste is flattened to one line of text, so a field is never split.
 */
export function withPaste<T extends Editor & ReactEditor>(editor: T): T {
  const { insertData, insertFragmentData } = editor;

  editor.insertData = (data: DataTransfer) => {
    if (data.types.includes('application/x-slate-fragment') && !inField(editor)) {
      if (insertFragmentData(data)) return;
    }
    const html = data.types.includes('text/html') ? data.getData('text/html') : '';
    if (html && !inField(editor)) {
      const blocks = safeBlocks(html);
      if (blocks.length > 0) {
        editor.insertFragment(blocks as Descendant[]);
        return;
      }
    }
    const text = data.getData('text/plain') || (html ? plainTextOf(safeBlocks(html)) : '');
    if (!text) return insertData(data);
    if (inField(editor)) {
      editor.insertText(text.replace(/\s*\r?\n\s*/gu, ' '));
      return;
    }
    const lines = text.split(/\r\n|\r|\n/u);
    Editor.withoutNormalizing(editor, () => {
      lines.forEach((line, index) => {
        if (index > 0) Transforms.splitNodes(editor, { always: true });
        if (line) editor.insertText(line);
      });
    });
  };

  return editor;
}

function inField(editor: Editor): boolean {
  if (!editor.selection) return false;
  return Editor.above(editor, { match: (n) => Element.isElement(n) && (n as ReleaseElement).type === 'field' }) !== undefined;
}

function safeBlocks(html: string): ReleaseElement[] {
  try {
    return htmlToBlocks(html);
  } catch {
    return [];
  }
}

function plainTextOf(blocks: readonly ReleaseElement[]): string {
  return blocks.map((block) => Node.string(block)).join('\n');
}
