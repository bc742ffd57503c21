import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { readDocumentText } from '../model/document-file';
import type { PressroomDocument, ReleaseBlock } from '../model/types';
import { embargoLine, publicationIso } from './embargo';
import { htmlToBlocks } from './html-import';
import { releaseToHtml, releaseToMarkdown } from './index';
import { markdownToDocument } from './markdown-import';

/** Issue 11 items 5 and 6: the embargo in every export, and the HTML and Markdown a CMS takes as they are. */

function load(name: string): PressroomDocument {
  const read = readDocumentText(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.pressroom`), 'utf8'));
  if (!read.ok) throw new Error(read.problem.detail);
  return read.document;
}
const embargoed = (document: PressroomDocument, at = '2025-08-29T10:00', timeZone = 'Asia/Almaty'): PressroomDocument => ({
  ...document,
  metadata: { ...document.metadata, publication: { at, timeZone }, status: 'approved' },
});
const contactOf = (value: string): ReleaseBlock => ({ type: 'media-contact', children: [{ text: value }] });
const jsonLd = (html: string): Record<string, unknown> => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}');

describe('the embargo', () => {
  it('is worded in the release’s language, with the date as its dateline writes it, the time and the UTC offset', () => {
    expect(embargoLine(embargoed(load('conference-almaty.ru')).metadata)).toBe('ДЛЯ ПУБЛИКАЦИИ НЕ РАНЕЕ 29 августа 2025 года, 10:00 (UTC+5)');
    expect(embargoLine(embargoed(load('opening-speech.kk')).metadata)).toBe('ЖАРИЯЛАУҒА РҰҚСАТ: 2025 жылғы 29 тамыз, 10:00 (UTC+5)');
    expect(embargoLine(embargoed(load('every-block.en'), '2025-08-29T09:30', 'Europe/London').metadata)).toBe('EMBARGOED UNTIL Aug. 29, 2025, 09:30 (UTC+1)');
    expect(embargoLine(load('every-block.en').metadata)).toBeNull();
  });

  it('is a moment on the world’s clock: the zone’s offset on that date (summer time included)', () => {
    expect(publicationIso({ at: '2025-08-29T10:00', timeZone: 'Asia/Almaty' })).toBe('2025-08-29T10:00:00+05:00');
    expect(publicationIso({ at: '2025-01-15T10:00', timeZone: 'Europe/Berlin' })).toBe('2025-01-15T10:00:00+01:00');
    expect(publicationIso({ at: '2025-07-15T10:00', timeZone: 'Europe/Berlin' })).toBe('2025-07-15T10:00:00+02:00');
    expect(publicationIso({ at: '2025-02-30T10:00', timeZone: 'Asia/Almaty' })).toBeNull();
  });

  it('HTML prints the line first in the header and JSON-LD carries the moment as datePublished', () => {
    const html = releaseToHtml(embargoed(load('conference-almaty.ru')));
    expect(html).toContain('<header><p class="embargo"><strong>ДЛЯ ПУБЛИКАЦИИ НЕ РАНЕЕ 29 августа 2025 года, 10:00 (UTC+5)</strong></p><h1>');
    expect(jsonLd(html).datePublished).toBe('2025-08-29T10:00:00+05:00');
    expect(jsonLd(releaseToHtml(load('conference-almaty.ru'))).datePublished).toBe('2025-08-29');
    // Imported back, the line is not taken for a paragraph of the release.
    expect(htmlToBlocks(html).some((block) => block.type === 'paragraph' && JSON.stringify(block).includes('НЕ РАНЕЕ'))).toBe(false);
  });

  it('Markdown carries it in the front matter (as set, and as a moment) and in bold above the headline; import gives it back', () => {
    const markdown = releaseToMarkdown(embargoed(load('conference-almaty.ru')));
    expect(markdown).toContain('status: approved\npublication:\n  at: 2025-08-29T10:00\n  timeZone: Asia/Almaty\n  moment: 2025-08-29T10:00:00+05:00\n');
    expect(markdown).toContain('---\n\n**ДЛЯ ПУБЛИКАЦИИ НЕ РАНЕЕ 29 августа 2025 года, 10:00 (UTC+5)**\n\n# В Алматы');
    const back = markdownToDocument(markdown);
    expect(back.metadata).toMatchObject({ publication: { at: '2025-08-29T10:00', timeZone: 'Asia/Almaty' }, status: 'approved' });
    expect(back.body[0]?.type).toBe('headline');
  });
});

describe('HTML a CMS takes as it is', () => {
  it('<title> and the JSON-LD headline come from the headline, not from the details’ title', () => {
    const release = load('conference-almaty.ru');
    const html = releaseToHtml({ ...release, metadata: { ...release.metadata, title: 'Рабочее название' } });
    expect(html).toContain('<title>В Алматы прошла научно-практическая конференция к 30-летию Конституции Республики Казахстан</title>');
    expect(jsonLd(html).headline).toBe('В Алматы прошла научно-практическая конференция к 30-летию Конституции Республики Казахстан');
  });

  it('the quote opens no gap before the speech or before the attribution', () => {
    const html = releaseToHtml(load('conference-almaty.ru'));
    // The blockquote's default margins (40px either side, which still apply to an inline box) are reset…
    expect(html).toMatch(/figure\.quote blockquote, figure\.quote blockquote p, figure\.quote figcaption \{ margin: 0; padding: 0; \}/);
    // …and between the speech and its attribution stands only the no-break space of the layout.
    const tree = fromHtml(html);
    const figure = JSON.stringify(tree).match(/"tagName":"figure".*?"tagName":"figcaption"/)?.[0] ?? '';
    expect(figure).toContain('{"type":"text","value":"\u00a0"');
    expect(html).toMatch(/<\/p><\/blockquote>\u00a0<figcaption>– заявил <cite>Азамат Калдыбеков<\/cite>\.<\/figcaption>/);
  });
});

describe('Markdown a CMS takes as it is', () => {
  const withContact = (value: string): PressroomDocument => {
    const release = load('conference-almaty.ru');
    return { ...release, body: [...release.body.slice(0, -1), contactOf(value), ...release.body.slice(-1)] };
  };

  it('writes an e-mail address, a contact’s lines and the end mark without backslashes', () => {
    const markdown = releaseToMarkdown(withContact('Пресс-служба акимата\n+7 727 271 66 50\npress@almaty.gov.kz'));
    expect(markdown).toContain('Пресс-служба акимата  \n+7 727 271 66 50  \npress@almaty.gov.kz\n');
    expect(markdown).toContain('\n<p class="end-mark">###</p>\n');
    expect(markdown).not.toMatch(/\\@|\\###|\\\n/);
  });

  it('and reads them back: the contact’s three lines, the e-mail, the end mark', () => {
    const back = markdownToDocument(releaseToMarkdown(withContact('Пресс-служба акимата\n+7 727 271 66 50\npress@almaty.gov.kz')));
    const contact = back.body.find((block) => block.type === 'media-contact' || (block.type === 'paragraph' && JSON.stringify(block).includes('Пресс-служба')));
    expect(JSON.stringify(contact)).toContain('Пресс-служба акимата\\n+7 727 271 66 50\\n');
    expect(JSON.stringify(contact)).toContain('press@almaty.gov.kz');
    expect(back.body.at(-1)?.type).toBe('end-mark');
  });

  it('keeps the backslash where CommonMark needs it: a line ending in a space, emphasis beside an address', () => {
    const release = load('conference-almaty.ru');
    const markdown = releaseToMarkdown({ ...release, body: [{ type: 'paragraph', children: [{ text: 'строка с пробелом \nдалее ' }, { text: 'a_b@almaty.gov.kz', italic: true }] }] });
    expect(markdown).toContain('строка с пробелом \\\nдалее');
  });

  it('importing «www.almaty.gov.kz» links the address without the closing guillemet', () => {
    const document = markdownToDocument('Подробности на сайте «www.almaty.gov.kz» и «https://almaty.gov.kz/ru».\n');
    const paragraph = document.body[0] as Extract<ReleaseBlock, { type: 'lead' | 'paragraph' }>;
    const links = paragraph.children.filter((node) => 'type' in node && node.type === 'link');
    expect(links.map((link) => 'url' in link && link.url)).toEqual(['http://www.almaty.gov.kz/', 'https://almaty.gov.kz/ru']);
    expect(JSON.stringify(paragraph.children)).toContain('"text":"» и «"');
    expect(JSON.stringify(paragraph.children)).toContain('"text":"»."');
  });
});
