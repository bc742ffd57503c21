import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedTexts } from '../../core/formats/fixtures/texts-of';
import { printLayoutOf } from '../../core/formats/print-layout';
import { readDocumentText } from '../../core/model/document-file';
import type { PressroomDocument } from '../../core/model/types';
import { KAZAKH_LETTERS, kazakhRelease } from '../../test/fixtures/kazakh-release';
import { missingTexts, pdfFonts, pdfOutline, pdfPages, pdfStructure, pdfText } from '../../test/pdf-readers';
import type { StructureNode } from '../../test/pdf-readers';
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

  it.each([
    ['ru', () => almatyRelease(), 'ДЛЯ ПУБЛИКАЦИИ НЕ РАНЕЕ 29 августа 2025 года, 10:00 (UTC+5)'],
    ['kk', kazakhRelease, 'ЖАРИЯЛАУҒА РҰҚСАТ: 2025 жылғы 29 тамыз, 10:00 (UTC+5)'],
    ['en', () => fixture('every-block.en'), 'EMBARGOED UNTIL Aug. 29, 2025, 10:00 (UTC+5)'],
  ] as const)('%s: prints the embargo line above the headline in the release’s language, as HTML and Word do', async (_language, release, line) => {
    const document = release();
    const embargoed = { ...document, metadata: { ...document.metadata, publication: { at: '2025-08-29T10:00', timeZone: 'Asia/Almaty' } } };
    const text = pdfText(await releaseToPdf(embargoed));
    expect(text.trimStart().split('\n')[0]).toBe(line);
    expect(missingTexts(text, [line, ...expectedTexts(document)])).toEqual([]);
    // No publication time, no line.
    expect(pdfText(await releaseToPdf(document))).not.toContain(line.split(/\d/)[0]?.trim());
  });

  it('sets the quotes in the house dash when it is the em dash: «— Текст, — заявил …», the typed dashes kept', async () => {
    const own = pdfText(await releaseToPdf(almatyRelease()));
    const em = pdfText(await releaseToPdf(almatyRelease(), { dash: 'em' }));
    const quotes = almatyRelease().body.filter((block) => block.type === 'quote').length;
    const count = (text: string, dash: string) => text.split(dash).length - 1;
    // Each quote's two dashes (before the words, before the attribution) are em dashes; no other dash changes.
    expect(count(em, '—') - count(own, '—')).toBe(2 * quotes);
    expect(count(own, '–') - count(em, '–')).toBe(2 * quotes);
  });

  it.each(RELEASES)('%s: is tagged, its structure holding every letter in reading order', async (_name, release) => {
    const document = release();
    const bytes = await releaseToPdf(document);
    expect(pdfPages(bytes).tagged).toBe(true);
    const tree = pdfStructure(bytes);
    expect(tree.map((node) => node.type)).toEqual(['Document']);
    const all = (nodes: StructureNode[]): StructureNode[] => nodes.flatMap((node) => [node, ...all(node.children)]);
    const nodes = all(tree);
    // The whole tree read in order (a link's words inside their paragraph) is the release, letter for letter.
    expect(missingTexts(tree[0]?.allText ?? '', expectedTexts(document))).toEqual([]);
    // The headline is the one H1, the first heading.
    const headings = nodes.filter((node) => /^H\d$/.test(node.type));
    expect(headings[0]?.type).toBe('H1');
    expect(headings.filter((node) => node.type === 'H1')).toHaveLength(1);
  });

  it('tags the blocks as a reader expects: headings, lists with labels, the quote, the table with its header cells', async () => {
    const root = pdfStructure(await releaseToPdf(kazakhRelease()))[0] as StructureNode;
    expect(root.children.map((node) => node.type)).toEqual(['H1', 'P', 'P', 'P', 'H2', 'L', 'BlockQuote', 'P', 'H2', 'L', 'P', 'Table', 'P', 'P', 'P']);
    expect(root.children.filter((node) => node.type === 'H2').map((node) => node.text)).toEqual(['Форумның бағдарламасы', 'Бағыттар']);
    const list = root.children.find((node) => node.type === 'L') as StructureNode;
    expect(list.children.map((item) => item.children.map((part) => `${part.type}:${part.text}`))).toEqual([
      ['Lbl:1.', 'LBody:Әлеуметтік жобалар көрмесі'],
      ['Lbl:2.', 'LBody:Іскерлік ойындар мен тренингтер'],
      ['Lbl:3.', 'LBody:Ұстаздар мен түлектердің кездесуі'],
    ]);
    expect(root.children.find((node) => node.type === 'BlockQuote')?.children.map((node) => node.type)).toEqual(['P']);
    const table = root.children.find((node) => node.type === 'Table') as StructureNode;
    expect(table.children[0]?.children.map((cell) => `${cell.type}:${cell.text}`)).toEqual(['TH:Марапатталушы', 'TH:Лауазымы', 'TH:Номинация']);
    expect(table.children.slice(1).every((row) => row.type === 'TR' && row.children.every((cell) => cell.type === 'TD'))).toBe(true);
  });

  it('tags each link as a Link element inside its paragraph, holding its words and its annotation', async () => {
    const document = fixture('every-block.en');
    const links = (nodes: StructureNode[]): StructureNode[] => nodes.flatMap((node) => (node.type === 'Link' ? [node] : links(node.children)));
    const found = links(pdfStructure(await releaseToPdf(document)));
    const urls = JSON.stringify(document.body).match(/"url":"[^"]+"/gu) ?? [];
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found).toHaveLength(urls.length);
    expect(found.map((link) => link.text)).toEqual(expect.arrayContaining(['almaty.gov.kz', 'press@example.kz']));
    // Its annotation (the clickable area) is the Link's own object reference, as PDF/UA asks.
    expect(found.every((link) => link.children.some((child) => child.type === 'Object'))).toBe(true);
  });

  it('a long release flows over pages, never losing a line', async () => {
    const document = almatyRelease(Array.from({ length: 40 }, (_, index) => `Абзац ${index + 1}: ${'Алматы қаласы әкімдігі хабарлайды. '.repeat(6)}`));
    const bytes = await releaseToPdf(document);
    expect(pdfPages(bytes).pages).toBeGreaterThan(3);
    expect(missingTexts(pdfText(bytes), expectedTexts(document))).toEqual([]);
    // A paragraph running onto the next page stays one element of the structure.
    const paragraphs = (pdfStructure(bytes)[0] as StructureNode).children.filter((node) => node.type === 'P').map((node) => node.text);
    expect(paragraphs.filter((text) => text.startsWith('Абзац '))).toHaveLength(40);
    expect(missingTexts(paragraphs.join(' '), expectedTexts(document).filter((unit) => unit.startsWith('Абзац ')))).toEqual([]);
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
