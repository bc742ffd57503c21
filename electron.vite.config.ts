import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The guarded reader's worker (electron/services/guarded-reader.ts) is an entry of its own: out/main/input-worker.js.
      rollupOptions: { input: { main: resolve('electron/main.ts'), 'input-worker': resolve('electron/services/input-worker.ts') } },
    },
  },
  preload: {
    // A sandboxed preload must be CommonJS.
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { preload: resolve('electron/preload.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    resolve: {
      // The spelling dictionaries (renderer/spelling/dictionary-urls.ts): the npm packages export only their
      // Node loader, so their files are reached by folder; Kazakh ships in the repository (dictionaries/kk).
      alias: {
        '@dictionaries/ru': resolve('node_modules/dictionary-ru'),
        '@dictionaries/en': resolve('node_modules/dictionary-en'),
        '@dictionaries/kk': resolve('dictionaries/kk'),
      },
    },
    // The spelling worker is an ES module (hunspell-wasm uses import.meta and top-level await).
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      // Dictionaries stay files, fetched by the worker from the app's origin, never inlined as data: URLs.
      assetsInlineLimit: (file) => (/\.(aff|dic|wasm)$/.test(file) ? false : undefined),
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
