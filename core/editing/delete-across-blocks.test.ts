import fc from 'fast-check';
import { Editor, Node, Path, Range, Text, Transforms } from 'slate';
import type { Descendant, Point } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { fuzzRelease } from '../../test/fuzz/release-fixture';
import { rangeOverVoids, touchesStructuredBlock } from './content-controls';
import { createReleaseEditor, LARGE_STEP_OPERATIONS } from './create-release-editor';

/**
 * Deleting a selection that spans blocks (Ctrl+A and Backspace, a drag over several paragraphs) goes through
 * withReleaseEditing's fast path. Between text blocks and lists it must leave exactly what Slate's own delete leaves, and one undo must bring
 * back the release and the selection.
 */

function editorHolding(body: Descendant[]): Editor {
  const editor = createReleaseEditor({ language: 'ru' });
  editor.children = structuredClone(body);
  Editor.normalize(editor, { force: true });
  return editor;
}

/** Every place a caret can stand in the release: each text node's start, middle and end. */
function caretPlaces(editor: Editor): Point[] {
  const places: Point[] = [];
  for (const [node, path] of Node.texts(editor)) {
    if (!Text.isText(node)) continue;
    places.push({ path, offset: 0 }, { path, offset: Math.floor(node.text.length / 2) }, { path, offset: node.text.length });
  }
  return places;
}

/**
 * The same caret place: in the same block or field, after the same text. (At the join of a plain run and a
 * bold one, or at the edge of a link, Slate may name the place from either side.)
 */
function samePlace(editor: Editor, p: Point | undefined, q: Point | undefined): boolean {
  if (!p || !q) return p === q;
  const blockOf = (point: Point) => Editor.above(editor, { at: point, match: (n) => Editor.isBlock(editor, n as never), mode: 'lowest' })?.[1];
  const [pb, qb] = [blockOf(p), blockOf(q)];
  if (!pb || !qb || !Path.equals(pb, qb)) return false;
  const before = (point: Point) => Editor.string(editor, { anchor: Editor.start(editor, pb), focus: point });
  return before(p) === before(q);
}

describe('deleting a selection across blocks', () => {
  const body = editorHolding(fuzzRelease().body as Descendant[]).children;
  const places = caretPlaces(editorHolding(body));

  it('leaves what Slate’s own delete leaves, and one undo restores the release and the selection', () => {
    fc.assert(
      fc.property(fc.nat(places.length - 1), fc.nat(places.length - 1), fc.boolean(), (a, b, backward) => {
        const selection: Range = { anchor: places[a] as Point, focus: places[b] as Point };
        fc.pre(selection.anchor.path[0] !== selection.focus.path[0]);
        // Selections that start or end in a dateline, quote or ceremony, or inside a chip or blank, are not
        // Slate's: content-controls.test.ts covers them.
        const probe = editorHolding(body);
        fc.pre(!touchesStructuredBlock(probe, selection) && rangeOverVoids(probe, selection) === selection);

        const ours = editorHolding(body);
        Transforms.select(ours, selection);
        ours.deleteFragment(backward ? { direction: 'backward' } : undefined);

        // Slate's own: the same delete, without our deleteFragment in the way.
        const slates = editorHolding(body);
        Transforms.select(slates, selection);
        Transforms.delete(slates, { reverse: backward });

        expect(ours.children).toEqual(slates.children);
        expect(Range.isCollapsed(ours.selection as Range)).toBe(true);
        expect(samePlace(ours, ours.selection?.anchor, slates.selection?.anchor)).toBe(true);

        HistoryEditor.undo(ours as HistoryEditor);
        expect(ours.children).toEqual(body);
        expect(ours.selection).toEqual(selection);
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  it('is one undo step of its own, apart from the typing before it', () => {
    const editor = editorHolding(body);
    Transforms.select(editor, Editor.end(editor, [0]));
    editor.insertText(' сегодня');
    const typed = structuredClone(editor.children);
    Transforms.select(editor, Editor.range(editor, []));
    editor.deleteFragment();
    expect(Node.string(editor)).toBe('');
    HistoryEditor.undo(editor as HistoryEditor);
    expect(editor.children).toEqual(typed);
    expect(editor.selection).toEqual(Editor.range(editor, []));
    HistoryEditor.undo(editor as HistoryEditor);
    expect(editor.children).toEqual(body);
  });

  it('undoes and redoes a step of thousands of operations exactly (the quick path, without the normaliser)', () => {
    // The release's sections, repeated: about 1,000 top-level blocks.
    const sections = body.filter((block) => !['headline', 'subheadline', 'dateline', 'lead', 'end-mark'].includes((block as { type: string }).type));
    const big = editorHolding([...body.slice(0, 4), ...Array.from({ length: Math.ceil(1000 / sections.length) }, () => sections).flat()]).children;
    const editor = editorHolding(big);
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 3 }, focus: Editor.end(editor, [editor.children.length - 2]) });
    const selection = editor.selection as Range;
    editor.deleteFragment();
    const deleted = structuredClone(editor.children);
    const caret = editor.selection;
    expect((editor as HistoryEditor).history.undos.at(-1)?.operations.length).toBeGreaterThan(LARGE_STEP_OPERATIONS);

    HistoryEditor.undo(editor as HistoryEditor);
    expect(editor.children).toEqual(big);
    // Over a thousand blocks, the caret comes back at the start of what was selected (not the whole selection).
    expect(editor.selection).toEqual({ anchor: Range.start(selection), focus: Range.start(selection) });
    HistoryEditor.redo(editor as HistoryEditor);
    expect(editor.children).toEqual(deleted);
    expect(editor.selection).toEqual(caret);
    HistoryEditor.undo(editor as HistoryEditor);
    expect(editor.children).toEqual(big);
    // And the release is as the normaliser would leave it.
    Editor.normalize(editor, { force: true });
    expect(editor.children).toEqual(big);
  });
});
