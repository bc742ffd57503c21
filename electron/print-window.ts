import type { BrowserWindowConstructorOptions, PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type { PaperSize } from '../core/api';
import { PRINT_LOOK } from '../core/formats/html-print-css';
import { APP_ORIGIN, APP_HOST, APP_SCHEME } from './app-origin';
import { PRINT_PAGE_PATH } from './services/printing';
import { ISOLATED_PAGE } from './window-options';

/**
 * The hidden window File ▸ Print and File ▸ Export ▸ PDF print from, as pure data (electron/printer.ts only wires it):
 * an offscreen page in a session of its own, sandboxed, isolated, with no preload and JavaScript off, loading the
 * print page from our own protocol. A test fails if anyone weakens it.
 */

/** The print window's session: in memory only (no "persist:"), apart from the main window's. */
export const PRINT_PARTITION = 'pressroom-print';
/** Where the print window loads the page (its fonts are beside it, fonts/…, so font-src 'self' allows them). */
export const PRINT_PAGE_URL = `${APP_ORIGIN}${PRINT_PAGE_PATH}`;

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    // About A4 at 96 dpi: the page is laid out for paper, never shown.
    width: 794,
    height: 1123,
    paintWhenInitiallyHidden: true,
    webPreferences: {
      ...ISOLATED_PAGE,
      partition: PRINT_PARTITION,
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      disableDialogs: true,
      spellcheck: false,
      devTools: false,
      webgl: false,
      plugins: false,
    },
  };
}

/** The print page's requests: only the print page's own origin (the page and its fonts). */
export function isPrintRequest(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.pathname.startsWith('/print/');
  } catch {
    return false;
  }
}

const PAGE_SIZE = { a4: 'A4', letter: 'Letter' } as const satisfies Record<PaperSize, 'A4' | 'Letter'>;
/** The print stylesheet's margin (2 cm) in inches, as printToPDF takes it. */
const MARGIN_INCHES = PRINT_LOOK.marginCm / 2.54;

export function pdfOptions(paper: PaperSize): PrintToPDFOptions {
  return {
    pageSize: PAGE_SIZE[paper],
    margins: { top: MARGIN_INCHES, bottom: MARGIN_INCHES, left: MARGIN_INCHES, right: MARGIN_INCHES },
    printBackground: true,
    displayHeaderFooter: false,
    preferCSSPageSize: true,
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  };
}

export function printOptions(paper: PaperSize): WebContentsPrintOptions {
  return { silent: false, printBackground: true, pageSize: PAGE_SIZE[paper], margins: { marginType: 'default' } };
}

/** webContents.print's callback as our answer: printed, cancelled by the user, or a failure with its reason. */
export function printOutcome(success: boolean, failureReason: string): 'printed' | 'cancelled' | Error {
  if (success) return 'printed';
  if (/cancel/i.test(failureReason)) return 'cancelled';
  return new Error(`printing failed: ${failureReason || 'no reason given'}`);
}
