import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FileProblem, HostCalls, Settings, TemplateEntry, TemplateInfo, TemplateReply, TemplateSource } from '../../core/api';
import { validateDocument, writeDocumentText } from '../../core/model/document-file';
import { DEFAULT_RELEASE_LANGUAGE, isReleaseLanguage } from '../../core/languages/index';
import type { PressroomDocument, ReleaseLanguage } from '../../core/model/types';
import { makeTemplate } from '../../core/templates/instantiate';
import { writeFileAtomic } from './atomic-write';
import { dialogWordsIn } from './dialog-words';
import { displayName, safeFileName } from './documents';
import { failed, failedFromError, MAX_FILE_BYTES } from './file-problems';
import type { HostEnvironment } from './host-environment';
import { readPressroomBytes } from './read-input';
import type { SettingsStore } from './settings';

/**
 * The template library: built-in templates (read-only, env.builtInTemplatesDir), the user's library
 * (userData/templates, editable) and the team's shared folder (read-only, settings.teamTemplateFolder).
 *
 * A template is a .pressroom file whose optional top-level `template` holds its name, description and kind
 * (a whole release or a section); its language is the document's. A file without it (a plain release dropped in a
 * folder) is listed by its title or file name. Ids are `<source>:<file name>`.
 * A corrupt, foreign or newer-version file is listed as unusable with the reason; it never breaks the listing.
 */
const EXTENSION = '.pressroom';

/** «Name» → «Name (2)», «Name (2)» → «Name (3)». */
export function copyName(name: string): string {
  const numbered = /^(.*) \((\d+)\)$/u.exec(name);
  return numbered ? `${numbered[1]} (${Number(numbered[2]) + 1})` : `${name} (2)`;
}
const SOURCES_READ_ONLY: TemplateSource[] = ['built-in', 'team'];

export interface TemplateLibrary {
  listTemplates(request: HostCalls['listTemplates']['request']): Promise<TemplateEntry[]>;
  saveTemplate(request: HostCalls['saveTemplate']['request']): Promise<TemplateReply>;
  renameTemplate(request: HostCalls['renameTemplate']['request']): Promise<TemplateReply>;
  duplicateTemplate(request: HostCalls['duplicateTemplate']['request']): Promise<TemplateReply>;
  deleteTemplate(request: HostCalls['deleteTemplate']['request']): Promise<HostCalls['deleteTemplate']['reply']>;
  importTemplates(request: HostCalls['importTemplates']['request']): Promise<HostCalls['importTemplates']['reply']>;
  exportTemplate(request: HostCalls['exportTemplate']['request']): Promise<HostCalls['exportTemplate']['reply']>;
  setTeamTemplateFolder(request: HostCalls['setTeamTemplateFolder']['request']): Promise<Settings | { status: 'cancelled' }>;
}

type ReadTemplate = { ok: true; document: PressroomDocument } | { ok: false; problem: FileProblem };

async function readTemplateFile(path: string): Promise<ReadTemplate> {
  try {
    const bytes = await readFile(path);
    if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, problem: { reason: 'too-large', path, damage: { kind: 'file-too-large', bytes: bytes.byteLength, limit: MAX_FILE_BYTES } } };
    // The one reader of .pressroom bytes (read-input.ts): strict UTF-8 and the same limits as Open.
    const read = readPressroomBytes(path, bytes);
    return read.status === 'read' ? { ok: true, document: read.document } : { ok: false, problem: read.problem };
  } catch (error) {
    return { ok: false, problem: failedFromError(error, path).problem };
  }
}

/** `opening-speech.kk.pressroom` → kk: the language of a file we could not read, if its name says it (else the default). */
function languageFromFileName(fileName: string): ReleaseLanguage {
  const tag = displayName(fileName).split('.').pop();
  return isReleaseLanguage(tag) ? tag : DEFAULT_RELEASE_LANGUAGE;
}

function infoOf(source: TemplateSource, fileName: string, document: PressroomDocument | null): TemplateInfo {
  return {
    id: `${source}:${fileName}`,
    source,
    name: document?.template?.name || document?.metadata.title || displayName(fileName),
    description: document?.template?.description ?? '',
    language: document?.metadata.language ?? languageFromFileName(fileName),
    kind: document?.template?.kind ?? 'release',
  };
}

export function createTemplateLibrary(env: HostEnvironment, settings: SettingsStore): TemplateLibrary {
  const libraryDir = join(env.userDataDir, 'templates');

  async function folderOf(source: TemplateSource): Promise<string | null> {
    if (source === 'built-in') return env.builtInTemplatesDir;
    if (source === 'library') return libraryDir;
    return (await settings.read()).teamTemplateFolder;
  }

  async function listFolder(source: TemplateSource): Promise<TemplateEntry[]> {
    const folder = await folderOf(source);
    if (!folder) return [];
    let names: string[];
    try {
      names = (await readdir(folder)).filter((name) => name.endsWith(EXTENSION) && !name.startsWith('.')).sort();
    } catch {
      return [];
    }
    const entries: TemplateEntry[] = [];
    for (const name of names) {
      const read = await readTemplateFile(join(folder, name));
      entries.push(read.ok ? { ...infoOf(source, name, read.document), usable: true, document: read.document } : { ...infoOf(source, name, null), usable: false, problem: read.problem });
    }
    return entries;
  }

  /** Resolves an id to its file; null for ids that are malformed or point outside their folder. */
  async function locate(id: string): Promise<{ source: TemplateSource; fileName: string; path: string } | null> {
    const colon = id.indexOf(':');
    const source = id.slice(0, colon) as TemplateSource;
    const fileName = id.slice(colon + 1);
    if (colon < 0 || !['built-in', 'library', 'team'].includes(source)) return null;
    if (basename(fileName) !== fileName || !fileName.endsWith(EXTENSION) || fileName.startsWith('.')) return null;
    const folder = await folderOf(source);
    return folder ? { source, fileName, path: join(folder, fileName) } : null;
  }

  /** Writes a new file into the user's library (never over another one). */
  async function writeToLibrary(document: PressroomDocument): Promise<TemplateReply> {
    const valid = validateDocument(document);
    if (!valid.ok) return failed(valid.problem);
    const fileName = `${safeFileName(document.template?.name ?? document.metadata.title)}-${randomBytes(3).toString('hex')}${EXTENSION}`;
    try {
      await mkdir(libraryDir, { recursive: true });
      await writeFileAtomic(join(libraryDir, fileName), writeDocumentText(valid.document));
    } catch (error) {
      return failedFromError(error, join(libraryDir, fileName));
    }
    return { status: 'done', template: infoOf('library', fileName, valid.document) };
  }

  const notFound = (id: string) => failed({ reason: 'not-found', detail: `no template ${id}` });

  return {
    async listTemplates() {
      return [...(await listFolder('built-in')), ...(await listFolder('library')), ...(await listFolder('team'))];
    },

    async saveTemplate(request) {
      return writeToLibrary(
        makeTemplate(request.document, {
          name: request.name,
          description: request.description,
          language: request.language,
          kind: request.document.template?.kind ?? 'release',
        }),
      );
    },

    async renameTemplate(request) {
      const found = await locate(request.id);
      if (!found) return notFound(request.id);
      if (SOURCES_READ_ONLY.includes(found.source)) return failed({ reason: 'read-only', path: found.path });
      const read = await readTemplateFile(found.path);
      if (!read.ok) return failed(read.problem);
      const info = infoOf(found.source, found.fileName, read.document);
      const renamed = makeTemplate(read.document, { name: request.name, description: info.description, language: info.language, kind: info.kind ?? 'release' });
      try {
        await writeFileAtomic(found.path, writeDocumentText(renamed));
      } catch (error) {
        return failedFromError(error, found.path);
      }
      return { status: 'done', template: infoOf('library', found.fileName, renamed) };
    },

    async duplicateTemplate(request) {
      const found = await locate(request.id);
      if (!found) return notFound(request.id);
      const read = await readTemplateFile(found.path);
      if (!read.ok) return failed(read.problem);
      const info = infoOf(found.source, found.fileName, read.document);
      return writeToLibrary(makeTemplate(read.document, { name: copyName(info.name), description: info.description, language: info.language, kind: info.kind ?? 'release' }));
    },

    async deleteTemplate(request) {
      const found = await locate(request.id);
      if (!found) return notFound(request.id);
      if (SOURCES_READ_ONLY.includes(found.source)) return failed({ reason: 'read-only', path: found.path });
      try {
        await rm(found.path);
      } catch (error) {
        return failedFromError(error, found.path);
      }
      return { status: 'deleted' };
    },

    async importTemplates() {
      const words = dialogWordsIn(await settings.interfaceLanguage());
      const paths = await env.dialogs.chooseFilesToOpen({ title: words.title.importTemplates, filters: words.templateFilters });
      if (paths.length === 0) return { status: 'cancelled' };
      const templates: TemplateInfo[] = [];
      const problems: FileProblem[] = [];
      for (const path of paths) {
        const read = await readTemplateFile(path);
        if (!read.ok) {
          problems.push(read.problem);
          continue;
        }
        const info = infoOf('library', basename(path), read.document);
        const saved = await writeToLibrary(makeTemplate(read.document, { name: info.name, description: info.description, language: info.language, kind: info.kind ?? 'release' }));
        if (saved.status === 'done') templates.push(saved.template);
        else if (saved.status === 'failed') problems.push(saved.problem);
      }
      return { status: 'imported', templates, problems };
    },

    async exportTemplate(request) {
      const found = await locate(request.id);
      if (!found) return notFound(request.id);
      const read = await readTemplateFile(found.path);
      if (!read.ok) return failed(read.problem);
      const words = dialogWordsIn(await settings.interfaceLanguage());
      const chosen = await env.dialogs.chooseSavePath({
        title: words.title.exportTemplate,
        defaultPath: join(env.documentsDir ?? env.userDataDir, found.fileName),
        filters: words.templateFilters,
      });
      if (chosen === null) return { status: 'cancelled' };
      const target = chosen.endsWith(EXTENSION) ? chosen : `${chosen}${EXTENSION}`;
      try {
        await writeFileAtomic(target, writeDocumentText(read.document));
      } catch (error) {
        return failedFromError(error, target);
      }
      return { status: 'exported', path: target };
    },

    async setTeamTemplateFolder(request) {
      if (request.remove) return settings.toReply(await settings.update({ teamTemplateFolder: null }));
      const folder = await env.dialogs.chooseFolder({ title: dialogWordsIn(await settings.interfaceLanguage()).title.teamTemplates });
      if (folder === null) return { status: 'cancelled' };
      return settings.toReply(await settings.update({ teamTemplateFolder: folder }));
    },
  };
}
