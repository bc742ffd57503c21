import { Editor, Node, Transforms } from 'slate';
import type { Range } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { setBlockType } from './block-transforms';
import { HeldKeys, movableRange } from './content-controls';
import { Placeholders, tidyJunction } from './with-placeholders';
import { awardRow, dateline, editorWith, field, headline, paragraph, quote } from './test-helpers';

/**
 * Issue 10, items 1 and 2, in Node: any key over a selection that touches a chip, a blank or a field; dateline,
 * quote and award ceremony as content controls; a quote as one written paragraph and back; removing a blank.
 * (The same, in Chromium with the real mouse and keys: e2e/content-controls.spec.ts, e2e/edit-properties.spec.ts.)
 */

const chip = (name: string) => ({ type: 'variable', name, children: [{ text: '' }] });
const blank = (hint: string) => ({ type: 'placeholder', hint, children: [{ text: '' }] });
const p = (...children: unknown[]) => ({ type: 'paragraph', children });
const lead = (...children: unknown[]) => ({ type: 'lead', children });
const ceremony = (award: string, ...rows: unknown[]) => ({ type: 'award-ceremony', children: [field('award', award), ...rows] });
const strings = (editor: Editor) => editor.children.map((block) => Node.string(block));

describe('any key over a selection that ends on a chip or blank', () => {
  it('typing over a lead selected to inside its last chip replaces the whole selection, and one undo brings it back', () => {
    const body = [headline('H'), lead({ text: '. Организатор – ' }, chip('organiser'), { text: '.' })];
    const editor = editorWith(body);
    const before = structuredClone(editor.children);
    // What Chromium's triple-click gives: from the start of the text to inside the chip's hidden text.
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 1, 0], offset: 0 } });
    editor.insertText('Ж');
    expect(editor.children[1]).toEqual(lead({ text: 'Ж.' }));
    HistoryEditor.undo(editor as HistoryEditor);
    expect(editor.children).toEqual(before);
  });

  it('typing over a selection that ends on the last blank of the release (the e-mail) and the end mark replaces it', () => {
    const editor = editorWith([headline('H'), { type: 'media-contact', children: [{ text: 'E-mail: ' }, blank('адрес'), { text: '' }] }, { type: 'end-mark', children: [{ text: '' }] }]);
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 2 }, focus: Editor.end(editor, []) });
    editor.insertText('x');
    expect(strings(editor)).toEqual(['H', 'E-x']);
  });

  it('pasting a fragment over a selection ending in a chip replaces it', () => {
    const editor = editorWith([headline('H'), paragraph('Начало '), p({ text: 'до ' }, chip('event'), { text: ' после' })]);
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 3 }, focus: { path: [2, 1, 0], offset: 0 } });
    editor.insertFragment([{ type: 'paragraph', children: [{ text: 'ВСТАВКА' }] }]);
    expect(strings(editor).join('|')).toBe('H|НачВСТАВКА после');
  });
});

describe('dateline, quote and award ceremony are content controls', () => {
  const above = p({ text: 'Награды вручены от имени Республики Казахстан.' });

  it('Backspace pressed on in an emptied award name never deletes the paragraph above; it selects the table, then removes it', () => {
    const editor = editorWith([headline('H'), above, ceremony('', awardRow('Бексултан Сарсеков', 'председатель', 'За вклад'))]);
    Transforms.select(editor, Editor.start(editor, [2, 0]));
    for (let press = 0; press < 5; press++) editor.deleteBackward('character');
    expect(Node.string(editor.children[1] as Node)).toBe('Награды вручены от имени Республики Казахстан.');
    // Not empty (its row has words): the table stays, and so does the caret.
    expect((editor.children[2] as { type: string }).type).toBe('award-ceremony');
  });

  it('an emptied table is selected by the first Backspace and turned into an empty paragraph by the second', () => {
    const editor = editorWith([headline('H'), above, ceremony('', awardRow(), awardRow())]);
    Transforms.select(editor, Editor.start(editor, [2, 0]));
    editor.deleteBackward('character');
    expect(editor.selection).toEqual(Editor.range(editor, [2]));
    editor.deleteFragment({ direction: 'backward' });
    expect(editor.children).toEqual([headline('H'), above, paragraph()]);
    HistoryEditor.undo(editor as HistoryEditor);
    expect((editor.children[2] as { type: string }).type).toBe('award-ceremony');
  });

  it('a held Backspace stops at a block it selected or removed: the press is marked, a press of its own clears the mark', () => {
    const editor = editorWith([headline('H'), above, ceremony('', awardRow(), awardRow())]);
    Transforms.select(editor, Editor.start(editor, [2, 0]));
    editor.deleteBackward('character');
    expect(HeldKeys.isStopped(editor)).toBe(true);
    // The next press (the page's keydown clears the mark for it) removes the table; that press is marked too…
    HeldKeys.release(editor);
    editor.deleteFragment({ direction: 'backward' });
    expect(HeldKeys.isStopped(editor)).toBe(true);
    // …and a press in the empty paragraph that took its place joins it to the paragraph above, unmarked: repeats go on.
    HeldKeys.release(editor);
    editor.deleteBackward('character');
    expect(strings(editor)).toEqual(['H', 'Награды вручены от имени Республики Казахстан.']);
    expect(HeldKeys.isStopped(editor)).toBe(false);
  });

  it('an empty paragraph after a quote goes on Backspace, and that press is marked: its repeats never reach the quote', () => {
    const editor = editorWith([headline('H'), quote('Текст.', 'Ерболат Досаев', 'аким', 'заявил'), paragraph()]);
    Transforms.select(editor, Editor.start(editor, [2]));
    editor.deleteBackward('character');
    expect(editor.children).toHaveLength(2);
    expect(HeldKeys.isStopped(editor)).toBe(true);
    HeldKeys.release(editor);
    // Typing or deleting inside a field is never marked.
    editor.deleteBackward('character');
    expect(HeldKeys.isStopped(editor)).toBe(false);
  });

  it('Backspace at the start of a row moves to the field before it in the same table, never out of it', () => {
    const editor = editorWith([headline('H'), above, ceremony('Медаль', awardRow('Сарсеков', 'председатель', 'За вклад'), awardRow('Нурланова', 'политолог', ''))]);
    Transforms.select(editor, Editor.start(editor, [2, 2, 0]));
    editor.deleteBackward('character');
    expect(editor.selection?.anchor).toEqual(Editor.end(editor, [2, 1, 2]));
    Transforms.select(editor, Editor.start(editor, [2, 1, 0]));
    editor.deleteBackward('character');
    expect(editor.selection?.anchor).toEqual(Editor.end(editor, [2, 0]));
    expect(strings(editor)[1]).toBe('Награды вручены от имени Республики Казахстан.');
  });

  it('Delete at the end of a quote and Backspace at the start of the paragraph after it change no other block', () => {
    const body = [headline('H'), quote('Слова', 'Азамат', 'аким', 'заявил'), paragraph('Дальше')];
    const editor = editorWith(body);
    Transforms.select(editor, Editor.end(editor, [1, 3]));
    for (let press = 0; press < 3; press++) editor.deleteForward('character');
    Transforms.select(editor, Editor.start(editor, [2]));
    for (let press = 0; press < 3; press++) editor.deleteBackward('character');
    expect(editor.children).toEqual(editorWith(body).children);
  });

  it('a selection from a paragraph into a quote clears the selected words of each field and merges nothing', () => {
    const editor = editorWith([headline('H'), paragraph('Первый абзац'), quote('Слова спикера', 'Азамат Калдыбеков', 'аким', 'заявил'), dateline()]);
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 6 }, focus: { path: [2, 1, 0], offset: 7 } });
    editor.insertText('Ж');
    expect(editor.children.slice(1, 3)).toEqual([paragraph('ПервыйЖ'), quote('', 'Калдыбеков', 'аким', 'заявил')]);
    // The dateline holds no words of its own (its city and date are the details'): it is left as it was.
    expect(editor.children[3]).toEqual(dateline());
  });

  it('the block menu acts on the block holding the caret: an empty award name turns the table, not the paragraph above', () => {
    const editor = editorWith([headline('H'), above, ceremony('', awardRow('Сарсеков', '', ''))]);
    Transforms.select(editor, Editor.start(editor, [2, 0]));
    setBlockType(editor, 'paragraph');
    expect(strings(editor)[1]).toBe('Награды вручены от имени Республики Казахстан.');
    expect((editor.children[2] as { type: string }).type).toBe('paragraph');
  });
});

describe('the end mark is kept like a content control', () => {
  const endMark = { type: 'end-mark', children: [{ text: '' }] };
  const last = 'Подробности – на сайте акимата.';

  it('Delete at the end of the last paragraph puts the caret on the end mark and does not remove it; the next press does', () => {
    const editor = editorWith([headline('H'), paragraph(last), endMark]);
    Transforms.select(editor, Editor.end(editor, [1]));
    editor.deleteForward('character');
    expect((editor.children[2] as { type: string }).type).toBe('end-mark');
    expect(editor.selection).toEqual(Editor.range(editor, [2]));
    expect(HeldKeys.isStopped(editor)).toBe(true);
    editor.deleteForward('character');
    expect(editor.children.map((block) => (block as { type: string }).type)).not.toContain('end-mark');
    expect(strings(editor)).toContain(last);
  });

  it('Backspace at the start of a paragraph after the end mark never merges into it', () => {
    const editor = editorWith([headline('H'), paragraph(last), endMark, paragraph('Контакты для прессы')]);
    Transforms.select(editor, Editor.start(editor, [3]));
    editor.deleteBackward('character');
    expect(strings(editor)).toEqual(['H', last, '', 'Контакты для прессы']);
    expect((editor.children[2] as { type: string }).type).toBe('end-mark');
  });

  it('a letter typed with the caret on the end mark goes into a new paragraph after it, not lost', () => {
    const editor = editorWith([headline('H'), paragraph(last), endMark]);
    Transforms.select(editor, Editor.start(editor, [2]));
    editor.insertText('Ж');
    expect(strings(editor)).toEqual(['H', last, '', 'Ж']);
    expect((editor.children[2] as { type: string }).type).toBe('end-mark');
  });
});

describe('a quote turned into a paragraph and back', () => {
  it('becomes ONE paragraph written as the Russian export writes it, blanks kept; back, the same fields', () => {
    const body = [headline('H'), { type: 'quote', children: [field('text', 'Наша главная цель – построение Справедливого Казахстана.'), { type: 'field', name: 'speaker', children: [{ text: '' }, blank('ФИО спикера'), { text: '' }] }, field('position', 'заместитель акима'), field('verb', 'заявил')] }];
    const editor = editorWith(body);
    const original = structuredClone(editor.children[1]);
    Transforms.select(editor, Editor.start(editor, [1, 0]));
    setBlockType(editor, 'paragraph');
    expect(editor.children).toHaveLength(2);
    const written = editor.children[1] as { type: string; children: { type?: string }[] };
    expect(written.type).toBe('paragraph');
    expect(Node.string(written as unknown as Node)).toBe('–\u00a0Наша главная цель – построение Справедливого Казахстана,\u00a0– заявил заместитель акима .');
    expect(written.children.filter((child) => child.type === 'placeholder')).toHaveLength(1);
    setBlockType(editor, 'quote');
    expect(editor.children[1]).toEqual(original);
  });

  it('a written quote typed as a paragraph is read back into its fields where it can be', () => {
    const editor = editorWith([headline('H'), paragraph('– Конституция – основа нашего государства, – подчеркнул Меиржан Отыншиев.')], 'ru');
    Transforms.select(editor, Editor.start(editor, [1]));
    setBlockType(editor, 'quote');
    expect(editor.children[1]).toEqual(quote('Конституция – основа нашего государства.', 'Меиржан Отыншиев', '', 'подчеркнул'));
  });
});

describe('removing a blank', () => {
  it('joins the words around it without doubled punctuation or spaces', () => {
    expect(tidyJunction('. ', '. Организатор – ', false, false)).toEqual({ cutBefore: 0, cutAfter: 2 });
    expect(tidyJunction(' обсудили ', '.', false, true)).toEqual({ cutBefore: 1, cutAfter: 0 });
    expect(tidyJunction('', ' в своём', true, false)).toEqual({ cutBefore: 0, cutAfter: 1 });
    expect(tidyJunction(' собрала ', '. ', false, false)).toEqual({ cutBefore: 1, cutAfter: 0 });
    expect(tidyJunction('награждения ', ' за ', false, false)).toEqual({ cutBefore: 0, cutAfter: 1 });
  });

  it('Backspace on the "why they gathered" blank of the conference lead leaves one full stop', () => {
    const editor = editorWith([
      headline('H'),
      lead({ text: 'Конференция собрала депутатов. ' }, blank('Зачем собрались'), { text: '. Организатор – ' }, chip('organiser'), { text: '.' }),
    ]);
    const [[, path]] = Placeholders.all(editor) as [[unknown, number[]]];
    Placeholders.select(editor, path);
    editor.deleteFragment({ direction: 'backward' });
    expect(Node.string(editor.children[1] as Node)).toBe('Конференция собрала депутатов. Организатор – .');
    HistoryEditor.undo(editor as HistoryEditor);
    expect(Placeholders.all(editor)).toHaveLength(1);
    // Typing over a blank keeps every mark around it.
    Placeholders.select(editor, path);
    editor.insertText('Ж');
    expect(Node.string(editor.children[1] as Node)).toBe('Конференция собрала депутатов. Ж. Организатор – .');
    void (editor.selection as Range);
  });
});

describe('a dateline or table turned into paragraphs', () => {
  it('keeps the chips and blanks of fields that have no words', () => {
    const editor = editorWith([headline('H'), { type: 'award-ceremony', children: [{ type: 'field', name: 'award', children: [{ text: '' }, chip('event'), { text: '' }] }, awardRow('Азамат Калдыбеков', 'аким', '29 августа')] }]);
    Transforms.select(editor, Editor.start(editor, [1, 0]));
    setBlockType(editor, 'paragraph');
    expect(editor.children.slice(1).map((block) => (block as { children: { type?: string }[] }).children.some((child) => child.type === 'variable'))).toContain(true);
    expect(strings(editor).join(' ')).toContain('Азамат Калдыбеков');
  });
});

describe('what a drag moves (movableRange)', () => {
  const endMark = { type: 'end-mark', children: [{ text: '' }] };
  const release = () => editorWith([headline('Заголовок'), dateline(), lead({ text: 'Лид релиза.' }), paragraph('Текст абзаца.'), endMark]);

  it('leaves the end mark and the dateline out at a selection’s edges, backward selections staying backward', () => {
    const editor = release();
    const toEnd = { anchor: { path: [3, 0], offset: 6 }, focus: Editor.end(editor, [4]) };
    expect(movableRange(editor, toEnd)).toEqual({ anchor: { path: [3, 0], offset: 6 }, focus: Editor.end(editor, [3]) });
    const fromDateline = { anchor: { path: [2, 0], offset: 3 }, focus: Editor.start(editor, [1]) };
    expect(movableRange(editor, fromDateline)).toEqual({ anchor: { path: [2, 0], offset: 3 }, focus: Editor.start(editor, [2]) });
  });

  it('gives nothing to move when only a fixed block is selected, or it and the very start of the next block', () => {
    const editor = release();
    expect(movableRange(editor, Editor.range(editor, [4]))).toBeNull();
    expect(movableRange(editor, { anchor: Editor.start(editor, [1]), focus: Editor.start(editor, [2]) })).toBeNull();
  });

  it('keeps a selection of words as it is; a selection with a fixed block inside it is not moved at all', () => {
    const editor = release();
    const words = { anchor: { path: [2, 0], offset: 0 }, focus: { path: [3, 0], offset: 5 } };
    expect(movableRange(editor, words)).toBe(words);
    const overDateline = { anchor: { path: [0, 0], offset: 3 }, focus: { path: [2, 0], offset: 3 } };
    expect(movableRange(editor, overDateline)).toBeNull();
  });
});
