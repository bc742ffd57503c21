/**
 * Where the renderer lives. The window loads `app://pressroom/index.html`, served by our own privileged
 * protocol from out/renderer (see app-protocol.ts); nothing else is trusted.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pressroom';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Is `url` a page of ours? In development (`electron-vite dev`) the renderer comes from Vite's dev server,
 * whose origin is passed as `devServerOrigin`; packaged builds never pass one.
 */
export function isAppUrl(url: string, devServerOrigin?: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerOrigin) {
    try {
      return parsed.origin === new URL(devServerOrigin).origin;
    } catch {
      return false;
    }
  }
  return false;
}
