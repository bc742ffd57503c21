import type { LanguageProfile } from './profile';

/** English (AP style): “ALMATY, Kazakhstan, Aug. 29, 2025”; “Text,” said Name, position. */
export const en: LanguageProfile<'en'> = {
  code: 'en',
  tags: { html: 'en', docx: 'en-US' },
  dates: {
    // AP style: Jan. Feb. Aug. Sept. Oct. Nov. Dec. abbreviated in a date; March to July spelled out.
    months: ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
    pattern: '{month} {day}, {year}',
    reading: /^(?<month>\p{L}+\.?) (?<day>\d{1,2}), (?<year>\d{4})$/u,
    alsoRead: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    city: { capitals: true, country: 'Kazakhstan' },
    wire: {
      months: ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
      pattern: '{month} {day}',
      joiner: ', ',
      end: ' \u2014',
      // AP: the agency in brackets before the dash, “ALMATY, Kazakhstan, Aug. 29 (Kazinform) —”.
      agency: ' ({agency}) \u2014',
    },
  },
  quotes: {
    opening: '\u201c',
    closing: '\u201d',
    beforeAttribution: ' ',
    attributionMark: '',
    order: ['verb', 'speaker', 'position'],
    speakerPositionJoiner: ', ',
    written: 'in-marks',
  },
  typing: { quotes: { open: '\u201c', close: '\u201d' }, apostrophe: { open: '\u2018', close: '\u2019' }, dash: '\u2014' },
  awardColumns: ['Recipient', 'Position', 'Nomination'],
  variableLabels: { event: 'Event name', city: 'City', date: 'Date', organiser: 'Organiser' },
  detection: { script: 'latin' },
  embargo: 'EMBARGOED UNTIL {moment}',
};
