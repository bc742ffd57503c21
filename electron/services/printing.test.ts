import { describe, expect, it } from 'vitest';
import { PRINT_PAGE_CSP } from '../../core/formats/print-page';
import { writeDocumentText } from '../../core/model/document-file';
import { kazakhRelease } from '../../test/fixtures/kazakh-release';
import { answerPrintRequest, createPrintService, PRINT_PAGE_PATH } from './printing';
import type { HostPrinter, PrintPage } from './printing';

/** The host side of File ▸ Print and Export ▸ PDF: the page it builds, what its origin serves, the replies. */
function recordingPrinter(print: Awaited<ReturnType<HostPrinter['print']>> = 'printed'): HostPrinter & { pages: PrintPage[] } {
  const pages: PrintPage[] = [];
  return {
    pages,
    renderPdf: async (page) => {
      pages.push(page);
      return new TextEncoder().encode('%PDF-1.7');
    },
    print: async (page) => {
      pages.push(page);
      return print;
    },
  };
}

const release = () => writeDocumentText(kazakhRelease());

describe('the print page’s origin', () => {
  it('serves the page and the four shipped fonts, each with the print page’s policy, and nothing else', async () => {
    const page = await answerPrintRequest(PRINT_PAGE_PATH, '<!DOCTYPE html><p>бет</p>');
    expect(page).toMatchObject({ status: 200, body: '<!DOCTYPE html><p>бет</p>' });
    expect(page.headers['Content-Security-Policy']).toBe(PRINT_PAGE_CSP);
    for (const name of ['NotoSerif-Regular.ttf', 'NotoSerif-Bold.ttf', 'NotoSerif-Italic.ttf', 'NotoSerif-BoldItalic.ttf']) {
      const font = await answerPrintRequest(`/print/fonts/${name}`, '');
      expect(font.status, name).toBe(200);
      expect(font.headers['Content-Type']).toBe('font/ttf');
      // A TrueType file starts with the version 1.0 tag.
      expect([...(font.body as Uint8Array).subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    }
    for (const path of ['/index.html', '/print/fonts/../../package.json', '/print/fonts/NotoSerif-Thin.ttf', '/print/page.html/', '/print/']) {
      expect((await answerPrintRequest(path, 'x')).status, path).toBe(404);
    }
  });
});

describe('renderPdf and printDocument', () => {
  it('build the print page from the release the renderer sent, on the paper asked for', async () => {
    const printer = recordingPrinter();
    const service = createPrintService(printer);
    expect(await service.renderPdf({ documentText: release(), paper: 'letter' })).toMatchObject({ status: 'rendered' });
    expect(await service.printDocument({ documentText: release(), paper: 'a4' })).toEqual({ status: 'printed' });
    expect(printer.pages.map((page) => page.paper)).toEqual(['letter', 'a4']);
    expect(printer.pages[0]?.html).toContain('@page { size: letter; margin: 2cm; }');
    expect(printer.pages[1]?.html).toContain('<h1>Өскеменде «Ұлттық құндылықтар» жастар форумы өтті</h1>');
  });

  it('set the quotes in the house dash the renderer sent (em: «— Сөз, — деді …»)', async () => {
    const printer = recordingPrinter();
    const service = createPrintService(printer);
    await service.renderPdf({ documentText: release(), paper: 'a4' });
    await service.printDocument({ documentText: release(), paper: 'a4', dash: 'em' });
    const [own, em] = printer.pages.map((page) => page.html);
    expect(own).toContain('–\u00a0');
    expect(own).not.toContain('—\u00a0');
    expect(em).toContain('—\u00a0');
    expect(em?.replaceAll('—', '–')).toBe(own?.replaceAll('—', '–'));
  });

  it('refuse a release that is not valid, as a save would, without printing anything', async () => {
    const printer = recordingPrinter();
    const service = createPrintService(printer);
    const damaged = JSON.stringify({ ...kazakhRelease(), body: [{ type: 'video', children: [] }] });
    expect(await service.renderPdf({ documentText: damaged, paper: 'a4' })).toMatchObject({ status: 'failed', problem: { reason: 'invalid' } });
    expect(await service.printDocument({ documentText: '{', paper: 'a4' })).toMatchObject({ status: 'failed', problem: { reason: 'not-json' } });
    expect(printer.pages).toEqual([]);
  });

  it('a host without a printer answers "unavailable" to print and a problem to PDF; a cancelled print is cancelled', async () => {
    const none = createPrintService(undefined);
    expect(await none.printDocument({ documentText: release(), paper: 'a4' })).toEqual({ status: 'unavailable' });
    expect(await none.renderPdf({ documentText: release(), paper: 'a4' })).toMatchObject({ status: 'failed', problem: { reason: 'io' } });
    expect(await createPrintService(recordingPrinter('cancelled')).printDocument({ documentText: release(), paper: 'a4' })).toEqual({ status: 'cancelled' });
  });

  it('a printer that fails gives a problem, not an exception', async () => {
    const broken: HostPrinter = { renderPdf: () => Promise.reject(new Error('GPU process gone')), print: () => Promise.reject(new Error('no printers')) };
    const service = createPrintService(broken);
    expect(await service.renderPdf({ documentText: release(), paper: 'a4' })).toMatchObject({ status: 'failed', problem: { reason: 'io', detail: 'GPU process gone' } });
    expect(await service.printDocument({ documentText: release(), paper: 'a4' })).toMatchObject({ status: 'failed', problem: { detail: 'no printers' } });
  });
});
