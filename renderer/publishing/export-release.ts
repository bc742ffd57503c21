import type { ExportFormat, ExportReply, FileProblem, PressroomApi } from '../../core/api';
import { exportRelease, EXPORT_FORMATS } from '../../core/formats/index';
import type { ExportOptions, PdfRenderer } from '../../core/formats/index';
import type { PressroomDocument } from '../../core/model/types';

/**
 * The export menu's glue: File ▸ Export ▸ Markdown / HTML / Word runs the core formatter here, in the renderer,
 * and hands the bytes to the host, which asks where to save (remembering the last folder) and writes atomically.
 * PDF is the host's: it prints the print layout to PDF (hostPdfRenderer), and the bytes go the same way.
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

/** The host could not make the PDF: its problem, carried out of the formatter to the export's reply. */
class HostProblem extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.detail ?? problem.reason);
  }
}

/**
 * PDF in the app: the host builds the print page from the release and prints it to PDF (Electron's printToPDF of
 * a hidden sandboxed window; core/api.ts renderPdf). The release crosses as JSON text, like a save.
 */
export function hostPdfRenderer(api: Pick<PressroomApi, 'renderPdf'>): PdfRenderer {
  return async (document, paper, options = {}) => {
    const reply = await api.renderPdf({ documentText: JSON.stringify(document), paper, ...(options.datelines ? { datelines: options.datelines } : {}), ...(options.dash ? { dash: options.dash } : {}) });
    if (reply.status === 'rendered') return reply.bytes;
    throw new HostProblem(reply.problem);
  };
}

type ExportApi = Pick<PressroomApi, 'renderPdf'>;

/** Formats a release; a problem the host had making its PDF comes back as a failed reply, not an exception. */
async function formatted<T>(api: ExportApi, options: ExportOptions, make: (options: ExportOptions) => Promise<T>): Promise<T | { status: 'failed'; problem: FileProblem }> {
  try {
    return await make({ renderPdf: hostPdfRenderer(api), ...options });
  } catch (error) {
    if (error instanceof HostProblem) return { status: 'failed', problem: error.problem };
    throw error;
  }
}

const isFailed = (value: unknown): value is { status: 'failed'; problem: FileProblem } => typeof value === 'object' && value !== null && 'status' in value;

/** One export: format it, then let the host ask where and write it. */
export async function exportToFile(api: Pick<PressroomApi, 'exportDocument' | 'renderPdf'>, document: PressroomDocument, format: ExportFormat, options: ExportOptions = {}): Promise<ExportReply> {
  const bytes = await formatted(api, options, (withPdf) => exportRelease(document, format, withPdf));
  if (isFailed(bytes)) return bytes;
  return api.exportDocument({ format, suggestedName: suggestedExportName(document), bytes });
}

/**
 * Export all: Markdown, HTML, Word and PDF side by side in a folder the host asks for. When files of those names exist the
 * reply is 'exists' with the folder: ask the user, then call again with `{ folder, overwrite: true }`.
 */
export async function exportAllToFolder(
  api: Pick<PressroomApi, 'exportAll' | 'renderPdf'>,
  document: PressroomDocument,
  again: { folder?: string; overwrite?: boolean } = {},
  options: ExportOptions = {},
): Promise<ExportReply> {
  const files = await formatted(api, options, (withPdf) =>
    Promise.all(EXPORT_FORMATS.map(async (format) => ({ format, bytes: await exportRelease(document, format, withPdf) }))),
  );
  if (isFailed(files)) return files;
  return api.exportAll({ suggestedName: suggestedExportName(document), files, ...again });
}

