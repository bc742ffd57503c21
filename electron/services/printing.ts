import type { HostCalls, PaperSize } from '../../core/api';
import { PRINT_FONTS_FOLDER } from '../../core/formats/print-fonts';
import { PRINT_PAGE_CSP, releaseToPrintPage } from '../../core/formats/print-page';
import { readDocumentTransfer } from '../../core/model/document-file';
import { failed, failedFromError } from './file-problems';
import { printFontByName } from './print-fonts';

/**
 * File ▸ Export ▸ PDF and File ▸ Print in the app: the host builds the print page itself from the release the
 * renderer sent (parsed and validated like a save; the renderer never hands over HTML) and gives it to the
 * host's printer — Electron's webContents.printToPDF / print of a hidden sandboxed window (electron/printer.ts),
 * Chromium's page.pdf in the test and browser hosts (e2e/host). A host without a printer (the command line)
 * answers 'unavailable' for print and a problem for PDF.
 */

/** One print job's page: the HTML and the paper it is set for. */
export interface PrintPage {
  html: string;
  paper: PaperSize;
}

export interface HostPrinter {
  /** The PDF of the page (headings as the outline, tagged, the shipped fonts embedded). */
  renderPdf(page: PrintPage): Promise<Uint8Array>;
  /** Prints the page through the system's print dialog, or says it cannot. */
  print(page: PrintPage): Promise<'printed' | 'cancelled' | 'unavailable'>;
}

/** Where a print page is served in its own origin: the page, and its fonts beside it. */
export const PRINT_PAGE_PATH = '/print/page.html';
export const PRINT_FONTS_PATH = `/print/${PRINT_FONTS_FOLDER}/`;

export interface PrintResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

const notFound = (): PrintResponse => ({ status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not found' });

/**
 * Answers a request of the print page's origin by its path: the page itself, a shipped font, nothing else. Each
 * answer carries the print page's policy (no script, no network, only our inline style and our fonts).
 */
export async function answerPrintRequest(pathname: string, html: string): Promise<PrintResponse> {
  const headers = { 'Content-Security-Policy': PRINT_PAGE_CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
  if (pathname === PRINT_PAGE_PATH) return { status: 200, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' }, body: html };
  if (pathname.startsWith(PRINT_FONTS_PATH)) {
    const font = await printFontByName(pathname.slice(PRINT_FONTS_PATH.length));
    if (font) return { status: 200, headers: { ...headers, 'Content-Type': 'font/ttf' }, body: new Uint8Array(font) };
  }
  return notFound();
}

export function createPrintService(printer: HostPrinter | undefined) {
  const pageOf = (request: HostCalls['renderPdf']['request']) => {
    const read = readDocumentTransfer(request.documentText);
    if (!read.ok) return { ok: false as const, problem: read.problem };
    const options = { paper: request.paper, ...(request.datelines ? { datelines: request.datelines } : {}), ...(request.dash ? { dash: request.dash } : {}) };
    return { ok: true as const, page: { html: releaseToPrintPage(read.document, options), paper: request.paper } };
  };

  async function renderPdf(request: HostCalls['renderPdf']['request']): Promise<HostCalls['renderPdf']['reply']> {
    const made = pageOf(request);
    if (!made.ok) return failed(made.problem);
    if (!printer) return failed({ reason: 'io', detail: 'this host cannot make a PDF of the print page' });
    try {
      return { status: 'rendered', bytes: await printer.renderPdf(made.page) };
    } catch (error) {
      return failedFromError(error);
    }
  }

  async function printDocument(request: HostCalls['printDocument']['request']): Promise<HostCalls['printDocument']['reply']> {
    const made = pageOf(request);
    if (!made.ok) return failed(made.problem);
    if (!printer) return { status: 'unavailable' };
    try {
      const result = await printer.print(made.page);
      return { status: result === 'cancelled' ? 'cancelled' : result };
    } catch (error) {
      return failedFromError(error);
    }
  }

  return { renderPdf, printDocument };
}
