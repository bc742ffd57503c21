import fc from 'fast-check';
import { Editor, Node, Range as SlateRange, Text, Transforms } from 'slate';
import type { Descendant, Point, Range } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { bodyProblems, canonical, outsideWords, random, randomRelease, wordsOf } from '../../test/fuzz/selection-words';
import { createReleaseEditor } from './create-release-editor';

/**
 * Any selection, any key (issue 10, item 1), fuzzed in Node against the platform-free editor: every key over
 * every kind of selection between any two caret places of a release built from the templates and the sample.
 * The same property runs in Chromium with the real mouse and keys (e2e/edit-properties.spec.ts); this one covers
 * many more selections per second, including ones the mouse rarely makes (inside a chip's hidden text, at a
 * field's very edge). SELECTION_FUZZ_RUNS (default 150) and SELECTION_FUZZ_SEED override.
 */
const RUNS = Number(process.env.SELECTION_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.SELECTION_FUZZ_SEED ?? 20261202);

type Key = 'letter' | 'backspace' | 'delete' | 'enter' | 'fragment';

function editorHolding(body: Descendant[]): Editor & HistoryEditor {
  const editor = createReleaseEditor({ language: 'ru' }) as Editor & HistoryEditor;
  editor.children = structuredClone(body);
  Editor.normalize(editor, { force: true });
  return editor;
}

/** Every place a caret can stand: each text node's start, middle and end (inside chips and blanks too). */
function caretPlaces(editor: Editor): Point[] {
  const places: Point[] = [];
  for (const [node, path] of Node.texts(editor)) {
    if (!Text.isText(node)) continue;
    places.push({ path, offset: 0 }, { path, offset: Math.floor(node.text.length / 2) }, { path, offset: node.text.length });
  }
  return places;
}

function press(editor: Editor, key: Key): void {
  switch (key) {
    case 'letter':
      return editor.insertText('ж');
    case 'backspace':
      return Editor.deleteFragment(editor, { direction: 'backward' });
    case 'delete':
      return Editor.deleteFragment(editor, { direction: 'forward' });
    case 'enter':
      return Editor.insertBreak(editor);
    case 'fragment':
      return editor.insertFragment([{ type: 'paragraph', children: [{ text: 'Вставка' }] }]);
  }
}

describe('any selection, any key (Node)', () => {
  it(`replaces exactly the selection, keeps the schema and undoes in one step (seed ${SEED}, ${RUNS} runs)`, () => {
    console.info(`[selection-fuzz] seed ${SEED}, ${RUNS} runs (SELECTION_FUZZ_SEED, SELECTION_FUZZ_RUNS override)`);
    fc.assert(
      fc.property(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom<Key>('letter', 'backspace', 'delete', 'enter', 'fragment'), (releaseSeed, a, b, key) => {
        const body = editorHolding(randomRelease(random(releaseSeed))).children;
        const editor = editorHolding(body);
        const places = caretPlaces(editor);
        const selection: Range = { anchor: places[Math.floor(a * (places.length - 1))] as Point, focus: places[Math.floor(b * (places.length - 1))] as Point };
        fc.pre(!SlateRange.isCollapsed(selection));
        Transforms.select(editor, selection);
        const steps = editor.history.undos.length;
        press(editor, key);
        const after = editor.children;

        expect(bodyProblems(after)).toEqual([]);
        const outside = outsideWords(body, selection, key === 'backspace' || key === 'delete' || key === 'enter');
        const inserted = key === 'letter' ? 'ж' : key === 'fragment' ? 'Вставка' : '';
        expect(wordsOf(after, null, null)).toBe(outside.before + inserted + outside.after);
        if (canonical(after) !== canonical(body)) {
          expect(editor.history.undos.length - steps).toBe(1);
          HistoryEditor.undo(editor);
          expect(canonical(editor.children)).toBe(canonical(body));
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 180_000);
});
