import { organisationSettingsOf } from '../../core/checklist/organisation';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore } from './settings';

let userDataDir: string;
beforeEach(async () => {
  userDataDir = await mkdtemp(join(tmpdir(), 'pressroom-settings-'));
});
afterEach(async () => {
  await rm(userDataDir, { recursive: true, force: true });
});

describe('settings', () => {
  it('start from the system language and no team folder', async () => {
    const store = createSettingsStore(userDataDir, () => 'kk');
    expect(store.toReply(await store.read())).toEqual({ interfaceLanguage: 'system', systemLanguage: 'kk', teamTemplateFolder: null, organisation: organisationSettingsOf(undefined) });
  });

  it('read the organisation’s checklist limits and house style from settings.json, a bad value falling back to its default', async () => {
    await writeFile(join(userDataDir, 'settings.json'), JSON.stringify({ organisation: { checklist: { totalWords: 400, leadWords: 'many' }, houseStyle: { paragraphs: 'first-line-indent' } } }));
    const store = createSettingsStore(userDataDir, () => 'ru');
    expect((await store.read()).organisation).toMatchObject({ checklist: { headlineMin: 60, headlineMax: 90, leadWords: 45, totalWords: 400 }, houseStyle: { paragraphs: 'first-line-indent' } });
    expect(store.toReply(await store.read()).organisation?.checklist.totalWords).toBe(400);
  });

  it('store the organisation the Settings dialog saves, checked again, and give it back on the next start', async () => {
    const store = createSettingsStore(userDataDir, () => 'ru');
    await store.update({ interfaceLanguage: 'kk' });
    const organisation = organisationSettingsOf({ houseStyle: { dash: 'em' }, datelines: { kk: { style: 'wire', agency: 'ҚазАқпарат' } }, paper: 'letter' });
    await store.update({ organisation });
    const again = await createSettingsStore(userDataDir, () => 'ru').read();
    expect(again.organisation).toEqual(organisation);
    expect(again.interfaceLanguage).toBe('kk');
    // a hand-edited file with a bad paper and dash keeps the good values
    const path = join(userDataDir, 'settings.json');
    const stored = JSON.parse(await readFile(path, 'utf8'));
    stored.organisation.paper = 'A3';
    stored.organisation.houseStyle.dash = '-';
    await writeFile(path, JSON.stringify(stored));
    expect((await store.read()).organisation).toEqual({ ...organisation, paper: 'a4', houseStyle: { ...organisation.houseStyle, dash: 'language' } });
  });

  it('remember the interface language across starts, keeping entries the shell added', async () => {
    const store = createSettingsStore(userDataDir, () => 'en');
    await store.update({ window: { width: 1200, height: 800, maximized: false } });
    await store.update({ interfaceLanguage: 'kk' });
    const again = createSettingsStore(userDataDir, () => 'en');
    expect(await again.read()).toMatchObject({ interfaceLanguage: 'kk', window: { width: 1200, height: 800, maximized: false } });
    expect(JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8'))).toMatchObject({ interfaceLanguage: 'kk' });
  });

  it('quick updates do not lose one another', async () => {
    const store = createSettingsStore(userDataDir, () => 'en');
    await Promise.all([store.update({ interfaceLanguage: 'ru' }), store.update({ teamTemplateFolder: '/team' }), store.update({ lastExportFolder: '/exports' })]);
    expect(await store.read()).toMatchObject({ interfaceLanguage: 'ru', teamTemplateFolder: '/team', lastExportFolder: '/exports' });
  });

  it('a damaged or hand-edited file falls back value by value', async () => {
    const path = join(userDataDir, 'settings.json');
    await writeFile(path, '{"interfaceLanguage":"de","teamTemplateFolder":42,"lastExportFolder":"/exports"}');
    expect(await createSettingsStore(userDataDir, () => 'ru').read()).toMatchObject({ interfaceLanguage: 'system', teamTemplateFolder: null, lastExportFolder: '/exports' });
    await writeFile(path, '{"interfaceLan');
    expect(await createSettingsStore(userDataDir, () => 'ru').read()).toMatchObject({ interfaceLanguage: 'system', teamTemplateFolder: null, organisation: organisationSettingsOf(undefined) });
  });
});
