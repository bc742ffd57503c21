import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../model/types';
import type { PressroomDocument } from '../model/types';
import { releaseToHtml } from './html-export';
import { PRINT_CSS } from './html-print-css';
import { PRINT_FONT_FILES } from './print-fonts';
import { PRINT_PAGE_CSP, releaseToPrintPage } from './print-page';

/** The print page the app prints and turns into PDF: the HTML export's article in its print stylesheet. */
const release = (headline: string): PressroomDocument => ({
  format: 'pressroom',
  version: CURRENT_VERSION,
  metadata: { language: 'kk', title: '', city: 'Алматы', date: '2025-08-29', organisation: 'Әкімдік', variables: [] },
  body: [
    { type: 'headline', children: [{ text: headline }] },
    { type: 'paragraph', children: [{ text: 'Қала тұрғындары қатысты.' }] },
  ],
});

describe('the print page', () => {
  it('is the HTML export’s article in its print stylesheet, in the release’s language', () => {
    const document = release('Алматыда форум өтті');
    const page = releaseToPrintPage(document);
    expect(page).toContain(releaseToHtml(document, 'fragment').trim());
    expect(page).toContain(PRINT_CSS);
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="kk">/);
    expect(page).toContain('<title>Алматыда форум өтті</title>');
  });

  it('loads the four shipped faces from its own fonts/ folder, and sets the paper', () => {
    const page = releaseToPrintPage(release('Форум'), { paper: 'letter' });
    for (const file of Object.values(PRINT_FONT_FILES)) {
      expect(page).toContain(`font-weight: ${file.weight}; font-style: ${file.style}; src: url("fonts/${file.name}") format("truetype")`);
    }
    expect(page).toContain('@page { size: letter; margin: 2cm; }');
    expect(releaseToPrintPage(release('Форум'))).toContain('@page { size: A4; margin: 2cm; }');
  });

  it('allows no script and no network: only its inline style and its own fonts', () => {
    expect(PRINT_PAGE_CSP).toContain("default-src 'none'");
    expect(PRINT_PAGE_CSP).toContain("font-src 'self'");
    expect(PRINT_PAGE_CSP).not.toMatch(/script-src|https?:|\*/);
    const page = releaseToPrintPage(release('<script>alert(1)</script> & «тырнақша»'));
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${PRINT_PAGE_CSP}">`);
    expect(page).not.toContain('<script');
    expect(page).toContain('<title>&#60;script&#62;alert(1)&#60;/script&#62; &#38; «тырнақша»</title>');
  });

  it('is valid HTML', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } }).validateString(releaseToPrintPage(release('Форум')));
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
  });
});
