import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor, Node, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { block, dateline, editorWith, headline, paragraph, quote } from '../../editing/test-helpers';
import type { ReleaseLanguage } from '../../model/types';
import { sampleText } from '../../../test/fixtures/sample';
import { pasteClipboard, withPasteInsertion } from './paste';
import type { ClipboardData } from './paste';

/** The release editor as the renderer builds it for paste (core part): structure, typing, history, paste insertion. */
function releaseWith(body: unknown[], language: ReleaseLanguage = 'ru'): Editor {
  return withPasteInsertion(editorWith(body, language));
}

const clipboard = (data: { html?: string; text?: string }): ClipboardData => ({
  types: [...(data.html !== undefined ? ['text/html'] : []), ...(data.text !== undefined ? ['text/plain'] : [])],
  getData: (format) => (format === 'text/html' ? (data.html ?? '') : format === 'text/plain' ? (data.text ?? '') : ''),
});

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
/** The blocks as the press officer reads them; the press rules' no-break spaces read as spaces (structure is tested here). */
const outline = (editor: Editor): string[] => editor.children.map((node) => `${(node as { type: string }).type}: ${Node.string(node).replace(/\u00a0/g, ' ')}`);
const caretAt = (editor: Editor, path: number[], offset = 0): void => Transforms.select(editor, { path, offset });

describe('paste keeps the block holding the caret', () => {
  it('Word HTML into the empty lead: the lead stays lead and takes the first words, the rest follows in its own types', () => {
    const editor = releaseWith([headline('Заголовок'), dateline(), block('lead')]);
    caretAt(editor, [2, 0]);
    expect(pasteClipboard(editor, clipboard({ html: fixture('word.ru.html') }))).toBe(true);
    expect(outline(editor).slice(0, 5)).toEqual([
      'headline: Заголовок',
      'dateline: ',
      'lead: Конституция – основа справедливого Казахстана',
      'paragraph: 29 августа в Алматы прошла научно-практическая конференция, посвящённая 30-летию Конституции Республики Казахстан. Подробности – на сайте акимата.',
      'section-heading: Программа конференции',
    ]);
    expect(editor.children.filter((node) => (node as { type: string }).type === 'numbered-list')).toHaveLength(2);
  });

  it('the plain-text sample into the empty lead: the lead takes the first paragraph, eleven paragraphs follow, none empty', () => {
    const editor = releaseWith([headline('Заголовок'), block('lead')]);
    caretAt(editor, [1, 0]);
    pasteClipboard(editor, clipboard({ text: sampleText() }));
    const types = editor.children.map((node) => (node as { type: string }).type);
    expect(types).toEqual(['headline', 'lead', ...Array<string>(11).fill('paragraph')]);
    expect(editor.children.filter((node) => Node.string(node).trim() === '')).toEqual([]);
  });

  it('into the middle of a paragraph: the words before and after stay in it, around what was pasted', () => {
    const editor = releaseWith([headline('Заголовок'), paragraph('Начало конец.')]);
    caretAt(editor, [1, 0], 'Начало '.length);
    pasteClipboard(editor, clipboard({ html: '<p>первый <b>абзац</b></p><h2>Раздел</h2><p>последний</p>' }));
    expect(outline(editor)).toEqual(['headline: Заголовок', 'paragraph: Начало первый абзац', 'section-heading: Раздел', 'paragraph: последнийконец.']);
  });

  it('a pasted headline is a section heading: a release has one headline', () => {
    const editor = releaseWith([headline('Наш заголовок'), paragraph('Текст.')]);
    caretAt(editor, [1, 0], 'Текст.'.length);
    pasteClipboard(editor, clipboard({ html: '<p>ещё</p><h1>Чужой заголовок</h1><p>абзац</p>' }));
    expect(outline(editor)).toEqual(['headline: Наш заголовок', 'paragraph: Текст.ещё', 'section-heading: Чужой заголовок', 'paragraph: абзац']);
  });

  it('into a list item: everything pasted becomes items of that list', () => {
    const editor = releaseWith([headline('Заголовок'), { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'первый' }] }, { type: 'list-item', children: [{ text: '' }] }] }]);
    caretAt(editor, [1, 1, 0]);
    pasteClipboard(editor, clipboard({ html: '<h2>второй</h2><ul><li>третий</li><li>четвёртый</li></ul>' }));
    expect(editor.children).toHaveLength(2);
    expect((editor.children[1] as { children: Descendant[] }).children.map((item) => Node.string(item))).toEqual(['первый', 'второй', 'третий', 'четвёртый']);
  });

  it('into a quote field: one line of text in that field, typography of the release; the other fields untouched', () => {
    const editor = releaseWith([headline('Заголовок'), quote('', 'Азамат Калдыбеков')]);
    caretAt(editor, [1, 0, 0]);
    pasteClipboard(editor, clipboard({ html: '<p>Наша цель - "Справедливый Казахстан".</p><p>Вторая строка</p>', text: 'Наша цель - "Справедливый Казахстан".\n\nВторая строка' }));
    expect((editor.children[1] as { children: Descendant[] }).children.map((field) => Node.string(field).replace(/\u00a0/g, ' '))).toEqual(['Наша цель – «Справедливый Казахстан». Вторая строка', 'Азамат Калдыбеков', '', '']);
    expect(editor.children).toHaveLength(2);
  });

  it('a list pasted into an empty lead leaves the lead (empty) before it; into an empty paragraph the list takes its place', () => {
    const lead = releaseWith([headline('Заголовок'), block('lead')]);
    caretAt(lead, [1, 0]);
    pasteClipboard(lead, clipboard({ html: '<ul><li>один</li></ul>' }));
    expect(outline(lead)).toEqual(['headline: Заголовок', 'lead: ', 'bulleted-list: один']);
    const plain = releaseWith([headline('Заголовок'), block('lead', 'Лид.'), paragraph()]);
    caretAt(plain, [2, 0]);
    pasteClipboard(plain, clipboard({ html: '<ul><li>один</li></ul>' }));
    expect(outline(plain)).toEqual(['headline: Заголовок', 'lead: Лид.', 'bulleted-list: один']);
  });

  it('a selection is replaced by the paste', () => {
    const editor = releaseWith([headline('Заголовок'), paragraph('Старый текст абзаца.')]);
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 0], offset: 'Старый текст'.length } });
    pasteClipboard(editor, clipboard({ text: 'Новый текст' }));
    expect(outline(editor)).toEqual(['headline: Заголовок', 'paragraph: Новый текст абзаца.']);
  });
});

describe('one undo removes a paste', () => {
  it('typing, then a paste: undo takes the paste away and leaves the typing; redo brings it back', () => {
    const editor = releaseWith([headline('Заголовок'), block('lead')]);
    caretAt(editor, [1, 0]);
    for (const key of 'Мой лид.') editor.insertText(key);
    const before = outline(editor);
    pasteClipboard(editor, clipboard({ html: fixture('google-docs.kk.html') }));
    const after = outline(editor);
    expect(after.length).toBeGreaterThan(5);
    HistoryEditor.undo(editor as HistoryEditor);
    expect(outline(editor)).toEqual(before);
    HistoryEditor.redo(editor as HistoryEditor);
    expect(outline(editor)).toEqual(after);
  });
});

describe('nothing to paste, and hostile HTML', () => {
  it('an image alone with no text pastes nothing and changes nothing', () => {
    const editor = releaseWith([headline('Заголовок'), paragraph('Текст')]);
    caretAt(editor, [1, 0], 2);
    expect(pasteClipboard(editor, clipboard({ html: '<img src="file:///C:/clip_image001.png">' }))).toBe(false);
    expect(outline(editor)).toEqual(['headline: Заголовок', 'paragraph: Текст']);
  });

  it('scripts, handlers and javascript: links inside Word list paragraphs and a Google Docs wrapper come through as words only', () => {
    const editor = releaseWith([headline('Заголовок'), paragraph()]);
    caretAt(editor, [1, 0]);
    const html =
      `<b id="docs-internal-guid-1" style="font-weight:normal"><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.</span><!--[endif]-->Пункт <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:alert(1)">ссылка</a></p></b>` +
      `<table><tr><td onclick="x()">а<svg onload="x()"></svg></td><td><iframe src="https://evil.example"></iframe>б</td></tr></table>`;
    pasteClipboard(editor, clipboard({ html }));
    const json = JSON.stringify(editor.children);
    expect(json).not.toMatch(/pwned|javascript|onerror|onclick|script|svg|iframe|evil/);
    expect(outline(editor)).toEqual(['headline: Заголовок', 'numbered-list: Пункт ссылка', 'bulleted-list: а – б']);
  });
});

describe('our own blocks copied with the words around them', () => {
  const speech = 'Как подчеркивает Глава государства, наша главная цель – построение Справедливого Казахстана.';
  const copiedQuote = () => quote(speech, 'Азамат Калдыбеков', '', 'заявил');

  it('a paragraph and a whole quote pasted at the start of a paragraph: a paragraph, the quote, then that paragraph', () => {
    const editor = releaseWith([headline('Заголовок'), paragraph('Выступившие участники.'), paragraph('Конец.')]);
    caretAt(editor, [1, 0]);
    editor.insertFragment([paragraph('Заместитель акима поздравил всех.'), copiedQuote()] as Descendant[]);
    expect(outline(editor)).toEqual([
      'headline: Заголовок',
      'paragraph: Заместитель акима поздравил всех.',
      `quote: ${speech}Азамат Калдыбековзаявил`,
      'paragraph: Выступившие участники.',
      'paragraph: Конец.',
    ]);
    // The caret after the quote, where the words that followed it begin; one undo takes the paste back.
    expect(editor.selection?.anchor.path[0]).toBe(2);
    (editor as HistoryEditor).undo();
    expect(outline(editor)).toEqual(['headline: Заголовок', 'paragraph: Выступившие участники.', 'paragraph: Конец.']);
  });

  it('a quote and the words after it pasted mid-paragraph: the words before, the quote, the pasted words joining the rest', () => {
    const editor = releaseWith([headline('Заголовок'), paragraph('Начало конец.')]);
    caretAt(editor, [1, 0], 'Начало '.length);
    editor.insertFragment([copiedQuote(), paragraph('Затем ')] as Descendant[]);
    expect(outline(editor)).toEqual(['headline: Заголовок', 'paragraph: Начало ', `quote: ${speech}Азамат Калдыбековзаявил`, 'paragraph: Затем конец.']);
    expect(editor.selection).toEqual({ anchor: { path: [3, 0], offset: 'Затем '.length }, focus: { path: [3, 0], offset: 'Затем '.length } });
  });

  it('a quote alone at the end of a paragraph: after it, with no empty paragraph left behind', () => {
    const editor = releaseWith([headline('Заголовок'), paragraph('Абзац.'), paragraph('Ещё.')]);
    caretAt(editor, [1, 0], 'Абзац.'.length);
    editor.insertFragment([copiedQuote()] as Descendant[]);
    expect(outline(editor)).toEqual(['headline: Заголовок', 'paragraph: Абзац.', `quote: ${speech}Азамат Калдыбековзаявил`, 'paragraph: Ещё.']);
  });
});
