import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor, Element, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { describe, expect, it, vi } from 'vitest';
import { readDocumentText } from '../model/document-file';
import { perBlock } from './block-cache';
import { outlineEntryOf, releaseOutline } from './release-outline';
import { editorWith } from './test-helpers';

function release(name: string): Descendant[] {
  const read = readDocumentText(readFileSync(join(import.meta.dirname, '../formats/fixtures', `${name}.pressroom`), 'utf8'));
  if (!read.ok) throw new Error(`${name} does not read`);
  return read.document.body as Descendant[];
}

describe('the outline, block by block', () => {
  it('after an edit only the edited block’s entry is worked out again, and the outline is the same as a whole walk', () => {
    const editor = editorWith(release('opening-speech.kk'), 'kk');
    const worked = vi.fn(outlineEntryOf);
    const entryOf = perBlock(worked);
    const before = releaseOutline(editor.children, entryOf);
    expect(before).toEqual(releaseOutline(editor.children));
    expect(before.map((item) => item.kind)).toContain('quote');
    expect(worked).toHaveBeenCalledTimes(editor.children.length);

    // A section heading renamed: its entry changes, nothing else is walked.
    const heading = editor.children.findIndex((block) => Element.isElement(block) && block.type === 'section-heading');
    expect(heading).toBeGreaterThan(0);
    worked.mockClear();
    Transforms.insertText(editor, ' – қорытынды', { at: Editor.end(editor, [heading]) });
    const after = releaseOutline(editor.children, entryOf);
    expect(worked).toHaveBeenCalledTimes(1);
    expect(after).toEqual(releaseOutline(editor.children));
    expect(after.find((item) => item.index === heading)?.label).toMatch(/ – қорытынды$/u);
    expect(after.filter((item) => item.index !== heading)).toEqual(before.filter((item) => item.index !== heading));
  });

  it('a block removed above moves every entry below up by one, from the cache', () => {
    const editor = editorWith(release('conference-almaty.ru'));
    const worked = vi.fn(outlineEntryOf);
    const entryOf = perBlock(worked);
    const before = releaseOutline(editor.children, entryOf);
    const paragraph = editor.children.findIndex((block) => Element.isElement(block) && block.type === 'paragraph');
    worked.mockClear();
    Transforms.removeNodes(editor, { at: [paragraph] });
    const after = releaseOutline(editor.children, entryOf);
    expect(worked).not.toHaveBeenCalled();
    expect(after).toEqual(before.map((item) => (item.index > paragraph ? { ...item, index: item.index - 1 } : item)));
  });
});

describe('chips and blanks in the outline', () => {
  // The Russian conference template's lead, as a new release from it holds it.
  const lead = {
    type: 'lead',
    children: [
      { text: 'Конференция ' },
      { type: 'variable', name: 'event', children: [{ text: '' }] },
      { text: ' собрала ' },
      { type: 'placeholder', hint: 'кого', children: [{ text: '' }] },
      { text: '. Организатор – ' },
      { type: 'variable', name: 'organiser', children: [{ text: '' }] },
      { text: '.' },
    ],
  } as unknown as Descendant;
  const values: Record<string, string> = { event: '«Закон и порядок»' };
  const inline = { variable: (name: string) => values[name] || `[${name}]`, blank: (hint: string) => `[${hint}]` };

  it('reads a chip by what the sidebar gives for it and a blank by its hint, so no “собрала . .” is left', () => {
    expect(outlineEntryOf(lead, inline)).toEqual({
      kind: 'lead',
      label: 'Конференция «Закон и порядок» собрала [кого]. Организатор – [organiser].',
    });
  });

  it('without them, chips and blanks read as nothing (Node callers: exports and counts have their own rules)', () => {
    expect(outlineEntryOf(lead)?.label).toBe('Конференция собрала . Организатор – .');
  });
});
