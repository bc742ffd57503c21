import { readFileSync } from 'node:fs';
import { Editor, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { describe, expect, it, vi } from 'vitest';
import { perBlock } from '../editing/block-cache';
import { createReleaseEditor } from '../editing/create-release-editor';
import { Placeholders } from '../editing/with-placeholders';
import { readDocumentText } from '../model/document-file';
import { instantiate } from './instantiate';
import { listUnfilledPlaceholders, placeholdersIn } from './placeholders';

function release(name: string) {
  const read = readDocumentText(readFileSync(new URL(`../../templates/${name}.pressroom`, import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  const editor = createReleaseEditor({ language: read.document.metadata.language });
  editor.children = JSON.parse(JSON.stringify(instantiate(read.document).body)) as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

describe('the unfilled-blanks list, block by block', () => {
  it('a block’s blanks have paths inside the block; the list puts the block’s index in front', () => {
    const editor = release('award-ceremony.ru');
    // The template's award ceremony, after the headline every release starts with.
    const ceremony = editor.children[3] as Descendant;
    expect(placeholdersIn(ceremony).map(({ path }) => path)).toEqual([[0, 1], [1, 0, 1], [1, 1, 1], [1, 2, 1], [2, 0, 1], [2, 1, 1], [2, 2, 1]]);
    expect(listUnfilledPlaceholders(editor.children).filter(({ path }) => path[0] === 3).map(({ path }) => path.slice(1))).toEqual(placeholdersIn(ceremony).map(({ path }) => path));
    expect(placeholdersIn({ type: 'paragraph', children: [{ text: 'Готово.' }] })).toEqual([]);
  });

  it('filling a blank walks only its block again; the list stays the same as a whole walk of the body', () => {
    const editor = release('conference-write-up.ru');
    const walked = vi.fn(placeholdersIn);
    const inBlock = perBlock(walked);
    const before = listUnfilledPlaceholders(editor.children, inBlock);
    expect(before).toEqual(listUnfilledPlaceholders(editor.children));
    expect(before).toHaveLength(30);
    expect(walked).toHaveBeenCalledTimes(editor.children.length);

    // The press officer types over the third blank.
    walked.mockClear();
    const third = before[2]!;
    Placeholders.replace(editor, third.path, 'Алматы');
    const after = listUnfilledPlaceholders(editor.children, inBlock);
    expect(walked).toHaveBeenCalledTimes(1);
    expect(after).toEqual(listUnfilledPlaceholders(editor.children));
    expect(after.map(({ hint }) => hint)).toEqual(before.filter((entry) => entry !== third).map(({ hint }) => hint));

    // A new paragraph after the headline: every block keeps its cached walk, the blanks below move down by one.
    walked.mockClear();
    Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: 'Ещё абзац' }] } as Descendant, { at: [1] });
    const moved = listUnfilledPlaceholders(editor.children, inBlock);
    expect(walked).toHaveBeenCalledTimes(1);
    expect(moved).toEqual(after.map(({ path, hint }) => ({ path: path[0] === 0 ? path : [path[0]! + 1, ...path.slice(1)], hint })));
  });
});
