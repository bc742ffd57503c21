import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InterfaceLanguage } from '../../core/i18n/interface-languages';
import { INTERFACE_LANGUAGES } from '../../core/i18n/interface-languages';
import { writeDocumentText } from '../../core/model/document-file';
import { dialogWordsIn, OPEN_EXTENSIONS } from './dialog-words';
import { almatyRelease } from './fixtures/sample-release';
import { createHostServices } from './host';
import type { FileFilter, HostEnvironment } from './host-environment';
import { IMPORT_EXTENSIONS } from './import-extensions';

/** Every native dialog the services ask for, as the OS would be asked: its kind, title and file-type list. */
interface Asked {
  kind: 'open' | 'open-many' | 'save' | 'folder';
  title: string;
  filters?: FileFilter[];
}

const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), '../../templates');
let root: string;
let asked: Asked[];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pressroom-dialog-words-'));
  await mkdir(join(root, 'user-data'));
  await mkdir(join(root, 'documents'));
  asked = [];
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function services(systemLanguage: InterfaceLanguage) {
  const env: HostEnvironment = {
    userDataDir: join(root, 'user-data'),
    documentsDir: join(root, 'documents'),
    builtInTemplatesDir: TEMPLATES,
    // Every dialog is cancelled: only what it was asked with matters here.
    dialogs: {
      chooseFileToOpen: async ({ title, filters }) => (asked.push({ kind: 'open', title, filters }), null),
      chooseFilesToOpen: async ({ title, filters }) => (asked.push({ kind: 'open-many', title, filters }), []),
      chooseSavePath: async ({ title, filters }) => (asked.push({ kind: 'save', title, filters }), null),
      chooseFolder: async ({ title }) => (asked.push({ kind: 'folder', title }), null),
    },
    window: { setDocumentState: () => undefined, close: () => undefined },
    openExternal: async () => undefined,
    systemLanguage: () => systemLanguage,
  };
  return createHostServices(env).handlers;
}

/** Asks for every native dialog the services have, in one order. */
async function askEveryDialog(handlers: ReturnType<typeof services>): Promise<Asked[]> {
  const release = JSON.stringify(almatyRelease());
  await handlers.openDocument({});
  await handlers.saveDocument({ path: null, documentText: release, stamp: null });
  await handlers.exportDocument({ format: 'markdown', suggestedName: 'Конференция', bytes: new Uint8Array([35]) });
  await handlers.exportDocument({ format: 'html', suggestedName: 'Конференция', bytes: new Uint8Array([60]) });
  await handlers.exportDocument({ format: 'docx', suggestedName: 'Конференция', bytes: new Uint8Array([80]) });
  await handlers.exportAll({ suggestedName: 'Конференция', files: [{ format: 'markdown', bytes: new Uint8Array([35]) }] });
  await handlers.importTemplates({});
  await handlers.exportTemplate({ id: 'built-in:quotes.ru.pressroom' });
  await handlers.setTeamTemplateFolder({});
  return asked;
}

const PRESSROOM = ['pressroom'];

describe('the native dialogs speak the interface language', () => {
  it('in Kazakh: every title and every file-type name', async () => {
    const handlers = services('ru');
    await handlers.updateSettings({ interfaceLanguage: 'kk' });
    expect(await askEveryDialog(handlers)).toEqual([
      {
        kind: 'open',
        title: 'Ашу',
        filters: [
          { name: 'Pressroom релиздері, Markdown, Word, HTML және мәтін', extensions: ['pressroom', 'md', 'markdown', 'docx', 'html', 'htm', 'txt'] },
          { name: 'Pressroom релизі', extensions: PRESSROOM },
        ],
      },
      { kind: 'save', title: 'Сақтау', filters: [{ name: 'Pressroom релизі', extensions: PRESSROOM }] },
      { kind: 'save', title: 'Экспорттау', filters: [{ name: 'Markdown', extensions: ['md'] }] },
      { kind: 'save', title: 'Экспорттау', filters: [{ name: 'HTML веб-беті', extensions: ['html'] }] },
      { kind: 'save', title: 'Экспорттау', filters: [{ name: 'Word құжаты', extensions: ['docx'] }] },
      { kind: 'folder', title: 'Барлық пішімде экспорттауға арналған қалта' },
      { kind: 'open-many', title: 'Үлгілерді импорттау', filters: [{ name: 'Pressroom үлгісі', extensions: PRESSROOM }] },
      { kind: 'save', title: 'Үлгіні экспорттау', filters: [{ name: 'Pressroom үлгісі', extensions: PRESSROOM }] },
      { kind: 'folder', title: 'Команда үлгілерінің қалтасы' },
    ]);
  });

  it('in Russian and in English, the same dialogs with their own words', async () => {
    const russian = services('en');
    await russian.updateSettings({ interfaceLanguage: 'ru' });
    const inRussian = (await askEveryDialog(russian)).splice(0);
    expect(inRussian.map((dialog) => dialog.title)).toEqual([
      'Открыть',
      'Сохранить',
      'Экспортировать',
      'Экспортировать',
      'Экспортировать',
      'Папка для экспорта во всех форматах',
      'Импортировать шаблоны',
      'Экспортировать шаблон',
      'Папка шаблонов команды',
    ]);
    expect(inRussian[0]?.filters?.map((filter) => filter.name)).toEqual(['Релизы Pressroom, Markdown, Word, HTML и текст', 'Релиз Pressroom']);
    expect(inRussian[4]?.filters).toEqual([{ name: 'Документ Word', extensions: ['docx'] }]);

    const english = services('ru');
    await english.updateSettings({ interfaceLanguage: 'en' });
    const inEnglish = await askEveryDialog(english);
    expect(inEnglish.map((dialog) => dialog.title)).toEqual([
      'Open',
      'Save',
      'Export',
      'Export',
      'Export',
      'Folder to export all formats to',
      'Import templates',
      'Export template',
      'Team templates folder',
    ]);
    expect(inEnglish[6]?.filters).toEqual([{ name: 'Pressroom template', extensions: PRESSROOM }]);
  });

  it('follows the OS language while the user has not chosen one, and a switch at once', async () => {
    const handlers = services('kk');
    await handlers.openDocument({});
    await handlers.updateSettings({ interfaceLanguage: 'en' });
    await handlers.openDocument({});
    await handlers.updateSettings({ interfaceLanguage: 'system' });
    await handlers.openDocument({});
    expect(asked.map((dialog) => dialog.title)).toEqual(['Ашу', 'Open', 'Ашу']);
  });

  it('asks no dialog when Open is given the file', async () => {
    const path = join(root, 'documents', 'Конференция.pressroom');
    await writeFile(path, writeDocumentText(almatyRelease()));
    const handlers = services('kk');
    expect(await handlers.openDocument({ path })).toMatchObject({ status: 'opened' });
    expect(asked).toEqual([]);
  });

  it('names every file type in every language, and lists every extension Open can import', () => {
    for (const language of INTERFACE_LANGUAGES) {
      const words = dialogWordsIn(language);
      const names = [...words.openFilters, ...words.saveFilters, ...words.templateFilters].map((filter) => filter.name);
      for (const name of names) expect(name.trim()).not.toBe('');
      if (language !== 'en') expect(names.join(' ')).not.toMatch(/release|template|text|Word document|web page/u);
    }
    expect(OPEN_EXTENSIONS).toEqual(['pressroom', ...Object.keys(IMPORT_EXTENSIONS).map((extension) => extension.slice(1))]);
  });
});
