import { test as base, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { TestHost } from './test-host';

/** PRESSROOM_TRACE_SELECTION=1: who moved the caret, printed when a test fails (selection-trace.js). */
const SELECTION_TRACE = process.env.PRESSROOM_TRACE_SELECTION === '1' ? fileURLToPath(new URL('./selection-trace.js', import.meta.url)) : null;

/**
 * Pressroom's Playwright fixtures. Usage:
 *
 *   import { test, expect } from './host/fixtures';
 *   test('saves', async ({ page, host }) => {
 *     host.answerNextSave(host.path('release.pressroom'));
 *     await host.sendCommand({ type: 'menu', action: 'save' });
 *     ...
 *   });
 *
 * - `host` (TestHost): the real services on temp folders; the page is already at https://pressroom.test/index.html
 *   unless the test sets `test.use({ openApp: false })` (then arrange files, and call `await host.open()`).
 * - Any page error fails the test, unless `test.use({ allowPageErrors: true })` or `host.allowPageErrors = true`.
 * - PRESSROOM_TRACE_SELECTION=1 records every caret move (selection-trace.js) and prints them for a failed test.
 */
export interface PressroomFixtures {
  host: TestHost;
  openApp: boolean;
  allowPageErrors: boolean;
}

export const test = base.extend<PressroomFixtures>({
  openApp: [true, { option: true }],
  allowPageErrors: [false, { option: true }],
  // auto: a test that asks only for `page` still gets the app and the host behind it.
  host: [async ({ page, context, openApp, allowPageErrors }, use, testInfo) => {
    const host = await TestHost.create();
    host.allowPageErrors = allowPageErrors;
    if (SELECTION_TRACE) await page.addInitScript({ path: SELECTION_TRACE });
    await host.attach(page, context);
    if (openApp) await host.open();
    await use(host);
    if (SELECTION_TRACE && testInfo.status !== testInfo.expectedStatus) {
      const trace = await page.evaluate('window.__pressroomSelectionTrace?.() ?? []').catch(() => ['(the page is gone)']);
      console.log(`--- caret trace of "${testInfo.title}" (last entries, ms since the page started):\n${(trace as string[]).join('\n')}`);
    }
    if (host.externalRequests.length > 0) await testInfo.attach('external-requests', { body: host.externalRequests.join('\n') });
    const errors = host.pageErrors;
    await host.dispose();
    if (errors.length > 0 && !host.allowPageErrors) {
      throw new Error(`page error(s) during the test:\n${errors.map((error) => error.stack ?? error.message).join('\n---\n')}`);
    }
  }, { auto: true }],
});

export { expect };
export { TestHost };
export { APP_ORIGIN, APP_URL } from './serve-renderer';
