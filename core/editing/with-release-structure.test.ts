import { describe, expect, it } from 'vitest';
import { pressroomDocumentSchema } from '../model/schema';
import { createBlankDocument } from '../model/new-document';
import { Node } from 'slate';
import fc from 'fast-check';
import { FIELD_NAMES } from '../model/block-specs';
import type { FieldName } from '../model/types';
import { awardRow, block, dateline, editorWith, field, headline, paragraph, quote, t } from './test-helpers';

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
    // This fixture once expected the speaker's name in the quote's text: the fields were renamed by their places.
    name: 'quote fields in the wrong order are put right by name: each field keeps its own words',
    input: [headline('H'), { type: 'quote', children: [field('speaker', 'Азамат Калдыбеков'), field('text', 'Слова'), field('verb', 'заявил'), field('position', 'аким')] }],
    output: [headline('H'), quote('Слова', 'Азамат Калдыбеков', 'аким', 'заявил')],
  },
  {
    // Version 2's dateline, pasted or fixed by hand: its words are kept, as a paragraph after it.
    name: 'a dateline with words of its own keeps them as a paragraph after it',
    input: [headline('H'), { type: 'dateline', children: [field('date', '29 августа 2025 года'), field('city', 'Алматы')] }],
    output: [headline('H'), dateline(), paragraph('29 августа 2025 года Алматы')],
  },
  {
    name: 'award row fields in the wrong order are put right by name',
    input: [
      headline('H'),
      { type: 'award-ceremony', children: [field('award', 'Медаль'), { type: 'award-row', children: [field('nomination', 'за вклад'), field('recipient', 'Сарсеков Б.'), field('position', 'председатель')] }] },
    ],
    output: [headline('H'), { type: 'award-ceremony', children: [field('award', 'Медаль'), awardRow('Сарсеков Б.', 'председатель', 'за вклад')] }],
  },
  {
    name: 'a second field of the same name adds its words to the first, nothing goes to another field',
    input: [headline('H'), { type: 'quote', children: [field('text', 'Слова'), field('speaker', 'Азамат'), field('speaker', 'Калдыбеков'), field('position', 'аким'), field('verb', 'заявил')] }],
    output: [headline('H'), quote('Слова', 'Азамат Калдыбеков', 'аким', 'заявил')],
  },
  {
    name: 'a field of a name the quote does not have keeps its words in the first empty field',
    input: [headline('H'), { type: 'quote', children: [field('text', 'Слова'), field('speaker', 'Азамат Калдыбеков'), field('nomination', 'аким'), field('verb', 'заявил')] }],
    output: [headline('H'), quote('Слова', 'Азамат Калдыбеков', 'аким', 'заявил')],
  },
  {
    name: 'words with no field to go to join the field they stood after',
    input: [headline('H'), { type: 'quote', children: [field('text', 'Слова'), field('speaker', 'Азамат'), field('position', 'аким'), field('verb', 'заявил'), field('headline', 'вчера')] }],
    output: [headline('H'), quote('Слова', 'Азамат', 'аким', 'заявил вчера')],
  },
  {
    name: 'an award ceremony puts loose fields right by name: a second award joins the award, row fields make a row',
    input: [
      headline('H'),
      { type: 'award-ceremony', children: [field('nomination', 'за вклад'), field('award', 'Медаль'), field('award', '«30 лет»'), field('position', 'председатель'), field('recipient', 'Сарсеков Б.')] },
    ],
    output: [
      headline('H'),
      { type: 'award-ceremony', children: [field('award', 'Медаль «30 лет»'), awardRow('Сарсеков Б.', 'председатель', 'за вклад')] },
    ],
  },
  {
    name: 'loose text in a dateline is kept as a paragraph after it',
    input: [headline('H'), { type: 'dateline', children: [t('Алматы')] }],
    output: [headline('H'), dateline(), paragraph('Алматы')],
  },
  {
    name: 'a second lead becomes a paragraph; a second dateline and a second end mark go',
    input: [headline('H'), dateline(), block('lead', 'A'), dateline(), block('lead', 'B'), block('end-mark'), block('end-mark')],
    output: [headline('H'), dateline(), block('lead', 'A'), paragraph('B'), block('end-mark')],
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

  describe('fields are repaired by name and no words are lost', () => {
    // Each piece carries one marker word; after repair each marker is found exactly once, and a field's marker in
    // the field of its name. Pieces: fields of the container's names (duplicates too), of other names, loose text.
    const OTHER_NAMES: readonly string[] = ['award', 'nomination', 'headline', 'колонка'];
    const containers = [
      { type: 'quote', names: FIELD_NAMES.quote },
      { type: 'award-row', names: FIELD_NAMES['award-row'] },
    ] as const;
    for (const { type, names } of containers) {
      it(`in a ${type}`, () => {
        const pieceArb = fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom<string>(...names).map((name) => ({ name: name as string | null })) },
          fc.constantFrom(...OTHER_NAMES).map((name) => ({ name: name as string | null })),
          fc.constant({ name: null as string | null }),
        );
        fc.assert(
          fc.property(fc.array(pieceArb, { maxLength: 7 }), (pieces) => {
            // Loose text has spaces around its marker: Slate joins neighbouring texts into one.
            const children = pieces.map((piece, index) => (piece.name === null ? t(` w${index} `) : field(piece.name, `w${index}`)));
            const element = { type, children };
            const body = type === 'award-row' ? [headline('H'), { type: 'award-ceremony', children: [field('award', 'A'), element] }] : [headline('H'), element];
            const editor = editorWith(body);
            const document = { ...createBlankDocument('ru'), body: editor.children };
            expect(pressroomDocumentSchema.safeParse(document).success).toBe(true);
            const top = editor.children[1] as unknown as { children: { name: FieldName; children: unknown[] }[] };
            const repaired = type === 'award-row' ? (top.children[1] as unknown as { children: { name: FieldName }[] }) : top;
            const words = (node: unknown) => Node.string(node as Node).split(/\s+/u).filter((word) => word !== '');
            const everyWord = repaired.children.flatMap((child) => words(child));
            pieces.forEach((piece, index) => {
              expect(everyWord.filter((word) => word === `w${index}`)).toHaveLength(1);
              if (piece.name !== null && (names as readonly string[]).includes(piece.name)) {
                const named = repaired.children.find((child) => child.name === piece.name);
                expect(words(named)).toContain(`w${index}`);
              }
            });
          }),
          { numRuns: 300, seed: 20251209 },
        );
      });
    }
  });

  it('leaves a valid release exactly as it is', () => {
    const body = [
      headline('Конституция – әділет пен тұрақтылықтың тірегі'),
      dateline(),
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
