/**
 * The Electron main process: one window, the app:// protocol, the native menu, the host calls.
 * Everything that decides something (window options, CSP, guards, menu, window state, command line) lives
 * in a pure module beside this one and is tested there; this file only wires them to Electron.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type OpenDialogOptions } from 'electron';
import type { HostCommand } from '../core/api';
import type { InterfaceLanguage } from '../core/i18n/interface-languages';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { serveAppRequest } from './app-protocol';
import { documentPathFromArgv } from './command-line';
import { windowTitle } from './document-title';
import {
  createRequestFilter,
  createWindowOpenHandler,
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
  refuseNavigation,
} from './guards';
import { handleHostCalls, isTrustedSender, sendCommand } from './ipc/handle';
import { buildMenuTemplate } from './menu';
import { createElectronPrinter } from './printer';
import { createHostServices } from './services/host';
import type { HostDialogs, HostEnvironment } from './services/host-environment';
import { systemLanguageFrom } from './system-language';
import { mainWindowOptions } from './window-options';
import { loadWindowState, saveWindowState, type WindowState } from './window-state';

const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, '../preload/preload.cjs');
const rendererRoot = join(here, '../renderer');
/** electron-vite dev serves the renderer from Vite; packaged and built runs use app://. */
const devServerUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null;
const isDevelopment = devServerUrl !== null;

// Tests of the unpackaged app keep their settings, recent files and drafts in a folder of their own.
if (!app.isPackaged && process.env.PRESSROOM_USER_DATA_DIR) app.setPath('userData', process.env.PRESSROOM_USER_DATA_DIR);

// Must happen before 'ready': app:// behaves like https (standard, secure), so module scripts and the CSP work.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let rendererReady = false;
/** Files to open once the renderer is there (command line, macOS open-file before the window exists). */
const pendingFiles: string[] = [];
let documentState = { name: '', path: null as string | null, dirty: false };
/** Set by closeWindow: the renderer has resolved unsaved changes, so the next close goes through. */
let closeAllowed = false;
let quitting = false;
let quitAfterClose = false;
/** The host calls are registered (start() has run), so a window may be created. */
let servicesReady = false;

function send(command: HostCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) sendCommand(mainWindow.webContents, command);
}

function openFile(path: string): void {
  if (!mainWindow || mainWindow.isDestroyed() || !rendererReady) {
    pendingFiles.push(path);
    // macOS keeps running with no window: a file opened then brings one back.
    if (app.isReady() && servicesReady && (!mainWindow || mainWindow.isDestroyed())) void ensureMainWindow();
    return;
  }
  send({ type: 'open-file', path });
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

if (!app.requestSingleInstanceLock()) {
  // Another Pressroom is running: it receives our command line through 'second-instance'.
  app.quit();
} else {
  const first = documentPathFromArgv(process.argv, process.cwd(), Boolean(process.defaultApp));
  if (first) pendingFiles.push(first);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = documentPathFromArgv(argv, workingDirectory, Boolean(process.defaultApp));
    if (path) openFile(path);
    else if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  // macOS: a document double-clicked in Finder or dropped on the Dock icon (may come before 'ready').
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', refuseNavigation);
    contents.on('will-redirect', refuseNavigation);
    contents.on('will-frame-navigate', refuseNavigation);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(createWindowOpenHandler((url) => void shell.openExternal(url)));
  });

  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Pressroom could not start:', error);
    app.exit(1);
  });
}

function systemLanguage(): InterfaceLanguage {
  return systemLanguageFrom([...app.getPreferredSystemLanguages(), app.getLocale()]);
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  ses.setDevicePermissionHandler(denyDevicePermission);
  ses.webRequest.onBeforeRequest(createRequestFilter(devServerUrl));
  // Chromium's own spell-checker stays off (it would fetch Hunspell files from Google's CDN, and knows no Kazakh):
  // Pressroom's checks ru, kk and en offline in a worker (renderer/spelling).
  ses.setSpellCheckerEnabled(false);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));
}

function dialogsFor(getWindow: () => BrowserWindow | null): HostDialogs {
  const open = async (options: OpenDialogOptions): Promise<string[]> => {
    const window = getWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  };
  return {
    async chooseFileToOpen({ title, filters, defaultPath }) {
      const [path] = await open({ title, filters, ...(defaultPath ? { defaultPath } : {}), properties: ['openFile'] });
      return path ?? null;
    },
    chooseFilesToOpen: ({ title, filters, defaultPath }) =>
      open({ title, filters, ...(defaultPath ? { defaultPath } : {}), properties: ['openFile', 'multiSelections'] }),
    async chooseSavePath({ title, defaultPath, filters }) {
      const window = getWindow();
      const options = { title, defaultPath, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[] };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder({ title, defaultPath }) {
      const [path] = await open({ title, ...(defaultPath ? { defaultPath } : {}), properties: ['openDirectory', 'createDirectory'] });
      return path ?? null;
    },
  };
}

async function start(): Promise<void> {
  hardenSession();
  const userDataDir = app.getPath('userData');
  let recent: string[] = [];
  let rebuildMenu = (): void => undefined;

  const env: HostEnvironment = {
    userDataDir,
    documentsDir: app.getPath('documents'),
    builtInTemplatesDir: app.isPackaged ? join(process.resourcesPath, 'templates') : join(app.getAppPath(), 'templates'),
    dialogs: dialogsFor(() => mainWindow),
    window: {
      setDocumentState(state) {
        documentState = state;
        if (!mainWindow || mainWindow.isDestroyed()) return;
        mainWindow.setTitle(windowTitle(state.name, state.dirty));
        if (process.platform === 'darwin') {
          mainWindow.setDocumentEdited(state.dirty);
          mainWindow.setRepresentedFilename(state.path ?? '');
        }
      },
      close() {
        if (!mainWindow || mainWindow.isDestroyed()) return;
        closeAllowed = true;
        mainWindow.close();
        if (quitAfterClose) app.quit();
      },
    },
    openExternal: (url) => shell.openExternal(url),
    // File ▸ Print and File ▸ Export ▸ PDF: Chromium's printing of a hidden, sandboxed print page.
    printer: createElectronPrinter(),
    systemLanguage,
    onRecentChanged(list) {
      recent = list;
      rebuildMenu();
    },
  };

  // Files are opened in the guarded reader's worker, built beside this file (electron.vite.config.ts).
  const services = createHostServices(env, { readerWorker: join(here, 'input-worker.js') });
  await services.sweepAtStart().catch((error: unknown) => console.warn('Sweeping stale temp files failed:', error));
  recent = await services.recent.list().catch(() => []);

  // The menu and the native dialogs speak the interface language (the dialogs ask the settings themselves).
  const menuLanguage = (): Promise<InterfaceLanguage> => services.settings.interfaceLanguage();
  let language = await menuLanguage();
  rebuildMenu = () => {
    const template = buildMenuTemplate({
      language,
      platform: process.platform,
      isDevelopment,
      recent,
      send,
      clearRecent: () => {
        void (async () => {
          for (const path of await services.recent.list()) await services.recent.remove(path);
        })().catch((error: unknown) => console.warn('Clearing recent files failed:', error));
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  rebuildMenu();

  const handlers = {
    ...services.handlers,
    // The menu speaks the interface language: rebuild it when the user switches.
    updateSettings: async (request: Parameters<typeof services.handlers.updateSettings>[0]) => {
      const reply = await services.handlers.updateSettings(request);
      language = await menuLanguage();
      rebuildMenu();
      return reply;
    },
  };
  handleHostCalls(ipcMain, handlers, {
    isTrusted: (event) => isTrustedSender(event, mainWindow, devServerUrl),
    log: (message) => console.warn(message),
  });

  servicesReady = true;
  await ensureMainWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void ensureMainWindow();
  });
}

let windowCreation: Promise<void> | null = null;
/** Creates the one main window unless it exists or is being created. */
function ensureMainWindow(): Promise<void> {
  if (mainWindow && !mainWindow.isDestroyed()) return Promise.resolve();
  windowCreation ??= createMainWindow(app.getPath('userData')).finally(() => {
    windowCreation = null;
  });
  return windowCreation;
}

async function createMainWindow(userDataDir: string): Promise<void> {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = await loadWindowState(userDataDir, workAreas);
  const iconPath = join(app.getAppPath(), 'build', 'icons', '512x512.png');
  const window = new BrowserWindow(mainWindowOptions({ preloadPath, bounds: state, devTools: !app.isPackaged, ...(existsSync(iconPath) ? { iconPath } : {}) }));
  mainWindow = window;
  rendererReady = false;
  closeAllowed = false;
  documentState = { name: '', path: null, dirty: false };
  if (state.maximized) window.maximize();

  // Our title ("name• — Pressroom") wins over the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());

  window.webContents.on('did-finish-load', () => {
    rendererReady = true;
    for (const path of pendingFiles.splice(0)) send({ type: 'open-file', path });
  });
  window.webContents.on('render-process-gone', () => {
    // A crashed renderer can no longer answer a close request; recovery drafts cover its unsaved work.
    rendererReady = false;
    closeAllowed = true;
  });

  window.on('close', (event) => {
    const current: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    void saveWindowState(userDataDir, current);
    if (closeAllowed || !documentState.dirty) return;
    event.preventDefault();
    quitAfterClose = quitting;
    quitting = false;
    send({ type: 'close-requested' });
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });

  await window.loadURL(devServerUrl ?? APP_ENTRY_URL);
}
