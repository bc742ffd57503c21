import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import type { HostCommand } from '../../core/api';
import type { InterfaceLanguage } from '../../core/i18n/interface-languages';
import { buildMenuTemplate } from '../../electron/menu';
import type { MenuItem as MenuItemConstructorOptions } from '../../electron/menu';
import { createHostServices } from '../../electron/services/host';
import type { FileFilter, HostDialogs, HostEnvironment } from '../../electron/services/host-environment';
import { systemLanguageFrom } from '../../electron/system-language';
import { connectPage, dispatchCommand } from './page-host';
import { createPagePrinter } from './print-host';
import { APP_URL } from './serve-renderer';

/**
 * `npm run start:browser`: the built renderer and the REAL services (electron/services, as the e2e host binds
 * them) in the system's Chromium, for machines without Electron's binary. Where Electron's window has a native
 * menu and native file dialogs, the page gets a menu button and a path box (browser-shell.js); the user data
 * (settings, template library, recovery drafts, recent files) lives in a real folder, so it persists.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '../..');
/** The page side (a plain browser script) and the names it meets the host by. */
const SHELL_SCRIPT = join(HERE, 'browser-shell.js');
export const SHELL_NAME = '__pressroomShell';
const MENU_BINDING = '__pressroomShellMenu';
const FILES_BINDING = '__pressroomShellFiles';

/** One entry of the page's menu panel: a command, a heading with entries under it, or a line. */
export type ShellMenuItem = { kind: 'command'; id: string; label: string; enabled: boolean } | { kind: 'group'; label: string; items: ShellMenuItem[] } | { kind: 'separator' };
export interface ShellDialogRequest {
  kind: 'open' | 'open-many' | 'save' | 'folder';
  title: string;
  /** The path the box starts with: a file, or a folder ending in the path separator. */
  startPath: string;
  /** Extensions the listing shows (no dots; '*' or none: everything). */
  extensions: string[];
}
type FilesRequest = { op: 'list'; path: string } | { op: 'info'; path: string };
type FolderListing = { folder: string; parent: string | null; entries: { name: string; path: string; folder: boolean }[] } | { error: string };
interface PathInfo {
  path: string;
  exists: boolean;
  folder: boolean;
  parentExists: boolean;
}

export interface BrowserAppOptions {
  /** Settings, template library, recovery drafts, recent files. */
  userDataDir: string;
  /** Where the dialogs start. */
  documentsDir: string;
  builtInTemplatesDir: string;
  /** The built renderer (out/renderer, from electron-vite build). */
  rendererDir: string;
  /** Chromium to run; undefined: Playwright's own, if installed. */
  executablePath: string | undefined;
  headless: boolean;
  systemLanguage: InterfaceLanguage;
  /** Lines for the terminal (links the app asked to open, page errors). */
  log(line: string): void;
}

export interface BrowserApp {
  page: Page;
  /** Resolves once the window is gone: closed by the user, by the app (Close, Quit) or by close(). */
  closed: Promise<void>;
  close(): Promise<void>;
}

/** The OS's folder for application data: ~/.config on Linux (XDG_CONFIG_HOME), as Electron's app.getPath('appData'). */
export function appDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/**
 * The options as the command line gives them: PRESSROOM_USER_DATA_DIR (default <appData>/Pressroom-browser, a
 * folder of its own beside the desktop app's), CHROMIUM_PATH (default /usr/bin/chromium or another Chromium or
 * Chrome found), PRESSROOM_BROWSER_HEADLESS=1 (no window: for tests), the interface language from LANGUAGE/LC_ALL/LANG.
 */
export function browserAppOptionsFromEnvironment(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): BrowserAppOptions {
  const documents = join(homedir(), 'Documents');
  const locales = [...(env.LANGUAGE ?? '').split(':'), env.LC_ALL, env.LC_MESSAGES, env.LANG].filter((tag): tag is string => Boolean(tag));
  return {
    userDataDir: env.PRESSROOM_USER_DATA_DIR || join(appDataDir(env, platform), 'Pressroom-browser'),
    documentsDir: existsSync(documents) ? documents : homedir(),
    builtInTemplatesDir: join(REPO_ROOT, 'templates'),
    rendererDir: join(REPO_ROOT, 'out', 'renderer'),
    executablePath: env.CHROMIUM_PATH || CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate)),
    headless: env.PRESSROOM_BROWSER_HEADLESS === '1',
    systemLanguage: systemLanguageFrom(locales),
    log: (line) => console.log(line),
  };
}

/** The native menu's template as the page's menu panel: commands and their groups; Chromium's own roles are left to the browser. */
export function shellMenu(template: MenuItemConstructorOptions[], quit: () => void): { items: ShellMenuItem[]; run: Map<string, () => void> } {
  const run = new Map<string, () => void>();
  const tidy = (items: ShellMenuItem[]) => items.filter((item, at) => item.kind !== 'separator' || (at > 0 && at < items.length - 1 && items[at - 1]?.kind !== 'separator'));
  const convert = (list: MenuItemConstructorOptions[]): ShellMenuItem[] => {
    const items: ShellMenuItem[] = [];
    for (const item of list) {
      if (item.type === 'separator') {
        items.push({ kind: 'separator' });
      } else if (Array.isArray(item.submenu)) {
        const inner = tidy(convert(item.submenu));
        if (inner.some((entry) => entry.kind !== 'separator')) items.push({ kind: 'group', label: item.label ?? '', items: inner });
      } else {
        const click = item.click ? () => (item.click as () => void)() : item.role === 'quit' ? quit : null;
        if (!click) continue;
        const id = `item-${run.size}`;
        run.set(id, click);
        items.push({ kind: 'command', id, label: item.label ?? '', enabled: item.enabled !== false });
      }
    }
    return tidy(items);
  };
  return { items: convert(template), run };
}

/** A path typed into the dialog: ~ is the home folder, a relative path starts at the documents folder. */
export function typedPath(typed: string, documentsDir: string): string {
  const text = typed.trim();
  if (text === '~' || text.startsWith(`~${sep}`) || text.startsWith('~/')) return join(homedir(), text.slice(1));
  return resolve(documentsDir, text);
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isDirectory(), () => false);
}

async function answerFiles(request: FilesRequest, documentsDir: string): Promise<FolderListing | PathInfo> {
  const path = typedPath(request.path, documentsDir);
  if (request.op === 'info') {
    const info = await stat(path).catch(() => null);
    return { path, exists: info !== null, folder: info?.isDirectory() ?? false, parentExists: await isFolder(dirname(path)) };
  }
  const folder = request.path.endsWith(sep) || request.path.endsWith('/') || (await isFolder(path)) ? path : dirname(path);
  try {
    const entries = (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || entry.isFile()))
      .map((entry) => ({ name: entry.name, path: join(folder, entry.name), folder: entry.isDirectory() }))
      .sort((a, b) => Number(b.folder) - Number(a.folder) || a.name.localeCompare(b.name))
      .slice(0, 1000);
    const parent = dirname(folder);
    return { folder, parent: parent === folder ? null : parent, entries };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The host's dialogs, answered in the page's path box (see browser-app-page.ts). */
function pageDialogs(ask: (request: ShellDialogRequest) => Promise<string | null>, documentsDir: string): HostDialogs {
  const extensionsOf = (filters: FileFilter[]) => filters.flatMap((filter) => filter.extensions);
  const folderStart = (defaultPath: string | undefined) => `${defaultPath ?? documentsDir}${sep}`;
  return {
    chooseFileToOpen: ({ title, filters, defaultPath }) => ask({ kind: 'open', title, startPath: defaultPath ?? folderStart(undefined), extensions: extensionsOf(filters) }),
    chooseFilesToOpen: async ({ title, filters, defaultPath }) => {
      const path = await ask({ kind: 'open-many', title, startPath: defaultPath ?? folderStart(undefined), extensions: extensionsOf(filters) });
      return path === null ? [] : [path];
    },
    chooseSavePath: ({ title, defaultPath, filters }) => ask({ kind: 'save', title, startPath: defaultPath, extensions: extensionsOf(filters) }),
    chooseFolder: ({ title, defaultPath }) => ask({ kind: 'folder', title, startPath: folderStart(defaultPath), extensions: [] }),
  };
}

export async function startBrowserApp(options: BrowserAppOptions): Promise<BrowserApp> {
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    throw new Error(`the renderer is not built (${options.rendererDir}): run \`npx electron-vite build\` (npm run start:browser does)`);
  }
  await mkdir(options.userDataDir, { recursive: true });

  let page: Page | null = null;
  let documentState = { name: '', path: null as string | null, dirty: false };
  let recent: string[] = [];
  let menu = shellMenu([], () => undefined);
  let closing: Promise<void> | null = null;
  let pdfBrowser: Promise<Browser> | null = null;

  const send = (command: HostCommand) => {
    if (page) void dispatchCommand(page, command).catch(() => undefined);
  };
  const ask = async (request: ShellDialogRequest): Promise<string | null> => {
    if (!page) return null;
    // A page reloaded or closed while asking counts as Cancel.
    return page.evaluate(([name, value]) => (globalThis as unknown as Record<string, { ask(r: unknown): Promise<string | null> }>)[name]!.ask(value), [SHELL_NAME, request] as const).catch(() => null);
  };

  const environment: HostEnvironment = {
    userDataDir: options.userDataDir,
    documentsDir: options.documentsDir,
    builtInTemplatesDir: options.builtInTemplatesDir,
    dialogs: pageDialogs(ask, options.documentsDir),
    window: {
      setDocumentState: (state) => {
        documentState = { ...state };
      },
      close: () => void app.close(),
    },
    openExternal: async (url) => options.log(`Pressroom asked to open ${url} — open it in your own browser.`),
    systemLanguage: () => options.systemLanguage,
    onRecentChanged: (list) => {
      recent = list;
    },
    // File ▸ Export ▸ PDF: page.pdf of the print page, which Chromium makes only headless, so in a browser of its own.
    printer: createPagePrinter(() =>
      (pdfBrowser ??= chromium.launch({ ...(options.executablePath ? { executablePath: options.executablePath } : {}), headless: true, args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'] })),
    ),
  };
  // Files are opened in the guarded reader's worker, as in the desktop app (built by electron-vite build).
  const services = createHostServices(environment, { readerWorker: join(REPO_ROOT, 'out', 'main', 'input-worker.js') });
  await services.sweepAtStart().catch((error: unknown) => options.log(`Sweeping stale temp files failed: ${String(error)}`));
  recent = await services.recent.list().catch(() => []);

  const menuLanguage = async (): Promise<InterfaceLanguage> => {
    const stored = await services.settings.read().catch(() => null);
    const choice = stored?.interfaceLanguage ?? 'system';
    return choice === 'system' ? options.systemLanguage : choice;
  };
  // Closing the window as Electron's does: with unsaved changes the renderer is asked first (it calls closeWindow).
  const quit = () => (documentState.dirty ? send({ type: 'close-requested' }) : void app.close());
  const buildMenu = async () => {
    const template = buildMenuTemplate({
      language: await menuLanguage(),
      // The browser window has no macOS app menu: File ends in Close and Quit everywhere.
      platform: process.platform === 'darwin' ? 'linux' : process.platform,
      isDevelopment: false,
      recent,
      send,
      clearRecent: () => {
        void (async () => {
          for (const path of await services.recent.list()) await services.recent.remove(path);
        })().catch((error: unknown) => options.log(`Clearing recent files failed: ${String(error)}`));
      },
    });
    menu = shellMenu(template, quit);
    return menu.items;
  };

  const browser = await chromium.launch({
    ...(options.executablePath ? { executablePath: options.executablePath } : {}),
    headless: options.headless,
    args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const context = await browser.newContext(options.headless ? { viewport: { width: 1280, height: 860 } } : { viewport: null });
  page = await context.newPage();
  const closed = new Promise<void>((resolveClosed) => {
    browser.on('disconnected', () => {
      void pdfBrowser?.then((pdf) => pdf.close()).catch(() => undefined);
      resolveClosed();
    });
    page!.on('close', () => void browser.close().catch(() => undefined));
  });
  const app: BrowserApp = {
    page,
    closed,
    close: () => (closing ??= browser.close().catch(() => undefined)),
  };

  await connectPage(page, context, {
    rendererDir: options.rendererDir,
    // The menu panel is rebuilt each time it opens, so a language switch needs no hook here (main.ts has one).
    handlers: () => services.handlers,
    events: {
      pageError: (error) => options.log(`Page error: ${error.stack ?? error.message}`),
      missingAsset: (url) => options.log(`Not in the built renderer: ${url}`),
    },
  });
  const ownPage = page;
  await page.exposeBinding(MENU_BINDING, async (source, request: { op: 'items' } | { op: 'run'; id: string }) => {
    if (source.frame !== ownPage.mainFrame()) throw new Error('menu call from a foreign frame');
    if (request.op === 'items') return buildMenu();
    menu.run.get(request.id)?.();
    return null;
  });
  await page.exposeBinding(FILES_BINDING, async (source, request: FilesRequest) => {
    if (source.frame !== ownPage.mainFrame()) throw new Error('file call from a foreign frame');
    return answerFiles(request, options.documentsDir);
  });
  const shellNames = { shell: SHELL_NAME, menuBinding: MENU_BINDING, filesBinding: FILES_BINDING, sep };
  await page.addInitScript({ content: `${await readFile(SHELL_SCRIPT, 'utf8')}\ninstallBrowserShell(${JSON.stringify(shellNames)});` });
  await page.goto(APP_URL);
  return app;
}

/** What `npm run start:browser` runs (scripts/start-browser.mjs loads this module): start, say where, wait for the window to close. */
export async function runFromCommandLine(): Promise<void> {
  const options = browserAppOptionsFromEnvironment();
  let app: BrowserApp;
  try {
    app = await startBrowserApp(options);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    const chromiumMissing = /Executable doesn't exist|Failed to launch|ENOENT/.test(message);
    throw new Error(chromiumMissing ? `Pressroom: no Chromium to run (${options.executablePath ?? 'none found'}): set CHROMIUM_PATH to a Chromium or Chrome` : `Pressroom: ${message}`, { cause: error });
  }
  const stop = () => void app.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.page.locator('[data-slate-editor="true"]').first().waitFor({ state: 'visible', timeout: 60_000 });
  options.log(
    `Pressroom is running in Chromium${options.headless ? ' (headless)' : ''}; settings, templates and drafts are kept in ${options.userDataDir}. ` +
      'The ☰ button holds the menu. Close the window or press Ctrl+C to stop.',
  );
  await app.closed;
}
