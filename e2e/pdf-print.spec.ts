import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectedTexts } from '../core/formats/fixtures/texts-of';
import { readDocumentText } from '../core/model/document-file';
import type { PressroomDocument } from '../core/model/types';
import { almatyRelease } from '../electron/services/fixtures/sample-release';
import { releaseToPrintPage } from '../core/formats/print-page';
import { KAZAKH_LETTERS, kazakhRelease } from '../test/fixtures/kazakh-release';
import { missingTexts, pdfFonts, pdfOutline, pdfPages, pdfText } from '../test/pdf-readers';
import { expect, test } from './host/fixtures';
import { REPO_ROOT } from './host/test-host';
import type { TestHost } from './host/fixtures';
import { PRINT_ORIGIN } from './host/print-host';
import { ReleaseEditorPage } from './pages/release-editor-page';

/**
 * File ▸ Export ▸ PDF and File ▸ Print as the app does them, on the engine of Electron's printToPDF: the host builds
 * the print page from the release, Chromium (page.pdf, JavaScript off, only the page's own origin) makes the PDF,
 * and Poppler reads it back: every letter, only the shipped fonts and embedded, the headings as the outline.
 */
test.use({ openApp: false });

const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };
const EN_FIXTURE = (): PressroomDocument => {
  const read = readDocumentText(readFileSync(`${REPO_ROOT}/core/formats/fixtures/every-block.en.pressroom`, 'utf8'));
  if (!read.ok) throw new Error(read.problem.detail);
  return read.document;
};

async function openRelease(host: TestHost, page: Page, name: string, document: PressroomDocument): Promise<void> {
  host.systemLanguage = 'ru';
  const file = await host.writeDocument(`${name}.pressroom`, document);
  await host.open();
  const editor = new ReleaseEditorPage(page, RU);
  await expect(editor.editor).toBeVisible({ timeout: 20_000 });
  await host.sendCommand({ type: 'open-file', path: file });
  const headline = document.body[0]?.children.map((child) => ('text' in child ? child.text : '')).join('') ?? '';
  await expect(editor.headline).toHaveText(headline);
}

async function exportPdf(host: TestHost, page: Page, name: string): Promise<Uint8Array> {
  const target = host.path(`${name}.pdf`);
  host.answerNextSave(target);
  await host.sendCommand({ type: 'menu', action: 'export-pdf' });
  await expect(page.getByRole('status').filter({ hasText: target })).toBeVisible({ timeout: 30_000 });
  return new Uint8Array(readFileSync(target));
}

const RELEASES: [string, () => PressroomDocument][] = [
  ['ru-sample', () => almatyRelease()],
  ['kk-forum', kazakhRelease],
  ['en-every-block', EN_FIXTURE],
];

for (const [name, release] of RELEASES) {
  test(`File ▸ Export ▸ PDF (${name}): pdftotext reads back every letter, pdffonts lists only embedded Noto Serif`, async ({ page, host }) => {
    const document = release();
    await openRelease(host, page, name, document);
    const pdf = await exportPdf(host, page, name);
    if (process.env.PRESSROOM_KEEP_PDF) (await import('node:fs')).writeFileSync(`${process.env.PRESSROOM_KEEP_PDF}/chromium-${name}.pdf`, pdf);
    const text = pdfText(pdf);
    expect(missingTexts(text, expectedTexts(document))).toEqual([]);
    expect(text).not.toMatch(/[\uFFFD\uFB00-\uFB06]/u);
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/\+NotoSerif-(Regular|Bold|Italic|BoldItalic)$/);
      expect(font).toMatchObject({ embedded: true, unicode: true });
    }
    // A4 as Chromium rounds it (594.96 × 841.92 pt), tagged.
    const size = pdfPages(pdf);
    expect(size.tagged).toBe(true);
    expect(Math.abs(size.width - 595.28)).toBeLessThan(1);
    expect(Math.abs(size.height - 841.89)).toBeLessThan(1);
    // The print page asked for itself and its fonts, all from its own origin; nothing was refused.
    expect(host.printRequests.length).toBeGreaterThan(1);
    for (const request of host.printRequests) expect(request).toMatchObject({ served: true, url: expect.stringMatching(`^${PRINT_ORIGIN}/print/`) });
    expect(host.printRequests.filter((request) => request.url.includes('/print/fonts/NotoSerif-')).length).toBeGreaterThan(0);
  });
}

test('the Kazakh PDF carries every Kazakh letter, and its outline is the headline with the section headings', async ({ page, host }) => {
  await openRelease(host, page, 'kk-outline', kazakhRelease());
  const pdf = await exportPdf(host, page, 'kk-outline');
  const text = pdfText(pdf);
  expect([...KAZAKH_LETTERS].filter((letter) => !text.includes(letter))).toEqual([]);
  // Chromium's outline (Electron's printToPDF has the same engine) drops the space where a heading wraps onto a new
  // line ("жастар¶форумы" becomes "жастарфорумы"), with or without aria-label; so the letters are compared, not the spaces.
  const letters = (title: string) => title.replace(/\s+/gu, '');
  const outline = pdfOutline(pdf);
  expect(outline.map((item) => letters(item.title))).toEqual([letters('Өскеменде «Ұлттық құндылықтар» жастар форумы өтті')]);
  expect(outline[0]?.children.map((item) => item.title)).toEqual(['Форумның бағдарламасы', 'Бағыттар']);
});

test('Export all writes the PDF beside Markdown, HTML and Word', async ({ page, host }) => {
  await openRelease(host, page, 'all', kazakhRelease());
  const folder = host.path();
  host.answerNextFolder(folder);
  await host.sendCommand({ type: 'menu', action: 'export-all' });
  await expect(page.getByRole('status').filter({ hasText: 'PDF' })).toBeVisible({ timeout: 30_000 });
  const files = host.callsOf('exportAll')[0]?.request as { files: { format: string }[] };
  expect(files.files.map((file) => file.format)).toEqual(['markdown', 'html', 'docx', 'pdf']);
  const pdf = new Uint8Array(readFileSync(host.path('Өскеменде «Ұлттық құндылықтар» жастар форумы өтті.pdf')));
  expect(pdfText(pdf)).toContain('Һадиша Өмірбекова');
});

test('Ctrl+P (З on a Russian layout) asks the host to print; this host cannot, and says so in Russian', async ({ page, host }) => {
  await openRelease(host, page, 'print', almatyRelease());
  const editor = new ReleaseEditorPage(page, RU);
  await editor.clickInto(editor.headline);
  await editor.pressWithLayout('з', 'KeyP');
  await expect(page.getByRole('status').filter({ hasText: 'Здесь нет печати. Экспортируйте PDF' })).toBeVisible();
  const request = host.callsOf('printDocument')[0]?.request as { documentText: string; paper: string };
  expect(request.paper).toBe('a4');
  expect(JSON.parse(request.documentText).body[0].children[0].text).toBe('В Алматы прошла конференция к 30-летию Конституции');
});

test('on the print page a quote’s speech starts at its rule and the attribution follows the speech without a gap', async ({ browser }) => {
  // The quote's <blockquote> is inline; its default 40px side margins were the gaps before the speech and before the
  // attribution seen on the page images of the PDF.
  const page = await browser.newPage();
  try {
    await page.setContent(releaseToPrintPage(kazakhRelease()));
    await page.emulateMedia({ media: 'print' });
    const gaps = (await page.evaluate(`(() => {
      const figure = document.querySelector('figure.quote');
      const quote = figure.querySelector('blockquote');
      const caption = figure.querySelector('figcaption');
      const style = getComputedStyle(figure);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
      const speech = quote.getClientRects()[0];
      const lastOfSpeech = [...quote.getClientRects()].at(-1);
      const attribution = caption.getClientRects()[0];
      return { beforeSpeech: speech.left - figure.getBoundingClientRect().left - padding, beforeAttribution: attribution.left - lastOfSpeech.right };
    })()`)) as { beforeSpeech: number; beforeAttribution: number };
    expect(Math.abs(gaps.beforeSpeech)).toBeLessThan(1);
    // Only the separator's space (a few pixels) stands between the speech's comma and the attribution's dash.
    expect(gaps.beforeAttribution).toBeLessThan(8);
  } finally {
    await page.close();
  }
});
