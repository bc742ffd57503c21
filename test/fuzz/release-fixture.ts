import { CURRENT_VERSION } from '../../core/model/types';
import type { FieldElement, FieldName, InlineNode, PressroomDocument, ReleaseBlock } from '../../core/model/types';
import { almatyMetadata } from '../fixtures/almaty-metadata';

/**
 * A release with every block type, in the words of the Almaty constitution conference write-up
 * (test/fixtures/conference-almaty-constitution.ru.txt), plus Kazakh and English lines.
 * The fuzzers start every edit sequence from a fresh copy of it.
 */
const field = <N extends FieldName>(name: N, ...children: InlineNode[]): FieldElement<N> => ({
  type: 'field',
  name,
  children: children.length > 0 ? children : [{ text: '' }],
});

const body: ReleaseBlock[] = [
  { type: 'headline', children: [{ text: 'В Алматы прошла конференция к 30-летию Конституции' }] },
  { type: 'subheadline', children: [{ text: 'Конституция – әділет пен тұрақтылықтың тірегі' }] },
  { type: 'dateline', children: [{ text: '' }] },
  {
    type: 'lead',
    children: [
      { text: 'Мероприятие собрало руководство города, ' },
      { text: 'депутатов маслихата', bold: true },
      { text: ' и активистов ' },
      { type: 'link', url: 'https://assembly.kz/', children: [{ text: 'Ассамблеи народа Казахстана' }] },
      { text: '.' },
    ],
  },
  { type: 'section-heading', children: [{ text: 'Приветственное слово' }] },
  {
    type: 'paragraph',
    children: [
      { text: 'Заместитель акима города Алматы ' },
      { type: 'placeholder', hint: 'ФИО спикера', children: [{ text: '' }] },
      { text: ' поздравил участников конференции ' },
      { type: 'variable', name: 'event', children: [{ text: '' }] },
      { text: '.\nВторая строка.', italic: true },
    ],
  },
  {
    type: 'quote',
    children: [
      field('text', { text: 'Как подчеркивает Глава государства, наша главная цель – построение Справедливого Казахстана' }),
      field('speaker', { text: 'Азамат Калдыбеков' }),
      field('position', { text: 'заместитель акима города Алматы' }),
      field('verb', { text: 'заявил' }),
    ],
  },
  {
    type: 'bulleted-list',
    children: [
      { type: 'list-item', children: [{ text: 'торжественный вынос флага с исполнением гимна' }] },
      { type: 'list-item', children: [{ text: 'театрализованные представления' }] },
    ],
  },
  {
    type: 'numbered-list',
    children: [
      { type: 'list-item', children: [{ text: 'Әділет' }] },
      { type: 'list-item', children: [{ text: 'Тұрақтылық — “stability”' }] },
    ],
  },
  {
    type: 'award-ceremony',
    children: [
      field('award', { text: '«Қазақстан Республикасының Конституциясына 30 жыл»' }),
      {
        type: 'award-row',
        children: [
          field('recipient', { text: 'Бексултан Сарсеков' }),
          field('position', { text: 'председатель президиума РОО «Совет генералов»' }),
          field('nomination', { text: 'За вклад в становление государственности' }),
        ],
      },
      {
        type: 'award-row',
        children: [field('recipient', { text: 'Меиржан Отыншиев' }), field('position', { text: 'председатель маслихата' }), field('nomination')],
      },
    ],
  },
  { type: 'boilerplate', children: [{ text: 'Аппарат акима города Алматы — ' }, { text: 'о нас', italic: true }] },
  { type: 'media-contact', children: [{ text: 'Пресс-служба\n+7 727 000 00 00\n' }, { type: 'link', url: 'mailto:press@almaty.gov.kz', children: [{ text: 'press@almaty.gov.kz' }] }, { text: '' }] },
  { type: 'end-mark', children: [{ text: '' }] },
];

export function fuzzRelease(): PressroomDocument {
  return structuredClone({
    format: 'pressroom',
    version: CURRENT_VERSION,
    metadata: almatyMetadata(),
    body,
  } satisfies PressroomDocument);
}
