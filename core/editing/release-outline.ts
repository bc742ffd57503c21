import { Element, Text } from 'slate';
import type { Node } from 'slate';
import type { Descendant } from 'slate';
import '../model/slate-types';
import { BLOCK_SPECS } from '../model/block-specs';
import type { BlockContent, OutlineKind, OutlineLabel } from '../model/block-specs';
import type { ReleaseBlockType, ReleaseElement } from '../model/types';
import { isBlockType } from './release-nodes';

/** One entry of the outline sidebar: a part of the release the press officer can jump to. */
export interface OutlineItem {
  /** Index of the top-level block. */
  index: number;
  /** The block's type; which blocks the outline lists, and by what, is written in BLOCK_SPECS (`outline`). */
  kind: OutlineKind;
  /** What the entry shows: the words of the block, a quote's speaker, a ceremony's award (may be empty). */
  label: string;
}

const MAX_LABEL = 80;
const shorten = (text: string): string => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 1).trimEnd()}…` : flat;
};

/** What one top-level block shows in the outline, or null for a block the outline leaves out (paragraphs, lists…). */
export type OutlineEntry = Pick<OutlineItem, 'kind' | 'label'> | null;

/**
 * How a variable chip and a template blank read in an entry. The sidebar gives a chip's value (or its label while
 * it is empty) and a blank's hint in brackets, as the exports write an unfilled blank: «Конференция [Название
 * мероприятия] собрала [кого: …]», not «Конференция собрала . .». Without it (Node's callers) both read as nothing.
 */
export interface InlineWords {
  variable(name: string): string;
  blank(hint: string): string;
}

const NO_INLINE_WORDS: InlineWords = { variable: () => '', blank: () => '' };

/** A node's words, its chips and blanks as `inline` reads them. */
function wordsOf(node: Node, inline: InlineWords): string {
  if (Text.isText(node)) return node.text;
  if (Element.isElement(node) && node.type === 'variable') return inline.variable(node.name);
  if (Element.isElement(node) && node.type === 'placeholder') return inline.blank(node.hint);
  return 'children' in node ? (node.children as Node[]).map((child) => wordsOf(child, inline)).join('') : '';
}

/** The words of the block's own fields of these names, in the block's order. */
const fieldWords = (block: ReleaseElement, names: readonly string[], inline: InlineWords): string[] =>
  (block.children as Node[]).flatMap((child) =>
    Element.isElement(child) && child.type === 'field' && names.includes(child.name) ? [wordsOf(child, inline)] : [],
  );

function labelOf(block: ReleaseElement & { type: ReleaseBlockType }, rule: OutlineLabel, inline: InlineWords): string {
  if (rule === 'words') return wordsOf(block, inline);
  if (rule === 'fields') {
    const content: BlockContent = BLOCK_SPECS[block.type].content;
    return fieldWords(block, 'fields' in content ? content.fields : [], inline)
      .filter((part) => part.trim() !== '')
      .join(', ');
  }
  // The dateline's words are the release's details: the outline sidebar writes them (core/typography/dateline.ts).
  if (rule === 'details') return '';
  if ('fixed' in rule) return rule.fixed;
  for (const name of rule.firstFilled) {
    const [words] = fieldWords(block, [name], inline);
    if (words !== undefined && words.trim() !== '') return words;
  }
  return '';
}

/** The outline entry of one top-level block: its kind and its words, a quote's speaker, a ceremony's award. */
export function outlineEntryOf(node: Descendant, inline: InlineWords = NO_INLINE_WORDS): OutlineEntry {
  const block = node as ReleaseElement;
  if (!isBlockType(block.type)) return null;
  const rule: OutlineLabel | null = BLOCK_SPECS[block.type].outline;
  if (rule === null) return null;
  return { kind: block.type as OutlineKind, label: shorten(labelOf(block as ReleaseElement & { type: ReleaseBlockType }, rule, inline)) };
}

/**
 * The release's parts, in order: headline, dateline, lead, section headings, quotes by speaker, ceremonies…
 * `entryOf` may be a per-block cache of outlineEntryOf (block-cache.ts), so a 5 MB release's ~1,900 entries are
 * not worked out again each time typing pauses.
 */
export function releaseOutline(body: readonly Descendant[], entryOf: (block: Descendant) => OutlineEntry = outlineEntryOf): OutlineItem[] {
  const items: OutlineItem[] = [];
  body.forEach((block, index) => {
    const entry = entryOf(block);
    if (entry) items.push({ index, kind: entry.kind, label: entry.label });
  });
  return items;
}
