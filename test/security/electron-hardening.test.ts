import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/app-origin';
import { appResponseHeaders, resolveAppFile, serveAppRequest } from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY, cspWeaknesses, parseCsp, SPELLING_WORKER_CSP } from '../../electron/csp';
import {
  createRequestFilter,
  createWindowOpenHandler,
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedRequest,
  refuseNavigation,
} from '../../electron/guards';
import { mainWindowOptions } from '../../electron/window-options';

/**
 * Issue 5 item 8: fails if anyone weakens the Electron shell — window options, CSP, the navigation,
 * window-open, permission and network guards, the app:// protocol, and their wiring in main.ts.
 */
const root = join(import.meta.dirname, '../..');
const mainSource = readFileSync(join(root, 'electron/main.ts'), 'utf8');

/** URLs a hostile document or paste might try to make the app follow. */
const HOSTILE_URLS = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'file://C:/Windows/System32/calc.exe',
  '\\\\attacker\\share\\payload.exe',
  'smb://attacker/share',
  'ms-msdt:/id PCWDiagnostic',
  'app://pressroom/index.html',
  'chrome://settings',
  'about:blank',
  'blob:app://pressroom/5f2b',
  'https://',
  '',
];

describe('the main window', () => {
  const options = mainWindowOptions({ preloadPath: '/app/out/preload/preload.cjs', bounds: { width: 1200, height: 800 } });
  const web = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer, with no Node in it', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and the risky features off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.enableBlinkFeatures ?? '').toBe('');
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web).not.toHaveProperty('additionalArguments');
    expect(web.disableBlinkFeatures).toBe('Auxclick');
  });

  it('offers developer tools only to unpackaged runs', () => {
    expect(web.devTools).toBe(false);
    expect(mainWindowOptions({ preloadPath: '/p.cjs', bounds: { width: 1, height: 1 }, devTools: true }).webPreferences?.devTools).toBe(true);
    expect(mainSource).toContain('devTools: !app.isPackaged');
  });

  it('loads the sandboxed CommonJS preload, and turns Chromium’s spell-checker off (it downloads dictionaries)', () => {
    expect(web.preload).toBe('/app/out/preload/preload.cjs');
    expect(web.spellcheck).toBe(false);
  });

  it('has only the keys this test knows (a new webPreference must be reviewed here)', () => {
    expect(Object.keys(web).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'disableBlinkFeatures',
        'enableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('main.ts builds the window from these options and turns on the sandbox for every renderer', () => {
    expect(mainSource).toMatch(/new BrowserWindow\(mainWindowOptions\(/);
    expect(mainSource.match(/new BrowserWindow\(/g)).toHaveLength(1);
    expect(mainSource).toContain('app.enableSandbox()');
    expect(mainSource).toContain('loadURL(devServerUrl ?? APP_ENTRY_URL)');
    expect(APP_ENTRY_URL).toBe('app://pressroom/index.html');
  });
});

describe('the Content-Security-Policy', () => {
  it('our header policy has no weakness', () => {
    expect(cspWeaknesses(CONTENT_SECURITY_POLICY)).toEqual([]);
    const policy = parseCsp(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('the checker itself notices weakened policies', () => {
    expect(cspWeaknesses("default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'; frame-src 'none'")).toContain(
      "script-src allows 'unsafe-eval'",
    );
    expect(cspWeaknesses("default-src 'none'; script-src 'self' 'unsafe-inline'")).toContain("script-src allows 'unsafe-inline'");
    expect(cspWeaknesses("default-src 'none'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; img-src https:")).toContain(
      'img-src allows the network (https:)',
    );
    expect(cspWeaknesses("default-src *")).not.toEqual([]);
    expect(cspWeaknesses('')).not.toEqual([]);
  });

  it('the spelling worker alone may compile WebAssembly, and nothing else is looser than the page', () => {
    const worker = parseCsp(SPELLING_WORKER_CSP);
    expect(worker.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(cspWeaknesses(SPELLING_WORKER_CSP)).toEqual(["script-src allows 'wasm-unsafe-eval'"]);
    expect(cspWeaknesses(SPELLING_WORKER_CSP, { allowWebAssembly: true })).toEqual([]);
    expect(worker.get('connect-src')).toEqual(["'self'"]);
    expect(worker.get('worker-src')).toEqual(["'none'"]);
    expect(appResponseHeaders('/app/out/renderer/assets/spell-worker-C8Yce3ng.js')['Content-Security-Policy']).toBe(SPELLING_WORKER_CSP);
    expect(appResponseHeaders('/app/out/renderer/assets/index-Ce7BhqzX.js')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(appResponseHeaders('/app/out/renderer/assets/spell-worker-x.js.map')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(parseCsp(CONTENT_SECURITY_POLICY).get('worker-src')).toEqual(["'self'"]);
    expect(cspWeaknesses("default-src 'none'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; worker-src blob:")).toContain(
      "worker-src must be 'self' or 'none', is blob:",
    );
  });

  it('every app:// response carries it as a header, with nosniff', () => {
    const headers = appResponseHeaders('/app/out/renderer/index.html');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  });

  const indexHtml = join(root, 'renderer/index.html');
  it.skipIf(!existsSync(indexHtml))('renderer/index.html repeats a policy at least as strict in its <meta>', () => {
    const html = readFileSync(indexHtml, 'utf8');
    const meta = /<meta\s+http-equiv=(["'])Content-Security-Policy\1\s+content=(["'])(.*?)\2/is.exec(html);
    expect(meta, 'renderer/index.html has no Content-Security-Policy <meta>').not.toBeNull();
    expect(cspWeaknesses(meta?.[3] ?? '')).toEqual([]);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>[^<]+<\/script>/i);
  });
});

describe('navigation and new windows', () => {
  it('refuses every navigation, whatever the URL (even our own)', () => {
    for (const url of [...HOSTILE_URLS, 'https://example.com/', 'mailto:press@example.kz']) {
      const event = { preventDefault: vi.fn() };
      refuseNavigation(event, url);
      expect(event.preventDefault, url).toHaveBeenCalledOnce();
    }
  });

  it('never opens a window; http, https and mailto links go to the user’s browser', () => {
    const openExternal = vi.fn();
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://astana-forum.kz/программа?day=2' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'mailto:press@example.kz?subject=Пресс-релиз' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://astana-forum.kz/%D0%BF%D1%80%D0%BE%D0%B3%D1%80%D0%B0%D0%BC%D0%BC%D0%B0?day=2',
      'http://example.com/',
      'mailto:press@example.kz?subject=%D0%9F%D1%80%D0%B5%D1%81%D1%81-%D1%80%D0%B5%D0%BB%D0%B8%D0%B7',
    ]);
  });

  it('javascript:, file:, data: and other schemes never reach openExternal', () => {
    const openExternal = vi.fn();
    const handler = createWindowOpenHandler(openExternal);
    for (const url of HOSTILE_URLS) expect(handler({ url }), url).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('main.ts installs the guards on every web contents', () => {
    expect(mainSource).toMatch(/contents\.on\('will-navigate', refuseNavigation\)/);
    expect(mainSource).toMatch(/contents\.on\('will-redirect', refuseNavigation\)/);
    expect(mainSource).toMatch(/contents\.on\('will-frame-navigate', refuseNavigation\)/);
    expect(mainSource).toMatch(/contents\.on\('will-attach-webview', \(event\) => event\.preventDefault\(\)\)/);
    expect(mainSource).toMatch(/contents\.setWindowOpenHandler\(createWindowOpenHandler\(/);
    expect(mainSource).not.toMatch(/shell\.openExternal\((?!url\))/);
  });
});

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    expect(denyPermissionCheck()).toBe(false);
    expect(denyDevicePermission()).toBe(false);
  });

  it('main.ts installs them on the session', () => {
    expect(mainSource).toContain('ses.setPermissionRequestHandler(denyPermissionRequest)');
    expect(mainSource).toContain('ses.setPermissionCheckHandler(denyPermissionCheck)');
    expect(mainSource).toContain('ses.setDevicePermissionHandler(denyDevicePermission)');
  });
});

describe('no network', () => {
  it('lets only our own pages load; every request to the network is cancelled', () => {
    for (const url of ['app://pressroom/index.html', 'app://pressroom/assets/index-3f2a.js', 'devtools://devtools/bundled/inspector.html', 'data:image/png;base64,iVBORw0KGgo=', 'blob:app://pressroom/1']) {
      expect(isAllowedRequest(url), url).toBe(true);
    }
    for (const url of ['https://evil.example/pixel.gif', 'http://127.0.0.1:8080/', 'wss://evil.example/', 'ftp://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'http://localhost:5173/']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('allows the Vite dev server (and its socket) only when main was started with it', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('https://cdn.example/react.js', 'http://localhost:5173')).toBe(false);
  });

  it('the request filter answers cancel for the network', () => {
    const filter = createRequestFilter(null);
    const answers: boolean[] = [];
    filter({ url: 'https://fonts.googleapis.com/css' }, ({ cancel }) => answers.push(cancel));
    filter({ url: 'app://pressroom/index.html' }, ({ cancel }) => answers.push(cancel));
    expect(answers).toEqual([true, false]);
    expect(mainSource).toContain('ses.webRequest.onBeforeRequest(createRequestFilter(devServerUrl))');
    expect(mainSource).toMatch(/const devServerUrl = !app\.isPackaged && process\.env\.ELECTRON_RENDERER_URL \?/);
  });
});

describe('the app:// protocol', () => {
  const rendererRoot = mkdtempSync(join(tmpdir(), 'pressroom-renderer-'));
  mkdirSync(join(rendererRoot, 'assets'));
  writeFileSync(join(rendererRoot, 'index.html'), '<!doctype html><title>Pressroom</title>');
  writeFileSync(join(rendererRoot, 'assets', 'index.js'), 'console.log("Сәлем")');
  writeFileSync(join(tmpdir(), 'pressroom-secret.txt'), 'secret');

  it('maps our URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(rendererRoot, 'app://pressroom/')).toBe(join(rendererRoot, 'index.html'));
    expect(resolveAppFile(rendererRoot, 'app://pressroom/index.html')).toBe(join(rendererRoot, 'index.html'));
    expect(resolveAppFile(rendererRoot, 'app://pressroom/assets/index.js?v=1#x')).toBe(join(rendererRoot, 'assets', 'index.js'));
  });

  it.each([
    'app://pressroom/../pressroom-secret.txt',
    'app://pressroom/%2e%2e/pressroom-secret.txt',
    'app://pressroom/assets/%2E%2E/%2E%2E/pressroom-secret.txt',
    'app://pressroom/..%2fpressroom-secret.txt',
    'app://pressroom/..%5cpressroom-secret.txt',
    'app://pressroom/assets%5c..%5c..%5cpressroom-secret.txt',
    'app://pressroom/%00index.html',
    'app://pressroom/%E0%A4%A',
    'app://pressroom//etc/passwd',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://pressroom/index.html',
    'not a url',
  ])('never lets %s out of the renderer folder', async (url) => {
    const file = resolveAppFile(rendererRoot, url);
    if (file !== null) expect(file.startsWith(join(rendererRoot, '/'))).toBe(true);
    const response = await serveAppRequest(rendererRoot, { method: 'GET', url });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('serves files with the CSP header and refuses traversal, other hosts and writes', async () => {
    const ok = await serveAppRequest(rendererRoot, { method: 'GET', url: 'app://pressroom/assets/index.js' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toBe('console.log("Сәлем")');
    expect((await serveAppRequest(rendererRoot, { method: 'GET', url: 'app://pressroom/%2e%2e/pressroom-secret.txt' })).status).toBe(404);
    expect((await serveAppRequest(rendererRoot, { method: 'GET', url: 'app://pressroom/missing.js' })).status).toBe(404);
    expect((await serveAppRequest(rendererRoot, { method: 'GET', url: 'app://elsewhere/index.html' })).status).toBe(404);
    expect((await serveAppRequest(rendererRoot, { method: 'POST', url: 'app://pressroom/index.html' })).status).toBe(405);
  });

  it('main.ts registers app:// as a secure standard scheme and serves it from out/renderer', () => {
    expect(mainSource).toMatch(/registerSchemesAsPrivileged\(\[\s*\{ scheme: APP_SCHEME, privileges: \{ standard: true, secure: true/);
    expect(mainSource).not.toMatch(/bypassCSP/);
    expect(mainSource).toContain('protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request))');
  });
});

describe('IPC in main.ts', () => {
  it('registers the host calls only through handleHostCalls, with the sender check bound to the main window', () => {
    expect(mainSource).toMatch(/handleHostCalls\(ipcMain, handlers, \{\s*isTrusted: \(event\) => isTrustedSender\(event, mainWindow, devServerUrl\)/);
    expect(mainSource).not.toMatch(/ipcMain\.(handle|on|once)\(/);
  });
});

describe('nothing elsewhere weakens the shell', () => {
  /** Shipped source files (tests excluded) of the given folders. */
  function sources(...folders: string[]): { path: string; text: string }[] {
    const found: { path: string; text: string }[] = [];
    const walk = (folder: string) => {
      if (!existsSync(join(root, folder))) return;
      for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
        const path = `${folder}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|tsx|mts|js|mjs|html)$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name)) {
          found.push({ path, text: readFileSync(join(root, path), 'utf8') });
        }
      }
    };
    for (const folder of folders) walk(folder);
    return found;
  }
  const shipped = sources('electron', 'renderer', 'core', 'cli');

  it.each([
    ['nodeIntegration: true', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/],
    ['contextIsolation: false', /contextIsolation\s*:\s*false/],
    ['sandbox: false', /sandbox\s*:\s*false/],
    ['webSecurity: false', /webSecurity\s*:\s*false/],
    ['allowRunningInsecureContent: true', /allowRunningInsecureContent\s*:\s*true/],
    ['webviewTag: true', /webviewTag\s*:\s*true/],
    ['synchronous IPC', /\bsendSync\s*\(/],
    ['the remote module', /@electron\/remote/],
    ['bypassCSP', /bypassCSP/],
    ['eval', /\beval\s*\(|new Function\s*\(/],
  ])('no shipped file sets %s', (_name, pattern) => {
    expect(shipped.filter(({ text }) => pattern.test(text)).map(({ path }) => path)).toEqual([]);
  });

  it('windows are made only by main.ts, shell.openExternal called only there, the bridge only in the preload', () => {
    const using = (pattern: RegExp) => shipped.filter(({ text }) => pattern.test(text)).map(({ path }) => path);
    // The main window (main.ts) and the hidden print window (printer.ts, from printWindowOptions: sandboxed, no preload, no JavaScript).
    expect(using(/new BrowserWindow\s*\(/)).toEqual(['electron/main.ts', 'electron/printer.ts']);
    expect(using(/shell\.openExternal\s*\(/)).toEqual(['electron/main.ts']);
    expect(using(/exposeInMainWorld\s*\(/)).toEqual(['electron/preload.ts']);
    expect(using(/ipc(Main|Renderer)\.\w+\s*\(/).filter((path) => !path.startsWith('electron/ipc/'))).toEqual([]);
  });
});
