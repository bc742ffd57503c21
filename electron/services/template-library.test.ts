import { mkdtemp, mkdir, readFile, readdir, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TemplateEntry } from '../../core/api';
import { readDocumentText, writeDocumentText } from '../../core/model/document-file';
import { instantiate } from '../../core/templates/instantiate';
import { setVariableValue, variableValue } from '../../core/templates/variables';
import type { HostEnvironment } from './host-environment';
import { createSettingsStore } from './settings';
import { copyName, createTemplateLibrary } from './template-library';

const builtInTemplatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

let root: string;
let answers: { open: string[][]; save: (string | null)[]; folder: (string | null)[] };

function library() {
  const env: HostEnvironment = {
    userDataDir: join(root, 'user-data'),
    documentsDir: join(root, 'documents'),
    builtInTemplatesDir,
    dialogs: {
      chooseFileToOpen: async () => null,
      chooseFilesToOpen: async () => answers.open.shift() ?? [],
      chooseSavePath: async () => answers.save.shift() ?? null,
      chooseFolder: async () => answers.folder.shift() ?? null,
    },
    window: { setDocumentState: () => undefined, close: () => undefined },
    openExternal: async () => undefined,
    systemLanguage: () => 'ru',
  };
  return createTemplateLibrary(env, createSettingsStore(env.userDataDir, () => 'ru'));
}

async function builtIn(id: string) {
  const entry = (await library().listTemplates({})).find((candidate) => candidate.id === `built-in:${id}.pressroom`);
  if (!entry?.usable) throw new Error(`no usable built-in ${id}`);
  return entry;
}

const usable = (entries: TemplateEntry[]) => entries.filter((entry) => entry.usable);
const bySource = (entries: TemplateEntry[], source: string) => entries.filter((entry) => entry.source === source);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pressroom-templates-'));
  await mkdir(join(root, 'documents'));
  await mkdir(join(root, 'user-data'));
  answers = { open: [], save: [], folder: [] };
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('listing', () => {
  it('lists the twelve built-in templates with their names, descriptions, languages and kinds', async () => {
    const entries = await library().listTemplates({});
    expect(entries).toHaveLength(12);
    expect(entries.every((entry) => entry.usable && entry.source === 'built-in')).toBe(true);
    const ru = entries.find((entry) => entry.id === 'built-in:conference-write-up.ru.pressroom');
    expect(ru).toMatchObject({ name: 'Пресс-релиз о конференции', language: 'ru', kind: 'release' });
    expect(ru?.description).toMatch(/церемония награждения/u);
    expect(entries.find((entry) => entry.id === 'built-in:award-ceremony.kk.pressroom')).toMatchObject({ name: 'Марапаттау рәсімі', kind: 'section' });
    expect(entries.filter((entry) => entry.kind === 'section')).toHaveLength(9);
  });

  it('lists corrupt, foreign and newer-version files as unusable with the reason, and the rest still works', async () => {
    const team = join(root, 'team');
    await mkdir(team);
    await writeFile(join(team, 'broken.ru.pressroom'), '{"format": "pressroom", "version": 2, "metad');
    await writeFile(join(team, 'future.kk.pressroom'), JSON.stringify({ format: 'pressroom', version: 99, metadata: {}, body: [] }));
    await writeFile(join(team, 'foreign.pressroom'), JSON.stringify({ hello: 'world' }));
    await writeFile(join(team, 'invalid.en.pressroom'), JSON.stringify({ format: 'pressroom', version: 2, metadata: { language: 'en' }, body: [] }));
    const good = (await builtIn('quotes.en')).document;
    await writeFile(join(team, 'good.pressroom'), writeDocumentText({ ...good, template: { name: 'Team quotes', description: 'Shared', kind: 'section' } }));
    answers.folder.push(team);
    await library().setTeamTemplateFolder({});

    const entries = bySource(await library().listTemplates({}), 'team');
    const reasons = Object.fromEntries(entries.map((entry) => [entry.id, entry.usable ? 'usable' : entry.problem.reason]));
    expect(reasons).toEqual({
      'team:broken.ru.pressroom': 'not-json',
      'team:foreign.pressroom': 'not-pressroom',
      'team:future.kk.pressroom': 'newer-version',
      'team:good.pressroom': 'usable',
      'team:invalid.en.pressroom': 'invalid',
    });
    const future = entries.find((entry) => entry.id === 'team:future.kk.pressroom');
    expect(future?.usable === false && future.problem.version).toBe(99);
    expect(future?.language).toBe('kk');
    expect(entries.find((entry) => entry.id === 'team:good.pressroom')).toMatchObject({ name: 'Team quotes', kind: 'section' });
  });

  it('a missing team folder or library lists only what exists', async () => {
    answers.folder.push(join(root, 'gone'));
    await library().setTeamTemplateFolder({});
    expect(await library().listTemplates({})).toHaveLength(12);
  });
});

describe('the user’s library', () => {
  it('saves a filled release as a template and gives it back filled, as saved, after a restart', async () => {
    const template = await builtIn('conference-write-up.ru');
    const release = instantiate(template.document);
    release.metadata.variables = setVariableValue(release.metadata.variables, 'event', '«Конституция – әділет пен тұрақтылықтың тірегі»');
    const reply = await library().saveTemplate({ name: 'Конференция акимата', description: 'Каждый август', language: 'ru', document: release });
    expect(reply.status).toBe('done');
    if (reply.status !== 'done') return;
    expect(reply.template).toMatchObject({ source: 'library', name: 'Конференция акимата', description: 'Каждый август', language: 'ru', kind: 'release' });

    const again = (await library().listTemplates({})).find((entry) => entry.id === reply.template.id);
    expect(again?.usable).toBe(true);
    if (!again?.usable) return;
    expect(variableValue(instantiate(again.document), 'event')).toBe('«Конституция – әділет пен тұрақтылықтың тірегі»');
    expect(instantiate(again.document)).toEqual(release);
    // Written as a valid file, leaving no temp files behind.
    const files = await readdir(join(root, 'user-data', 'templates'));
    expect(files).toHaveLength(1);
    expect(readDocumentText(await readFile(join(root, 'user-data', 'templates', files[0]!), 'utf8')).ok).toBe(true);
  });

  it('renames, duplicates and deletes its own templates', async () => {
    const lib = library();
    const saved = await lib.saveTemplate({ name: 'Форум', description: 'Ежегодный форум', language: 'kk', document: (await builtIn('conference-write-up.kk')).document });
    if (saved.status !== 'done') throw new Error('not saved');
    const renamed = await lib.renameTemplate({ id: saved.template.id, name: 'Жастар форумы' });
    expect(renamed).toMatchObject({ status: 'done', template: { id: saved.template.id, name: 'Жастар форумы', description: 'Ежегодный форум', language: 'kk' } });
    const copy = await lib.duplicateTemplate({ id: saved.template.id });
    expect(copy).toMatchObject({ status: 'done', template: { name: 'Жастар форумы (2)', description: 'Ежегодный форум' } });
    expect(usable(bySource(await lib.listTemplates({}), 'library')).map((entry) => entry.name).sort()).toEqual(['Жастар форумы', 'Жастар форумы (2)']);
    expect(await lib.deleteTemplate({ id: saved.template.id })).toEqual({ status: 'deleted' });
    expect(bySource(await lib.listTemplates({}), 'library').map((entry) => entry.name)).toEqual(['Жастар форумы (2)']);
  });

  it('built-in and team templates are read-only, but can be duplicated into the library', async () => {
    const lib = library();
    expect(await lib.renameTemplate({ id: 'built-in:quotes.ru.pressroom', name: 'x' })).toMatchObject({ status: 'failed', problem: { reason: 'read-only' } });
    expect(await lib.deleteTemplate({ id: 'built-in:quotes.ru.pressroom' })).toMatchObject({ status: 'failed', problem: { reason: 'read-only' } });
    const team = join(root, 'team');
    await mkdir(team);
    await writeFile(join(team, 'shared.pressroom'), writeDocumentText((await builtIn('quotes.ru')).document));
    answers.folder.push(team);
    await lib.setTeamTemplateFolder({});
    expect(await lib.deleteTemplate({ id: 'team:shared.pressroom' })).toMatchObject({ status: 'failed', problem: { reason: 'read-only' } });
    expect(await readdir(team)).toEqual(['shared.pressroom']);
    expect(await lib.duplicateTemplate({ id: 'built-in:quotes.ru.pressroom' })).toMatchObject({ status: 'done', template: { source: 'library', name: 'Цитаты спикеров (2)', kind: 'section' } });
    // Removing the team folder takes its templates off the list and leaves the files alone.
    expect(await lib.setTeamTemplateFolder({ remove: true })).toMatchObject({ teamTemplateFolder: null });
    expect(bySource(await lib.listTemplates({}), 'team')).toEqual([]);
    expect(await readdir(team)).toEqual(['shared.pressroom']);
  });

  it('refuses ids that leave their folder', async () => {
    const lib = library();
    for (const id of ['library:../settings.json', 'library:..%2f', 'nowhere:quotes.ru.pressroom', 'built-in:../package.json', 'library:x.json']) {
      expect(await lib.deleteTemplate({ id })).toMatchObject({ status: 'failed', problem: { reason: 'not-found' } });
    }
  });

  it('exports a template to a chosen file and imports it back, reporting files it cannot use', async () => {
    const lib = library();
    const target = join(root, 'documents', 'опенинг');
    answers.save.push(target);
    expect(await lib.exportTemplate({ id: 'built-in:opening-speech.en.pressroom' })).toEqual({ status: 'exported', path: `${target}.pressroom` });
    const bad = join(root, 'documents', 'bad.pressroom');
    await writeFile(bad, 'not json');
    answers.open.push([`${target}.pressroom`, bad]);
    const imported = await lib.importTemplates({});
    expect(imported.status).toBe('imported');
    if (imported.status !== 'imported') return;
    expect(imported.templates).toEqual([expect.objectContaining({ source: 'library', name: 'Opening remarks', language: 'en', kind: 'section' })]);
    expect(imported.problems).toEqual([expect.objectContaining({ reason: 'not-json', path: bad })]);
    expect(await lib.importTemplates({})).toEqual({ status: 'cancelled' });
    expect(await lib.exportTemplate({ id: 'built-in:opening-speech.en.pressroom' })).toEqual({ status: 'cancelled' });
  });

  it('a read-only library folder gives a clear failure, not a crash', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    await mkdir(join(root, 'user-data', 'templates'), { recursive: true });
    await chmod(join(root, 'user-data', 'templates'), 0o500);
    const reply = await library().saveTemplate({ name: 'x', description: '', language: 'en', document: (await builtIn('quotes.en')).document });
    expect(reply).toMatchObject({ status: 'failed', problem: { reason: 'permission-denied' } });
    await chmod(join(root, 'user-data', 'templates'), 0o700);
  });

  it('numbers copies', () => {
    expect(copyName('Форум')).toBe('Форум (2)');
    expect(copyName('Форум (2)')).toBe('Форум (3)');
  });
});
