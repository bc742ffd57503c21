import { Node } from 'slate';
import type { Descendant } from 'slate';
import '../model/slate-types';
import type { ReleaseElement } from '../model/types';

/** One entry of the outline sidebar: a part of the release the press officer can jump to. */
export interface OutlineItem {
  /** Index of the top-level block. */
  index: number;
  kind: 'headline' | 'subheadline' | 'dateline' | 'lead' | 'section-heading' | 'quote' | 'award-ceremony' | 'boilerplate' | 'media-contact' | 'end-mark';
  /** What the entry shows: the words of the block, a quote's speaker, a ceremony's award (may be empty). */
  label: string;
}

const OUTLINED: ReadonlySet<string> = new Set([
  'headline',
  'subheadline',
  'dateline',
  'lead',
  'section-heading',
  'quote',
  'award-ceremony',
  'boilerplate',
  'media-contact',
  'end-mark',
]);

const MAX_LABEL = 80;
const shorten = (text: string): string => {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 1).trimEnd()}…` : flat;
};

/** What one top-level block shows in the outline, or null for a block the outline leaves out (paragraphs, lists…). */
export type OutlineEntry = Pick<OutlineItem, 'kind' | 'label'> | null;

/** The outline entry of one top-level block: its kind and its words, a quote's speaker, a ceremony's award. */
export function outlineEntryOf(node: Descendant): OutlineEntry {
  const block = node as ReleaseElement;
  if (!OUTLINED.has(block.type)) return null;
  const kind = block.type as OutlineItem['kind'];
  let label: string;
  if (block.type === 'quote') {
    const [text, speaker] = block.children;
    label = speaker && Node.string(speaker).trim() !== '' ? Node.string(speaker) : text ? Node.string(text) : '';
  } else if (block.type === 'award-ceremony' || block.type === 'dateline') {
    label = block.children
      .slice(0, block.type === 'dateline' ? 2 : 1)
      .map((field) => Node.string(field))
      .filter((part) => part.trim() !== '')
      .join(', ');
  } else if (block.type === 'end-mark') {
    label = '###';
  } else {
    label = Node.string(block);
  }
  return { kind, label: shorten(label) };
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
