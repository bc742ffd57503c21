import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeAtomicWriteFs } from './atomic-write';
import type { AtomicWriteFs } from './atomic-write';
import { createExportService, exportBaseName } from './exports';
import type { HostDialogs } from './host-environment';
import { createSettingsStore } from './settings';

let root: string;
let documentsDir: string;
let exportsDir: string;
let saveDialogs: { defaultPath: string; answer: string | null }[];
let saveAnswers: (string | null)[];
let folderAnswers: (string | null)[];
let folderDefaults: (string | undefined)[];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pressroom-exports-'));
  documentsDir = join(root, 'documents');
  exportsDir = join(root, 'Экспорт');
  await mkdir(join(root, 'user-data'));
  await mkdir(documentsDir);
  await mkdir(exportsDir);
  saveDialogs = [];
  saveAnswers = [];
  folderAnswers = [];
  folderDefaults = [];
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const dialogs: HostDialogs = {
  chooseFileToOpen: async () => null,
  chooseFilesToOpen: async () => [],
  chooseSavePath: async (options) => {
    const answer = saveAnswers.shift() ?? null;
    saveDialogs.push({ defaultPath: options.defaultPath, answer });
    return answer;
  },
  chooseFolder: async (options) => {
    folderDefaults.push(options.defaultPath);
    return folderAnswers.shift() ?? null;
  },
};

function service(fs?: AtomicWriteFs) {
  const settings = createSettingsStore(join(root, 'user-data'), () => 'ru');
  return { settings, exports: createExportService({ dialogs, settings, documentsDir, ...(fs ? { fs } : {}) }) };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('exporting one file', () => {
  it('suggests the name in the documents folder, writes the bytes, and starts there next time', async () => {
    const { exports } = service();
    saveAnswers.push(join(exportsDir, 'Конференция'));
    const reply = await exports.exportDocument({ format: 'markdown', suggestedName: 'Конференция.pressroom', bytes: bytes('# В Алматы прошла конференция\n') });
    expect(reply).toEqual({ status: 'exported', paths: [join(exportsDir, 'Конференция.md')] });
    expect(await readFile(join(exportsDir, 'Конференция.md'), 'utf8')).toBe('# В Алматы прошла конференция\n');
    expect(saveDialogs[0]?.defaultPath).toBe(join(documentsDir, 'Конференция.md'));

    saveAnswers.push(join(exportsDir, 'Конференция.html'));
    await exports.exportDocument({ format: 'html', suggestedName: 'Конференция', bytes: bytes('<h1>x</h1>') });
    expect(saveDialogs[1]?.defaultPath).toBe(join(exportsDir, 'Конференция.html'));
  });

  it('a cancelled dialog writes nothing; a full disk is a failed reply', async () => {
    const { exports } = service();
    expect(await exports.exportDocument({ format: 'docx', suggestedName: 'a', bytes: bytes('PK') })).toEqual({ status: 'cancelled' });
    const full = service({ ...nodeAtomicWriteFs, open: async () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })) }).exports;
    saveAnswers.push(join(exportsDir, 'a.docx'));
    expect(await full.exportDocument({ format: 'docx', suggestedName: 'a', bytes: bytes('PK') })).toMatchObject({ status: 'failed', problem: { reason: 'disk-full' } });
    expect(await readdir(exportsDir)).toEqual([]);
  });
});

describe('exporting all three', () => {
  const files = [
    { format: 'markdown' as const, bytes: bytes('# Қазақстан\n') },
    { format: 'html' as const, bytes: bytes('<h1>Қазақстан</h1>') },
    { format: 'docx' as const, bytes: new Uint8Array([0x50, 0x4b, 3, 4]) },
  ];

  it('writes the files side by side in the chosen folder', async () => {
    const { exports, settings } = service();
    folderAnswers.push(exportsDir);
    const reply = await exports.exportAll({ suggestedName: 'Релиз', files });
    const paths = ['Релиз.md', 'Релиз.html', 'Релиз.docx'].map((name) => join(exportsDir, name));
    expect(reply).toEqual({ status: 'exported', paths });
    expect([...(await readFile(paths[2]!))]).toEqual([0x50, 0x4b, 3, 4]);
    expect((await settings.read()).lastExportFolder).toBe(exportsDir);
    expect(folderDefaults).toEqual([documentsDir]);
  });

  it('asks before replacing files of the same names, then overwrites when told to', async () => {
    const { exports } = service();
    await writeFile(join(exportsDir, 'Релиз.html'), 'older export');
    folderAnswers.push(exportsDir);
    expect(await exports.exportAll({ suggestedName: 'Релиз', files })).toEqual({ status: 'exists', folder: exportsDir, paths: [join(exportsDir, 'Релиз.html')] });
    expect(await readFile(join(exportsDir, 'Релиз.html'), 'utf8')).toBe('older export');
    expect(await readdir(exportsDir)).toEqual(['Релиз.html']);

    const again = await exports.exportAll({ suggestedName: 'Релиз', files, folder: exportsDir, overwrite: true });
    expect(again).toMatchObject({ status: 'exported' });
    expect(await readFile(join(exportsDir, 'Релиз.html'), 'utf8')).toBe('<h1>Қазақстан</h1>');
  });

  it('a cancelled folder dialog writes nothing', async () => {
    expect(await service().exports.exportAll({ suggestedName: 'x', files })).toEqual({ status: 'cancelled' });
  });
});

describe('export names', () => {
  it('drops our extensions and anything a file system refuses', () => {
    expect(exportBaseName('Релиз.pressroom')).toBe('Релиз');
    expect(exportBaseName('a/b:c.DOCX')).toBe('a b c');
    expect(exportBaseName('report.final')).toBe('report.final');
  });
});
