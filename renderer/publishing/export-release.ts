import type { ExportFormat, ExportReply, PressroomApi } from '../../core/api';
import { exportRelease, EXPORT_FORMATS } from '../../core/formats/index';
import type { ExportOptions } from '../../core/formats/index';
import type { PressroomDocument } from '../../core/model/types';

/**
 * The export menu's glue: File ▸ Export ▸ Markdown / HTML / Word runs the core formatter here, in the renderer,
 * and hands the bytes to the host, which asks where to save (remembering the last folder) and writes atomically.
 */

/** The file name offered by the save dialog: the title or headline, made safe, without extension. */
export function suggestedExportName(document: PressroomDocument, fallback = 'press-release'): string {
  const headline = document.body.find((block) => block.type === 'headline');
  const headlineText = headline ? headline.children.map((child) => ('text' in child ? child.text : '')).join('') : '';
  const name = (document.metadata.title || headlineText)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, '');
  return name || fallback;
}

/** One export: format it, then let the host ask where and write it. */
export async function exportToFile(api: Pick<PressroomApi, 'exportDocument'>, document: PressroomDocument, format: ExportFormat, options: ExportOptions = {}): Promise<ExportReply> {
  const bytes = await exportRelease(document, format, options);
  return api.exportDocument({ format, suggestedName: suggestedExportName(document), bytes });
}

/**
 * Export all: Markdown, HTML and Word side by side in a folder the host asks for. When files of those names exist the
 * reply is 'exists' with the folder: ask the user, then call again with `{ folder, overwrite: true }`.
 */
export async function exportAllToFolder(
  api: Pick<PressroomApi, 'exportAll'>,
  document: PressroomDocument,
  again: { folder?: string; overwrite?: boolean } = {},
  options: ExportOptions = {},
): Promise<ExportReply> {
  const files = await Promise.all(EXPORT_FORMATS.map(async (format) => ({ format, bytes: await exportRelease(document, format, options) })));
  return api.exportAll({ suggestedName: suggestedExportName(document), files, ...again });
}

