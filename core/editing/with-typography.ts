import { Editor, Range, Transforms } from 'slate';
import '../model/slate-types';
import { editorLanguage } from './release-nodes';

/**
 * Typographic quotes and dashes as the press officer types, in the document's language:
 * - `"` gives «…» in Russian and Kazakh, “…” in English; `'` gives ’ (and ‘ at a word start) in English;
 * - a hyphen between spaces (` - `) becomes a dash as the next space is typed: – in ru/kk, — in en;
 *   two hyphens (`--`) become the same dash.
 * Only single typed characters are touched: pasted text keeps exactly what it had. Undo reverts a replacement.
 */
export const QUOTES = {
  ru: { open: '«', close: '»', dash: '–' },
  kk: { open: '«', close: '»', dash: '–' },
  en: { open: '“', close: '”', dash: '—' },
} as const;

export function typographyFor(language: string): (typeof QUOTES)[keyof typeof QUOTES] {
  return language in QUOTES ? QUOTES[language as keyof typeof QUOTES] : QUOTES.ru;
}

/** Characters after which a quote opens rather than closes. */
const OPENS_AFTER = /[\s([{«“‘\u2014\u2013-]$|^$/u;

export function withTypography<T extends Editor>(editor: T): T {
  const { insertText } = editor;

  editor.insertText = (text, options) => {
    const selection = editor.selection;
    if (text.length !== 1 || !selection || Range.isExpanded(selection) || options?.at) {
      insertText(text, options);
      return;
    }
    const style = typographyFor(editorLanguage(editor));
    const before = textBefore(editor, 2);

    if (text === '"') {
      insertText(OPENS_AFTER.test(before) ? style.open : style.close, options);
      return;
    }
    if (text === "'" && editorLanguage(editor) === 'en') {
      insertText(OPENS_AFTER.test(before) ? '‘' : '’', options);
      return;
    }
    if (text === '-' && before.endsWith('-') && !before.endsWith('--')) {
      replaceBefore(editor, 1, style.dash);
      return;
    }
    if (text === ' ' && (before === ' -' || (before === '-' && isBlockStartBefore(editor, 1)))) {
      replaceBefore(editor, 1, style.dash);
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
