import { extname } from 'node:path';
import type { Failed, ImportFormat } from '../../core/api';
import { validateDocument } from '../../core/model/document-file';
import { blocksLimitDamage } from '../../core/formats/input-limits';
import { isReleaseLanguage } from '../../core/languages/index';
import { RELEASE_LANGUAGES } from '../../core/model/types';
import type { PressroomDocument } from '../../core/model/types';
import { DOCX_STYLE_MAP } from '../../core/formats/docx-style-map';
import { documentFromBlocks, recoverReleaseStructure } from '../../core/formats/import-blocks';
import { plainTextToDocument } from '../../core/formats/text-import';
import { readDocxParts } from './docx-zip';
import { decodeText, InputRefused, refuse } from './input-text';
import { importFormatOf } from './import-extensions';

/**
 * Imports a Markdown, DOCX, HTML or plain-text file as a new, unsaved release (core/formats importers; DOCX through mammoth's
 * HTML and the same allow-list as paste). Never throws: a bad file is a `failed` reply with a reason the UI words.
 * Every input is checked against its format's limits (core/formats/input-limits.ts) before its parser starts; a DOCX
 * is looked into before anything is unpacked (docx-zip.ts). Called by read-input.ts, the one way files are read.
 */
export type ImportFileResult = { status: 'imported'; format: ImportFormat; document: PressroomDocument } | Failed;


/** An HTML file's `<html lang>`, when it starts with a release language's code (lang="kk-KZ" → kk). */
const HTML_LANG = new RegExp(`<html[^>]*\\slang=["']?(${RELEASE_LANGUAGES.join('|')})`, 'i');

/**
 * The HTML mammoth makes of DOCX bytes (images left out: a release's text is what we import). Mammoth is given a
 * zip rebuilt from the text parts only (docx-zip.ts), so pictures are never unpacked and no part past its limit is.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const parts = await readDocxParts(bytes);
  if (!parts.ok) return refuse(parts.damage, parts.detail);
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(parts.zip.buffer, parts.zip.byteOffset, parts.zip.byteLength) },
    { styleMap: [...DOCX_STYLE_MAP], includeDefaultStyleMap: true, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
  );
  return result.value;
}

/**
 * The parsers load only once the input has passed its limits (so a refusal does not wait for mammoth, parse5 or
 * micromark to load).
 */
async function parsedDocument(format: ImportFormat, bytes: Uint8Array): Promise<PressroomDocument> {
  switch (format) {
    case 'markdown': {
      const markdown = decodeText('markdown', bytes);
      const { MarkdownTooDeeplyNested, markdownToDocument } = await import('../../core/formats/markdown-import');
      try {
        return markdownToDocument(markdown);
      } catch (error) {
        if (error instanceof MarkdownTooDeeplyNested) return refuse({ kind: 'nested-too-deeply', line: error.line }, error.message);
        throw error;
      }
    }
    case 'html': {
      const html = decodeText('html', bytes);
      const lang = HTML_LANG.exec(html)?.[1]?.toLowerCase();
      const { htmlToBlocks } = await import('../../core/formats/html-import');
      return documentFromBlocks(recoverReleaseStructure(htmlToBlocks(html)), isReleaseLanguage(lang) ? { language: lang } : {});
    }
    case 'docx': {
      const html = await docxToHtml(bytes);
      const { htmlToBlocks } = await import('../../core/formats/html-import');
      return documentFromBlocks(recoverReleaseStructure(htmlToBlocks(html)));
    }
    case 'text':
      return plainTextToDocument(decodeText('text', bytes));
  }
}

/** Any supported file's bytes as a release; throws on unreadable input (InputRefused for what the limits refuse). */
export async function importBytes(format: ImportFormat, bytes: Uint8Array): Promise<PressroomDocument> {
  const document = await parsedDocument(format, bytes);
  const tooMany = blocksLimitDamage(document.body.length);
  if (tooMany) refuse(tooMany);
  return document;
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
    if (error instanceof InputRefused) return { status: 'failed', problem: { reason: error.reason, path, damage: error.damage, detail: error.message } };
    return { status: 'failed', problem: { reason: 'unreadable-import', path, detail: error instanceof Error ? error.message : String(error) } };
  }
}
