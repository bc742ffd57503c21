import { describe, expect, it } from 'vitest';
import { pressroomDocumentSchema } from '../model/schema';
import { createBlankDocument } from '../model/new-document';
import { block, dateline, editorWith, field, headline, paragraph, quote, t } from './test-helpers';

/** Input → output fixtures, Slate style: what the structure normaliser makes of each malformed body. */
const fixtures: { name: string; input: unknown[]; output: unknown[] }[] = [
  { name: 'an empty body gets a headline', input: [], output: [headline()] },
  {
    name: 'a missing headline is added at the top',
    input: [paragraph('Текст')],
    output: [headline(), paragraph('Текст')],
  },
  {
    name: 'a headline further down moves to the top',
    input: [paragraph('Алматы'), headline('Конституция – әділет пен тұрақтылықтың тірегі')],
    output: [headline('Конституция – әділет пен тұрақтылықтың тірегі'), paragraph('Алматы')],
  },
  {
    name: 'a second headline becomes a subheadline right below, a section heading further down',
    input: [headline('Один'), headline('Два'), paragraph('x'), headline('Три')],
    output: [headline('Один'), block('subheadline', 'Два'), paragraph('x'), block('section-heading', 'Три')],
  },
  {
    name: 'loose text at the top level is wrapped in a paragraph',
    input: [headline('H'), t('свободный текст'), { type: 'link', url: 'https://example.kz/', children: [t('ссылка')] }],
    output: [headline('H'), { type: 'paragraph', children: [t('свободный текст'), { type: 'link', url: 'https://example.kz/', children: [t('ссылка')] }, t('')] }],
  },
  {
    name: 'a list holds only list items: text is wrapped, paragraphs become items, nested lists flatten',
    input: [
      headline('H'),
      { type: 'bulleted-list', children: [t('один'), paragraph('два'), { type: 'numbered-list', children: [block('list-item', 'три')] }] },
    ],
    output: [headline('H'), { type: 'bulleted-list', children: [block('list-item', 'один'), block('list-item', 'два'), block('list-item', 'три')] }],
  },
  {
    name: 'adjacent lists of the same kind merge',
    input: [headline('H'), { type: 'numbered-list', children: [block('list-item', '1')] }, { type: 'numbered-list', children: [block('list-item', '2')] }],
    output: [headline('H'), { type: 'numbered-list', children: [block('list-item', '1'), block('list-item', '2')] }],
  },
  {
    name: 'a quote missing fields gets them empty, in order',
    input: [headline('H'), { type: 'quote', children: [field('text', 'Слова'), field('verb', 'заявил')] }],
    output: [headline('H'), quote('Слова', '', '', 'заявил')],
  },
  {
    name: 'quote fields in the wrong order are put right by name',
    input: [headline('H'), { type: 'quote', children: [field('speaker', 'Азамат Калдыбеков'), field('text', 'Слова'), field('verb', 'заявил'), field('position', 'аким')] }],
    output: [headline('H'), { type: 'quote', children: [field('text', 'Азамат Калдыбеков'), field('speaker', 'Слова'), field('position', 'заявил'), field('verb', 'аким')] }],
  },
  {
    name: 'extra content in a dateline joins its last field; text becomes a field',
    input: [headline('H'), { type: 'dateline', children: [t('Алматы'), field('date', '29 августа'), field('date', '2025 года')] }],
    output: [headline('H'), dateline('Алматы', '29 августа 2025 года')],
  },
  {
    name: 'a second dateline and a second lead become paragraphs; a second end mark goes',
    input: [headline('H'), dateline('Алматы', '29.08'), block('lead', 'A'), dateline('Астана', ''), block('lead', 'B'), block('end-mark'), block('end-mark')],
    output: [headline('H'), dateline('Алматы', '29.08'), block('lead', 'A'), paragraph('Астана'), paragraph('B'), block('end-mark')],
  },
  {
    name: 'blocks inside a text block give up their wrapper',
    input: [{ type: 'headline', children: [t('Заголовок '), paragraph('и вложенный абзац')] }],
    output: [headline('Заголовок и вложенный абзац')],
  },
  {
    name: 'unsafe links are unwrapped, empty links removed, safe ones normalised',
    input: [
      {
        type: 'paragraph',
        children: [
          t('a '),
          { type: 'link', url: 'javascript:alert(1)', children: [t('злой')] },
          t(' b '),
          { type: 'link', url: 'HTTPS://Example.KZ', children: [t('сайт')] },
          t(' '),
          { type: 'link', url: 'https://e.kz/', children: [t('')] },
          t('c'),
        ],
      },
    ],
    output: [
      headline(),
      { type: 'paragraph', children: [t('a злой b '), { type: 'link', url: 'https://example.kz/', children: [t('сайт')] }, t(' c')] },
    ],
  },
  {
    name: 'unknown properties and false marks are dropped',
    input: [{ type: 'headline', id: 7, children: [{ text: 'Ж', bold: true, italic: false, color: 'red' }] }],
    output: [{ type: 'headline', children: [{ text: 'Ж', bold: true }] }],
  },
  {
    name: 'an unknown block type keeps its words as a paragraph',
    input: [headline('H'), { type: 'table', children: [{ type: 'row', children: [t('ячейка')] }] }],
    output: [headline('H'), paragraph('ячейка')],
  },
  {
    name: 'an award ceremony starts with its award field and holds only rows',
    input: [headline('H'), { type: 'award-ceremony', children: [paragraph('Медаль'), t('Сарсеков Б.')] }],
    output: [
      headline('H'),
      {
        type: 'award-ceremony',
        children: [field('award', 'Медаль'), { type: 'award-row', children: [field('recipient', 'Сарсеков Б.'), field('position'), field('nomination')] }],
      },
    ],
  },
  {
    name: 'an end mark holds one empty text',
    input: [headline('H'), { type: 'end-mark', children: [t('###')] }],
    output: [headline('H'), block('end-mark')],
  },
  {
    name: 'a stray field at the top becomes a paragraph',
    input: [headline('H'), field('speaker', 'Отыншиев')],
    output: [headline('H'), paragraph('Отыншиев')],
  },
];

describe('withReleaseStructure', () => {
  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const editor = editorWith(fixture.input);
      expect(editor.children).toEqual(fixture.output);
      const document = { ...createBlankDocument('ru'), body: editor.children };
      expect(pressroomDocumentSchema.safeParse(document).success).toBe(true);
    });
  }

  it('leaves a valid release exactly as it is', () => {
    const body = [
      headline('Конституция – әділет пен тұрақтылықтың тірегі'),
      dateline('Алматы', '29 августа 2025 года'),
      block('lead', 'В Алматы прошла научно-практическая конференция.'),
      quote('Наша главная цель – построение Справедливого Казахстана.', 'Азамат Калдыбеков', 'заместитель акима города Алматы', 'заявил'),
      { type: 'bulleted-list', children: [block('list-item', 'круглые столы'), block('list-item', 'выставки')] },
      block('end-mark'),
    ];
    expect(editorWith(body).children).toEqual(body);
  });

  it('treats links, placeholders and variables as inline, and placeholders, variables and the end mark as void', () => {
    const editor = editorWith([headline()]);
    expect(editor.isInline({ type: 'link', url: 'https://e.kz/', children: [t('x')] })).toBe(true);
    expect(editor.isInline({ type: 'placeholder', hint: 'Город', children: [{ text: '' }] })).toBe(true);
    expect(editor.isVoid({ type: 'variable', name: 'city', children: [{ text: '' }] })).toBe(true);
    expect(editor.isVoid({ type: 'end-mark', children: [{ text: '' }] })).toBe(true);
    expect(editor.isInline({ type: 'paragraph', children: [t('x')] })).toBe(false);
  });
});
