import type { PressroomDocument } from '../model/types';
import type { Paper } from './docx-export';
import { releaseToHtml } from './html-export';
import { PAPER_SIZES_PT, PRINT_CSS, PRINT_LOOK } from './html-print-css';
import { FONT_FACES, PRINT_FONT_FILES, PRINT_FONTS_FOLDER } from './print-fonts';
import { contextOf, releaseTitle } from './release-content';
import type { FormatOptions } from './release-content';

/**
 * The print page: what File ▸ Print prints and File ▸ Export ▸ PDF turns into a PDF (Electron's webContents.print /
 * printToPDF of a hidden, sandboxed window with JavaScript off; Chromium's page.pdf in the tests and the browser
 * host). It is the HTML export's article (html-export.ts, the 'fragment' profile) in the HTML export's print
 * stylesheet (PRINT_CSS), with the shipped fonts loaded from the page's own origin and the paper size set.
 * Nothing on it can reach the network or run: its policy allows its inline style and its own fonts, nothing else.
 */

/** The print page's Content-Security-Policy (sent as a header by the hosts, repeated in a <meta>). */
export const PRINT_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; base-uri 'none'; form-action 'none'";

export interface PrintPageOptions extends FormatOptions {
  /** 'a4' (default) or 'letter'. */
  paper?: Paper;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** The @font-face rules of the shipped fonts, relative to the page (fonts/NotoSerif-Regular.ttf…). */
export function fontFaceCss(): string {
  return FONT_FACES.map((face) => {
    const file = PRINT_FONT_FILES[face];
    return `@font-face { font-family: "${PRINT_LOOK.font}"; font-weight: ${file.weight}; font-style: ${file.style}; src: url("${PRINT_FONTS_FOLDER}/${file.name}") format("truetype"); }`;
  }).join('\n');
}

export function releaseToPrintPage(document: PressroomDocument, options: PrintPageOptions = {}): string {
  const context = contextOf(document.metadata, options);
  const paper = PAPER_SIZES_PT[options.paper ?? 'a4'];
  const title = releaseTitle(document.body, context) || 'Press release';
  const style = `${fontFaceCss()}\n${PRINT_CSS}\n@page { size: ${paper.css}; margin: ${PRINT_LOOK.marginCm}cm; }\n`;
  const article = releaseToHtml(document, 'fragment', options).trim();
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(context.profile.tags.html)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PRINT_PAGE_CSP}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    `<body>${article}</body>`,
    '</html>',
    '',
  ].join('\n');
}
