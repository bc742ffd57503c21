#!/usr/bin/env node
/**
 * `npm run bench`: builds what the benchmarks need, then runs them and prints their tables.
 *
 * 1. `electron-vite build` — the app's renderer (out/renderer), measured as the user gets it.
 * 2. The peer pages (bench/pages: a bare Slate editor, a plain contenteditable) with Vite → out/bench/pages.
 * 3. The harness (bench/harness/*.ts, which imports core/ and electron/services) for Node → out/bench/harness.
 * 4. Runs the harness: keystroke latency in Debian's Chromium, the ~5 MB release (issue 5 item 9).
 * 5. Runs bench/export-bench.* (the formats benchmark) when it exists.
 * 6. Builds and runs bench/find-bench.ts (find and replace on the ~5 MB release).
 *
 * Offline: pages are served through Playwright's page.route, nothing listens on a port.
 * Arguments after `--` go to the harness: `npm run bench -- --keys=300 --skip-big --unthrottled`, and `--no-build`
 * reuses the last build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(command, commandArgs, label) {
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) console.error(`bench: ${label} failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
  return result.status === 0;
}

async function buildPeersAndHarness({ minify = true } = {}) {
  const { build } = await import('vite');
  const quiet = { configFile: false, logLevel: 'warn', clearScreen: false };
  await build({
    ...quiet,
    root: join(root, 'bench', 'pages'),
    base: '/peers/',
    build: {
      outDir: join(root, 'out', 'bench', 'pages'),
      emptyOutDir: true,
      target: 'es2023',
      minify,
      rollupOptions: {
        input: {
          'bare-slate': join(root, 'bench', 'pages', 'bare-slate.html'),
          'plain-contenteditable': join(root, 'bench', 'pages', 'plain-contenteditable.html'),
        },
      },
    },
  });
  await build({
    ...quiet,
    root,
    build: {
      ssr: join(root, 'bench', 'harness', 'main.ts'),
      outDir: join(root, 'out', 'bench', 'harness'),
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'main.mjs' } },
    },
  });
}

/** Builds bench/<file> for Node into out/bench/<folder>/<name>.mjs and returns that path. */
async function buildNodeBench(file, folder = 'export', name = 'export-bench') {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: join(root, 'bench', file),
      outDir: join(root, 'out', 'bench', folder),
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } },
    },
  });
  return join(root, 'out', 'bench', folder, `${name}.mjs`);
}

/** --profile: the renderer once more, unminified, so the profile names the source's functions (bench/harness/profile.ts). */
async function buildUnminifiedRenderer() {
  const { build, loadConfigFromFile } = await import('vite');
  // The app's own renderer settings (the dictionaries' aliases, the worker's format, assets kept as files), from
  // electron.vite.config.ts, so this build differs from the app's only in being unminified.
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, 'electron.vite.config.ts'), root, 'silent');
  const { renderer } = loaded.config;
  await build({
    ...renderer,
    configFile: false,
    logLevel: 'warn',
    clearScreen: false,
    root: join(root, 'renderer'),
    base: './',
    build: { ...renderer.build, outDir: join(root, 'out', 'bench', 'renderer-unminified'), emptyOutDir: true, minify: false },
  });
}

let failures = 0;
const profiling = args.includes('--profile') || args.includes('--profile-big');
if (!skipBuild && profiling) {
  await buildPeersAndHarness({ minify: false });
  await buildUnminifiedRenderer();
} else if (!skipBuild) {
  console.log('bench: building the app (electron-vite build)…');
  if (!run(bin('electron-vite'), ['build'], 'electron-vite build')) {
    console.error('bench: our editor will be left out; the peers are still measured.');
    failures += 1;
  }
  console.log('bench: building the peer pages and the harness (vite)…');
  await buildPeersAndHarness();
}

const harness = join(root, 'out', 'bench', 'harness', 'main.mjs');
const harnessArgs = args.filter((a) => a !== '--no-build');
if (!run(process.execPath, [harness, ...harnessArgs], 'the editor benchmark')) failures += 1;

// --profile, --css-ab, --only-release, --only-big and --only-typing measure the editor's typing alone: the other
// benchmarks (export, hostile inputs, find, typography) are skipped.
const oneThing = profiling || args.some((a) => a.startsWith('--css-ab=')) || ['--only-release', '--only-big', '--only-typing'].some((flag) => args.includes(flag));
if (oneThing) {
  console.log('\nbench: --profile, --css-ab, --only-release, --only-big and --only-typing measure the editor alone; the other benchmarks are skipped.');
  process.exit(failures > 0 ? 1 : 0);
}
const exportBench = readdirSync(join(root, 'bench')).find((name) => /^export-bench\.(m?js|ts)$/.test(name));
if (exportBench) {
  console.log(`\nbench: running bench/${exportBench}…`);
  const script = exportBench.endsWith('.ts') ? await buildNodeBench(exportBench) : join(root, 'bench', exportBench);
  if (!existsSync(script) || !run(process.execPath, [script, ...harnessArgs], `bench/${exportBench}`)) failures += 1;
} else {
  console.log('\nbench: no bench/export-bench.* yet; the export benchmark is skipped.');
}
// Hostile and huge inputs (issue 13): peak memory and time per input, and the parse curves the limits come from.
if (existsSync(join(root, 'bench', 'input-bounds.ts'))) {
  console.log('\nbench: running bench/input-bounds.ts (the built CLI and the app\'s reader; a child per input)…');
  const boundsBench = await buildNodeBench('input-bounds.ts', 'bounds', 'input-bounds');
  if (!skipBuild) run(bin('vite'), ['build', '--config', 'cli/vite.config.ts'], 'the CLI build');
  if (!run(process.execPath, [boundsBench, 'all'], 'bench/input-bounds.ts')) failures += 1;
}

// Find and replace on the ~5 MB release (bench/find-bench.ts): find-all and replace-all with naive peers.
console.log('\nbench: running bench/find-bench.ts…');
const findBench = await buildNodeBench('find-bench.ts', 'find', 'find-bench');
if (!run(process.execPath, [findBench, ...harnessArgs.filter((arg) => arg.startsWith('--runs='))], 'bench/find-bench.ts')) failures += 1;
process.exitCode = failures > 0 ? 1 : 0;

// The press typography benchmark (bench/typography-bench.ts): per-key cost with its peers, and the command.
if (existsSync(join(root, 'bench', 'typography-bench.ts'))) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: join(root, 'bench', 'typography-bench.ts'),
      outDir: join(root, 'out', 'bench', 'typography'),
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'typography-bench.mjs' } },
    },
  });
  console.log('\nbench: running bench/typography-bench.ts…');
  if (!run(process.execPath, [join(root, 'out', 'bench', 'typography', 'typography-bench.mjs'), ...harnessArgs.filter((a) => a.startsWith('--runs='))], 'bench/typography-bench.ts')) process.exitCode = 1;
}
