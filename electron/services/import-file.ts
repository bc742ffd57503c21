import type { Failed, ImportFormat } from '../../core/api';
import type { PressroomDocument } from '../../core/model/types';

/**
 * Imports a Markdown, DOCX or HTML file as a new, unsaved release.
 * Owned by the FORMATS engineer, who fills it in with core/formats importers; until then every import fails
 * with `unreadable-import`. Must never throw: a bad file is a `failed` reply with a reason the UI words.
 */
export type ImportFileResult = { status: 'imported'; format: ImportFormat; document: PressroomDocument } | Failed;

export const IMPORT_EXTENSIONS: Record<string, ImportFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
};

export async function importFile(path: string, bytes: Uint8Array): Promise<ImportFileResult> {
  void bytes;
  return { status: 'failed', problem: { reason: 'unreadable-import', path, detail: 'import is not available yet' } };
}
