import { describe, expect, it } from 'vitest';
import { releaseWithEveryBlockType } from '../../test/fixtures/every-block-type';
import { emptyBlock } from '../editing/release-nodes';
import { outlineEntryOf } from '../editing/release-outline';
import { htmlToBlocks } from '../formats/html-import';
import { releaseToHtml } from '../formats/index';
import { createBlankDocument } from './new-document';
import { validateDocument } from './document-file';
import { BLOCK_SPECS, RELEASE_BLOCK_TYPES } from './block-specs';
import { releaseBlockSchema } from './schema';

describe('BLOCK_SPECS, the one table of block types', () => {
  it.each(RELEASE_BLOCK_TYPES)('a new, empty %s is what the schema built from the table accepts, and is saved', (type) => {
    const block = emptyBlock(type);
    expect(releaseBlockSchema.safeParse(block).success).toBe(true);
    expect(validateDocument({ ...createBlankDocument('ru'), body: [block] }).ok).toBe(true);
  });

  it('the schema refuses what the table does not allow: a quote missing its verb, a dateline with words of its own, an unknown type', () => {
    const quote = emptyBlock('quote') as { children: unknown[] };
    expect(releaseBlockSchema.safeParse({ ...quote, children: quote.children.slice(0, 3) }).success).toBe(false);
    expect(releaseBlockSchema.safeParse({ type: 'dateline', children: [{ type: 'field', name: 'city', children: [{ text: 'Алматы' }] }] }).success).toBe(false);
    expect(releaseBlockSchema.safeParse({ type: 'dateline', children: [{ text: 'Алматы' }] }).success).toBe(false);
    expect(releaseBlockSchema.safeParse({ type: 'marquee', children: [{ text: '' }] }).success).toBe(false);
  });

  it('a release with one block of every type leaves as HTML and comes back with every type, in order', () => {
    const release = releaseWithEveryBlockType();
    expect(validateDocument(release).ok).toBe(true);
    expect(htmlToBlocks(releaseToHtml(release)).map((block) => block.type)).toEqual(RELEASE_BLOCK_TYPES);
  });

  it('the outline lists the blocks the table says, labelled as it says', () => {
    const entries = releaseWithEveryBlockType().body.map((block) => outlineEntryOf(block));
    expect(entries.map((entry) => entry?.kind ?? null)).toEqual(RELEASE_BLOCK_TYPES.map((type) => (BLOCK_SPECS[type].outline === null ? null : type)));
    const byKind = Object.fromEntries(entries.flatMap((entry) => (entry ? [[entry.kind, entry.label]] : [])));
    // The dateline's words are the release's details: the outline sidebar writes them (outline-sidebar.tsx).
    expect(byKind).toMatchObject({ dateline: '', 'end-mark': '###' });
    // A quote by its speaker (its second field), a ceremony by its award.
    const quote = releaseWithEveryBlockType().body.find((block) => block.type === 'quote') as { children: { children: { text: string }[] }[] };
    expect(byKind.quote).toBe(quote.children[1]?.children[0]?.text);
  });
});
