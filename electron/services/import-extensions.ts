import type { ImportFormat } from '../../core/api';

/**
 * The files Open reads through the importer (import-file.ts) rather than as .pressroom, by extension. Kept apart
 * from the importer so the document service can tell an import without loading mammoth and the parsers.
 * Plain text (.txt) is how many press officers keep drafts: the shared sample is one.
 */
export const IMPORT_EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};

export const importFormatOf = (extension: string): ImportFormat | undefined =>
  Object.hasOwn(IMPORT_EXTENSIONS, extension.toLowerCase()) ? IMPORT_EXTENSIONS[extension.toLowerCase()] : undefined;
