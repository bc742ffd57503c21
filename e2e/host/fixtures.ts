import { test as base, expect } from '@playwright/test';
import { TestHost } from './test-host';

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
    await host.attach(page, context);
    if (openApp) await host.open();
    await use(host);
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
