import { Editor, Node, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import type { InlineNode, QuoteElement, ReleaseLanguage } from '../model/types';
import { setBlockType } from './block-transforms';
import { inlinesToQuote, quoteToInlines } from './quote-paragraph';
import { editorWith, field, headline, paragraph, quote } from './test-helpers';
import { setEditorHouseDash } from './with-typography';

/**
 * A quote turned into a paragraph, edited there, and turned back into a quote (issue 10, item 2): its fields are
 * read from the written words, in ru, kk and en, as press officers write attributions — the name, a comma and the
 * position («– Текст, – заявил Ерболат Досаев, аким города Алматы.»), or the position and then the name, as the
 * exports write it. Before, in ru and kk the speaker and the position came back together in the speaker.
 */

const blank = (hint: string) => ({ type: 'placeholder', hint, children: [{ text: '' }] });
const withBlank = (name: string, hint: string) => ({ type: 'field', name, children: [{ text: '' }, blank(hint), { text: '' }] });
const fieldsOf = (element: unknown) =>
  Object.fromEntries((element as QuoteElement).children.map((child) => [child.name, Node.string(child as unknown as Node)]));

/** The paragraph a quote is written as, read back in another editor: as after the press officer has typed in it. */
function throughParagraph(body: unknown, language: ReleaseLanguage): QuoteElement | null {
  const written = quoteToInlines(editorWith([headline('H')], language), body as QuoteElement, language);
  return inlinesToQuote(editorWith([headline('H')], language), written);
}

describe('a quote written as a paragraph takes the house dash', () => {
  it('ru with the em dash: «— Текст, — заявил …», read back into the same fields', () => {
    const body = quote('Конституция – основа нашего государства.', 'Ерболат Досаев', 'аким города Алматы', 'подчеркнул');
    const editor = editorWith([headline('H')], 'ru');
    setEditorHouseDash(editor, 'em');
    const written = quoteToInlines(editor, body as QuoteElement, 'ru');
    expect(written.map((node) => Node.string(node as Node)).join('')).toBe(
      '—\u00a0Конституция – основа нашего государства,\u00a0— подчеркнул аким города Алматы Ерболат Досаев.',
    );
    expect(fieldsOf(inlinesToQuote(editorWith([headline('H')], 'ru'), written))).toEqual({ text: 'Конституция – основа нашего государства.', speaker: 'Ерболат Досаев', position: 'аким города Алматы', verb: 'подчеркнул' });
  });
});

describe('a quote written as a paragraph and read back keeps its speaker and position apart', () => {
  const cases: { language: ReleaseLanguage; text: string; speaker: string; position: string; verb: string }[] = [
    { language: 'ru', text: 'Конституция – основа нашего государства.', speaker: 'Ерболат Досаев', position: 'аким города Алматы', verb: 'подчеркнул' },
    { language: 'ru', text: 'Мы продолжим открытый диалог с горожанами.', speaker: 'Айгерим Нурлановна Сеитова', position: 'руководитель управления общественного развития', verb: 'отметила' },
    { language: 'ru', text: 'Разве это не главное?', speaker: 'Эльвира Азимова', position: 'председатель Конституционного суда', verb: 'спросила' },
    { language: 'ru', text: 'Закон един для всех.', speaker: 'Меиржан Отыншиев', position: '', verb: 'заявил' },
    { language: 'kk', text: 'Ата Заң – мемлекетіміздің тірегі.', speaker: 'Ерболат Досаев', position: 'Алматы қаласының әкімі', verb: 'деді' },
    { language: 'kk', text: 'Жастар – еліміздің болашағы.', speaker: 'Нұрлан Ерланұлы Сейітов', position: 'жастар ісі басқармасының басшысы', verb: 'айтты' },
    { language: 'kk', text: 'Заң бәріне ортақ.', speaker: 'Айгүл Сәрсенбайқызы', position: '', verb: 'деді' },
    { language: 'en', text: 'The Constitution is the foundation of our state.', speaker: 'Yerbolat Dossayev', position: 'Mayor of Almaty', verb: 'said' },
    { language: 'en', text: 'We will keep talking with the city’s residents.', speaker: 'Aigerim Seitova', position: 'head of the public development office', verb: 'said' },
    { language: 'en', text: 'Is that not what matters most?', speaker: 'Elvira Azimova', position: '', verb: 'asked' },
  ];
  for (const { language, ...fields } of cases) {
    it(`${language}: ${fields.speaker}${fields.position ? `, ${fields.position}` : ''}`, () => {
      const body = quote(fields.text, fields.speaker, fields.position, fields.verb);
      expect(fieldsOf(throughParagraph(body, language))).toEqual(fields);
    });
  }

  it('the template’s blanks each go back to their own field (ru, kk, en)', () => {
    const templates: [ReleaseLanguage, string[]][] = [
      ['ru', ['Прямая речь спикера', 'ФИО спикера', 'Должность спикера', 'заявил']],
      ['kk', ['Спикердің тура сөзі', 'Спикердің аты-жөні', 'Спикердің лауазымы', 'деді']],
      ['en', ['Speaker’s words, quoted directly', 'Speaker’s full name', 'Speaker’s position', 'said']],
    ];
    for (const [language, [text, speaker, position, verb]] of templates) {
      const body = { type: 'quote', children: [withBlank('text', text as string), withBlank('speaker', speaker as string), withBlank('position', position as string), field('verb', verb)] };
      const back = throughParagraph(body, language) as QuoteElement;
      const hints = back.children.map((child) => (child.children as InlineNode[]).filter((node) => 'type' in node && node.type === 'placeholder').map((node) => (node as { hint: string }).hint));
      expect(hints, language).toEqual([[text], [speaker], [position], []]);
      expect(fieldsOf(back).verb).toBe(verb);
    }
  });
});

describe('a written quote typed as a paragraph is read into its fields', () => {
  const cases: [ReleaseLanguage, string, { text: string; speaker: string; position: string; verb: string }][] = [
    ['ru', '– Конституция – основа нашего государства, – заявил Ерболат Досаев, аким города Алматы.', { text: 'Конституция – основа нашего государства.', speaker: 'Ерболат Досаев', position: 'аким города Алматы', verb: 'заявил' }],
    ['ru', '– Мы открыты к диалогу, – сказала руководитель управления Айгерим Сеитова.', { text: 'Мы открыты к диалогу.', speaker: 'Айгерим Сеитова', position: 'руководитель управления', verb: 'сказала' }],
    ['ru', '– Закон един для всех! – подчеркнул заместитель акима Е. А. Досаев.', { text: 'Закон един для всех!', speaker: 'Е. А. Досаев', position: 'заместитель акима', verb: 'подчеркнул' }],
    ['ru', '- Работа продолжится, - отметил пресс-секретарь.', { text: 'Работа продолжится.', speaker: '', position: 'пресс-секретарь', verb: 'отметил' }],
    ['kk', '– Ата Заң – мемлекетіміздің тірегі, – деді Ерболат Досаев, Алматы қаласының әкімі.', { text: 'Ата Заң – мемлекетіміздің тірегі.', speaker: 'Ерболат Досаев', position: 'Алматы қаласының әкімі', verb: 'деді' }],
    ['kk', '– Жастар – еліміздің болашағы, – деді Алматы қаласының әкімі Ерболат Досаев.', { text: 'Жастар – еліміздің болашағы.', speaker: 'Ерболат Досаев', position: 'Алматы қаласының әкімі', verb: 'деді' }],
    ['en', '“The Constitution is the foundation of our state,” said Yerbolat Dossayev, Mayor of Almaty.', { text: 'The Constitution is the foundation of our state.', speaker: 'Yerbolat Dossayev', position: 'Mayor of Almaty', verb: 'said' }],
    ['en', '"We will keep talking," said the head of the public development office, Aigerim Seitova.', { text: 'We will keep talking.', speaker: 'Aigerim Seitova', position: 'the head of the public development office', verb: 'said' }],
  ];
  for (const [language, written, fields] of cases) {
    it(`${language}: ${written}`, () => {
      const editor = editorWith([headline('H'), paragraph(written)], language);
      Transforms.select(editor, Editor.start(editor, [1]));
      setBlockType(editor, 'quote');
      expect(fieldsOf(editor.children[1])).toEqual(fields);
    });
  }
});
