import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { HOST_CALL_NAMES, type PressroomApi } from '../core/api';

/**
 * Smoke test of the real desktop app (Playwright's _electron). It runs wherever the Electron binary is
 * installed; elsewhere (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as in this project's CI) it is skipped with the reason.
 */
declare const window: { pressroom: PressroomApi; location: { href: string }; open(url: string): unknown } & Record<string, unknown>;

const root = join(import.meta.dirname, '..');
const mainScript = join(root, 'out/main/main.js');

/**
 * Finds the Electron executable the way the electron package does, but without its fallback of downloading
 * the binary (requiring 'electron' starts a download when the binary is missing).
 */
function electronBinary(): { path: string } | { skip: string } {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { skip: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) {
    return { skip: 'the Electron binary is not installed (node_modules/electron/path.txt is missing: installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)' };
  }
  const path = override ? join(override, relative || 'electron') : join(packageDir, 'dist', relative);
  if (!existsSync(path)) return { skip: `the Electron binary is not installed (no file at ${path})` };
  if (!existsSync(mainScript)) return { skip: 'out/main/main.js is not built (run electron-vite build)' };
  if (!existsSync(join(root, 'out/renderer/index.html'))) return { skip: 'out/renderer is not built (run electron-vite build)' };
  return { path };
}

const binary = electronBinary();
if ('skip' in binary) console.log(`[electron.spec] skipped: ${binary.skip}`);

test.describe('the Electron app', () => {
  test.skip('skip' in binary, 'skip' in binary ? binary.skip : '');

  let app: ElectronApplication;
  let page: Page;

  test.beforeEach(async () => {
    if (!('path' in binary)) return;
    // The built app, not Vite's dev server.
    const { ELECTRON_RENDERER_URL: _devServer, ...environment } = process.env;
    app = await electron.launch({
      executablePath: binary.path,
      args: [mainScript, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
      env: { ...environment, PRESSROOM_USER_DATA_DIR: mkdtempSync(join(tmpdir(), 'pressroom-electron-')) },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterEach(async () => {
    await app?.close();
  });

  test('opens one window on app://pressroom with the Pressroom title', async () => {
    expect(page.url()).toBe('app://pressroom/index.html');
    const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => window.getTitle()));
    expect(windows).toHaveLength(1);
    expect(windows[0]).toMatch(/Pressroom$/);
  });

  test('the page sees only what the preload bridged: calls are bridged functions, not the preload’s own', async () => {
    expect(await page.evaluate(() => Function.prototype.toString.call(window.pressroom.listRecent))).toMatch(/\[native code\]/);
  });

  test('window.pressroom has exactly the contract’s keys; no require, process or module in the page', async () => {
    expect(await page.evaluate(() => Object.keys(window.pressroom).sort())).toEqual([...HOST_CALL_NAMES, 'onCommand', 'platform'].sort());
    expect(await page.evaluate(() => window.pressroom.platform)).toBe(process.platform);
    expect(await page.evaluate(() => [typeof window.require, typeof window.process, typeof window.module, typeof window.ipcRenderer, typeof window.electron])).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
  });

  test('the page cannot navigate away, open windows or reach the network', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    expect(page.url()).toBe('app://pressroom/index.html');
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(await page.evaluate(() => fetch('https://example.com/').then(() => 'reached', () => 'blocked'))).toBe('blocked');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('a headline typed in Kazakh appears in the editor and marks the title unsaved', async () => {
    const editor = page.locator('[data-slate-editor="true"]').first();
    await expect(editor).toBeVisible();
    await editor.click();
    await page.keyboard.press(process.platform === 'darwin' ? 'Meta+Home' : 'Control+Home');
    const headline = 'Астанада «Медиа-2026» форумы ашылды — әріптестер қош келдіңіздер';
    await page.keyboard.type(headline);
    await expect(editor).toContainText(headline);
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? ''))
      .toMatch(/• — Pressroom$/);
  });
});
