import type { PressroomDocument, ReleaseBlock } from '../model/types';
import { parseIsoDate } from '../typography/dateline';
import { readQuote } from '../typography/quote-layout';
import { datelineBlock, documentFromBlocks, quoteFromText, recoverReleaseStructure, textBlock } from './import-blocks';

/**
 * Plain text → a release: paragraphs are separated by blank lines, lines inside one are soft breaks. A leading
 * «date 2025-08-29» (as the shared sample starts) becomes the dateline's date; paragraphs written as quotes
 * («- Текст, – заявил Имя.») become quotes with their fields; the first paragraph becomes the lead.
 */
export function plainTextToBlocks(text: string): { blocks: ReleaseBlock[]; date: string | null } {
  const paragraphs = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^[ \t]+|[ \t]+$/gm, '').trim())
    .filter((paragraph) => paragraph !== '');
  const blocks: ReleaseBlock[] = [];
  let date: string | null = null;
  paragraphs.forEach((paragraph, index) => {
    let content = paragraph;
    if (index === 0) {
      const match = /^date[:\s]+(\d{4}-\d{2}-\d{2})\s*/i.exec(content);
      if (match && parseIsoDate(match[1] ?? '')) {
        date = match[1] ?? null;
        content = content.slice(match[0].length);
        blocks.push(datelineBlock('', date ?? ''));
      }
    }
    if (content === '') return;
    blocks.push(readQuote(content) ? quoteFromText(content) : textBlock('paragraph', [{ text: content }]));
  });
  return { blocks, date };
}

export function plainTextToDocument(text: string): PressroomDocument {
  const { blocks, date } = plainTextToBlocks(text);
  return documentFromBlocks(recoverReleaseStructure(blocks), date ? { date } : {});
}
