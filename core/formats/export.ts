import type { DatelineSettings } from '../typography/dateline';
import type { FormatOptions } from './release-content';
import { kazakhLatinDocument } from '../typography/kazakh-latin';
import type { PressroomDocument } from '../model/types';
import type { HouseStyle } from '../checklist/organisation';
import { EXPORT_FORMATS } from '../api';
import type { ExportFormat } from '../api';
import type { Paper } from './docx-export';
import type { HtmlProfile } from './html-export';

/**
 * The one export entry point, used alike by the renderer (File ▸ Export), the `pressroom` command and the tests
 * (through index.ts, which also names each formatter). Each formatter's module, and its library (docx, hast,
 * mdast), is loaded when its format is first asked for: an export to one format never loads the others' (the
 * `pressroom` command's worker, electron/services/reader-jobs.ts, imports this file, not index.ts).
 */
export interface ExportOptions {
  /** HTML only: 'standalone' (default) or 'fragment' (the article alone, for a CMS). */
  profile?: HtmlProfile;
  /** DOCX and PDF: 'a4' (default) or 'letter'. */
  paper?: Paper;
  /** DOCX only: the body font (default Times New Roman). */
  font?: string;
  /**
   * PDF only: who makes the PDF of the print layout. Core cannot (it has no browser and no Node): the app passes
   * its host's printToPDF of the print page (renderer/publishing/export-release.ts), the command line pdfkit
   * (electron/services/pdf-export.ts). `paper` applies to PDF as to DOCX.
   */
  renderPdf?: PdfRenderer;
  /**
   * The organisation's house style: body paragraphs spaced or indented (DOCX), and the house dash, which opens a
   * quote's words and its attribution in every format («— Текст, — заявил …» when it is the em dash).
   */
  houseStyle?: Pick<HouseStyle, 'paragraphs'> & Partial<Pick<HouseStyle, 'dash'>>;
  /** Every format: the organisation's datelines (settings), one per release language; standard when absent. */
  datelines?: DatelineSettings;
  /** Kazakh releases only: 'latin' writes the release in the 2021 Latin alphabet (core/typography/kazakh-latin.ts). */
  script?: 'cyrillic' | 'latin';
}

/** What exportRelease throws for a Latin export of a release that is not in Kazakh. */
export class LatinNeedsKazakh extends Error {
  constructor(readonly language: string) {
    super(`Latin script is for Kazakh releases only; this release is in ${language}`);
    this.name = 'LatinNeedsKazakh';
  }
}

/** Makes the PDF of a release's print layout (core/formats/print-page.ts, print-layout.ts) on the given paper. */
export type PdfRenderer = (document: PressroomDocument, paper: Paper, options?: FormatOptions) => Promise<Uint8Array>;

/** What every formatter takes of the export options: the datelines, and the house dash when it is not the language's own. */
export const formatOptionsOf = (options: Pick<ExportOptions, 'datelines' | 'houseStyle'>): FormatOptions => {
  const dash = options.houseStyle?.dash;
  return { ...(options.datelines ? { datelines: options.datelines } : {}), ...(dash && dash !== 'language' ? { dash } : {}) };
};

/**
 * One formatter per export format. Typed over ExportFormat (core/api.ts), so a format without its formatter or
 * extension does not compile; the rest a new format needs is named by the compiler the same way (core/api.ts,
 * docs/parts/formats.md).
 */
const FORMATTERS: Record<ExportFormat, (document: PressroomDocument, options: ExportOptions) => Uint8Array | Promise<Uint8Array>> = {
  markdown: async (document, options) => new TextEncoder().encode((await import('./markdown-export')).releaseToMarkdown(document, formatOptionsOf(options))),
  html: async (document, options) =>
    new TextEncoder().encode((await import('./html-export')).releaseToHtml(document, options.profile ?? 'standalone', formatOptionsOf(options))),
  docx: async (document, options) =>
    (await import('./docx-export')).releaseToDocx(document, {
      ...(options.paper ? { paper: options.paper } : {}),
      ...(options.font ? { font: options.font } : {}),
      ...(options.houseStyle ? { houseStyle: options.houseStyle } : {}),
      ...formatOptionsOf(options),
    }),
  pdf: (document, options) => {
    if (!options.renderPdf) throw new Error('A PDF needs a renderer (ExportOptions.renderPdf): the host makes it from the print layout');
    return options.renderPdf(document, options.paper ?? 'a4', formatOptionsOf(options));
  },
};

export { EXPORT_EXTENSIONS } from './extensions';

/** Every export format, in the order Export all writes them. */
export { EXPORT_FORMATS };

export async function exportRelease(document: PressroomDocument, format: ExportFormat, options: ExportOptions = {}): Promise<Uint8Array> {
  if (!Object.hasOwn(FORMATTERS, format)) throw new Error(`Unknown export format ${JSON.stringify(format)}`);
  if (options.script === 'latin') {
    if (document.metadata.language !== 'kk') throw new LatinNeedsKazakh(document.metadata.language);
    return FORMATTERS[format](kazakhLatinDocument(document), options);
  }
  return FORMATTERS[format](document, options);
}

export type { ExportFormat, HtmlProfile, Paper };
