import type { LanguageProfile } from './profile';

/** Russian: «Алматы, 29 августа 2025 года»; «–\u00a0Текст,\u00a0– заявил должность Имя Фамилия.» */
export const ru: LanguageProfile<'ru'> = {
  code: 'ru',
  tags: { html: 'ru', docx: 'ru-RU' },
  dates: {
    months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    pattern: '{day} {month} {year} года',
    reading: /^(?<day>\d{1,2}) (?<month>\p{L}+) (?<year>\d{4})(?: (?:года|г\.))?$/u,
    city: { capitals: false, country: null },
    wire: {
      months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
      pattern: '{day} {month}',
      joiner: '. ',
      end: '.',
    },
  },
  quotes: {
    opening: '\u2013\u00a0',
    closing: '',
    beforeAttribution: '\u00a0',
    attributionMark: '\u2013 ',
    order: ['verb', 'position', 'speaker'],
    speakerPositionJoiner: ' ',
    written: 'dash-led',
  },
  typing: { quotes: { open: '«', close: '»' }, apostrophe: null, dash: '\u2013' },
  awardColumns: ['Награждённый', 'Должность', 'Номинация'],
  variableLabels: { event: 'Название мероприятия', city: 'Город', date: 'Дата', organiser: 'Организатор' },
  detection: { script: 'cyrillic' },
  embargo: 'ДЛЯ ПУБЛИКАЦИИ НЕ РАНЕЕ {moment}',
};
