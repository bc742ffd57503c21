import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * Issue 9 item 11: `npm start` where Electron's binary is missing ends in one line that says what is missing, how
 * to get it, and offers `npm run start:browser` — exiting non-zero — instead of Electron's own stack trace.
 * The script runs against a stand-in electron package in a temp folder, whose install.js plays the download.
 */
const root = join(import.meta.dirname, '../..');
const script = join(root, 'scripts/check-electron.mjs');
const folders: string[] = [];

type Download = 'fails' | 'succeeds';
function fakeElectron(download: Download, options: { installed?: boolean; pathFileOnly?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-electron-'));
  folders.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  const install =
    download === 'fails'
      ? `require('fs').writeFileSync(__dirname + '/install-ran', '');
console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:13502:13\\n    at async getArtifact (/x/@electron/get/dist/index.js:1:1)');
process.exit(1);`
      : `const fs = require('fs');
fs.writeFileSync(__dirname + '/install-ran', '');
fs.mkdirSync(__dirname + '/dist', { recursive: true });
fs.writeFileSync(__dirname + '/dist/electron', '#!/bin/sh\\n');
fs.writeFileSync(__dirname + '/path.txt', 'electron');`;
  writeFileSync(join(dir, 'install.js'), install);
  if (options.installed || options.pathFileOnly) writeFileSync(join(dir, 'path.txt'), 'electron');
  if (options.installed) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '#!/bin/sh\n');
  }
  return dir;
}

function check(electronDir: string, env: Record<string, string> = {}) {
  const clean = { ...process.env };
  delete clean.ELECTRON_SKIP_BINARY_DOWNLOAD;
  delete clean.ELECTRON_OVERRIDE_DIST_PATH;
  const run = spawnSync(process.execPath, [script, '--electron-dir', electronDir], { cwd: root, env: { ...clean, ...env }, encoding: 'utf8' });
  const lines = (text: string) => text.split('\n').filter(Boolean);
  return { status: run.status, stdout: lines(run.stdout), stderr: lines(run.stderr), installRan: existsSync(join(electronDir, 'install-ran')) };
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm start checks for Electron’s binary first', () => {
  it('with ELECTRON_SKIP_BINARY_DOWNLOAD set: one line, no download attempt, exit 1', () => {
    const dir = fakeElectron('succeeds');
    const result = check(dir, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(result.status).toBe(1);
    expect(result.installRan).toBe(false);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/^Pressroom: Electron's binary is missing \(.*dist\) and ELECTRON_SKIP_BINARY_DOWNLOAD is set; unset it and get it with network: `npx install-electron --no` — or try the editor in Chromium now: `npm run start:browser`$/);
  });

  it('without network (the download fails): one line with the reason, exit 1', () => {
    const dir = fakeElectron('fails');
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.installRan).toBe(true);
    expect(result.stdout).toEqual(["Pressroom: downloading Electron 45.4.1's binary from GitHub (first start only, about 100 MB)…"]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toContain("Electron's binary is missing");
    expect(result.stderr[0]).toContain('could not be downloaded (TypeError: fetch failed)');
    expect(result.stderr[0]).toContain('`npx install-electron --no`');
    expect(result.stderr[0]).toContain('`npm run start:browser`');
  });

  it('a path.txt without its binary counts as missing', () => {
    const result = check(fakeElectron('fails', { pathFileOnly: true }), { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toHaveLength(1);
  });

  it('with network, the first start downloads the binary and goes on', () => {
    const dir = fakeElectron('succeeds');
    const result = check(dir);
    expect(result).toMatchObject({ status: 0, installRan: true, stderr: [] });
    expect(readFileSync(join(dir, 'path.txt'), 'utf8')).toBe('electron');
  });

  it('with the binary in place: silent, no download, exit 0', () => {
    const result = check(fakeElectron('fails', { installed: true }));
    expect(result).toEqual({ status: 0, stdout: [], stderr: [], installRan: false });
  });

  it('ELECTRON_OVERRIDE_DIST_PATH is honoured as Electron honours it', () => {
    const dist = mkdtempSync(join(tmpdir(), 'pressroom-electron-dist-'));
    folders.push(dist);
    writeFileSync(join(dist, 'electron'), '');
    expect(check(fakeElectron('fails'), { ELECTRON_OVERRIDE_DIST_PATH: dist }).status).toBe(0);
    expect(check(fakeElectron('fails'), { ELECTRON_OVERRIDE_DIST_PATH: join(dist, 'nothing-here'), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }).status).toBe(1);
  });

  it('is the first step of npm start, before the build and `electron .`', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toBe('node scripts/check-electron.mjs && electron-vite build && electron .');
  });
});
