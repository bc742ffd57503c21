import type { Browser } from '@playwright/test';
import { PRINT_LOOK } from '../../core/formats/html-print-css';
import { answerPrintRequest, PRINT_PAGE_PATH } from '../../electron/services/printing';
import type { HostPrinter, PrintPage } from '../../electron/services/printing';

/**
 * The test and browser hosts' printer: what electron/printer.ts does with Electron, done with Playwright on the
 * same engine. Each job gets a browser context of its own with JavaScript off, whose only origin serves the print
 * page and the shipped fonts (answerPrintRequest, as Electron's print session does) and refuses everything else;
 * Chromium's page.pdf (the engine of Electron's printToPDF) makes the PDF with the headings as its outline.
 * Printing to paper needs the system's print dialog, which a headless Chromium does not have: 'unavailable'.
 */
export const PRINT_ORIGIN = 'https://print.pressroom.test';

export interface PagePrinterEvents {
  /** Every request the print page made, served or refused. */
  request?(url: string, served: boolean): void;
}

const MARGIN = `${PRINT_LOOK.marginCm}cm`;

export function createPagePrinter(browser: () => Browser | null | Promise<Browser | null>, events: PagePrinterEvents = {}): HostPrinter {
  async function renderPdf(job: PrintPage): Promise<Uint8Array> {
    const current = await browser();
    if (!current) throw new Error('no browser to print with');
    const context = await current.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    try {
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        const answer = url.origin === PRINT_ORIGIN && route.request().method() === 'GET' ? await answerPrintRequest(url.pathname, job.html) : null;
        events.request?.(url.href, answer !== null && answer.status === 200);
        if (!answer) return route.abort('blockedbyclient');
        return route.fulfill({ status: answer.status, headers: answer.headers, body: typeof answer.body === 'string' ? answer.body : Buffer.from(answer.body) });
      });
      const page = await context.newPage();
      await page.goto(`${PRINT_ORIGIN}${PRINT_PAGE_PATH}`, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: job.paper === 'letter' ? 'Letter' : 'A4',
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
        printBackground: true,
        preferCSSPageSize: true,
        outline: true,
        tagged: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  }
  return { renderPdf, print: async () => 'unavailable' };
}
