import { Editor, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { activeLink, isMarkActive, removeLink, setBlockType, setLink, toggleMark } from './block-transforms';
import { countWords } from './count-words';
import { releaseOutline } from './release-outline';
import { block, dateline, editorWith, field, headline, paragraph, quote } from './test-helpers';

describe('block transforms', () => {
  it('a paragraph becomes a quote with its words in the quote text, and back into ONE paragraph written as the export writes it', () => {
    const editor = editorWith([headline('H'), paragraph('Наша цель – справедливость')]);
    Transforms.select(editor, Editor.end(editor, [1]));
    setBlockType(editor, 'quote');
    expect(editor.children[1]).toEqual(quote('Наша цель – справедливость'));
    expect(editor.selection?.anchor.path).toEqual([1, 0, 0]);
    Transforms.select(editor, Editor.start(editor, [1, 1]));
    editor.insertText('Азамат Калдыбеков');
    setBlockType(editor, 'paragraph');
    expect(editor.children.slice(1)).toEqual([paragraph('–\u00a0Наша цель – справедливость,\u00a0– Азамат Калдыбеков.')]);
  });

  it('text blocks and lists swap types; the end mark is inserted after the block', () => {
    const editor = editorWith([headline('H'), paragraph('пункт')]);
    Transforms.select(editor, Editor.end(editor, [1]));
    setBlockType(editor, 'numbered-list');
    expect(editor.children[1]).toEqual({ type: 'numbered-list', children: [block('list-item', 'пункт')] });
    setBlockType(editor, 'section-heading');
    expect(editor.children[1]).toEqual(block('section-heading', 'пункт'));
    setBlockType(editor, 'end-mark');
    expect(editor.children).toEqual([headline('H'), block('section-heading', 'пункт'), block('end-mark'), paragraph()]);
  });

  it('marks toggle on the selection', () => {
    const editor = editorWith([headline('Жирный заголовок')]);
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 6 } });
    toggleMark(editor, 'bold');
    expect(isMarkActive(editor, 'bold')).toBe(true);
    expect(editor.children[0]).toEqual({ type: 'headline', children: [{ text: 'Жирный', bold: true }, { text: ' заголовок' }] });
    toggleMark(editor, 'bold');
    expect(editor.children[0]).toEqual(headline('Жирный заголовок'));
  });

  it('links accept only http, https and mailto', () => {
    const editor = editorWith([headline('H'), paragraph('сайт акимата')]);
    const select = () => Transforms.select(editor, { anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 0], offset: 4 } });
    select();
    expect(setLink(editor, 'javascript:alert(1)')).toBe(false);
    expect(setLink(editor, 'data:text/html,<script>')).toBe(false);
    expect(editor.children[1]).toEqual(paragraph('сайт акимата'));
    select();
    expect(setLink(editor, 'https://almaty.gov.kz')).toBe(true);
    expect(editor.children[1]).toEqual({
      type: 'paragraph',
      children: [{ text: '' }, { type: 'link', url: 'https://almaty.gov.kz/', children: [{ text: 'сайт' }] }, { text: ' акимата' }],
    });
    Transforms.select(editor, { path: [1, 1, 0], offset: 2 });
    expect(activeLink(editor)?.url).toBe('https://almaty.gov.kz/');
    removeLink(editor);
    expect(editor.children[1]).toEqual(paragraph('сайт акимата'));
  });
});

describe('outline and count', () => {
  const body = [
    headline('Конституция – әділет пен тұрақтылықтың тірегі'),
    dateline(),
    block('lead', 'В Алматы прошла конференция.'),
    paragraph('Текст.'),
    quote('Наша главная цель – построение Справедливого Казахстана.', 'Азамат Калдыбеков', 'заместитель акима', 'заявил'),
    quote('Без спикера.'),
    block('section-heading', 'Награждение'),
    { type: 'award-ceremony', children: [field('award', 'Медаль «Қазақстан Республикасының Конституциясына 30 жыл»')] },
    block('end-mark'),
  ] as Descendant[];

  it('lists the parts of the release: quotes by speaker (or their words), ceremonies by award', () => {
    expect(releaseOutline(body)).toEqual([
      { index: 0, kind: 'headline', label: 'Конституция – әділет пен тұрақтылықтың тірегі' },
      // The dateline's words are the release's details: the outline sidebar writes them.
      { index: 1, kind: 'dateline', label: '' },
      { index: 2, kind: 'lead', label: 'В Алматы прошла конференция.' },
      { index: 4, kind: 'quote', label: 'Азамат Калдыбеков' },
      { index: 5, kind: 'quote', label: 'Без спикера.' },
      { index: 6, kind: 'section-heading', label: 'Награждение' },
      { index: 7, kind: 'award-ceremony', label: 'Медаль «Қазақстан Республикасының Конституциясына 30 жыл»' },
      { index: 8, kind: 'end-mark', label: '###' },
    ]);
  });

  it('counts words and characters across blocks and fields; marks and links never split a word', () => {
    expect(countWords([paragraph('Научно-практическая конференция – 30 лет')] as Descendant[])).toEqual({ words: 4, characters: 40, charactersWithoutSpaces: 36 });
    expect(countWords([{ type: 'paragraph', children: [{ text: 'Ал' }, { text: 'маты', bold: true }, { text: ' қаласы' }] }] as Descendant[]).words).toBe(2);
    expect(countWords([dateline(), quote('Сөз', 'Азамат')] as Descendant[]).words).toBe(2);
  });
});
