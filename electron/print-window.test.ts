import { describe, expect, it } from 'vitest';
import { isPrintRequest, pdfOptions, PRINT_PAGE_URL, PRINT_PARTITION, printOptions, printOutcome, printWindowOptions } from './print-window';

/**
 * The hidden print window of File ▸ Print and File ▸ Export ▸ PDF (electron/printer.ts builds it from these and
 * nothing else; it cannot run here without Electron's binary, so its options are pinned).
 */
describe('the print window', () => {
  it('is hidden, sandboxed, isolated, with no preload, no Node and JavaScript off', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      disableDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });

  it('lives in an in-memory session of its own, not the main window’s', () => {
    expect(printWindowOptions().webPreferences?.partition).toBe(PRINT_PARTITION);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('loads the print page from our own protocol, and may reach nothing but the print page’s folder there', () => {
    expect(PRINT_PAGE_URL).toBe('app://pressroom/print/page.html');
    expect(isPrintRequest(PRINT_PAGE_URL)).toBe(true);
    expect(isPrintRequest('app://pressroom/print/fonts/NotoSerif-Regular.ttf')).toBe(true);
    for (const url of ['app://pressroom/index.html', 'app://evil/print/page.html', 'https://fonts.example.com/print/a.ttf', 'file:///etc/passwd', 'data:text/html,x', 'not a url']) {
      expect(isPrintRequest(url), url).toBe(false);
    }
  });
});

describe('printToPDF and print options', () => {
  it('makes a tagged PDF with the headings as its outline, on A4 or Letter, with the print stylesheet’s 2 cm margins', () => {
    const a4 = pdfOptions('a4');
    expect(a4).toMatchObject({ pageSize: 'A4', generateDocumentOutline: true, generateTaggedPDF: true, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    expect(a4.margins?.top).toBeCloseTo(2 / 2.54, 6);
    expect(new Set(Object.values(a4.margins ?? {})).size).toBe(1);
    expect(pdfOptions('letter').pageSize).toBe('Letter');
  });

  it('prints through the system dialog (never silently), on the paper asked for', () => {
    expect(printOptions('a4')).toMatchObject({ silent: false, pageSize: 'A4', printBackground: true });
    expect(printOptions('letter').pageSize).toBe('Letter');
  });

  it('reads webContents.print’s answer: printed, cancelled by the user, or a failure with its reason', () => {
    expect(printOutcome(true, '')).toBe('printed');
    expect(printOutcome(false, 'Print job canceled')).toBe('cancelled');
    const failure = printOutcome(false, 'Print job failed');
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain('Print job failed');
  });
});
