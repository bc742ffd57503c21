import { BLOCK_SPECS, RELEASE_BLOCK_TYPES } from '../model/block-specs';
import type { DocxStyle } from '../model/block-specs';

/**
 * DOCX import reads a Word file through mammoth's HTML (electron/services/import-file.ts) and then the same
 * allow-list as paste (html-import.ts). This is mammoth's style map: each block's paragraph style (BLOCK_SPECS,
 * the styles DOCX export writes), and the Word styles also read as it, become the HTML html-import.ts reads back
 * as that block, e.g. `p[style-name='Pressroom Lead'] => p.lead:fresh`. Mammoth compares style names without
 * regard to case, so Word's own `Heading 1` matches our `heading 1`.
 */
export const DOCX_STYLE_MAP: readonly string[] = RELEASE_BLOCK_TYPES.flatMap((type) => {
  const docx: DocxStyle | null = BLOCK_SPECS[type].docx;
  if (!docx?.readAs) return [];
  const html = docx.readAs
    .split('>')
    .map((element) => `${element.trim()}:fresh`)
    .join(' > ');
  return [docx.name, ...(docx.alsoReadFrom ?? [])].map((name) => `p[style-name='${name}'] => ${html}`);
});
