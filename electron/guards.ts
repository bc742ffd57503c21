import { safeUrl } from '../core/model/safe-url';
import { isAppUrl } from './app-origin';

/**
 * The window's gatekeepers, as pure functions so tests can call them with any URL.
 * main.ts wires them to will-navigate, setWindowOpenHandler, the permission handlers and webRequest.
 */

export interface PreventableEvent {
  preventDefault(): void;
}

/** will-navigate / will-redirect: the page never leaves the app, whatever the URL. */
export function refuseNavigation(event: PreventableEvent, _url?: string): void {
  event.preventDefault();
}

/**
 * setWindowOpenHandler: no window is ever opened. A link with an http, https or mailto URL (checked by
 * parsing, see core/model/safe-url.ts) is handed to the user's browser or mail program; anything else —
 * javascript:, file:, data:, app: — is dropped.
 */
export function createWindowOpenHandler(openExternal: (url: string) => void) {
  return ({ url }: { url: string }): { action: 'deny' } => {
    const safe = safeUrl(url);
    if (safe !== null) openExternal(safe);
    return { action: 'deny' };
  };
}

/** setPermissionRequestHandler: camera, microphone, notifications, geolocation, clipboard… all refused. */
export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** setPermissionCheckHandler: every permission check answers no. */
export function denyPermissionCheck(): boolean {
  return false;
}

/** setDevicePermissionHandler (HID, serial, USB): refused. */
export function denyDevicePermission(): boolean {
  return false;
}

/**
 * webRequest.onBeforeRequest: only our own pages (and DevTools, and inline data:/blob: resources that the
 * CSP already limits) may load; every request to the network is cancelled.
 */
export function isAllowedRequest(url: string, devServerOrigin?: string | null): boolean {
  if (isAppUrl(url, devServerOrigin)) return true;
  if (devServerOrigin && isDevServerSocket(url, devServerOrigin)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return scheme === 'devtools:' || scheme === 'data:' || scheme === 'blob:';
}

export function createRequestFilter(devServerOrigin?: string | null) {
  return (details: { url: string }, callback: (response: { cancel: boolean }) => void): void => {
    callback({ cancel: !isAllowedRequest(details.url, devServerOrigin) });
  };
}

/** Vite's hot-reload socket in development: ws:// on the dev server's host and port. */
function isDevServerSocket(url: string, devServerOrigin: string): boolean {
  try {
    const socket = new URL(url);
    return (socket.protocol === 'ws:' || socket.protocol === 'wss:') && socket.host === new URL(devServerOrigin).host;
  } catch {
    return false;
  }
}
