import { Editor, Range, Transforms } from 'slate';
import { ALL_PROFILES, inCharacterClass, profileOf } from '../languages/index';
import '../model/slate-types';
import type { ReleaseLanguage } from '../model/types';
import { editorLanguage } from './release-nodes';

/**
 * Typographic quotes and dashes as the press officer types, in the release's language (its profile's `typing`):
 * - `"` gives «…» in Russian and Kazakh, “…” in English; `'` gives ’ (and ‘ at a word start) in English and stays
 *   as typed where the profile has no apostrophe;
 * - a hyphen between spaces (` - `) becomes a dash as the next space is typed: – in ru/kk, — in en;
 *   two hyphens (`--`) become the same dash.
 * Only single typed characters are touched here; pasted text is set by `typesetText` below (called by the paste
 * path, core/formats/clipboard). Undo reverts a replacement.
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

/**
 * The same typography applied to text that arrives whole (a paste): straight quotes set as the profile's
 * (opening after white space, a bracket, a dash or an opening mark, else closing), `'` as the profile's
 * apostrophe where it has one, a hyphen between spaces or at the start followed by a space, and two hyphens,
 * as its dash. `before` is the text that stands before `text` in its block (it decides whether a quote at the
 * very start opens or closes). Everything else is kept exactly.
 */
export function typesetText(text: string, language: ReleaseLanguage, before = ''): string {
  const typing = profileOf(language).typing;
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    const previous = (before + out).slice(-2);
    if (character === '"') {
      out += OPENS_AFTER.test(previous.slice(-1)) ? typing.quotes.open : typing.quotes.close;
    } else if (character === "'" && typing.apostrophe) {
      out += OPENS_AFTER.test(previous.slice(-1)) ? typing.apostrophe.open : typing.apostrophe.close;
    } else if (character === '-' && text[index + 1] === '-' && text[index + 2] !== '-' && !previous.endsWith('-')) {
      out += typing.dash;
      index += 1;
    } else if (character === '-' && text[index + 1] === ' ' && (previous === '' || /\s$/u.test(previous))) {
      out += typing.dash;
    } else {
      out += character;
    }
  }
  return out;
}
