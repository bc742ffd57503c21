import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ExportFormat, ExportReply, HostCalls } from '../../core/api';
import { writeFileAtomic } from './atomic-write';
import type { AtomicWriteFs } from './atomic-write';
import { safeFileName } from './documents';
import { dialogWordsIn } from './dialog-words';
import { failedFromError } from './file-problems';
import type { HostDialogs } from './host-environment';
import type { SettingsStore } from './settings';

/** Writing exports the renderer formatted (core/formats): one file through a save dialog, or every format in a folder. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { markdown: '.md', html: '.html', docx: '.docx', pdf: '.pdf' };

/** Extensions of ours, taken off a suggested name: .pressroom, the export extensions, and .markdown and .htm. */
const OUR_EXTENSIONS = ['pressroom', 'markdown', 'htm', ...Object.values(EXPORT_EXTENSIONS).map((extension) => extension.slice(1))];
const OUR_EXTENSION = new RegExp(`\\.(${OUR_EXTENSIONS.join('|')})$`, 'i');

/** `suggestedName` without any extension of ours, made safe as a file name. */
export function exportBaseName(suggestedName: string): string {
  return safeFileName(suggestedName.replace(OUR_EXTENSION, ''));
}

export interface ExportServiceOptions {
  dialogs: HostDialogs;
  /** Remembers the last export folder, and gives the interface language the dialogs speak. */
  settings: SettingsStore;
  documentsDir: string;
  fs?: AtomicWriteFs;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export function createExportService(options: ExportServiceOptions) {
  const writeOptions = options.fs ? { fs: options.fs } : {};

  async function startFolder(): Promise<string> {
    const remembered = (await options.settings.read()).lastExportFolder;
    return remembered && (await exists(remembered)) ? remembered : options.documentsDir;
  }

  async function remember(folder: string): Promise<void> {
    await options.settings.update({ lastExportFolder: folder }).catch(() => undefined);
  }

  async function chooseExportFolder(): Promise<string | null> {
    const words = dialogWordsIn(await options.settings.interfaceLanguage());
    return options.dialogs.chooseFolder({ title: words.title.exportAll, defaultPath: await startFolder() });
  }

  async function exportDocument(request: HostCalls['exportDocument']['request']): Promise<ExportReply> {
    const extension = EXPORT_EXTENSIONS[request.format];
    const defaultPath = join(await startFolder(), `${exportBaseName(request.suggestedName)}${extension}`);
    const words = dialogWordsIn(await options.settings.interfaceLanguage());
    const chosen = await options.dialogs.chooseSavePath({ title: words.title.export, defaultPath, filters: [words.exportFilter(request.format, extension)] });
    if (chosen === null) return { status: 'cancelled' };
    const target = chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
    try {
      await writeFileAtomic(target, request.bytes, writeOptions);
    } catch (error) {
      return failedFromError(error, target);
    }
    await remember(dirname(target));
    return { status: 'exported', paths: [target] };
  }

  async function exportAll(request: HostCalls['exportAll']['request']): Promise<ExportReply> {
    const folder = request.folder ?? (await chooseExportFolder());
    if (folder === null) return { status: 'cancelled' };
    const base = exportBaseName(request.suggestedName);
    const targets = request.files.map((file) => ({ path: join(folder, `${base}${EXPORT_EXTENSIONS[file.format]}`), bytes: file.bytes }));
    if (request.overwrite !== true) {
      const existing: string[] = [];
      for (const target of targets) if (await exists(target.path)) existing.push(target.path);
      if (existing.length > 0) return { status: 'exists', folder, paths: existing };
    }
    for (const target of targets) {
      try {
        await writeFileAtomic(target.path, target.bytes, writeOptions);
      } catch (error) {
        return failedFromError(error, target.path);
      }
    }
    await remember(folder);
    return { status: 'exported', paths: targets.map((target) => target.path) };
  }

  return { exportDocument, exportAll };
}

export type ExportService = ReturnType<typeof createExportService>;
