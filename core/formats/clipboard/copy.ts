import type { ReleaseBlock, ReleaseMetadata } from '../../model/types';
import { runsText } from '../../typography/styled-run';
import { blocksToHtml } from '../html-export';
import { awardRows, blockTexts, contextOf, hasAwardRecipients, inlineRuns, renderBlock } from '../release-content';
import type { FormatOptions } from '../release-content';

/** What a copy offers programs other than Pressroom: HTML and plain text. */
export interface CopiedWords {
  html: string;
  text: string;
}

/**
 * What a copy puts on the clipboard for other programs (a CMS, Word, an e-mail): the copied blocks as the exports
 * write them — the HTML export's elements, and plain text with a blank line between paragraphs — never what the
 * page shows around the words (the labels «Цитата», «Спикер», an empty field's hint «Должность спикера»). A quote
 * is one paragraph «– Текст, – заявил Имя, должность.», a list one line per item, an award ceremony its name and
 * one line per row, its cells apart by tabs (as Word and spreadsheets read a table's text).
 */
export function copiedForOtherPrograms(blocks: readonly ReleaseBlock[], metadata: ReleaseMetadata, options: FormatOptions = {}): CopiedWords {
  const context = contextOf(metadata, options);
  const paragraphs = blocks.flatMap((block): string[] => {
    if (block.type === 'bulleted-list' || block.type === 'numbered-list') {
      const items = block.children.map((item, index) => `${block.type === 'numbered-list' ? `${index + 1}.` : '•'} ${runsText(inlineRuns(item.children, metadata))}`);
      return [items.join('\n')];
    }
    if (block.type === 'award-ceremony') {
      if (!hasAwardRecipients(block, context)) return [];
      const { award, rows } = awardRows(block, context);
      const lines = rows.map((row) => [row.recipient, row.position, row.nomination].map(runsText).join('\t'));
      return [[runsText(award), ...lines].filter((line) => line.trim() !== '').join('\n')];
    }
    return renderBlock(blockTexts, block, context);
  });
  return { html: blocksToHtml(blocks, metadata, options), text: paragraphs.filter((paragraph) => paragraph.trim() !== '').join('\n\n') };
}
