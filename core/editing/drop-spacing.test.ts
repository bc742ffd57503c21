import { Editor, Node, Transforms } from 'slate';
import type { Point } from 'slate';
import { describe, expect, it } from 'vitest';
import { closeGapAfterMove, spaceAroundDrop } from './drop-spacing';
import { editorWith, headline, paragraph, t } from './test-helpers';

/** Words put at `at` in the paragraph under the headline, as a drop puts them; then the drop's spacing. */
function drop(body: unknown[], words: string, at: Point): string {
  const editor = editorWith([headline('Заголовок'), ...body], 'ru');
  const start = { ...at };
  Transforms.insertText(editor, words, { at });
  const end = { path: at.path, offset: at.offset + words.length };
  spaceAroundDrop(editor, start, end);
  return Node.string(editor.children[1] as Node);
}

const first = (offset: number): Point => ({ path: [1, 0], offset });

describe('a drop between words gets its spaces, as Word’s smart cut and paste', () => {
  it('a word dropped right after another gets a space before it, and none doubled after it', () => {
    const text = 'Участники собрались в зале.';
    expect(drop([paragraph(text)], 'сегодня', first(text.indexOf(' в')))).toBe('Участники собрались сегодня в зале.');
  });

  it('a word dropped before a full stop: a space before it, none between it and the stop', () => {
    const text = 'Участники собрались в зале.';
    expect(drop([paragraph(text)], 'акимата', first(text.length - 1))).toBe('Участники собрались в зале акимата.');
  });

  it('words dropped before a chip: a space between them and the chip', () => {
    const body = [{ type: 'paragraph', children: [t(''), { type: 'variable', name: 'organiser', children: [t('')] }, t(' выступил.')] }];
    const editor = editorWith([headline('Заголовок'), ...body], 'ru');
    Transforms.insertText(editor, 'Сегодня', { at: first(0) });
    spaceAroundDrop(editor, first(0), first('Сегодня'.length));
    expect(Node.string(editor.children[1] as Node)).toBe('Сегодня  выступил.');
    expect(Editor.string(editor, { anchor: first(0), focus: first('Сегодня '.length) })).toBe('Сегодня ');
  });

  it('Kazakh words: letters ә, қ, ү are letters of a word', () => {
    const text = 'Жиналысқа қатысты.';
    expect(drop([paragraph(text)], 'әкімдік', first('Жиналысқа'.length))).toBe('Жиналысқа әкімдік қатысты.');
  });

  it('a drop that starts with a comma, or already has its spaces, is left as it is', () => {
    const text = 'Участники собрались в зале.';
    expect(drop([paragraph(text)], ', конечно,', first(text.indexOf(' в')))).toBe('Участники собрались, конечно, в зале.');
    expect(drop([paragraph(text)], ' сегодня', first(text.indexOf(' в')))).toBe('Участники собрались сегодня в зале.');
  });

  it('with the start unknown (the empty text it went into was merged away), only the end is spaced', () => {
    const editor = editorWith([headline('Заголовок'), paragraph('Участники собрались в зале.')], 'ru');
    Transforms.insertText(editor, 'Сегодня', { at: first(0) });
    spaceAroundDrop(editor, null, first('Сегодня'.length));
    expect(Node.string(editor.children[1] as Node)).toBe('Сегодня Участники собрались в зале.');
  });
});

describe('where dragged words were taken from', () => {
  const gap = (text: string, taken: string): string => {
    const editor = editorWith([headline('Заголовок'), paragraph(text)], 'ru');
    const offset = text.indexOf(taken);
    Transforms.delete(editor, { at: { anchor: first(offset), focus: first(offset + taken.length) } });
    closeGapAfterMove(editor, first(offset));
    return Node.string(editor.children[1] as Node);
  };

  it('no doubled space, no space before a full stop, none at the start of the paragraph', () => {
    expect(gap('Участники собрались сегодня в зале.', 'сегодня')).toBe('Участники собрались в зале.');
    expect(gap('Участники собрались в зале акимата.', 'акимата')).toBe('Участники собрались в зале.');
    expect(gap('Сегодня участники собрались.', 'Сегодня')).toBe('участники собрались.');
    expect(gap('Бүгін әкімдік жиналды.', 'әкімдік')).toBe('Бүгін жиналды.');
  });

  it('words taken with their own space leave the text as it was', () => {
    expect(gap('Участники собрались сегодня в зале.', 'сегодня ')).toBe('Участники собрались в зале.');
  });
});
