import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import type { ReleaseLanguage } from '../model/types';
import { setEditorLanguage } from './release-nodes';
import { editorWith, paragraph } from './test-helpers';

/** Types `keys` one character at a time, as the keyboard does, into an empty paragraph. */
function typed(keys: string, language: ReleaseLanguage): string {
  const editor = editorWith([paragraph()], language);
  Transforms.select(editor, Editor.start(editor, [1]));
  for (const key of keys) editor.insertText(key);
  return Editor.string(editor, [1]);
}

describe('withTypography', () => {
  it('Russian and Kazakh: «ёлочки» and a spaced en dash', () => {
    expect(typed('Конференция "Конституция - основа" прошла', 'ru')).toBe('Конференция «Конституция – основа» прошла');
    expect(typed('"Қазақстан Республикасының Конституциясына 30 жыл"', 'kk')).toBe('«Қазақстан Республикасының Конституциясына 30 жыл»');
    expect(typed('- Как подчеркивает Глава государства', 'ru')).toBe('– Как подчеркивает Глава государства');
  });

  it('English: curly double and single quotes and an em dash', () => {
    expect(typed('The mayor said "it\'s a milestone" - and left', 'en')).toBe('The mayor said “it’s a milestone” — and left');
    expect(typed("'quoted'", 'en')).toBe('‘quoted’');
  });

  it('two hyphens make a dash; hyphens inside words stay', () => {
    expect(typed('научно-практическая -- конференция', 'ru')).toBe('научно-практическая – конференция');
    expect(typed('e-mail', 'en')).toBe('e-mail');
  });

  it('follows the document language when it changes', () => {
    const editor = editorWith([paragraph()], 'en');
    setEditorLanguage(editor, 'kk');
    Transforms.select(editor, Editor.start(editor, [1]));
    for (const key of '"сөз"') editor.insertText(key);
    expect(Editor.string(editor, [1])).toBe('«сөз»');
  });

  it('pasted text (more than one character at once) is kept exactly', () => {
    const editor = editorWith([paragraph()], 'ru');
    Transforms.select(editor, Editor.start(editor, [1]));
    editor.insertText('"как есть" - без замен');
    expect(Editor.string(editor, [1])).toBe('"как есть" - без замен');
  });

  it('a quote typed right after a word closes', () => {
    const editor = editorWith([paragraph('слово')], 'ru');
    Transforms.select(editor, Editor.end(editor, [1]));
    editor.insertText('"');
    expect(Editor.string(editor, [1])).toBe('слово»');
  });
});
