import { describe, expect, it, vi } from 'vitest';
import { channelOf, HOST_CALL_NAMES, type HostHandlers } from '../../core/api';
import { createBlankDocument } from '../../core/model/new-document';
import { answerHostCall, handleHostCalls, isTrustedSender, sendCommand, type SenderEvent, type TrustedWindow } from './handle';

/** A fake BrowserWindow: its webContents and main frame are plain objects compared by identity, as Electron does. */
function fakeWindow(url = 'app://pressroom/index.html') {
  const mainFrame = { url };
  const webContents = { mainFrame };
  let destroyed = false;
  const window: TrustedWindow & { destroy(): void } = {
    isDestroyed: () => destroyed,
    webContents,
    destroy: () => {
      destroyed = true;
    },
  };
  return { window, webContents, mainFrame };
}

const fromMainFrame = ({ webContents, mainFrame }: ReturnType<typeof fakeWindow>): SenderEvent => ({ sender: webContents, senderFrame: mainFrame });

describe('isTrustedSender', () => {
  it('trusts our window’s main frame on an app:// page', () => {
    const ours = fakeWindow();
    expect(isTrustedSender(fromMainFrame(ours), ours.window)).toBe(true);
  });

  it('refuses a sub-frame of our window, even one showing our origin', () => {
    const ours = fakeWindow();
    const subFrame = { url: 'app://pressroom/index.html' };
    expect(isTrustedSender({ sender: ours.webContents, senderFrame: subFrame }, ours.window)).toBe(false);
  });

  it('refuses another window’s web contents (a devtools page, a stray window)', () => {
    const ours = fakeWindow();
    const other = fakeWindow();
    expect(isTrustedSender(fromMainFrame(other), ours.window)).toBe(false);
    expect(isTrustedSender({ sender: other.webContents, senderFrame: ours.mainFrame }, ours.window)).toBe(false);
  });

  it('refuses our main frame once it shows a page that is not ours', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'data:text/html,<script>1</script>', 'app://evil/index.html', 'about:blank']) {
      const navigated = fakeWindow(url);
      expect(isTrustedSender(fromMainFrame(navigated), navigated.window), url).toBe(false);
    }
  });

  it('refuses a missing frame, a missing or destroyed window', () => {
    const ours = fakeWindow();
    expect(isTrustedSender({ sender: ours.webContents, senderFrame: null }, ours.window)).toBe(false);
    expect(isTrustedSender(fromMainFrame(ours), null)).toBe(false);
    ours.window.destroy();
    expect(isTrustedSender(fromMainFrame(ours), ours.window)).toBe(false);
  });

  it('trusts the Vite dev server only when main was started with it', () => {
    const dev = fakeWindow('http://localhost:5173/');
    expect(isTrustedSender(fromMainFrame(dev), dev.window)).toBe(false);
    expect(isTrustedSender(fromMainFrame(dev), dev.window, 'http://localhost:5173')).toBe(true);
    const elsewhere = fakeWindow('http://localhost:6666/');
    expect(isTrustedSender(fromMainFrame(elsewhere), elsewhere.window, 'http://localhost:5173')).toBe(false);
  });
});

describe('answerHostCall', () => {
  const ours = fakeWindow();
  const trusted = { isTrusted: (event: SenderEvent) => isTrustedSender(event, ours.window) };

  it('runs the handler with the validated request for our main frame', async () => {
    const handler = vi.fn(async (request: { path?: string }) => ({ status: 'cancelled' as const, seen: request }));
    const reply = await answerHostCall('openDocument', handler, fromMainFrame(ours), { path: '/home/aigerim/Пресс-релиз.pressroom' }, trusted);
    expect(handler).toHaveBeenCalledWith({ path: '/home/aigerim/Пресс-релиз.pressroom' });
    expect(reply).toMatchObject({ status: 'cancelled' });
  });

  it('refuses a foreign frame without running the handler, answering a value', async () => {
    const handler = vi.fn(async () => ['/x.pressroom']);
    const log = vi.fn();
    const reply = await answerHostCall('listRecent', handler, { sender: ours.webContents, senderFrame: { url: 'app://pressroom/index.html' } }, {}, { ...trusted, log });
    expect(handler).not.toHaveBeenCalled();
    expect(reply).toEqual({ status: 'failed', problem: { reason: 'invalid', detail: expect.stringContaining('did not come from the Pressroom window') } });
    expect(log).toHaveBeenCalledOnce();
  });

  it.each([
    ['openDocument', { path: 42 }],
    ['openDocument', { path: '/tmp/a.pressroom', extra: true }],
    ['openDocument', 'not an object'],
    ['openDocument', { path: '/tmp/a\0.pressroom' }],
    // The release travels as JSON text now; an object (the old shape) or a text past the 50 MB limit is refused.
    ['saveDocument', { path: '/tmp/a.pressroom', document: createBlankDocument('kk'), stamp: null }],
    ['saveDocument', { path: '/tmp/a.pressroom', documentText: createBlankDocument('kk'), stamp: null }],
    ['saveDocument', { path: '/tmp/a.pressroom', documentText: '', stamp: null }],
    ['saveDocument', { path: '/tmp/a.pressroom', documentText: ' '.repeat(50 * 1024 * 1024 + 1), stamp: null }],
    ['exportDocument', { format: 'odt', suggestedName: 'Релиз', bytes: new Uint8Array([1]) }],
    ['exportDocument', { format: 'html', suggestedName: 'Релиз', bytes: [1, 2, 3] }],
    ['updateSettings', { interfaceLanguage: 'de' }],
    ['setDocumentState', { name: 'Релиз', path: null }],
    ['openExternal', { url: 12 }],
    ['saveDraft', { draftId: '../../etc/passwd', path: null, name: 'x', documentText: JSON.stringify(createBlankDocument('kk')) }],
    ['saveDraft', { draftId: 'draft-1', path: null, name: 'x', document: createBlankDocument('kk') }],
    ['saveDraft', { draftId: 'draft-1', path: null, name: 'x', documentText: 42 }],
    ['listRecent', null],
    ['closeWindow', { now: true }],
  ] as const)('refuses %s with a wrong argument shape (%j)', async (name, request) => {
    const handler = vi.fn(async () => undefined as never);
    const reply = await answerHostCall(name, handler, fromMainFrame(ours), request, trusted);
    expect(handler).not.toHaveBeenCalled();
    expect(reply).toMatchObject({ status: 'failed', problem: { reason: 'invalid', detail: expect.stringContaining(`bad arguments for ${name}`) } });
  });

  it('accepts a real document’s text in saveDocument', async () => {
    const documentText = JSON.stringify(createBlankDocument('ru'));
    const handler = vi.fn(async () => ({ status: 'cancelled' as const }));
    await answerHostCall('saveDocument', handler, fromMainFrame(ours), { path: null, documentText, stamp: null, saveAs: true }, trusted);
    expect(handler).toHaveBeenCalledOnce();
  });

  it('turns a handler’s exception into a failed value instead of a crash', async () => {
    const reply = await answerHostCall(
      'listRecent',
      async () => {
        throw new Error('EACCES: permission denied, open recent.json');
      },
      fromMainFrame(ours),
      {},
      trusted,
    );
    expect(reply).toEqual({ status: 'failed', problem: { reason: 'io', detail: 'EACCES: permission denied, open recent.json' } });
  });
});

describe('handleHostCalls', () => {
  function fakeIpcMain() {
    const channels = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
    return {
      channels,
      handle: (channel: string, listener: (event: never, request: unknown) => Promise<unknown>) => {
        if (channels.has(channel)) throw new Error(`second handler for ${channel}`);
        channels.set(channel, listener as (event: unknown, request: unknown) => Promise<unknown>);
      },
      removeHandler: (channel: string) => {
        channels.delete(channel);
      },
    };
  }

  function recordingHandlers(calls: string[]): HostHandlers {
    return Object.fromEntries(
      HOST_CALL_NAMES.map((name) => [
        name,
        async (request: unknown) => {
          calls.push(name);
          return { echoed: request };
        },
      ]),
    ) as unknown as HostHandlers;
  }

  it('registers exactly one channel per call of the contract, and can register again', () => {
    const ipc = fakeIpcMain();
    const ours = fakeWindow();
    const context = { isTrusted: (event: SenderEvent) => isTrustedSender(event, ours.window) };
    handleHostCalls(ipc as never, recordingHandlers([]), context);
    handleHostCalls(ipc as never, recordingHandlers([]), context);
    expect([...ipc.channels.keys()].sort()).toEqual(HOST_CALL_NAMES.map(channelOf).sort());
  });

  it('every registered channel checks the sender and the arguments before its service runs', async () => {
    const ipc = fakeIpcMain();
    const ours = fakeWindow();
    const stranger = fakeWindow();
    const calls: string[] = [];
    handleHostCalls(ipc as never, recordingHandlers(calls), { isTrusted: (event) => isTrustedSender(event, ours.window) });
    for (const name of HOST_CALL_NAMES) {
      const listener = ipc.channels.get(channelOf(name));
      expect(await listener?.(fromMainFrame(stranger), {})).toMatchObject({ status: 'failed', problem: { reason: 'invalid' } });
      expect(await listener?.(fromMainFrame(ours), { unexpected: 'key' })).toMatchObject({ status: 'failed', problem: { reason: 'invalid' } });
    }
    expect(calls).toEqual([]);
    await ipc.channels.get(channelOf('listDrafts'))?.(fromMainFrame(ours), {});
    expect(calls).toEqual(['listDrafts']);
  });
});

describe('sendCommand', () => {
  it('sends on the command channel, and not to a destroyed page', () => {
    const sent: unknown[][] = [];
    sendCommand({ isDestroyed: () => false, send: (...args: unknown[]) => sent.push(args) }, { type: 'menu', action: 'save' });
    sendCommand({ isDestroyed: () => true, send: (...args: unknown[]) => sent.push(args) }, { type: 'close-requested' });
    expect(sent).toEqual([['pressroom:command', { type: 'menu', action: 'save' }]]);
  });
});
