import type { ExportFormat } from '../api';

/**
 * The file extension of each export format. Kept apart from the formatters (index.ts re-exports it) so a caller
 * that only names files — the `pressroom` command's main thread — does not load every formatter's library.
 */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { markdown: '.md', html: '.html', docx: '.docx', pdf: '.pdf' };
