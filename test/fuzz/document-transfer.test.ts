import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Editor } from 'slate';
import type { Descendant } from 'slate';
import type { HistoryEditor } from 'slate-history';
import '../../core/model/slate-types';
import { createReleaseEditor } from '../../core/editing/create-release-editor';
import { htmlToBlocks } from '../../core/formats/html-import';
import { readDocumentTransfer } from '../../core/model/document-file';
import { createDocumentTransfer } from '../../core/model/document-transfer';
import type { DocumentTransfer } from '../../core/model/document-transfer';
import type { PressroomDocument, ReleaseBlock, ReleaseMetadata } from '../../core/model/types';
import { applyEdit, isUserEdit } from './apply-edit';
import { editArb, textArb } from './arbitraries';
import type { Edit } from './arbitraries';
import { asDocument, canonicalJson } from './invariants';
import { fuzzRelease } from './release-fixture';

/**
 * Autosave and save send the release as text built from each block's JSON kept from earlier saves
 * (core/model/document-transfer.ts). Never lose a word: after any edit sequence through the real release editor
 * (typing, paste, structural transforms, undo and redo, edits to blocks whose JSON was kept earlier), the text
 * must be exactly JSON.stringify of the editor's release, and the host must read back that very release.
 *
 * Reproducible: a fixed seed (FUZZ_SEED overrides it); on failure fast-check prints the seed and the shrunk edits.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_251_124) + 10;
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

type ReleaseEditor = Editor & HistoryEditor;
const paste = { htmlToBlocks: (html: string) => htmlToBlocks(html) as Descendant[] };

beforeAll(() => {
  console.info(`[fuzz] save text: seed ${SEED}, ${RUNS} runs (FUZZ_SEED, FUZZ_RUNS override)`);
});

function newEditor(): ReleaseEditor {
  const editor = createReleaseEditor({ language: 'ru' }) as ReleaseEditor;
  editor.children = fuzzRelease().body as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

/** The release as the app's currentDocument() builds it: the loaded envelope, the metadata, the editor's blocks. */
function releaseOf(metadata: ReleaseMetadata, editor: Editor): PressroomDocument {
  return asDocument(metadata, editor.children);
}

/** The text for `document` must be its JSON exactly; returns the problem in words, or null. */
function sameAsJson(transfer: DocumentTransfer, document: PressroomDocument, when: string): string | null {
  const text = transfer.textOf(document);
  const expected = JSON.stringify(document);
  if (text === expected) return null;
  let at = 0;
  while (text[at] === expected[at]) at += 1;
  return `${when}: the save text differs from the release's JSON at ${at}:\n  sent: ${text.slice(Math.max(0, at - 80), at + 120)}\n  JSON: ${expected.slice(Math.max(0, at - 80), at + 120)}`;
}

/** One step of a session: an edit, then perhaps a title change, a warm-up slice of `warm` blocks, a save. */
interface Step {
  edit: Edit;
  title: string | null;
  warm: number;
  save: boolean;
}
const stepArb: fc.Arbitrary<Step> = fc.record({
  edit: editArb,
  title: fc.option(textArb, { nil: null, freq: 6 }),
  warm: fc.nat({ max: 6 }),
  save: fc.boolean(),
});

/** A clock that moves 1 ms per reading: `warm(body, n, clock)` stringifies n blocks. */
function steppingClock(): () => number {
  let now = 0;
  return () => now++;
}

describe('the save text after random edits in the release editor', () => {
  it(`is the release's JSON after every save of a random session, and the host reads back the same release (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 40, size: 'max' }), fc.nat({ max: 13 }), (steps, warmFirst) => {
        const editor = newEditor();
        const transfer = createDocumentTransfer();
        const clock = steppingClock();
        let metadata = fuzzRelease().metadata;
        // As after opening: part of the release is warmed in idle time before the first edit.
        transfer.warm(editor.children, warmFirst, clock);
        for (const [index, step] of steps.entries()) {
          applyEdit(editor, step.edit, paste);
          if (step.title !== null) metadata = { ...metadata, title: step.title };
          if (step.warm > 0) transfer.warm(editor.children, step.warm, clock);
          if (step.save) {
            const problem = sameAsJson(transfer, releaseOf(metadata, editor), `after step ${index} (${JSON.stringify(step.edit).slice(0, 200)})`);
            if (problem) throw new Error(problem);
          }
        }
        Editor.normalize(editor, { force: true });
        const release = releaseOf(metadata, editor);
        const problem = sameAsJson(transfer, release, 'at the end');
        if (problem) throw new Error(problem);
        const read = readDocumentTransfer(transfer.textOf(release));
        if (!read.ok) throw new Error(`the host refused the save text: ${read.problem.reason} ${read.problem.detail}`);
        expect(read.document).toEqual(JSON.parse(JSON.stringify(release)));
      }),
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false },
    );
  });

  it(`follows undo and redo back over blocks whose JSON was kept (seed ${SEED + 1})`, () => {
    const userEditArb = editArb.filter((edit) => isUserEdit(edit) && edit.kind !== 'undo' && edit.kind !== 'redo');
    fc.assert(
      fc.property(fc.array(userEditArb, { minLength: 1, maxLength: 25, size: 'max' }), fc.nat({ max: 50 }), (edits, undoCount) => {
        const editor = newEditor();
        const transfer = createDocumentTransfer();
        const { metadata } = fuzzRelease();
        const texts = [transfer.textOf(releaseOf(metadata, editor))];
        // A save after every edit, so each version's blocks are kept when undo brings them back.
        for (const edit of edits) {
          applyEdit(editor, edit, paste);
          texts.push(transfer.textOf(releaseOf(metadata, editor)));
        }
        const check = (when: string) => {
          const problem = sameAsJson(transfer, releaseOf(metadata, editor), when);
          if (problem) throw new Error(problem);
        };
        for (let i = 0; i < undoCount && editor.history.undos.length > 0; i += 1) {
          editor.undo();
          check(`after undo ${i + 1}`);
        }
        while (editor.history.undos.length > 0) editor.undo();
        check('after undoing everything');
        // Equal releases; Slate may give a node back with its keys in another order, which JSON does not mind.
        const sameRelease = (a: string, b: string | undefined) => expect(canonicalJson(JSON.parse(a))).toBe(canonicalJson(JSON.parse(b ?? 'null')));
        sameRelease(transfer.textOf(releaseOf(metadata, editor)), texts[0]);
        while (editor.history.redos.length > 0) {
          editor.redo();
          check('after a redo');
        }
        sameRelease(transfer.textOf(releaseOf(metadata, editor)), texts[texts.length - 1]);
      }),
      { seed: SEED + 1, numRuns: Math.max(10, Math.round(RUNS / 2)), interruptAfterTimeLimit: 10_000, markInterruptAsFailure: false },
    );
  });

  it('sends a body whose blocks are the editor’s own, block for block', () => {
    // The text is built from editor.children itself; a block Slate replaced is stringified anew.
    const editor = newEditor();
    const transfer = createDocumentTransfer();
    const { metadata } = fuzzRelease();
    transfer.textOf(releaseOf(metadata, editor));
    editor.select({ path: [5, 0], offset: 0 });
    editor.insertText('Әділет — ');
    const body = (JSON.parse(transfer.textOf(releaseOf(metadata, editor))) as PressroomDocument).body;
    expect(body).toEqual(JSON.parse(JSON.stringify(editor.children)) as ReleaseBlock[]);
    // Inserted text is set by the release's press rules; a dash already in it stays as it was typed.
    expect(JSON.stringify(body[5])).toContain('Әділет\u00a0— Заместитель акима');
  });
});
