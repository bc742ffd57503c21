import type { PressroomDocument } from '../model/types';
import type { ExportFormat } from '../api';
import { releaseToDocx } from './docx-export';
import type { Paper } from './docx-export';
import { releaseToHtml } from './html-export';
import type { HtmlProfile } from './html-export';
import { releaseToMarkdown } from './markdown-export';

/**
 * The one export entry point, used alike by the renderer (File ▸ Export), the `pressroom` command and the tests.
 */
export interface ExportOptions {
  /** HTML only: 'standalone' (default) or 'fragment' (the article alone, for a CMS). */
  profile?: HtmlProfile;
  /** DOCX only: 'a4' (default) or 'letter'. */
  paper?: Paper;
  /** DOCX only: the body font (default Liberation Serif). */
  font?: string;
}

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { markdown: '.md', html: '.html', docx: '.docx' };

export async function exportRelease(document: PressroomDocument, format: ExportFormat, options: ExportOptions = {}): Promise<Uint8Array> {
  switch (format) {
    case 'markdown':
      return new TextEncoder().encode(releaseToMarkdown(document));
    case 'html':
      return new TextEncoder().encode(releaseToHtml(document, options.profile ?? 'standalone'));
    case 'docx':
      return releaseToDocx(document, {
        ...(options.paper ? { paper: options.paper } : {}),
        ...(options.font ? { font: options.font } : {}),
      });
    default:
      throw new Error(`Unknown export format ${JSON.stringify(format)}`);
  }
}

export type { ExportFormat, HtmlProfile, Paper };
export { releaseToDocx, releaseToHtml, releaseToMarkdown };
