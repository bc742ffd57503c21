import { Editor, Node, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import type { ReleaseLanguage } from '../model/types';
import { setEditorLanguage } from './release-nodes';
import { sampleText } from '../../test/fixtures/sample';
import { kazakhRelease } from '../../test/fixtures/kazakh-release';
import { setEditorHouseDash, typesetRelease, typingShortcuts } from './with-typography';
import { editorWith, paragraph } from './test-helpers';

/** Types `keys` one character at a time, as the keyboard does, into an empty paragraph; `~` shows a no-break space. */
function typed(keys: string, language: ReleaseLanguage): string {
  const editor = editorWith([paragraph()], language);
  Transforms.select(editor, Editor.start(editor, [1]));
  for (const key of keys) editor.insertText(key);
  return Editor.string(editor, [1]).replace(/\u00a0/g, '~');
}

describe('withTypography', () => {
  it('Russian and Kazakh: «ёлочки» and a spaced en dash', () => {
    expect(typed('Конференция "Конституция - основа" прошла', 'ru')).toBe('Конференция «Конституция~– основа» прошла');
    expect(typed('"Қазақстан Республикасының Конституциясына 30 жыл"', 'kk')).toBe('«Қазақстан Республикасының Конституциясына 30 жыл»');
    expect(typed('- Как подчеркивает Глава государства', 'ru')).toBe('–~Как~подчеркивает Глава государства');
  });

  it('English: curly double and single quotes and an em dash', () => {
    expect(typed('The mayor said "it\'s a milestone" - and left', 'en')).toBe('The~mayor said “it’s a~milestone”~— and~left');
    expect(typed("'quoted'", 'en')).toBe('‘quoted’');
  });

  it('three dots typed one by one are an ellipsis: no dot is dropped on the way (the second was deleted as doubled)', () => {
    expect(typed('Wait... what', 'en')).toBe('Wait… what');
    expect(typed('Итак...', 'ru')).toBe('Итак…');
    expect(typed('Сонымен... ', 'kk')).toBe('Сонымен… ');
    // Two dots stay two: what the press officer typed is not taken away while typing.
    expect(typed('Итак.. ', 'ru')).toBe('Итак.. ');
  });

  it('two hyphens make a dash; hyphens inside words stay', () => {
    expect(typed('научно-практическая -- конференция', 'ru')).toBe('научно-практическая~– конференция');
    expect(typed('e-mail', 'en')).toBe('e-mail');
  });

  it('follows the document language when it changes', () => {
    const editor = editorWith([paragraph()], 'en');
    setEditorLanguage(editor, 'kk');
    Transforms.select(editor, Editor.start(editor, [1]));
    for (const key of '"сөз"') editor.insertText(key);
    expect(Editor.string(editor, [1])).toBe('«сөз»');
  });

  it('pasted text (more than one character at once) is set by the same rules', () => {
    const editor = editorWith([paragraph()], 'ru');
    Transforms.select(editor, Editor.start(editor, [1]));
    editor.insertText('"как есть" - с заменами, тел. +7 (727) 123-45-67');
    expect(Editor.string(editor, [1])).toBe('«как\u00a0есть»\u00a0– с\u00a0заменами, тел. +7 (727) 123-45-67');
  });

  it('as you type: initials, №, units and the house dash, each run set when a space is typed', () => {
    expect(typed('Выступил М. Отыншиев, приказ № 5, 12 км. ', 'ru')).toBe('Выступил М.~Отыншиев, приказ №~5, 12~км. ');
    expect(typed('Сөз Ә. Қасымовқа берілді: "Біз жалғастырамыз", - деді ол. ', 'kk')).toBe('Сөз Ә.~Қасымовқа берілді: «Біз жалғастырамыз»,~– деді ол. ');
    expect(typed('Телефон 8 701 123 4567 ', 'kk')).toBe('Телефон 8 701 123 4567 ');
  });

  it('typing at the end of words that were there changes only what is typed, never the words before', () => {
    const editor = editorWith([paragraph('В Алматы прошла конференция к 30-летию - итоги')], 'ru');
    Transforms.select(editor, Editor.end(editor, [1]));
    for (const key of ' және Алматы жастары - да ') editor.insertText(key);
    const text = Editor.string(editor, [1]);
    expect(text.startsWith('В Алматы прошла конференция к 30-летию - итоги')).toBe(true);
    expect(text).toContain('жастары\u00a0– да');
  });

  it('a long sentence typed without a full stop is set far into it as at its start', () => {
    // Typing sets a few words back from the caret, not the whole sentence on every space: what is set is the same.
    const phrase = 'приказ № 5 на 12 км и "Конституция - основа" в Алматы для 25000 человек, ';
    const once = typed(phrase, 'ru');
    expect(once).toBe('приказ №~5 на~12~км и~«Конституция~– основа» в~Алматы для~25~000~человек, ');
    expect(typed(phrase.repeat(8), 'ru')).toBe(once.repeat(8));
    expect(typed('Ә. Қасымов "Біз - бірге" деді және 30 жыл бойы '.repeat(6), 'kk')).toBe(typed('Ә. Қасымов "Біз - бірге" деді және 30 жыл бойы ', 'kk').repeat(6));
  });

  it('a space after two plain words is left unset, and every release is still set exactly as with every space set', () => {
    // The sample release (ru), the Kazakh release and an English one, typed as a press officer types them: straight
    // quotes, hyphens for dashes, ordinary spaces. Typed twice over, so the long-sentence window is crossed too.
    const asTyped = (text: string) => text.replace(/[«»“”]/gu, '"').replace(/ [–—] /gu, ' - ').replace(/\u00a0/gu, ' ');
    const texts: [string, ReleaseLanguage][] = [
      ...sampleText().split('\n').filter((line) => line.trim().length > 0).map((line): [string, ReleaseLanguage] => [asTyped(line), 'ru']),
      ...[...Node.texts({ children: kazakhRelease().body } as unknown as Node)].map(([text]): [string, ReleaseLanguage] => [asTyped(text.text), 'kk']),
      ['The mayor of Almaty opened the city library on Monday. "It is a place for everyone - young and old," said the mayor, thanking the builders for their careful work. About 25000 visitors are expected each year. ', 'en'],
    ];
    // The text after every space, not only at the end: a full stop further on sets the words before it again.
    const afterEachSpace = (keys: string, language: ReleaseLanguage): string[] => {
      const editor = editorWith([paragraph()], language);
      Transforms.select(editor, Editor.start(editor, [1]));
      const steps: string[] = [];
      for (const key of keys) {
        editor.insertText(key);
        if (key === ' ') steps.push(Editor.string(editor, [1]));
      }
      return steps;
    };
    const typedBoth = (text: string, language: ReleaseLanguage): [string[], string[]] => {
      typingShortcuts.plainSpaces = false;
      try {
        const everySpace = afterEachSpace(text, language);
        typingShortcuts.plainSpaces = true;
        return [afterEachSpace(text, language), everySpace];
      } finally {
        typingShortcuts.plainSpaces = true;
      }
    };
    let compared = 0;
    for (const [text, language] of texts) {
      if (text.trim() === '') continue;
      const [shortcut, everySpace] = typedBoth(`${text} ${text}`, language);
      expect(shortcut, `${language}: ${text.slice(0, 60)}`).toEqual(everySpace);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(25);
    // …and the words a rule still keeps to the next word are set: a short word, «если», an initial.
    expect(typed('решение принято если совет согласится ', 'ru')).toBe('решение принято если~совет согласится ');
    expect(typed('Выступил председатель маслихата М. Отыншиев ', 'ru')).toBe('Выступил председатель маслихата М.~Отыншиев ');
  });

  it('undo takes back the last word typed and its setting, never more', () => {
    const editor = editorWith([paragraph()], 'ru');
    Transforms.select(editor, Editor.start(editor, [1]));
    for (const key of 'Выступил М. Отыншиев ') editor.insertText(key);
    editor.undo();
    expect(Editor.string(editor, [1])).not.toContain('Отыншиев ');
  });

  it('the Typography command sets every run of the release as one undo step', () => {
    const editor = editorWith([paragraph('Конференция "Конституция - основа" прошла.'), paragraph('Бюджет 1500000 тенге, тел. +7 (727) 123-45-67.')], 'ru');
    expect(typesetRelease(editor)).toBe(2);
    expect(Editor.string(editor, [1])).toBe('Конференция «Конституция\u00a0– основа» прошла.');
    expect(Editor.string(editor, [2])).toBe('Бюджет 1\u00a0500\u00a0000\u00a0тенге, тел. +7 (727) 123-45-67.');
    expect(typesetRelease(editor)).toBe(0);
    editor.undo();
    expect(Editor.string(editor, [1])).toBe('Конференция "Конституция - основа" прошла.');
    expect(Editor.string(editor, [2])).toBe('Бюджет 1500000 тенге, тел. +7 (727) 123-45-67.');
  });

  it('an organisation’s em dash is typed in Russian too', () => {
    const editor = editorWith([paragraph()], 'ru');
    setEditorHouseDash(editor, 'em');
    Transforms.select(editor, Editor.start(editor, [1]));
    for (const key of 'Закон - основа') editor.insertText(key);
    expect(Editor.string(editor, [1])).toBe('Закон\u00a0— основа');
  });

  it('a quote typed right after a word closes', () => {
    const editor = editorWith([paragraph('слово')], 'ru');
    Transforms.select(editor, Editor.end(editor, [1]));
    editor.insertText('"');
    expect(Editor.string(editor, [1])).toBe('слово»');
  });
});
