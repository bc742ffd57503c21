import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentText } from '../model/document-file';
import { RELEASE_LANGUAGES } from '../model/types';
import type { PressroomDocument, QuoteElement, ReleaseLanguage } from '../model/types';
import { STANDARD_VARIABLE_NAMES } from '../templates/variables';
import { formatDate, parseWrittenDate } from '../typography/dateline';
import { layoutQuote, quoteRuns, readQuote } from '../typography/quote-layout';
import { runsText } from '../typography/styled-run';
import { sampleText } from '../../test/fixtures/sample';
import { detectLanguage } from './detect-language';
import { ALL_PROFILES, DEFAULT_RELEASE_LANGUAGE, LANGUAGE_PROFILES, profileOf } from './index';

const FIXTURES = join(import.meta.dirname, '../formats/fixtures');
const fixture = (name: string): PressroomDocument => {
  const read = readDocumentText(readFileSync(join(FIXTURES, `${name}.pressroom`), 'utf8'));
  if (!read.ok) throw new Error(read.problem.detail);
  return read.document;
};

type QuoteText = Record<'text' | 'speaker' | 'position' | 'verb', string>;

/** The fields of the first quote of an export fixture written in `language`. */
function quoteOfFixture(name: string, language: ReleaseLanguage): QuoteText {
  const document = fixture(name);
  expect(document.metadata.language).toBe(language);
  const block = document.body.find((candidate): candidate is QuoteElement => candidate.type === 'quote');
  if (!block) throw new Error(`${name} has no quote`);
  const field = (fieldName: string) => runsText((block.children.find((child) => child.name === fieldName)?.children ?? []) as { text: string }[]);
  return { text: field('text'), speaker: field('speaker'), position: field('position'), verb: field('verb') };
}

/**
 * A sample quote in each release language, and how it is written: for ru, kk and en the first quote of the export
 * fixtures, written as the golden exports (exports.test.ts) write them. A new language brings its own.
 */
const SAMPLE_QUOTES = {
  ru: {
    fields: () => quoteOfFixture('conference-almaty.ru', 'ru'),
    // The golden Markdown export's blockquote: «–\u00a0Как подчеркивает Глава государства, …,\u00a0– заявил Азамат Калдыбеков.»
    written: readFileSync(join(FIXTURES, 'expected/conference-almaty.ru.md'), 'utf8').split('\n').find((line) => line.startsWith('> '))?.slice(2) ?? '',
  },
  kk: {
    fields: () => quoteOfFixture('opening-speech.kk', 'kk'),
    written: '–\u00a0Біздің басты мақсатымыз – Әділетті Қазақстан құру,\u00a0– деді Алматы қаласы әкімінің орынбасары Азамат Қалдыбеков.',
  },
  en: {
    fields: () => quoteOfFixture('every-block.en', 'en'),
    written: '“Our main goal is to build a Just Kazakhstan,” said Azamat Kaldybekov, Deputy Mayor of Almaty.',
  },
} satisfies Record<ReleaseLanguage, { fields: () => QuoteText; written: string }>;

describe('the language profiles', () => {
  it('there is one profile for every release language, under its own code', () => {
    expect(Object.keys(LANGUAGE_PROFILES).sort()).toEqual([...RELEASE_LANGUAGES].sort());
    for (const language of RELEASE_LANGUAGES) expect(profileOf(language).code).toBe(language);
    expect(ALL_PROFILES.map((profile) => profile.code)).toEqual([...RELEASE_LANGUAGES]);
    expect(RELEASE_LANGUAGES).toContain(DEFAULT_RELEASE_LANGUAGE);
  });

  describe.each(RELEASE_LANGUAGES)('%s', (language) => {
    const profile = profileOf(language);

    it('has twelve distinct month names, and every date it writes it reads back', () => {
      const { months, pattern } = profile.dates;
      expect(months).toHaveLength(12);
      expect(new Set(months.map((month) => month.toLowerCase())).size).toBe(12);
      for (const month of months) expect(month.trim()).toBe(month);
      for (const part of ['{day}', '{month}', '{year}']) expect(pattern).toContain(part);
      for (let month = 1; month <= 12; month += 1) {
        const date = { year: 2025, month, day: month + 15 };
        const written = formatDate(date, language);
        expect(written).toContain(months[month - 1]);
        expect(parseWrittenDate(written)).toEqual(date);
        expect(parseWrittenDate(written.replace(/ /g, '\u00a0'))).toEqual(date);
      }
    });

    it('types quotes in pairs, and its quote layout uses the marks and dash it types', () => {
      const { typing, quotes } = profile;
      expect(typing.quotes.open).not.toBe('');
      expect(typing.quotes.close).not.toBe('');
      expect(typing.quotes.open).not.toBe(typing.quotes.close);
      if (typing.apostrophe) expect(typing.apostrophe.open).not.toBe(typing.apostrophe.close);
      expect(['\u2013', '\u2014']).toContain(typing.dash);
      if (quotes.written === 'in-marks') {
        expect([quotes.opening, quotes.closing]).toEqual([typing.quotes.open, typing.quotes.close]);
      } else {
        expect(quotes.opening.startsWith(typing.dash)).toBe(true);
        expect(quotes.attributionMark.startsWith(typing.dash)).toBe(true);
        expect(quotes.closing).toBe('');
      }
      expect([...quotes.order].sort()).toEqual(['position', 'speaker', 'verb']);
      expect(quotes.order[0]).toBe('verb');
    });

    it('sets its sample quote exactly as the golden export writes it, and reads it back into its fields', () => {
      const { fields, written } = SAMPLE_QUOTES[language];
      const quote = fields();
      const runs = (text: string) => [{ text }];
      expect(runsText(quoteRuns(layoutQuote({ text: runs(quote.text), speaker: runs(quote.speaker), position: runs(quote.position), verb: runs(quote.verb) }, language))))
        .toBe(written);
      const read = readQuote(written);
      expect(read?.text).toBe(quote.text);
      expect(read?.verb).toBe(quote.verb);
      // The speaker and the position are told apart (quote-layout.ts splitWho), in either convention.
      expect(read).toMatchObject({ speaker: quote.speaker, position: quote.position });
    });

    it('names three distinct award columns and labels every standard variable', () => {
      expect(profile.awardColumns).toHaveLength(3);
      expect(new Set(profile.awardColumns).size).toBe(3);
      for (const title of profile.awardColumns) expect(title.trim()).not.toBe('');
      expect(Object.keys(profile.variableLabels).sort()).toEqual([...STANDARD_VARIABLE_NAMES].sort());
      const labels = Object.values(profile.variableLabels);
      expect(new Set(labels).size).toBe(labels.length);
      for (const label of labels) expect(label.trim()).not.toBe('');
    });

    it('tags HTML with its code and DOCX with its code and a region', () => {
      expect(profile.tags.html).toBe(language);
      expect(profile.tags.docx).toMatch(new RegExp(`^${language}-[A-Z]{2}$`));
    });

    it('is detected in its own month names and its sample quote', () => {
      expect(detectLanguage(profile.dates.months.join(' '))).toBe(language);
      expect(detectLanguage(SAMPLE_QUOTES[language].written)).toBe(language);
    });
  });

  it('each script has exactly one plain language: the one chosen when no own letters stand out', () => {
    const scripts = new Set(ALL_PROFILES.map((profile) => profile.detection.script));
    for (const script of scripts) {
      expect(ALL_PROFILES.filter((profile) => profile.detection.script === script && !profile.detection.ownLetters)).toHaveLength(1);
    }
    expect(detectLanguage(sampleText())).toBe('ru');
    expect(detectLanguage('12345 — 678')).toBe(DEFAULT_RELEASE_LANGUAGE);
  });

  it('no two profiles share month names or award column titles by accident of copying', () => {
    for (const [index, profile] of ALL_PROFILES.entries()) {
      for (const other of ALL_PROFILES.slice(index + 1)) {
        expect(profile.dates.months).not.toEqual(other.dates.months);
        expect(profile.awardColumns).not.toEqual(other.awardColumns);
        expect(profile.variableLabels).not.toEqual(other.variableLabels);
      }
    }
  });
});
