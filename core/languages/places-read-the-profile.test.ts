import JSZip from 'jszip';
import { Editor, Transforms } from 'slate';
import { describe, expect, it, vi } from 'vitest';
import { editorWith, paragraph } from '../editing/test-helpers';
import { releaseToDocx, releaseToHtml, releaseToMarkdown } from '../formats/index';
import { documentFromBlocks } from '../formats/import-blocks';
import { plainTextToDocument } from '../formats/text-import';
import { createBlankDocument } from '../model/new-document';
import type { PressroomDocument, ReleaseBlock } from '../model/types';
import { defaultVariableLabel } from '../templates/variables';
import { formatDateline, parseDateline } from '../typography/dateline';
import { layoutQuote, quoteRuns, readQuote } from '../typography/quote-layout';
import { runsText } from '../typography/styled-run';
import type { LanguageProfile } from './profile';

/**
 * Every place that writes or reads release-language text asks the profile. To prove it, the Kazakh profile is
 * replaced here by one with words, marks and tags of its own, found in no other table: each place must then write
 * exactly those, and no place may keep writing today's Kazakh.
 */
vi.mock('./kk', (): { kk: LanguageProfile<'kk'> } => ({
  kk: {
    code: 'kk',
    tags: { html: 'kk-x-test', docx: 'kk-ZZ' },
    dates: {
      months: ['ay1', 'ay2', 'ay3', 'ay4', 'ay5', 'ay6', 'ay7', 'ay8', 'ay9', 'ay10', 'ay11', 'ay12'],
      pattern: '{day}/{month}/{year}',
      reading: /^(?<day>\d{1,2})\/(?<month>ay\d{1,2})\/(?<year>\d{4})$/u,
      city: { capitals: false, country: null },
      wire: { months: ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'w9', 'w10', 'w11', 'w12'], pattern: '{month}~{day}', joiner: ' / ', end: ' ~' },
    },
    quotes: {
      opening: '‹',
      closing: '›',
      beforeAttribution: ' ',
      attributionMark: '',
      order: ['verb', 'position', 'speaker'],
      speakerPositionJoiner: '; ',
      written: 'in-marks',
    },
    typing: { quotes: { open: '‹', close: '›' }, apostrophe: { open: '‚', close: '‛' }, dash: '\u2012' },
    awardColumns: ['Бағана-1', 'Бағана-2', 'Бағана-3'],
    variableLabels: { event: 'Оқиға-т', city: 'Қала-т', date: 'Күн-т', organiser: 'Ұйым-т' },
    detection: { script: 'cyrillic', ownLetters: { letters: 'ӘәҢң', share: 0.3 } },
    embargo: 'ЭМБАРГО-Т {moment} ДЕЙІН-Т',
  },
}));

const field = (name: string, text: string) => ({ type: 'field' as const, name, children: [{ text }] });

function kazakhRelease(): PressroomDocument {
  const body = [
    { type: 'headline', children: [{ text: 'Тақырып' }] },
    { type: 'dateline', children: [{ text: '' }] },
    { type: 'quote', children: [field('text', 'Біз жалғастырамыз.'), field('speaker', 'Азамат Қалдыбеков'), field('position', 'әкімнің орынбасары'), field('verb', 'деді')] },
    { type: 'award-ceremony', children: [field('award', 'Алғыс хат'), { type: 'award-row', children: [field('recipient', 'А'), field('position', 'Б'), field('nomination', 'В')] }] },
  ] as ReleaseBlock[];
  const blank = createBlankDocument('kk');
  return { ...blank, metadata: { ...blank.metadata, city: 'Алматы', date: '2025-08-29' }, body };
}

describe('every place reads the release language’s profile', () => {
  it('datelines are written and read back with the profile’s months and pattern', () => {
    expect(formatDateline('Алматы', '2025-08-29', 'kk')).toBe('Алматы, 29/ay8/2025');
    expect(parseDateline('Алматы, 29/ay8/2025')).toEqual({ city: 'Алматы', date: '2025-08-29' });
    expect(parseDateline('Алматы, 2025 жылғы 29 тамыз')).toBeNull();
    expect(formatDateline('Алматы', '2025-08-29', 'kk', 'wire')).toBe('АЛМАТЫ / w8~29 ~');
    // Russian is untouched by the change.
    expect(formatDateline('Алматы', '2025-08-29', 'ru')).toBe('Алматы, 29 августа 2025 года');
  });

  it('quotes are laid out with the profile’s marks, order and joiner, and read back by them', () => {
    const layout = layoutQuote({ text: [{ text: 'Біз жалғастырамыз.' }], speaker: [{ text: 'Азамат Қалдыбеков' }], position: [{ text: 'әкімнің орынбасары' }], verb: [{ text: 'деді' }] }, 'kk');
    const written = runsText(quoteRuns(layout));
    expect(written).toBe('‹Біз жалғастырамыз,› деді әкімнің орынбасары; Азамат Қалдыбеков.');
    expect(readQuote(written)).toEqual({ text: 'Біз жалғастырамыз.', verb: 'деді', position: 'әкімнің орынбасары', speaker: 'Азамат Қалдыбеков' });
    expect(plainTextToDocument(`Кіріспе.\n\n${written}`).body.find((block) => block.type === 'quote')).toBeTruthy();
  });

  it('typing follows the profile’s quotes, apostrophe and dash', () => {
    const editor = editorWith([paragraph()], 'kk');
    Transforms.select(editor, Editor.start(editor, [1]));
    for (const key of `"сөз" - 'а'`) editor.insertText(key);
    expect(Editor.string(editor, [1])).toBe('‹сөз› \u2012 ‚а‛');
  });

  it('Markdown, HTML and DOCX exports carry the profile’s award columns, dateline and language tags', async () => {
    const release = kazakhRelease();
    const markdown = releaseToMarkdown(release);
    expect(markdown).toContain('| Бағана-1 | Бағана-2 | Бағана-3 |');
    expect(markdown).toContain('*Алматы, 29/ay8/2025*');
    expect(markdown).toContain('> ‹Біз жалғастырамыз,› деді әкімнің орынбасары; Азамат Қалдыбеков.');
    expect(markdown).not.toContain('Марапатталушы');

    const html = releaseToHtml(release);
    expect(html).toContain('<html lang="kk-x-test">');
    expect(html).toContain('<article lang="kk-x-test" class="press-release">');
    expect(html).toContain('"inLanguage": "kk-x-test"');
    expect(html).toContain('<th scope="col">Бағана-1</th>');

    const zip = await JSZip.loadAsync(await releaseToDocx(release));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('<w:lang w:val="kk-ZZ"/>');
    expect(documentXml).not.toContain('kk-KZ');
    expect(documentXml).toContain('Бағана-2');
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('<dc:language>kk-ZZ</dc:language>');

    // The embargo line is the profile's wording, with the profile's date.
    const embargoed = { ...release, metadata: { ...release.metadata, publication: { at: '2025-08-29T10:00', timeZone: 'Asia/Almaty' } } };
    expect(releaseToHtml(embargoed)).toContain('ЭМБАРГО-Т 29/ay8/2025, 10:00 (UTC+5) ДЕЙІН-Т');
  });

  it('standard variables are labelled with the profile’s words', () => {
    expect(defaultVariableLabel('kk', 'city')).toBe('Қала-т');
    expect(defaultVariableLabel('kk', 'my-own')).toBe('my-own');
  });

  it('imported text is detected by the profile’s own letters and share', () => {
    // Kazakh letters at 7 %: Kazakh for the real profile (2 %), Russian for this one (30 %).
    expect(documentFromBlocks([{ type: 'paragraph', children: [{ text: 'Әкім жиналысты ашты және сөз сөйледі' }] }]).metadata.language).toBe('ru');
    expect(documentFromBlocks([{ type: 'paragraph', children: [{ text: 'Әәәә ңңң' }] }]).metadata.language).toBe('kk');
  });
});
