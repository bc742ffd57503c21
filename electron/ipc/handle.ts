import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channelOf, COMMAND_CHANNEL, HOST_CALL_NAMES, type HostCallName, type HostCalls, type HostCommand, type HostHandlers } from '../../core/api';
import { validateHostRequest } from '../../core/api-validation';
import { isAppUrl } from '../app-origin';

/**
 * The only place main-process IPC is registered. Every host call goes through `handle()`, which
 *  1. accepts it only from our main window's main frame showing one of our pages,
 *  2. validates the request with core's schema (core/api-validation.ts),
 *  3. runs the service and turns any exception into a value.
 * A refused or failed call answers `{ status: 'failed', problem }` — the renderer shows it; main never crashes.
 */

/** The parts of an invoke event the sender check reads (so tests can pass plain objects). */
export interface SenderEvent {
  sender: unknown;
  senderFrame: { url: string } | null | undefined;
}

/** The window whose renderer may call us. */
export interface TrustedWindow {
  isDestroyed(): boolean;
  webContents: { mainFrame: unknown } & object;
}

export type HostCallRefusal = {
  status: 'failed';
  problem: { reason: 'invalid' | 'io'; detail: string };
};

/** Is this call from our window's main frame, on one of our own pages? Sub-frames and other windows are not. */
export function isTrustedSender(event: SenderEvent, window: TrustedWindow | null, devServerOrigin?: string | null): boolean {
  if (!window || window.isDestroyed()) return false;
  if (event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== window.webContents.mainFrame) return false;
  return isAppUrl(frame.url, devServerOrigin);
}

const refusal = (reason: 'invalid' | 'io', detail: string): HostCallRefusal => ({ status: 'failed', problem: { reason, detail } });

export interface CallContext {
  /** Decides whether the event comes from our window (isTrustedSender bound to the window). */
  isTrusted(event: SenderEvent): boolean;
  /** Where refused and failed calls are logged. */
  log?(message: string): void;
}

/**
 * Answers one call: sender check, argument validation, then the handler. Pure apart from the handler it
 * runs, so tests drive it with fake events.
 */
export async function answerHostCall<K extends HostCallName>(
  name: K,
  handler: (request: HostCalls[K]['request']) => Promise<HostCalls[K]['reply']>,
  event: SenderEvent,
  request: unknown,
  context: CallContext,
): Promise<HostCalls[K]['reply'] | HostCallRefusal> {
  if (!context.isTrusted(event)) {
    context.log?.(`refused ${name}: not from the Pressroom window`);
    return refusal('invalid', `${name} refused: the call did not come from the Pressroom window`);
  }
  const validated = validateHostRequest(name, request);
  if (!validated.ok) {
    context.log?.(`refused ${name}: ${validated.error}`);
    return refusal('invalid', validated.error);
  }
  try {
    return await handler(validated.request as HostCalls[K]['request']);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    context.log?.(`${name} failed: ${detail}`);
    return refusal('io', detail);
  }
}

/** Registers one call on its channel (replacing any earlier handler). */
export function handle<K extends HostCallName>(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  name: K,
  handler: (request: HostCalls[K]['request']) => Promise<HostCalls[K]['reply']>,
  context: CallContext,
): void {
  const channel = channelOf(name);
  ipcMain.removeHandler(channel);
  ipcMain.handle(channel, (event: IpcMainInvokeEvent, request: unknown) => answerHostCall(name, handler, event, request, context));
}

/** Registers every call of the contract; the table is complete by type, so none can be forgotten. */
export function handleHostCalls(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: HostHandlers, context: CallContext): void {
  for (const name of HOST_CALL_NAMES) {
    handle(ipcMain, name, handlers[name] as (request: unknown) => Promise<never>, context);
  }
}

/** Sends a menu or OS command to the renderer (the preload delivers it to onCommand listeners). */
export function sendCommand(webContents: Pick<WebContents, 'send' | 'isDestroyed'>, command: HostCommand): void {
  if (!webContents.isDestroyed()) webContents.send(COMMAND_CHANNEL, command);
}
