import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { dragChipWhole } from './with-release-editing';
import { block, editorWith, field, headline, paragraph, quote } from './test-helpers';

/** Enter, Shift+Enter, Backspace and Delete in a structured release: input, key, output. */
describe('withReleaseEditing', () => {
  it('typing or pasting with the caret inside a chip (a click on it puts it there) puts every letter just after the chip', () => {
    const chip = { type: 'variable', name: 'organiser', children: [{ text: '' }] };
    const lead = { type: 'lead', children: [{ text: 'Собрались по приглашению ' }, chip, { text: '.' }] };
    const editor = editorWith([headline('H'), lead]);
    Transforms.select(editor, { path: [1, 1, 0], offset: 0 });
    editor.insertText(' и');
    expect(editor.children[1]).toEqual({ ...lead, children: [{ text: 'Собрались по приглашению ' }, chip, { text: ' и.' }] });
    Transforms.select(editor, { path: [1, 1, 0], offset: 0 });
    editor.insertFragment([{ type: 'paragraph', children: [{ text: ' партнёров' }] }]);
    expect(Editor.string(editor, [1])).toBe('Собрались по приглашению  партнёров и.');
    expect((editor.children[1] as { children: unknown[] }).children[1]).toEqual(chip);
  });

  it('a caret is never left inside a chip: it goes after it, before it when it came from after (ArrowLeft), and a drag pressed on it takes it whole', async () => {
    const chip = { type: 'variable', name: 'organiser', children: [{ text: '' }] };
    const editor = editorWith([headline('H'), { type: 'lead', children: [{ text: 'Собрались по приглашению ' }, chip, { text: '.' }] }]);
    const inside = { path: [1, 1, 0], offset: 0 };
    // From the words before it (ArrowRight): after the chip, one press.
    Transforms.select(editor, { path: [1, 0], offset: 25 });
    Transforms.select(editor, inside);
    expect(editor.selection).toEqual({ anchor: { path: [1, 2], offset: 0 }, focus: { path: [1, 2], offset: 0 } });
    // From after it (ArrowLeft): before the chip.
    Transforms.select(editor, inside);
    expect(editor.selection).toEqual({ anchor: { path: [1, 0], offset: 25 }, focus: { path: [1, 0], offset: 25 } });
    // A drag pressed on the chip: the whole chip, from the words before it to the words after it.
    dragChipWhole(editor);
    Transforms.select(editor, inside);
    expect(editor.selection).toEqual({ anchor: { path: [1, 0], offset: 25 }, focus: { path: [1, 2], offset: 0 } });
    // Only that once.
    await Promise.resolve();
    Transforms.select(editor, inside);
    expect(editor.selection?.anchor).toEqual({ path: [1, 2], offset: 0 });
  });


  it('Enter in each quote field walks text → speaker → position → verb, then opens a paragraph', () => {
    const editor = editorWith([headline('H'), quote()]);
    Transforms.select(editor, Editor.start(editor, [1, 0]));
    for (const text of ['Слова', 'Азамат Калдыбеков', 'аким', 'заявил']) {
      editor.insertText(text);
      editor.insertBreak();
    }
    expect(editor.children).toEqual([headline('H'), quote('Слова', 'Азамат Калдыбеков', 'аким', 'заявил'), paragraph()]);
    expect(editor.selection?.anchor.path).toEqual([2, 0]);
  });

  it('Enter at the end of a headline or lead continues with a paragraph, keeping the cursor there', () => {
    const editor = editorWith([headline('Заголовок'), block('lead', 'Лид')]);
    Transforms.select(editor, Editor.end(editor, [1]));
    editor.insertBreak();
    editor.insertText('Абзац');
    expect(editor.children).toEqual([headline('Заголовок'), block('lead', 'Лид'), paragraph('Абзац')]);
    Transforms.select(editor, { path: [0, 0], offset: 5 });
    editor.insertBreak();
    expect(editor.children.slice(0, 2)).toEqual([headline('Загол'), paragraph('овок')]);
  });

  it('Enter in an empty list item leaves the list', () => {
    const editor = editorWith([headline('H'), { type: 'bulleted-list', children: [block('list-item', 'один'), block('list-item')] }]);
    Transforms.select(editor, Editor.start(editor, [1, 1]));
    editor.insertBreak();
    expect(editor.children).toEqual([headline('H'), { type: 'bulleted-list', children: [block('list-item', 'один')] }, paragraph()]);
  });

  it('Enter in the last field of an award row adds a row; in an empty row it leaves the ceremony', () => {
    const row = (recipient = '') => ({ type: 'award-row', children: [field('recipient', recipient), field('position'), field('nomination')] });
    const editor = editorWith([headline('H'), { type: 'award-ceremony', children: [field('award', 'Медаль'), row('Сарсеков')] }]);
    Transforms.select(editor, Editor.end(editor, [1, 1, 2]));
    editor.insertBreak();
    expect((editor.children[1] as { children: unknown[] }).children).toHaveLength(3);
    expect(editor.selection?.anchor.path).toEqual([1, 2, 0, 0]);
    Transforms.select(editor, Editor.end(editor, [1, 2, 2]));
    editor.insertBreak();
    expect(editor.children).toEqual([headline('H'), { type: 'award-ceremony', children: [field('award', 'Медаль'), row('Сарсеков')] }, paragraph()]);
  });

  it('Shift+Enter is a soft line break inside the text', () => {
    const editor = editorWith([headline('H'), block('media-contact', 'Айгерим Сапарова')]);
    Transforms.select(editor, Editor.end(editor, [1]));
    editor.insertSoftBreak();
    editor.insertText('+7 727 000 00 00');
    expect(editor.children[1]).toEqual(block('media-contact', 'Айгерим Сапарова\n+7 727 000 00 00'));
  });

  it('Backspace at the start of a field moves to the end of the previous one instead of merging fields', () => {
    const editor = editorWith([headline('H'), quote('Слова', 'Азамат', 'аким', 'заявил')]);
    Transforms.select(editor, Editor.start(editor, [1, 1]));
    editor.deleteBackward('character');
    expect(editor.children[1]).toEqual(quote('Слова', 'Азамат', 'аким', 'заявил'));
    expect(editor.selection?.anchor).toEqual({ path: [1, 0, 0], offset: 5 });
  });

  it('Backspace at the start of a paragraph after a quote never pours it into the quote', () => {
    const editor = editorWith([headline('H'), quote('Слова', 'Азамат', '', 'заявил'), paragraph('Дальше')]);
    Transforms.select(editor, Editor.start(editor, [2]));
    editor.deleteBackward('character');
    expect(editor.children).toEqual([headline('H'), quote('Слова', 'Азамат', '', 'заявил'), paragraph('Дальше')]);
    // An empty paragraph there is simply removed.
    const second = editorWith([headline('H'), quote('Слова', '', '', ''), paragraph()]);
    Transforms.select(second, Editor.start(second, [2]));
    second.deleteBackward('character');
    expect(second.children).toEqual([headline('H'), quote('Слова', '', '', '')]);
  });

  it('Backspace in an empty quote selects it whole; a second Backspace turns it into an empty paragraph', () => {
    const editor = editorWith([headline('H'), quote()]);
    Transforms.select(editor, Editor.start(editor, [1, 0]));
    editor.deleteBackward('character');
    expect(editor.children).toEqual([headline('H'), quote()]);
    expect(editor.selection).toEqual(Editor.range(editor, [1]));
    editor.deleteFragment({ direction: 'backward' });
    expect(editor.children).toEqual([headline('H'), paragraph()]);
    expect(editor.selection?.anchor).toEqual({ path: [1, 0], offset: 0 });
  });

  it('Delete at the end of a field moves to the next field', () => {
    const editor = editorWith([headline('H'), quote('Слова', 'Азамат')]);
    Transforms.select(editor, Editor.end(editor, [1, 0]));
    editor.deleteForward('character');
    expect(editor.children[1]).toEqual(quote('Слова', 'Азамат'));
    expect(editor.selection?.anchor).toEqual({ path: [1, 1, 0], offset: 0 });
  });
});
