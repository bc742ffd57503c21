import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The packager cannot download Electron here, so the configuration is checked the way electron-builder
 * itself checks it before building: its own validateConfiguration (ajv against app-builder-lib/scheme.json).
 */
const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { validateConfiguration, getConfig } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
  /** electron-builder's own loader: finds the file, follows `extends`, merges. */
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<Record<string, unknown>>;
};
const quietLogger = { isEnabled: false, add: () => undefined };

type Config = Record<string, unknown> & {
  appId: string;
  productName: string;
  directories: { buildResources: string; output?: string };
  files: string[];
  extraResources: { from: string; to: string }[];
  fileAssociations: { ext: string; name: string; description: string; mimeType: string; icon: string }[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; category: string; maintainer: string; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
};

const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(structuredClone(config), quietLogger)).resolves.toBeUndefined();
  });

  it('is the configuration electron-builder itself loads from the project', async () => {
    const loaded = await getConfig(root, null, null);
    expect(loaded).toMatchObject({ appId: config.appId, productName: config.productName, electronFuses: config.electronFuses });
  });

  it('has a separate test build with only the inspector fuse turned on, in its own output folder', async () => {
    const inspectable = (await getConfig(root, 'electron-builder.inspectable.yml', null)) as Config;
    await expect(validateConfiguration(structuredClone(inspectable), quietLogger)).resolves.toBeUndefined();
    expect(inspectable.electronFuses).toEqual({ ...config.electronFuses, enableNodeCliInspectArguments: true });
    expect(inspectable.directories.output).toBe('dist/inspectable');
    expect(inspectable.directories.output).not.toBe(config.directories.output);
    expect(inspectable.fileAssociations).toEqual(config.fileAssociations);
  });

  it('is really validated: the same validator refuses a misspelt or mistyped option', async () => {
    await expect(validateConfiguration({ ...structuredClone(config), fileAssociation: [] }, quietLogger)).rejects.toThrow(/Invalid configuration/);
    await expect(
      validateConfiguration({ ...structuredClone(config), electronFuses: { runAsNode: false, noSuchFuse: true } }, quietLogger),
    ).rejects.toThrow(/Invalid configuration/);
  });

  it('names the app and keeps build resources in build/', () => {
    expect(config.appId).toBe('kz.pressroom.app');
    expect(config.productName).toBe('Pressroom');
    expect(config.directories.buildResources).toBe('build');
  });

  it('packs an allow-list of files: the built app and package.json, nothing from the sources', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(config.files.filter((pattern) => !pattern.startsWith('!'))).toEqual(['out/**', 'package.json']);
  });

  it('ships the built-in templates as extra resources where main.ts looks for them', () => {
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'templates', to: 'templates' }));
    // The spelling dictionaries ship with their licences (MPL-1.1 for Kazakh).
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'dictionaries', to: 'dictionaries' }));
    const mainSource = readFileSync(join(root, 'electron/main.ts'), 'utf8');
    expect(mainSource).toContain("join(process.resourcesPath, 'templates')");
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/\S+ <[^@\s]+@[^@\s]+>/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('associates .pressroom files with the app, with their MIME type and an icon', () => {
    const association = config.fileAssociations.find((entry) => entry.ext === 'pressroom');
    expect(association).toMatchObject({ name: expect.any(String), description: expect.any(String), mimeType: 'application/x-pressroom+json' });
    expect(association?.icon).toBeTruthy();
    const icon = association?.icon ?? '';
    expect(existsSync(join(root, 'build', `${icon}.icns`))).toBe(true);
    expect(existsSync(join(root, 'build', `${icon}.ico`))).toBe(true);
  });

  it('sets release fuses: no RunAsNode, no NODE_OPTIONS, no inspector, ASAR integrity, app only from ASAR', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has real icons in build/: PNGs of the sizes Linux wants, and ICO/ICNS files with the right magic bytes', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const png = readFileSync(join(root, config.directories.buildResources, config.linux.icon, `${size}x${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
    const big = readFileSync(join(root, 'build/icon.png'));
    expect(big.readUInt32BE(16)).toBe(1024);
    const ico = readFileSync(join(root, 'build', config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(4);
    const icns = readFileSync(join(root, 'build', config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
