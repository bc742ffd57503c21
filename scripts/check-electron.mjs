#!/usr/bin/env node
/* global process, console */
// The first step of `npm start`: is Electron's binary there? Electron's npm package carries no binary; it is
// downloaded from GitHub (about 100 MB) the first time Electron runs, or by `npx install-electron --no`.
// This script makes that download itself, once, so that where it cannot happen (no network, or
// ELECTRON_SKIP_BINARY_DOWNLOAD set) `npm start` ends in one line saying what is missing, how to get it, and that
// `npm run start:browser` runs the editor in Chromium meanwhile — not in Electron's stack trace.
//
//   node scripts/check-electron.mjs                      # exit 0: the binary is there (or was just downloaded)
//   node scripts/check-electron.mjs --electron-dir DIR   # check another copy of the electron package (tests)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HOW = 'get it with network: `npx install-electron --no` — or try the editor in Chromium now: `npm run start:browser`';

/** The executable Electron would start (as node_modules/electron/index.js finds it), or null when none is there. */
export function electronBinary(electronDir, env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
    return existsSync(overridden) ? overridden : null;
  }
  if (!executable) return null;
  const full = join(electronDir, 'dist', executable);
  return existsSync(full) ? full : null;
}

/** The gist of a failed download, on one line: its last error line ("TypeError: fetch failed"). */
export function downloadProblem(output) {
  const lines = output.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const error = [...lines].reverse().find((line) => /^[A-Za-z]*Error\b/.test(line)) ?? lines.find((line) => !line.startsWith('at ')) ?? 'no reason given';
  return error.length > 120 ? `${error.slice(0, 119)}…` : error;
}

/**
 * Checks the binary, downloading it when it is missing and downloads are allowed.
 * @returns {{ ok: true } | { ok: false, message: string }}
 */
export function checkElectron({ electronDir, env = process.env, say = (line) => console.log(line) }) {
  if (electronBinary(electronDir, env)) return { ok: true };
  const where = relative(process.cwd(), join(electronDir, 'dist')) || join(electronDir, 'dist');
  const skip = env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  if (skip && skip !== '0' && skip !== 'false') {
    return { ok: false, message: `Pressroom: Electron's binary is missing (${where}) and ELECTRON_SKIP_BINARY_DOWNLOAD is set; unset it and ${HOW}` };
  }
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  say(`Pressroom: downloading Electron ${version}'s binary from GitHub (first start only, about 100 MB)…`);
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, env, encoding: 'utf8' });
  if (install.status === 0 && electronBinary(electronDir, env)) return { ok: true };
  const problem = install.error ? install.error.message : downloadProblem(`${install.stdout ?? ''}\n${install.stderr ?? ''}`);
  return { ok: false, message: `Pressroom: Electron's binary is missing (${where}) and could not be downloaded (${problem}); ${HOW}` };
}

function electronDirFromArgs(argv) {
  const at = argv.indexOf('--electron-dir');
  if (at !== -1 && argv[at + 1]) return argv[at + 1];
  // The repository's own node_modules/electron as it is named there (require.resolve would follow symlinks).
  const beside = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');
  if (existsSync(join(beside, 'package.json'))) return beside;
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const result = checkElectron({ electronDir: electronDirFromArgs(process.argv.slice(2)) });
  if (!result.ok) {
    process.stderr.write(`${result.message}\n`);
    process.exit(1);
  }
}
