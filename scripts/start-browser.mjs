#!/usr/bin/env node
/* global process, console */
// `npm run start:browser` (after `electron-vite build`): the editor in the system's Chromium with the real services,
// for a machine without Electron's binary. The host is TypeScript (e2e/host/browser-app.ts, shared with the e2e
// tests); Vite's module runner runs it as it is, without a build step. See README, "Set up and run".
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = await createServer({
  configFile: false,
  root,
  logLevel: 'warn',
  appType: 'custom',
  clearScreen: false,
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
});
let code = 0;
try {
  const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
  const host = await runner.import('/e2e/host/browser-app.ts');
  await host.runFromCommandLine();
} catch (error) {
  console.error(error instanceof Error && error.message.startsWith('Pressroom:') ? error.message : error);
  code = 1;
} finally {
  await server.close();
}
process.exit(code);
