import { Editor, Node } from 'slate';
import type { Descendant, NodeEntry, Text } from 'slate';
import { describe, expect, it } from 'vitest';
import { createReleaseEditor } from '../../core/editing/create-release-editor';
import { findInRelease } from '../../core/editing/find-in-release';
import { highlightsFor, noDecorations } from './find-decorations';

function editorWith(body: unknown[]): Editor {
  const editor = createReleaseEditor({ language: 'ru' });
  editor.children = body as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

/** What the page would highlight: every text node's decorated words. */
function decorated(editor: Editor, decorate: (entry: NodeEntry) => { anchor: { offset: number }; focus: { offset: number } }[]): string[] {
  return [...Node.texts(editor)].flatMap(([text, path]) => decorate([text, path]).map((range) => (text as Text).text.slice(range.anchor.offset, range.focus.offset)));
}

const body = () => [
  { type: 'headline', children: [{ text: 'В Алматы прошла конференция' }] },
  { type: 'paragraph', children: [{ text: 'Город Ал' }, { text: 'ма', bold: true }, { text: 'ты встречает' }] },
  { type: 'paragraph', children: [{ text: 'Город ' }, { type: 'variable', name: 'city', children: [{ text: '' }] }, { text: '' }] },
];
const variables = [{ name: 'city', label: 'Город', value: 'Алматы' }];

describe('the find bar’s highlights', () => {
  it('decorates every piece of every match, the bold middle of a word and a chip’s empty text included, and nothing else', () => {
    const editor = editorWith(body());
    const { decorate } = highlightsFor(editor, findInRelease(editor.children, variables, 'алматы'));
    expect(decorated(editor, decorate)).toEqual(['Алматы', 'Ал', 'ма', 'ты', '']);
    expect(decorate([editor.children[0] as Descendant, [0]])).toEqual([]);
  });

  it('no matches: the one shared function, so the page is not decorated anew; each call a new array', () => {
    const editor = editorWith(body());
    expect(highlightsFor(editor, []).decorate).toBe(noDecorations);
    // slate-react pushes the bold placeholder (Ctrl+B on a caret) into what the editor's decorate returned.
    const returned = noDecorations([editor, []]);
    returned.push({ anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 0 }, find: 'match' });
    expect(noDecorations([editor, []])).toEqual([]);
    const { decorate } = highlightsFor(editor, findInRelease(editor.children, variables, 'алматы'));
    decorate([editor, []]).push({ anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 0 }, find: 'match' });
    expect(decorate([editor, []])).toEqual([]);
  });

  it('after an edit, the same words keep the same decorate, with the edited node’s entries and without the old ones', () => {
    const editor = editorWith(body());
    const before = highlightsFor(editor, findInRelease(editor.children, variables, 'алматы'));
    const oldHeadline = Node.get(editor, [0, 0]) as Text;
    editor.select({ path: [0, 0], offset: 'В Алматы'.length });
    editor.insertText(' и Алматы');
    const after = highlightsFor(editor, findInRelease(editor.children, variables, 'алматы'), before);
    expect(after.decorate).toBe(before.decorate);
    expect(decorated(editor, after.decorate)).toEqual(['Алматы', 'Алматы', 'Ал', 'ма', 'ты', '']);
    expect(after.decorate([oldHeadline, [0, 0]])).toEqual([]);
  });
});
