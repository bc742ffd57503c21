import { releaseToDocx } from './docx-export';
import { releaseToHtml } from './html-export';
import { releaseToMarkdown } from './markdown-export';

/**
 * The formats' entry point: exportRelease and its options (export.ts, which loads each formatter when its format
 * is asked for), the extensions (extensions.ts), and each formatter by name.
 */
export * from './export';
export { releaseToDocx, releaseToHtml, releaseToMarkdown };
