import { BrowserWindow, session } from 'electron';
import { APP_SCHEME } from './app-origin';
import { denyDevicePermission, denyPermissionCheck, denyPermissionRequest } from './guards';
import { isPrintRequest, pdfOptions, PRINT_PAGE_URL, PRINT_PARTITION, printOptions, printOutcome, printWindowOptions } from './print-window';
import { answerPrintRequest } from './services/printing';
import type { HostPrinter, PrintPage } from './services/printing';

/**
 * Electron's printing of the print page (the host's HostPrinter): a hidden window made from printWindowOptions,
 * in its own in-memory session whose app:// serves the current page and the shipped fonts and nothing else, and
 * refuses every other request. One job at a time; the window is destroyed after each. Kept thin: every decision
 * is in print-window.ts and services/printing.ts, tested there; this file cannot run without Electron's binary.
 */
export function createElectronPrinter(): HostPrinter {
  let page = '';
  let prepared = false;
  let queue: Promise<unknown> = Promise.resolve();

  function prepareSession(): void {
    if (prepared) return;
    prepared = true;
    const ses = session.fromPartition(PRINT_PARTITION);
    ses.setPermissionRequestHandler(denyPermissionRequest);
    ses.setPermissionCheckHandler(denyPermissionCheck);
    ses.setDevicePermissionHandler(denyDevicePermission);
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintRequest(details.url) }));
    ses.protocol.handle(APP_SCHEME, async (request) => {
      const answer = isPrintRequest(request.url) && request.method === 'GET' ? await answerPrintRequest(new URL(request.url).pathname, page) : null;
      if (!answer) return new Response('Not found', { status: 404 });
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    });
  }

  function withPrintPage<T>(job: PrintPage, run: (window: BrowserWindow) => Promise<T>): Promise<T> {
    const result = queue.then(async () => {
      prepareSession();
      page = job.html;
      const window = new BrowserWindow(printWindowOptions());
      try {
        await window.loadURL(PRINT_PAGE_URL);
        return await run(window);
      } finally {
        page = '';
        if (!window.isDestroyed()) window.destroy();
      }
    });
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    renderPdf: (job) => withPrintPage(job, async (window) => new Uint8Array(await window.webContents.printToPDF(pdfOptions(job.paper)))),
    print: (job) =>
      withPrintPage(
        job,
        (window) =>
          new Promise<'printed' | 'cancelled'>((resolve, reject) => {
            window.webContents.print(printOptions(job.paper), (success, failureReason) => {
              const outcome = printOutcome(success, failureReason);
              if (outcome instanceof Error) reject(outcome);
              else resolve(outcome);
            });
          }),
      ),
  };
}
