import type { BrowserContext, Page } from '@playwright/test';
import { HOST_CALL_NAMES } from '../../core/api';
import type { HostCallName, HostCommand, HostHandlers } from '../../core/api';
import { validateHostRequest } from '../../core/api-validation';
import { BINDING_NAME, BYTES_KEY, DISPATCH_NAME, decodeBytes, encodeBytes, installPressroomBridge } from './page-bridge';
import { APP_ORIGIN, serveRendererFile } from './serve-renderer';

/**
 * The glue between a Chromium page and the real services, shared by the e2e TestHost and `npm run start:browser`:
 * the built renderer served at APP_ORIGIN (nothing listens on the network; every other request is aborted), and
 * `window.pressroom` built as the preload builds it, over a binding whose every request is validated as
 * electron/main validates it before it reaches a handler.
 */
export interface PageHostEvents {
  /** A host call the page made; `refused` is the validation error when it was refused. */
  call?(record: { name: string; request: unknown; refused?: string }): void;
  /** A request outside APP_ORIGIN (it was aborted), or a WebSocket the page opened. */
  externalRequest?(url: string): void;
  /** An APP_ORIGIN URL with no file in the renderer folder. */
  missingAsset?(url: string): void;
  pageError?(error: Error): void;
}

export interface PageHostOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The handlers serving the calls, looked up at each call (a restart swaps the services). */
  handlers(): HostHandlers;
  events?: PageHostEvents;
}

/** Wires `page` to the services: serving, the bridge, the request and error logs. Call before the first goto. */
export async function connectPage(page: Page, context: BrowserContext, options: PageHostOptions): Promise<void> {
  const events = options.events ?? {};
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${APP_ORIGIN}/`)) {
      await serveRendererFile(route, options.rendererDir, (missing) => events.missingAsset?.(missing));
      return;
    }
    events.externalRequest?.(url);
    await route.abort('blockedbyclient');
  });
  // WebSockets are not routed by context.route; count any attempt too.
  page.on('websocket', (socket) => events.externalRequest?.(socket.url()));
  page.on('pageerror', (error) => events.pageError?.(error));
  await page.exposeBinding(BINDING_NAME, async (source, name: unknown, payload: unknown) => {
    if (source.frame !== page.mainFrame()) throw new Error('host call from a foreign frame');
    const callName = String(name);
    const request = decodeBytes(payload);
    const validated = validateHostRequest(callName, request);
    if (!validated.ok) {
      events.call?.({ name: callName, request, refused: validated.error });
      throw new Error(validated.error);
    }
    events.call?.({ name: callName, request: validated.request });
    const handler = options.handlers()[callName as HostCallName] as (r: unknown) => Promise<unknown>;
    return encodeBytes(await handler(validated.request));
  });
  await page.addInitScript(installPressroomBridge, { callNames: [...HOST_CALL_NAMES], bindingName: BINDING_NAME, dispatchName: DISPATCH_NAME, bytesKey: BYTES_KEY });
}

/** Sends a menu or OS command to the renderer's onCommand listeners, as the shell's menu does; returns how many got it. */
export async function dispatchCommand(page: Page, command: HostCommand): Promise<number> {
  return page.evaluate(([name, value]) => (globalThis as unknown as Record<string, (c: unknown) => number>)[name]!(value), [DISPATCH_NAME, command] as const);
}
