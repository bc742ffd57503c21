import { homedir } from 'node:os';
import { join } from 'node:path';
import type { HostHandlers } from '../../core/api';
import { safeUrl } from '../../core/model/safe-url';
import { sweepStaleTempFiles } from './atomic-write';
import { createDocumentService } from './documents';
import type { DocumentServiceOptions } from './documents';
import { createExportService } from './exports';
import { failedFromError } from './file-problems';
import { createGuardedReader } from './guarded-reader';
import type { HostEnvironment } from './host-environment';
import { createPrintService } from './printing';
import { createRecentFiles } from './recent';
import { createRecoveryStore } from './recovery';
import { createSettingsStore } from './settings';
import { createTemplateLibrary } from './template-library';
import { addUserWord, readUserDictionary, userDictionaryPath } from './user-dictionary';

export interface HostServices {
  handlers: HostHandlers;
  settings: ReturnType<typeof createSettingsStore>;
  recent: ReturnType<typeof createRecentFiles>;
  recovery: ReturnType<typeof createRecoveryStore>;
  /** Sweeps our stale temp files (user-data folders and the folders of recent files). Call once at start. */
  sweepAtStart(): Promise<void>;
}

export interface HostServiceOptions {
  /** For tests: a replacement importer (the real one is import-file.ts). */
  importFile?: DocumentServiceOptions['importFile'];
  /**
   * The guarded reader's built worker (input-worker.js): every file opened is read there, with its own memory and
   * time limits (guarded-reader.ts). Electron's main passes out/main/input-worker.js beside itself; the e2e host and
   * the browser app the same file. Without it, files are read in this process (unit tests).
   */
  readerWorker?: string;
}

/** Every host call of core/api.ts, served by plain Node services: Electron's main, the e2e host and the CLI use it. */
export function createHostServices(env: HostEnvironment, options: HostServiceOptions = {}): HostServices {
  const documentsDir = env.documentsDir ?? homedir();
  const settings = createSettingsStore(env.userDataDir, () => env.systemLanguage());
  const recent = createRecentFiles(env.userDataDir, env.onRecentChanged);
  const recovery = createRecoveryStore(env.userDataDir);
  const documents = createDocumentService({
    userDataDir: env.userDataDir,
    dialogs: env.dialogs,
    interfaceLanguage: () => settings.interfaceLanguage(),
    documentsDir,
    onOpenedOrSaved: (path) => recent.add(path),
    ...(options.importFile ? { importFile: options.importFile } : {}),
    ...(options.readerWorker ? { readInput: createGuardedReader({ workerFile: options.readerWorker }).read } : {}),
  });
  const exports = createExportService({ dialogs: env.dialogs, settings, documentsDir });
  const templates = createTemplateLibrary({ ...env, documentsDir }, settings);
  const printing = createPrintService(env.printer);

  const handlers: HostHandlers = {
    openDocument: (request) => documents.openDocument(request),
    saveDocument: (request) => documents.saveDocument(request),
    checkFileOnDisk: (request) => documents.checkFileOnDisk(request),
    exportDocument: (request) => exports.exportDocument(request),
    exportAll: (request) => exports.exportAll(request),
    listRecent: () => recent.list(),
    getSettings: async () => settings.toReply(await settings.read()),
    updateSettings: async (request) =>
      settings.toReply(
        await settings.update({
          ...(request.interfaceLanguage ? { interfaceLanguage: request.interfaceLanguage } : {}),
          ...(request.organisation ? { organisation: request.organisation } : {}),
        }),
      ),
    setDocumentState: async (request) => env.window.setDocumentState(request),
    closeWindow: async () => env.window.close(),
    openExternal: async (request) => {
      const url = safeUrl(request.url);
      if (url === null) return { opened: false };
      try {
        await env.openExternal(url);
        return { opened: true };
      } catch {
        return { opened: false };
      }
    },
    listTemplates: (request) => templates.listTemplates(request),
    saveTemplate: (request) => templates.saveTemplate(request),
    renameTemplate: (request) => templates.renameTemplate(request),
    duplicateTemplate: (request) => templates.duplicateTemplate(request),
    deleteTemplate: (request) => templates.deleteTemplate(request),
    importTemplates: (request) => templates.importTemplates(request),
    exportTemplate: (request) => templates.exportTemplate(request),
    setTeamTemplateFolder: (request) => templates.setTeamTemplateFolder(request),
    saveDraft: async (request) => {
      const result = await recovery.save(request);
      if (result.ok) return { status: 'saved' };
      if (result.refused !== undefined) return { status: 'failed', problem: { ...result.refused } };
      return failedFromError(result.error, join(recovery.folder, `${request.draftId}.json`));
    },
    discardDraft: async (request) => {
      await recovery.discard(request.draftId).catch(() => undefined);
    },
    listDrafts: () => recovery.list(),
    renderPdf: (request) => printing.renderPdf(request),
    printDocument: (request) => printing.printDocument(request),
    keepDiscardedDraft: async (request) => {
      const result = await recovery.keepDiscarded(request);
      if (result.ok) return { status: 'kept' };
      if (result.refused !== undefined) return { status: 'failed', problem: { ...result.refused } };
      return failedFromError(result.error, join(recovery.folder, 'discarded'));
    },
    listDiscardedDrafts: () => recovery.listDiscarded(),
    openDiscardedDraft: async (request) => {
      const found = await recovery.openDiscarded(request.id).catch(() => null);
      if (found) return { status: 'opened', ...found };
      return { status: 'failed', problem: { reason: 'not-found', path: join(recovery.folder, 'discarded', `${request.id}.json`) } };
    },
    readUserDictionary: async () => ({ words: await readUserDictionary(env.userDataDir) }),
    addToUserDictionary: async (request) => {
      try {
        return { status: 'added', words: await addUserWord(env.userDataDir, request.word) };
      } catch (error) {
        return failedFromError(error, userDictionaryPath(env.userDataDir));
      }
    },
  };

  async function sweepAtStart(): Promise<void> {
    const folders = new Set([env.userDataDir, recovery.folder, join(env.userDataDir, 'templates'), join(env.userDataDir, 'backups')]);
    for (const path of await recent.list().catch(() => [])) folders.add(join(path, '..'));
    for (const folder of folders) await sweepStaleTempFiles(folder);
  }

  return { handlers, settings, recent, recovery, sweepAtStart };
}

/** The handlers alone, for electron/main and the e2e host. */
export function createHostHandlers(env: HostEnvironment): HostHandlers {
  return createHostServices(env).handlers;
}
