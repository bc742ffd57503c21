import { organisationSettingsOf } from '../core/checklist/organisation';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, COMMAND_CHANNEL, HOST_CALL_NAMES, type HostCallName } from '../core/api';

/**
 * main.ts wired to a fake Electron (the real binary cannot run here): the window, the close guard, the
 * title, single instance, the menu and the host calls behave as the desktop app would.
 */

type Listener = (...args: unknown[]) => unknown;
class Emitter {
  private listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((entry) => entry !== wrapped));
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

function fakeEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

function createFakeElectron(userData: string) {
  const windows: FakeWindow[] = [];
  const channels = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
  const menus: MenuItemConstructorOptions[][] = [];

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    enableSandbox: vi.fn(),
    getPath: (name: string) => (name === 'userData' ? userData : tmpdir()),
    setPath: vi.fn(),
    getAppPath: () => join(import.meta.dirname, '..'),
    getPreferredSystemLanguages: () => ['kk-KZ', 'ru-RU'],
    getLocale: () => 'kk',
    quit: vi.fn(),
    exit: vi.fn(),
  });

  class FakeWebContents extends Emitter {
    mainFrame = { url: '' };
    sent: [string, unknown][] = [];
    openHandler: ((details: { url: string }) => unknown) | undefined;
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    isDestroyed() {
      return false;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.openHandler = handler;
    }
  }

  class FakeWindow extends Emitter {
    static getAllWindows = () => windows.filter((window) => !window.destroyed);
    webContents = new FakeWebContents();
    title = 'Pressroom';
    destroyed = false;
    setDocumentEdited = vi.fn();
    setRepresentedFilename = vi.fn();
    maximize = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    loadURL = vi.fn(async (url: string) => {
      this.webContents.mainFrame.url = url;
      this.webContents.emit('did-finish-load');
    });
    constructor(public options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 40, y: 30, width: 1280, height: 860 };
    }
    setTitle(title: string) {
      this.title = title;
    }
    getTitle() {
      return this.title;
    }
    /** As Electron: 'close' first (preventable), then the window goes. */
    close() {
      const event = fakeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      this.emit('closed');
    }
  }

  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
      setSpellCheckerEnabled: vi.fn(),
    },
  };

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, request: unknown) => Promise<unknown>) => channels.set(channel, listener),
      removeHandler: (channel: string) => channels.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
        menus.push(template);
        return { template };
      },
      setApplicationMenu: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session,
    shell: { openExternal: vi.fn(async () => undefined) },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  };
  return { electron, windows, channels, menus };
}

let fake: ReturnType<typeof createFakeElectron>;
let userData: string;

async function startApp() {
  vi.resetModules();
  vi.doMock('electron', () => ({ ...fake.electron, default: fake.electron }));
  await import('./main');
  await vi.waitFor(() => {
    expect(fake.windows[0]?.loadURL).toHaveBeenCalled();
  });
  const window = fake.windows[0];
  if (!window) throw new Error('no window');
  return window;
}

function invoke(name: HostCallName, request: unknown, from?: { sender: unknown; senderFrame: unknown }) {
  const window = fake.windows[0];
  const listener = fake.channels.get(channelOf(name));
  if (!listener || !window) throw new Error(`no handler for ${name}`);
  return listener(from ?? { sender: window.webContents, senderFrame: window.webContents.mainFrame }, request);
}

const commands = () => (fake.windows[0]?.webContents.sent ?? []).filter(([channel]) => channel === COMMAND_CHANNEL).map(([, command]) => command);
const labels = (template: MenuItemConstructorOptions[] | undefined) => (template ?? []).map((menu) => menu.label);

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'pressroom-main-'));
  fake = createFakeElectron(userData);
});
afterEach(() => {
  vi.doUnmock('electron');
});

describe('main.ts with a fake Electron', () => {
  it('opens one hardened window on app://pressroom, with the session locked down', async () => {
    const window = await startApp();
    expect(fake.windows).toHaveLength(1);
    expect(window.loadURL).toHaveBeenCalledWith('app://pressroom/index.html');
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const ses = fake.electron.session.defaultSession;
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalled();
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) expect(window.webContents.listenerCount(event), event).toBe(1);
    const navigation = fakeEvent();
    window.webContents.emit('will-navigate', navigation, 'https://evil.example/');
    expect(navigation.defaultPrevented).toBe(true);
    expect(window.webContents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('registers every host call; a call from a foreign frame is refused', async () => {
    const window = await startApp();
    expect([...fake.channels.keys()].sort()).toEqual(HOST_CALL_NAMES.map(channelOf).sort());
    const foreign = await invoke('getSettings', {}, { sender: window.webContents, senderFrame: { url: 'app://pressroom/index.html' } });
    expect(foreign).toMatchObject({ status: 'failed', problem: { reason: 'invalid' } });
    const settings = await invoke('getSettings', {});
    expect(settings).toEqual({ interfaceLanguage: 'system', systemLanguage: 'kk', teamTemplateFolder: null, organisation: organisationSettingsOf(undefined) });
  });

  it('speaks the system language in the menu and switches it when the user does', async () => {
    await startApp();
    expect(labels(fake.menus.at(-1))).toEqual(['Файл', 'Түзету', 'Кірістіру', 'Көрініс', 'Анықтама']);
    await invoke('updateSettings', { interfaceLanguage: 'en' });
    expect(labels(fake.menus.at(-1))).toEqual(['File', 'Edit', 'Insert', 'View', 'Help']);
    await invoke('updateSettings', { interfaceLanguage: 'ru' });
    expect(labels(fake.menus.at(-1))).toEqual(['Файл', 'Правка', 'Вставка', 'Вид', 'Справка']);
  });

  it('menu items reach the renderer as commands', async () => {
    await startApp();
    const file = fake.menus.at(-1)?.[0]?.submenu as MenuItemConstructorOptions[];
    (file.find((item) => item.label === 'Сақтау')?.click as () => void)();
    expect(commands()).toEqual([{ type: 'menu', action: 'save' }]);
  });

  it('shows the file name and the unsaved mark in the title', async () => {
    const window = await startApp();
    await invoke('setDocumentState', { name: 'Форум-2026.pressroom', path: '/home/dana/Форум-2026.pressroom', dirty: true });
    expect(window.getTitle()).toBe('Форум-2026.pressroom• — Pressroom');
    await invoke('setDocumentState', { name: 'Форум-2026.pressroom', path: '/home/dana/Форум-2026.pressroom', dirty: false });
    expect(window.getTitle()).toBe('Форум-2026.pressroom — Pressroom');
  });

  it('closing with unsaved changes asks the renderer first, and closes when it answers', async () => {
    const window = await startApp();
    await invoke('setDocumentState', { name: 'Жаңа релиз', path: null, dirty: true });
    window.close();
    expect(window.destroyed).toBe(false);
    expect(commands()).toEqual([{ type: 'close-requested' }]);
    await invoke('closeWindow', {});
    expect(window.destroyed).toBe(true);
    expect(fake.electron.app.quit).not.toHaveBeenCalled();
  });

  it('closing a saved document closes at once, and remembers the window’s place', async () => {
    const window = await startApp();
    window.close();
    expect(window.destroyed).toBe(true);
    expect(commands()).toEqual([]);
    await vi.waitFor(() => expect(existsSync(join(userData, 'window-state.json'))).toBe(true));
    expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toEqual({ x: 40, y: 30, width: 1280, height: 860, maximized: false });
  });

  it('quitting with unsaved changes asks too, then quits once the renderer has resolved them', async () => {
    const window = await startApp();
    await invoke('setDocumentState', { name: 'Релиз', path: null, dirty: true });
    fake.electron.app.emit('before-quit', fakeEvent());
    window.close();
    expect(window.destroyed).toBe(false);
    expect(commands()).toEqual([{ type: 'close-requested' }]);
    await invoke('closeWindow', {});
    expect(window.destroyed).toBe(true);
    expect(fake.electron.app.quit).toHaveBeenCalled();
  });

  it('a second launch with a file opens it in this window', async () => {
    const window = await startApp();
    fake.electron.app.emit('second-instance', fakeEvent(), ['/opt/Pressroom/pressroom', '--some-switch', 'Релизы/Марапаттау.pressroom'], '/home/aigerim');
    expect(commands()).toEqual([{ type: 'open-file', path: '/home/aigerim/Релизы/Марапаттау.pressroom' }]);
    expect(window.focus).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
  });

  it('macOS open-file is handled and sent to the renderer', async () => {
    await startApp();
    const event = fakeEvent();
    fake.electron.app.emit('open-file', event, '/Users/dana/Релиз.pressroom');
    expect(event.defaultPrevented).toBe(true);
    expect(commands()).toEqual([{ type: 'open-file', path: '/Users/dana/Релиз.pressroom' }]);
  });

  it('a second instance without the lock quits at once', async () => {
    fake.electron.app.requestSingleInstanceLock.mockReturnValue(false);
    vi.resetModules();
    vi.doMock('electron', () => ({ ...fake.electron, default: fake.electron }));
    await import('./main');
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });
});
