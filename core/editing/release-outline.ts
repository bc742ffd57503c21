import { Element, Node } from 'slate';
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

/** The words of the block's own fields of these names, in the block's order. */
const fieldWords = (block: ReleaseElement, names: readonly string[]): string[] =>
  (block.children as Node[]).flatMap((child) =>
    Element.isElement(child) && child.type === 'field' && names.includes(child.name) ? [Node.string(child)] : [],
  );

function labelOf(block: ReleaseElement & { type: ReleaseBlockType }, rule: OutlineLabel): string {
  if (rule === 'words') return Node.string(block);
  if (rule === 'fields') {
    const content: BlockContent = BLOCK_SPECS[block.type].content;
    return fieldWords(block, 'fields' in content ? content.fields : [])
      .filter((part) => part.trim() !== '')
      .join(', ');
  }
  // The dateline's words are the release's details: the outline sidebar writes them (core/typography/dateline.ts).
  if (rule === 'details') return '';
  if ('fixed' in rule) return rule.fixed;
  for (const name of rule.firstFilled) {
    const [words] = fieldWords(block, [name]);
    if (words !== undefined && words.trim() !== '') return words;
  }
  return '';
}

/** The outline entry of one top-level block: its kind and its words, a quote's speaker, a ceremony's award. */
export function outlineEntryOf(node: Descendant): OutlineEntry {
  const block = node as ReleaseElement;
  if (!isBlockType(block.type)) return null;
  const rule: OutlineLabel | null = BLOCK_SPECS[block.type].outline;
  if (rule === null) return null;
  return { kind: block.type as OutlineKind, label: shorten(labelOf(block as ReleaseElement & { type: ReleaseBlockType }, rule)) };
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
