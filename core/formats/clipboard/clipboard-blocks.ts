import { typesetPasted } from '../../editing/with-typography';
import type { HouseDash } from '../../typography/press-typography';
import type { FormattedText, InlineNode, ReleaseBlock, ReleaseLanguage } from '../../model/types';
import { hastToBlocks, parseHtml } from '../html-import';
import { textBlock } from '../import-blocks';
import { normaliseGoogleDocs } from './google-docs';
import { normaliseWord } from './word';

/**
 * What is on the clipboard, as release blocks (docs/architecture.md, "Paste"):
 * - HTML (Word, Google Docs, LibreOffice, a web page): parsed into an inert tree, Word's and Google Docs' own
 *   markup made plain (./word.ts, ./google-docs.ts), then the allow-list walk shared with HTML import
 *   (core/formats/html-import.ts), then the release language's typography;
 * - plain text: one paragraph per block of lines (below), then typography.
 */
export function clipboardHtmlToBlocks(html: string, language: ReleaseLanguage, dash?: HouseDash): ReleaseBlock[] {
  const tree = parseHtml(html);
  normaliseGoogleDocs(tree);
  normaliseWord(tree);
  return typesetBlocks(hastToBlocks(tree, { language }), language, '', dash);
}

/**
 * Plain text as paragraphs. When blank lines (white space only) separate the text, each run of lines between them
 * is one paragraph, and a single line break inside it stays a line break (Shift+Enter: a media contact's lines, an
 * address). Without any blank line, each line is a paragraph. No paragraph is ever empty.
 */
export function clipboardTextToBlocks(text: string, language: ReleaseLanguage, dash?: HouseDash): ReleaseBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \t\u00a0]+$/u, ''));
  const blank = (line: string): boolean => line.trim() === '';
  const chunks: string[] = [];
  if (lines.some(blank)) {
    let current: string[] = [];
    for (const line of [...lines, '']) {
      if (!blank(line)) {
        current.push(line);
        continue;
      }
      if (current.length > 0) chunks.push(current.join('\n').trim());
      current = [];
    }
  } else {
    chunks.push(...lines.map((line) => line.trim()).filter((line) => line !== ''));
  }
  return typesetBlocks(chunks.map((chunk) => textBlock('paragraph', [{ text: chunk }])), language, '', dash);
}

/**
 * Every text of the blocks set in the language's typography. Each run of text knows the words before it in its
 * block, list item or field; `firstBefore` is what stands before the first block's words (the text before the caret).
 * `dash` is the organisation's house dash (the language's own when absent).
 */
export function typesetBlocks(blocks: ReleaseBlock[], language: ReleaseLanguage, firstBefore = '', dash?: HouseDash): ReleaseBlock[] {
  let before = firstBefore;
  const leaf = (text: FormattedText): FormattedText => {
    // Words marked as another language (a pasted <span lang="kk">) are set by that language's rules.
    const set = typesetPasted(text.text, text.lang ?? language, before, dash);
    before += set;
    return { ...text, text: set };
  };
  const inline = (child: InlineNode): InlineNode => ('type' in child ? (child.type === 'link' ? { ...child, children: child.children.map(leaf) } : child) : leaf(child));
  type Container = { children: unknown[] };
  const holdsText = (node: Container): boolean => node.children.every((child) => !(child as { type?: string }).type || INLINE_TYPES.has((child as { type: string }).type));
  const container = <T extends Container>(node: T): T => {
    if (!holdsText(node)) return { ...node, children: node.children.map((child) => container(child as Container)) };
    const children = (node.children as InlineNode[]).map(inline);
    before = '';
    return { ...node, children };
  };
  return blocks.map((block) => container(block));
}

const INLINE_TYPES = new Set(['link', 'placeholder', 'variable']);
