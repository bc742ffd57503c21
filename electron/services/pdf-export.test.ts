import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedTexts } from '../../core/formats/fixtures/texts-of';
import { printLayoutOf } from '../../core/formats/print-layout';
import { readDocumentText } from '../../core/model/document-file';
import type { PressroomDocument } from '../../core/model/types';
import { KAZAKH_LETTERS, kazakhRelease } from '../../test/fixtures/kazakh-release';
import { missingTexts, pdfFonts, pdfOutline, pdfPages, pdfText } from '../../test/pdf-readers';
import { almatyRelease } from './fixtures/sample-release';
import { releaseToPdf } from './pdf-export';

/**
 * The command line's PDF (pdfkit), read back with Poppler: every letter of the release as pdftotext extracts it,
 * only the shipped Noto Serif and embedded, the headings as the outline, the paper asked for.
 */
const fixture = (name: string): PressroomDocument => {
  const read = readDocumentText(readFileSync(join(import.meta.dirname, '../../core/formats/fixtures', `${name}.pressroom`), 'utf8'));
  if (!read.ok) throw new Error(read.problem.detail);
  return read.document;
};

const RELEASES: [string, () => PressroomDocument][] = [
  ['ru: the Almaty sample', () => almatyRelease()],
  ['kk: the Oskemen youth forum, every Kazakh letter', kazakhRelease],
  ['en: a release with every block type', () => fixture('every-block.en')],
];

describe('PDF from the command line (pdfkit)', () => {
  it.each(RELEASES)('%s: pdftotext reads back every letter of every block, in order', async (_name, release) => {
    const document = release();
    const text = pdfText(await releaseToPdf(document));
    expect(missingTexts(text, expectedTexts(document))).toEqual([]);
    expect(text).not.toMatch(/[\uFFFD\uFB00-\uFB06]/u);
  });

  it.each(RELEASES)('%s: embeds the shipped Noto Serif faces and no other font', async (_name, release) => {
    const fonts = pdfFonts(await releaseToPdf(release()));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSerif-(Regular|Bold|Italic|BoldItalic)$/);
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
  });

  it('carries all eighteen Kazakh letters, small and capital, as text', async () => {
    const text = pdfText(await releaseToPdf(kazakhRelease()));
    expect([...KAZAKH_LETTERS].filter((letter) => !text.includes(letter))).toEqual([]);
  });

  it('has the headline as its outline, the section headings under it', async () => {
    const outline = pdfOutline(await releaseToPdf(kazakhRelease()));
    expect(outline.map((item) => item.title)).toEqual(['Өскеменде «Ұлттық құндылықтар» жастар форумы өтті']);
    expect(outline[0]?.children.map((item) => item.title)).toEqual(['Форумның бағдарламасы', 'Бағыттар']);
  });

  it('is A4 by default and Letter when asked, and the title, author and language are set', async () => {
    const a4 = await releaseToPdf(almatyRelease());
    expect(pdfPages(a4)).toMatchObject({ width: 595.28, height: 841.89 });
    expect(pdfPages(await releaseToPdf(almatyRelease(), { paper: 'letter' }))).toMatchObject({ width: 612, height: 792 });
    const raw = Buffer.from(a4).toString('latin1');
    expect(raw).toMatch(/\/Lang \(ru\)/);
  });

  it('a long release flows over pages, never losing a line', async () => {
    const document = almatyRelease(Array.from({ length: 40 }, (_, index) => `Абзац ${index + 1}: ${'Алматы қаласы әкімдігі хабарлайды. '.repeat(6)}`));
    const bytes = await releaseToPdf(document);
    expect(pdfPages(bytes).pages).toBeGreaterThan(3);
    expect(missingTexts(pdfText(bytes), expectedTexts(document))).toEqual([]);
  });
});

describe('the print layout the command line sets', () => {
  it('follows the HTML article: header blocks, sections, then a footer rule before the boilerplate', () => {
    const layout = printLayoutOf(kazakhRelease());
    const kinds = layout.boxes.map((box) => (box.kind === 'text' ? box.style : box.kind));
    expect(kinds).toEqual([
      'headline', 'subheadline', 'dateline', 'lead', 'section-heading', 'list', 'quote', 'paragraph', 'section-heading', 'list', 'table',
      'footer-rule', 'boilerplate', 'media-contact', 'end-mark',
    ]);
    expect(layout).toMatchObject({ title: 'Өскеменде «Ұлттық құндылықтар» жастар форумы өтті', lang: 'kk', author: 'Шығыс Қазақстан облысы әкімдігі' });
  });

  it('sets the speaker of a quote bold, as the HTML <cite>', () => {
    const quote = printLayoutOf(kazakhRelease()).boxes.find((box) => box.kind === 'quote');
    expect(quote?.kind === 'quote' && quote.runs.filter((run) => run.bold).map((run) => run.text)).toEqual(['Һадиша Өмірбекова']);
  });
});
