import type { LanguageProfile } from './profile';

/** Kazakh: «Алматы, 2025 жылғы 29 тамыз»; «–\u00a0Мәтін,\u00a0– деді лауазымы Аты-жөні.» */
export const kk: LanguageProfile<'kk'> = {
  code: 'kk',
  tags: { html: 'kk', docx: 'kk-KZ' },
  dates: {
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    pattern: '{year} жылғы {day} {month}',
    reading: /^(?<year>\d{4}) жылғы (?<day>\d{1,2}) (?<month>\p{L}+)$/u,
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
  awardColumns: ['Марапатталушы', 'Лауазымы', 'Номинация'],
  variableLabels: { event: 'Іс-шараның атауы', city: 'Қала', date: 'Күні', organiser: 'Ұйымдастырушы' },
  detection: { script: 'cyrillic', ownLetters: { letters: 'әіңғүұқөһӘІҢҒҮҰҚӨҺ', share: 0.02 } },
  // Kazakh: «permission to publish: …» — a colon, so the moment needs no case ending (дейін/бастап would ask
  // the dative or ablative of a date and time: «10:00-ге», «10:00-ден»).
  embargo: 'ЖАРИЯЛАУҒА РҰҚСАТ: {moment}',
};
