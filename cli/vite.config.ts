import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the `pressroom` command to out/cli/pressroom.js (and its reader's worker, out/cli/input-worker.js): ES modules for Node ≥ 20 with a shebang. Packages in
 * node_modules stay external (they are the app's dependencies), Node built-ins are imported as they are.
 * Run by `npm run build:cli`, and so by `npm install` (the `prepare` script).
 */
const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  root,
  logLevel: 'warn',
  define: { __PRESSROOM_VERSION__: JSON.stringify(version) },
  build: {
    ssr: true,
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      // documents.ts imports import-file.ts lazily for the app; in the command it is needed at once.
      onwarn(warning, warn) {
        if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
      },
      // The command, and the guarded reader's worker beside it (electron/services/guarded-reader.ts): out/cli/input-worker.js.
      input: { pressroom: resolve(root, 'cli/main.ts'), 'input-worker': resolve(root, 'electron/services/input-worker.ts') },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', banner: (chunk) => (chunk.name === 'pressroom' ? '#!/usr/bin/env node' : '') },
    },
  },
});
