import { organisationSettingsOf } from '../../core/checklist/organisation';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOST_CALL_NAMES } from '../../core/api';
import { writeDocumentText } from '../../core/model/document-file';
import { almatyRelease } from './fixtures/sample-release';
import { createHostHandlers, createHostServices } from './host';
import type { HostEnvironment } from './host-environment';

let root: string;
let opened: string[];
let state: unknown[];
let closed: number;
let saveAnswers: string[];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pressroom-host-'));
  await mkdir(join(root, 'user-data'));
  await mkdir(join(root, 'documents'));
  opened = [];
  state = [];
  closed = 0;
  saveAnswers = [];
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function environment(overrides: Partial<HostEnvironment> = {}): HostEnvironment {
  return {
    userDataDir: join(root, 'user-data'),
    documentsDir: join(root, 'documents'),
    builtInTemplatesDir: join(root, 'no-templates'),
    dialogs: {
      chooseFileToOpen: async () => null,
      chooseFilesToOpen: async () => [],
      chooseSavePath: async () => saveAnswers.shift() ?? null,
      chooseFolder: async () => null,
    },
    window: { setDocumentState: (s) => state.push(s), close: () => (closed += 1) },
    openExternal: async (url) => {
      opened.push(url);
    },
    systemLanguage: () => 'kk',
    ...overrides,
  };
}

describe('the host handlers', () => {
  it('serve every call of the contract', () => {
    expect(Object.keys(createHostHandlers(environment())).sort()).toEqual([...HOST_CALL_NAMES].sort());
  });

  it('pass only parsed http, https and mailto URLs to the OS', async () => {
    const handlers = createHostHandlers(environment());
    const urls = [
      'https://www.gov.kz/memleket/entities/almaty',
      'HTTP://example.kz/путь',
      'mailto:press@almaty.gov.kz?subject=Релиз',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'vbscript:msgbox(1)',
      'http://',
      '//evil.example/x',
      'ftp://files.example/x',
      'chrome://settings',
      '',
    ];
    const replies = [];
    for (const url of urls) replies.push((await handlers.openExternal({ url })).opened);
    expect(replies).toEqual([true, true, true, false, false, false, false, false, false, false, false, false, false, false]);
    expect(opened).toEqual(['https://www.gov.kz/memleket/entities/almaty', 'http://example.kz/%D0%BF%D1%83%D1%82%D1%8C', 'mailto:press@almaty.gov.kz?subject=Релиз'.replace('Релиз', '%D0%A0%D0%B5%D0%BB%D0%B8%D0%B7')]);
  });

  it('an OS that fails to open a URL is a reply, not a crash', async () => {
    const handlers = createHostHandlers(environment({ openExternal: async () => Promise.reject(new Error('no browser')) }));
    expect(await handlers.openExternal({ url: 'https://example.kz' })).toEqual({ opened: false });
  });

  it('forward the document state and the close to the window', async () => {
    const handlers = createHostHandlers(environment());
    await handlers.setDocumentState({ name: 'Релиз', path: null, dirty: true });
    await handlers.closeWindow({});
    expect(state).toEqual([{ name: 'Релиз', path: null, dirty: true }]);
    expect(closed).toBe(1);
  });

  it('a saved document joins the recent files; a draft round-trips and is discarded after the save', async () => {
    const changes: string[][] = [];
    const handlers = createHostHandlers(environment({ onRecentChanged: (recent) => changes.push(recent) }));
    const document = almatyRelease();
    await handlers.saveDraft({ draftId: 'new-1', path: null, name: 'Без названия', documentText: JSON.stringify(document) });
    expect((await handlers.listDrafts({})).map((draft) => draft.document)).toEqual([document]);
    const target = join(root, 'documents', 'release.pressroom');
    saveAnswers.push(target);
    expect(await handlers.saveDocument({ path: null, documentText: JSON.stringify(document), stamp: null })).toMatchObject({ status: 'saved', path: target });
    await handlers.discardDraft({ draftId: 'new-1' });
    expect(await handlers.listDrafts({})).toEqual([]);
    expect(await handlers.listRecent({})).toEqual([target]);
    expect(changes).toEqual([[target]]);
    expect(await readFile(target, 'utf8')).toBe(writeDocumentText(document));
  });

  it('settings reply with the OS language', async () => {
    const handlers = createHostHandlers(environment());
    expect(await handlers.getSettings({})).toEqual({ interfaceLanguage: 'system', systemLanguage: 'kk', teamTemplateFolder: null, organisation: organisationSettingsOf(undefined) });
    expect(await handlers.updateSettings({ interfaceLanguage: 'en' })).toEqual({ interfaceLanguage: 'en', systemLanguage: 'kk', teamTemplateFolder: null, organisation: organisationSettingsOf(undefined) });
  });

  it('a bad draft is refused with a reason', async () => {
    const handlers = createHostHandlers(environment());
    const reply = await handlers.saveDraft({ draftId: 'x', path: null, name: 'x', documentText: JSON.stringify({ ...almatyRelease(), format: 'other' }) });
    expect(reply).toMatchObject({ status: 'failed', problem: { reason: 'not-pressroom' } });
  });

  it('a draft whose text is cut short is refused as not JSON, and no draft is kept', async () => {
    const handlers = createHostHandlers(environment());
    const documentText = JSON.stringify(almatyRelease()).slice(0, 200);
    expect(await handlers.saveDraft({ draftId: 'cut', path: null, name: 'x', documentText })).toMatchObject({ status: 'failed', problem: { reason: 'not-json' } });
    expect(await handlers.listDrafts({})).toEqual([]);
  });

  it('sweepAtStart runs without a user-data folder', async () => {
    await expect(createHostServices(environment({ userDataDir: join(root, 'nowhere') })).sweepAtStart()).resolves.toBeUndefined();
  });
});
