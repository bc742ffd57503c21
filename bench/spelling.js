#!/usr/bin/env node
/**
 * `npm run bench:spelling`: builds the app (unless --no-build) and the spelling benchmark (bench/spelling-bench.ts,
 * Vite SSR → out/bench/spelling), then runs it. Offline, like `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);
if (!args.includes('--no-build')) {
  const built = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const { build } = await import('vite');
const quiet = { configFile: false, logLevel: 'warn', clearScreen: false, root };
await build({
  ...quiet,
  root: join(root, 'bench', 'pages'),
  base: '/peers/',
  build: { outDir: join(root, 'out', 'bench', 'pages'), emptyOutDir: true, target: 'es2023', rollupOptions: { input: { 'bare-slate': join(root, 'bench', 'pages', 'bare-slate.html') } } },
});
await build({
  ...quiet,
  build: { ssr: join(root, 'bench', 'spelling-bench.ts'), outDir: join(root, 'out', 'bench', 'spelling'), emptyOutDir: true, target: 'node20', rollupOptions: { output: { format: 'es', entryFileNames: 'spelling-bench.mjs' } } },
});
const result = spawnSync(process.execPath, [join(root, 'out', 'bench', 'spelling', 'spelling-bench.mjs'), ...args.filter((a) => a !== '--no-build')], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
