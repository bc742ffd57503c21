import { Editor, Range, Transforms } from 'slate';
import { ALL_PROFILES, inCharacterClass, profileOf } from '../languages/index';
import '../model/slate-types';
import { editorLanguage } from './release-nodes';

/**
 * Typographic quotes and dashes as the press officer types, in the release's language (its profile's `typing`):
 * - `"` gives «…» in Russian and Kazakh, “…” in English; `'` gives ’ (and ‘ at a word start) in English and stays
 *   as typed where the profile has no apostrophe;
 * - a hyphen between spaces (` - `) becomes a dash as the next space is typed: – in ru/kk, — in en;
 *   two hyphens (`--`) become the same dash.
 * Only single typed characters are touched: pasted text keeps exactly what it had. Undo reverts a replacement.
 */

/**
 * Characters after which a quote opens rather than closes: white space, an opening bracket, a hyphen, and every
 * release language's opening quotes and dashes (« “ ‘ – —), so a quote typed inside another opens.
 */
const OPENING_MARKS = [...new Set(ALL_PROFILES.flatMap(({ typing }) => [typing.quotes.open, typing.apostrophe?.open ?? '', typing.dash]))].join('');
const OPENS_AFTER = new RegExp(`[\\s([{${inCharacterClass(OPENING_MARKS)}-]$|^$`, 'u');

export function withTypography<T extends Editor>(editor: T): T {
  const { insertText } = editor;

  editor.insertText = (text, options) => {
    const selection = editor.selection;
    if (text.length !== 1 || !selection || Range.isExpanded(selection) || options?.at) {
      insertText(text, options);
      return;
    }
    const typing = profileOf(editorLanguage(editor)).typing;
    const before = textBefore(editor, 2);

    if (text === '"') {
      insertText(OPENS_AFTER.test(before) ? typing.quotes.open : typing.quotes.close, options);
      return;
    }
    if (text === "'" && typing.apostrophe) {
      insertText(OPENS_AFTER.test(before) ? typing.apostrophe.open : typing.apostrophe.close, options);
      return;
    }
    if (text === '-' && before.endsWith('-') && !before.endsWith('--')) {
      replaceBefore(editor, 1, typing.dash);
      return;
    }
    if (text === ' ' && (before === ' -' || (before === '-' && isBlockStartBefore(editor, 1)))) {
      replaceBefore(editor, 1, typing.dash);
      insertText(' ', options);
      return;
    }
    insertText(text, options);
  };

  return editor;
}

/** Up to `count` characters before the cursor in the same text node. */
function textBefore(editor: Editor, count: number): string {
  const selection = editor.selection;
  if (!selection) return '';
  const { path, offset } = selection.anchor;
  const [node] = Editor.node(editor, path);
  const text = (node as { text?: string }).text ?? '';
  return text.slice(Math.max(0, offset - count), offset);
}

function isBlockStartBefore(editor: Editor, count: number): boolean {
  const selection = editor.selection;
  if (!selection) return false;
  const block = Editor.above(editor, { match: (n) => Editor.isBlock(editor, n as never) });
  if (!block) return false;
  const start = Editor.start(editor, block[1]);
  return start.path.join() === selection.anchor.path.join() && selection.anchor.offset === start.offset + count;
}

function replaceBefore(editor: Editor, count: number, replacement: string): void {
  const selection = editor.selection;
  if (!selection) return;
  const { path, offset } = selection.anchor;
  Editor.withoutNormalizing(editor, () => {
    Transforms.delete(editor, { at: { path, offset: offset - count }, distance: count, unit: 'character' });
    Transforms.insertText(editor, replacement);
  });
}
