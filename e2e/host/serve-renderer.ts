import { readFile } from 'node:fs/promises';
import { basename, extname, join, normalize, sep } from 'node:path';
import type { Route } from '@playwright/test';
import { policyForFile } from '../../electron/csp';

/** The made-up origin the built renderer is served from; nothing listens on the network. */
export const APP_ORIGIN = 'https://pressroom.test';
export const APP_URL = `${APP_ORIGIN}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.aff': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `root` a URL of APP_ORIGIN names, or null when it points outside `root`. */
export function fileForUrl(root: string, url: string): string | null {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  return file === root || file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`) ? file : null;
}

/** Fulfils a request for APP_ORIGIN from the built renderer folder (out/renderer). */
export async function serveRendererFile(route: Route, root: string, onMissing: (url: string) => void): Promise<void> {
  const url = route.request().url();
  const file = fileForUrl(root, url);
  if (file !== null) {
    try {
      const body = await readFile(file);
      // The app's own policy, as app:// sends it (electron/app-protocol.ts): the spelling worker's is its own.
      const headers = { 'content-type': contentTypeOf(file), 'cache-control': 'no-store', 'content-security-policy': policyForFile(basename(file)) };
      await route.fulfill({ status: 200, body, headers });
      return;
    } catch {
      // fall through to 404
    }
  }
  onMissing(url);
  await route.fulfill({ status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } });
}
