import type { LanguageProfile } from './profile';

/**
 * The possessive suffix after a day's number, as the number is read aloud: it follows the last word's sound —
 * after a consonant -ы (back vowels) or -і (front), after a vowel -сы or -сі. 4 төрт → 4-і, 6 алты → 6-сы,
 * 9 тоғыз → 9-ы, 10 он → 10-ы, 20 жиырма → 20-сы, 29 жиырма тоғыз → 29-ы.
 */
export function kazakhDaySuffix(day: number): string {
  //            1     2      3     4     5     6      7      8     9
  const units = ['і', 'сі', 'і', 'і', 'і', 'сы', 'сі', 'і', 'ы'];
  //             10   20    30    40    50     60    70    80    90
  const tens = ['ы', 'сы', 'ы', 'ы', 'і', 'ы', 'і', 'і', 'ы'];
  const unit = day % 10;
  if (unit > 0) return units[unit - 1] ?? '';
  return tens[Math.floor(day / 10) % 10 - 1] ?? '';
}

/** Kazakh: «Алматы, 2025 жылғы 29 тамыз»; «–\u00a0Мәтін,\u00a0– деді лауазымы Аты-жөні.» */
export const kk: LanguageProfile<'kk'> = {
  code: 'kk',
  tags: { html: 'kk', docx: 'kk-KZ' },
  dates: {
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    pattern: '{year} жылғы {day} {month}',
    reading: /^(?<year>\d{4}) жылғы (?<day>\d{1,2}) (?<month>\p{L}+)$/u,
    city: { capitals: false, country: null },
    wire: {
      // Kazinform's form: «ОРАЛ. Қазанның 4-і.» — the month in the genitive, the day with its possessive suffix.
      months: ['Қаңтардың', 'Ақпанның', 'Наурыздың', 'Сәуірдің', 'Мамырдың', 'Маусымның', 'Шілденің', 'Тамыздың', 'Қыркүйектің', 'Қазанның', 'Қарашаның', 'Желтоқсанның'],
      pattern: '{month} {day}-{suffix}',
      daySuffix: kazakhDaySuffix,
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
  awardColumns: ['Марапатталушы', 'Лауазымы', 'Номинация'],
  variableLabels: { event: 'Іс-шараның атауы', city: 'Қала', date: 'Күні', organiser: 'Ұйымдастырушы' },
  detection: { script: 'cyrillic', ownLetters: { letters: 'әіңғүұқөһӘІҢҒҮҰҚӨҺ', share: 0.02 } },
  // Kazakh: «permission to publish: …» — a colon, so the moment needs no case ending (дейін/бастап would ask
  // the dative or ablative of a date and time: «10:00-ге», «10:00-ден»). UNSOURCED: no Kazakh press service's or
  // wire agency's embargo line was found in the public pages and code searched (December 2026: «эмбарго»,
  // «… дейін жарияланбайды», «жариялауға тыйым салынады», «бастап жариялауға болады», «жариялау уақыты», kk
  // localisations of "embargo"); what exists uses «жариялауға рұқсат» for consent to publish and «Жариялау
  // уақыты» for a publication time. See docs/architecture.md, the profiles table.
  embargo: 'ЖАРИЯЛАУҒА РҰҚСАТ: {moment}',
};
