import { channelOf, COMMAND_CHANNEL, HOST_CALL_NAMES, type HostCommand, type PressroomApi } from '../../core/api';

/**
 * Builds `window.pressroom` from the contract's call list. Used only by the preload; the raw IPC object
 * stays here and never reaches the page. Imports nothing but core/api (no zod, no Node), because the
 * preload runs sandboxed.
 */

/** The slice of ipcRenderer the callers use (tests pass a fake). */
export interface RendererIpc {
  invoke(channel: string, request: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

const COMMAND_TYPES = new Set(['menu', 'open-file', 'close-requested']);

function isHostCommand(value: unknown): value is HostCommand {
  return typeof value === 'object' && value !== null && COMMAND_TYPES.has((value as { type?: unknown }).type as string);
}

export function createPressroomApi(ipc: RendererIpc, platform: string): PressroomApi {
  const listeners = new Set<(command: HostCommand) => void>();
  // Commands that arrive before the page subscribes (a file given on the command line at start) wait here.
  const pending: HostCommand[] = [];

  ipc.on(COMMAND_CHANNEL, (_event, payload) => {
    if (!isHostCommand(payload)) return;
    if (listeners.size === 0) {
      pending.push(payload);
      return;
    }
    for (const listener of [...listeners]) listener(payload);
  });

  const calls: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const name of HOST_CALL_NAMES) {
    const channel = channelOf(name);
    calls[name] = (request: unknown) => ipc.invoke(channel, request ?? {});
  }

  const api = {
    ...calls,
    onCommand(listener: (command: HostCommand) => void): () => void {
      if (typeof listener !== 'function') return () => undefined;
      listeners.add(listener);
      if (pending.length > 0) {
        const waiting = pending.splice(0);
        queueMicrotask(() => {
          for (const command of waiting) listener(command);
        });
      }
      return () => {
        listeners.delete(listener);
      };
    },
    platform: platformOf(platform),
  };
  return Object.freeze(api) as unknown as PressroomApi;
}

function platformOf(platform: string): PressroomApi['platform'] {
  return platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'web';
}
