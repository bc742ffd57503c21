import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HOST_CALL_NAMES } from '../core/api';
import type { PressroomApi } from '../core/api';
import { createBlankDocument } from '../core/model/new-document';
import { expect, test } from './host/fixtures';
import { RENDERER_DIR } from './host/test-host';

declare const window: { pressroom: PressroomApi } & Record<string, unknown>;

test.describe('the test host', () => {
  test('serves the built renderer from out/renderer without a network server', async ({ page, host }) => {
    test.skip(!existsSync(join(RENDERER_DIR, 'index.html')), 'out/renderer is not built yet (electron-vite build)');
    expect(page.url()).toBe('https://pressroom.test/index.html');
    await expect(page.locator('body')).not.toBeEmpty();
    expect(host.missingAssets).toEqual([]);
    expect(host.externalRequests).toEqual([]);
  });

  test('window.pressroom is exactly the host contract, plus onCommand and platform', async ({ page }) => {
    const keys = await page.evaluate(() => Object.keys(window.pressroom).sort());
    expect(keys).toEqual([...HOST_CALL_NAMES, 'onCommand', 'platform'].sort());
    expect(await page.evaluate(() => window.pressroom.platform)).toBe('web');
    expect(await page.evaluate(() => Object.isFrozen(window.pressroom))).toBe(true);
  });

  test('a call reaches the real services and its reply comes back', async ({ page, host }) => {
    host.systemLanguage = 'kk';
    const settings = await page.evaluate(() => window.pressroom.updateSettings({ interfaceLanguage: 'ru' }));
    expect(settings).toEqual({
      interfaceLanguage: 'ru',
      systemLanguage: 'kk',
      teamTemplateFolder: null,
      // The organisation's checklist limits, house style, datelines and paper (their defaults: nothing stored yet).
      organisation: {
        checklist: { headlineMin: 60, headlineMax: 90, leadWords: 45, totalWords: 800 },
        houseStyle: { paragraphs: 'space-after', dash: 'language' },
        datelines: { ru: { style: 'standard', agency: '' }, kk: { style: 'standard', agency: '' }, en: { style: 'standard', agency: '' } },
        paper: 'a4',
      },
    });
    expect(JSON.parse(await readFile(join(host.userDataDir, 'settings.json'), 'utf8'))).toMatchObject({ interfaceLanguage: 'ru' });
  });

  test('bytes survive the binding: an export writes exactly what the page sent', async ({ page, host }) => {
    const target = host.path('Қазақ релизі.md');
    host.answerNextSave(target);
    const reply = await page.evaluate(() => {
      const bytes = new Uint8Array(70_000);
      for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 31) % 256;
      return window.pressroom.exportDocument({ format: 'markdown', suggestedName: 'Қазақ релизі', bytes });
    });
    expect(reply).toEqual({ status: 'exported', paths: [target] });
    const written = await readFile(target);
    expect(written.byteLength).toBe(70_000);
    expect([...written.subarray(0, 5)]).toEqual([0, 31, 62, 93, 124]);
    expect(host.dialogs).toEqual([expect.objectContaining({ kind: 'save', answer: target, defaultPath: join(host.documentsDir, 'Қазақ релизі.md') })]);
  });

  test('a request of the wrong shape is refused, as main refuses it', async ({ page, host }) => {
    const error = await page.evaluate(() =>
      (window.pressroom.openDocument as (request: unknown) => Promise<unknown>)({ path: 42 }).then(
        () => 'accepted',
        (reason: Error) => reason.message,
      ),
    );
    expect(error).toContain('bad arguments for openDocument');
    expect(host.callsOf('openDocument')).toEqual([expect.objectContaining({ refused: expect.stringContaining('bad arguments') })]);
  });

  test('dialogs are answered from the queue; an empty queue cancels', async ({ page, host }) => {
    const path = await host.writeDocument('release.pressroom', createBlankDocument('ru'));
    host.answerNextOpen(path);
    const opened = await page.evaluate(() => window.pressroom.openDocument({}));
    expect(opened).toMatchObject({ status: 'opened', file: { path, name: 'release' } });
    expect(await page.evaluate(() => window.pressroom.openDocument({}))).toEqual({ status: 'cancelled' });
    expect(host.pendingAnswers).toBe(0);
  });

  test('commands reach onCommand listeners; window state and close are recorded', async ({ page, host }) => {
    await page.evaluate(() => {
      window.received = [];
      window.pressroom.onCommand((command) => (window.received as unknown[]).push(command));
    });
    expect(await host.sendCommand({ type: 'menu', action: 'save' })).toBeGreaterThanOrEqual(1);
    await host.sendCommand({ type: 'open-file', path: '/tmp/a.pressroom' });
    expect(await page.evaluate(() => window.received)).toEqual([
      { type: 'menu', action: 'save' },
      { type: 'open-file', path: '/tmp/a.pressroom' },
    ]);
    await page.evaluate(() => window.pressroom.setDocumentState({ name: 'Пресс-релиз', path: null, dirty: true }));
    expect(host.windowState).toEqual({ name: 'Пресс-релиз', path: null, dirty: true });
    await page.evaluate(() => window.pressroom.closeWindow({}));
    expect(host.closed).toBe(true);
  });

  test('a request leaving the app fails (the renderer’s CSP or the host stops it)', async ({ page }) => {
    const outcome = await page.evaluate(() =>
      fetch('https://example.org/tracker.png').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
  });

  test('a request that gets past a page’s CSP is aborted by the host and recorded', async ({ context, host }) => {
    // A page of the test origin without the renderer's CSP (a 404 page), so the request reaches the network layer.
    const bare = await context.newPage();
    await bare.goto('https://pressroom.test/no-such-page');
    const outcome = await bare.evaluate(() =>
      fetch('https://example.org/tracker.png').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(host.externalRequests).toEqual(['https://example.org/tracker.png']);
    expect(host.missingAssets).toEqual(['https://pressroom.test/no-such-page']);
    await bare.close();
  });

  test('openExternal passes only http, https and mailto to the OS', async ({ page, host }) => {
    const replies = await page.evaluate(async () => {
      const urls = ['https://www.gov.kz/', 'mailto:press@almaty.gov.kz', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x'];
      const out: boolean[] = [];
      for (const url of urls) out.push((await window.pressroom.openExternal({ url })).opened);
      return out;
    });
    expect(replies).toEqual([true, true, false, false, false]);
    expect(host.openedExternally).toEqual(['https://www.gov.kz/', 'mailto:press@almaty.gov.kz']);
  });
});

test.describe('page errors', () => {
  test.use({ allowPageErrors: true });
  test('are collected; a test that opts out sees them instead of failing', async ({ page, host }) => {
    await page.evaluate(() => setTimeout(() => {
      throw new Error('deliberate failure');
    }));
    await expect.poll(() => host.pageErrors.map((error) => error.message)).toEqual(['deliberate failure']);
  });
});
