import { extname } from 'node:path';
import mammoth from 'mammoth';
import type { Failed, ImportFormat } from '../../core/api';
import { validateDocument } from '../../core/model/document-file';
import { isReleaseLanguage } from '../../core/languages/index';
import { RELEASE_LANGUAGES } from '../../core/model/types';
import type { PressroomDocument } from '../../core/model/types';
import { DOCX_STYLE_MAP } from '../../core/formats/docx-style-map';
import { documentFromBlocks, recoverReleaseStructure } from '../../core/formats/import-blocks';
import { htmlToBlocks } from '../../core/formats/html-import';
import { markdownToDocument } from '../../core/formats/markdown-import';
import { plainTextToDocument } from '../../core/formats/text-import';
import { importFormatOf } from './import-extensions';

/**
 * Imports a Markdown, DOCX, HTML or plain-text file as a new, unsaved release (core/formats importers; DOCX through mammoth's
 * HTML and the same allow-list as paste). Never throws: a bad file is a `failed` reply with a reason the UI words.
 */
export type ImportFileResult = { status: 'imported'; format: ImportFormat; document: PressroomDocument } | Failed;


/** An HTML file's `<html lang>`, when it starts with a release language's code (lang="kk-KZ" → kk). */
const HTML_LANG = new RegExp(`<html[^>]*\\slang=["']?(${RELEASE_LANGUAGES.join('|')})`, 'i');

const decodeText = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** The HTML mammoth makes of DOCX bytes (images left out: a release's text is what we import). */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    { styleMap: [...DOCX_STYLE_MAP], includeDefaultStyleMap: true, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  return result.value;
}

/** Any supported file's bytes as a release; throws on unreadable input (importFile turns that into a reply). */
export async function importBytes(format: ImportFormat, bytes: Uint8Array): Promise<PressroomDocument> {
  switch (format) {
    case 'markdown':
      return markdownToDocument(decodeText(bytes));
    case 'html': {
      const html = decodeText(bytes);
      const lang = HTML_LANG.exec(html)?.[1]?.toLowerCase();
      return documentFromBlocks(recoverReleaseStructure(htmlToBlocks(html)), isReleaseLanguage(lang) ? { language: lang } : {});
    }
    case 'docx':
      return documentFromBlocks(recoverReleaseStructure(htmlToBlocks(await docxToHtml(bytes))));
    case 'text':
      return plainTextToDocument(decodeText(bytes));
  }
}

export async function importFile(path: string, bytes: Uint8Array): Promise<ImportFileResult> {
  const format = importFormatOf(extname(path));
  if (!format) return { status: 'failed', problem: { reason: 'unreadable-import', path, detail: `cannot import ${extname(path) || 'files without an extension'}` } };
  try {
    const document = await importBytes(format, bytes);
    const checked = validateDocument(document);
    if (!checked.ok) return { status: 'failed', problem: { reason: 'unreadable-import', path, detail: checked.problem.detail } };
    return { status: 'imported', format, document: checked.document };
  } catch (error) {
    return { status: 'failed', problem: { reason: 'unreadable-import', path, detail: error instanceof Error ? error.message : String(error) } };
  }
}
