import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channelOf, COMMAND_CHANNEL, HOST_CALL_NAMES, type HostCommand } from '../../core/api';
import { createPressroomApi, type RendererIpc } from './renderer-callers';

function fakeIpc() {
  const invoked: [string, unknown][] = [];
  let commandListener: ((event: unknown, payload: unknown) => void) | undefined;
  const ipc: RendererIpc = {
    invoke: async (channel, request) => {
      invoked.push([channel, request]);
      return { from: channel };
    },
    on: (channel, listener) => {
      if (channel === COMMAND_CHANNEL) commandListener = listener;
    },
  };
  return { ipc, invoked, emit: (payload: unknown) => commandListener?.({ sender: 'ipc' }, payload) };
}

describe('window.pressroom as the preload builds it', () => {
  it('has exactly the contract’s calls, onCommand and platform — no ipcRenderer, no send, no invoke', () => {
    const api = createPressroomApi(fakeIpc().ipc, 'linux');
    expect(Object.keys(api).sort()).toEqual([...HOST_CALL_NAMES, 'onCommand', 'platform'].sort());
    expect(api.platform).toBe('linux');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call on its own channel with the request as given', async () => {
    const { ipc, invoked } = fakeIpc();
    const api = createPressroomApi(ipc, 'win32');
    await api.openDocument({ path: 'C:\\Users\\Асель\\Релиз.pressroom' });
    await api.listRecent({});
    expect(invoked).toEqual([
      [channelOf('openDocument'), { path: 'C:\\Users\\Асель\\Релиз.pressroom' }],
      [channelOf('listRecent'), {}],
    ]);
  });

  it('maps unknown platforms to web', () => {
    expect(createPressroomApi(fakeIpc().ipc, 'freebsd').platform).toBe('web');
    expect(createPressroomApi(fakeIpc().ipc, 'darwin').platform).toBe('darwin');
  });

  it('delivers commands to subscribers, and stops after unsubscribe', () => {
    const { ipc, emit } = fakeIpc();
    const api = createPressroomApi(ipc, 'linux');
    const seen: HostCommand[] = [];
    const stop = api.onCommand((command) => seen.push(command));
    emit({ type: 'menu', action: 'save' });
    stop();
    emit({ type: 'menu', action: 'open' });
    expect(seen).toEqual([{ type: 'menu', action: 'save' }]);
  });

  it('keeps a file given at start until the page subscribes, then delivers it once', async () => {
    const { ipc, emit } = fakeIpc();
    const api = createPressroomApi(ipc, 'linux');
    emit({ type: 'open-file', path: '/home/user/Алматы-релиз.pressroom' });
    const first = vi.fn();
    api.onCommand(first);
    await Promise.resolve();
    expect(first).toHaveBeenCalledWith({ type: 'open-file', path: '/home/user/Алматы-релиз.pressroom' });
    const second = vi.fn();
    api.onCommand(second);
    await Promise.resolve();
    expect(second).not.toHaveBeenCalled();
  });

  it('drops payloads that are not host commands', () => {
    const { ipc, emit } = fakeIpc();
    const api = createPressroomApi(ipc, 'linux');
    const listener = vi.fn();
    api.onCommand(listener);
    emit({ type: 'eval', code: 'alert(1)' });
    emit(null);
    emit('close-requested');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('the preload’s imports', () => {
  /** Follows relative imports from preload.ts; the sandboxed preload may reach only 'electron' and core/api. */
  function importGraph(entry: string): { files: string[]; packages: string[] } {
    const files = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        if (match[1]) continue; // type-only imports vanish when compiled
        const target = match[2] ?? '';
        if (target.startsWith('.')) visit(resolve(dirname(file), `${target}.ts`));
        else packages.add(target);
      }
    };
    visit(entry);
    return { files: [...files], packages: [...packages] };
  }

  it('imports only electron, the ipc wrapper and core/api — no zod, no Node modules', () => {
    const root = resolve(import.meta.dirname, '../..');
    const graph = importGraph(join(root, 'electron/preload.ts'));
    expect(graph.packages).toEqual(['electron']);
    expect(graph.files.map((file) => file.slice(root.length + 1)).sort()).toEqual(['core/api.ts', 'electron/ipc/renderer-callers.ts', 'electron/preload.ts']);
  });

  it('exposes one thing in the main world, and never ipcRenderer itself', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../preload.ts'), 'utf8');
    const exposures = [...source.matchAll(/exposeInMainWorld\(\s*'([^']+)'\s*,\s*([^)]*\))/g)];
    expect(exposures.map((match) => match[1])).toEqual(['pressroom']);
    expect(exposures[0]?.[2]).toMatch(/^createPressroomApi\(ipcRenderer, process\.platform\)/);
    expect(source).not.toMatch(/exposeInIsolatedWorld|exposeInMainWorld\([^)]*,\s*ipcRenderer\b/);
  });
});
