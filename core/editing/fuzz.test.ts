import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Editor } from 'slate';
import type { Descendant } from 'slate';
import type { HistoryEditor } from 'slate-history';
import '../model/slate-types';
import { createReleaseEditor } from './create-release-editor';
import { exportRelease } from '../formats/index';
import { editArb, htmlArb } from '../../test/fuzz/arbitraries';
import type { Edit } from '../../test/fuzz/arbitraries';
import { applyEdit, isUserEdit } from '../../test/fuzz/apply-edit';
import { asDocument, countOperations, normalisationSettles, passesSchema, roundTrips, selectionIsValid } from '../../test/fuzz/invariants';
import { htmlToBlocks } from '../formats/html-import';
import { fuzzRelease } from '../../test/fuzz/release-fixture';
import { validateDocument } from '../model/document-file';
import { RELEASE_LANGUAGES } from '../model/types';
import type { ReleaseLanguage } from '../model/types';
import { canonicalJson } from '../../test/fuzz/invariants';

/**
 * Proof by fuzzing (issue 5, item 5): random sequences of Slate operations and user edits applied to the
 * release editor, starting from a release with every block type. After every edit the value must pass the
 * .pressroom schema (it is what autosave writes); after each sequence normalisation must settle, the
 * selection must be valid, the document must save and reopen equal, and every export must succeed.
 *
 * Reproducible: a fixed seed (FUZZ_SEED overrides it) and the number of runs are printed; on failure
 * fast-check prints the seed, the path and the shrunk sequence of edits.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_251_124);
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const MAX_EDITS = 40;

type ReleaseEditor = Editor & HistoryEditor;

const paste = { htmlToBlocks: (html: string) => htmlToBlocks(html) as Descendant[] };

beforeAll(() => {
  console.info(`[fuzz] seed ${SEED}, ${RUNS} runs per property, sequences of 1–${MAX_EDITS} edits (FUZZ_SEED, FUZZ_RUNS override)`);
});

function newEditor(language: ReleaseLanguage = 'ru'): ReleaseEditor {
  const editor = createReleaseEditor({ language }) as ReleaseEditor;
  editor.children = fuzzRelease().body as Descendant[];
  return editor;
}

const describeEdit = (edit: Edit) => JSON.stringify(edit).slice(0, 300);
/** Slate puts the whole editor into some messages; keep reports readable. */
const errorText = (error: unknown, limit = 400) => String((error as Error)?.message ?? error).slice(0, limit);

/** Runs one sequence; returns the first broken invariant in words, or null. */
async function runSequence(edits: Edit[], options: { schemaAfterEveryEdit: boolean; exports: boolean; language?: ReleaseLanguage }): Promise<string | null> {
  const editor = newEditor(options.language);
  const counter = countOperations(editor);
  const { metadata } = fuzzRelease();
  for (const [index, edit] of edits.entries()) {
    const outcome = applyEdit(editor, edit, paste);
    if (outcome.threw !== undefined && isUserEdit(edit)) {
      return `edit ${index} ${describeEdit(edit)} threw: ${errorText(outcome.threw)}`;
    }
    if (outcome.threw !== undefined) {
      // Slate refused a structural transform's arguments; the editor must still end up valid.
      const settled = normalisationSettles(editor, counter);
      if (settled) return `after edit ${index} ${describeEdit(edit)} (which threw ${errorText(outcome.threw)}): ${settled}`;
    }
    const selection = selectionIsValid(editor);
    if (selection) return `after edit ${index} ${describeEdit(edit)}: ${selection}`;
    if (options.schemaAfterEveryEdit) {
      const schema = passesSchema(asDocument(metadata, editor.children));
      if (schema) return `after edit ${index} ${describeEdit(edit)}: ${schema}\nvalue: ${JSON.stringify(editor.children).slice(0, 2000)}`;
    }
  }
  const settled = normalisationSettles(editor, counter);
  if (settled) return settled;
  const selection = selectionIsValid(editor);
  if (selection) return `at the end: ${selection}`;
  const document = asDocument(metadata, editor.children);
  const schema = passesSchema(document);
  if (schema) return `at the end: ${schema}\nvalue: ${JSON.stringify(editor.children).slice(0, 2000)}`;
  const roundTrip = roundTrips(document);
  if (roundTrip) return roundTrip;
  if (options.exports) {
    for (const format of ['markdown', 'html', 'docx'] as const) {
      try {
        const bytes = await exportRelease(structuredClone(document), format);
        if (!(bytes instanceof Uint8Array) || bytes.length === 0) return `export to ${format} gave no bytes`;
      } catch (error) {
        return `export to ${format} threw: ${errorText(error, 1500)}`;
      }
    }
  }
  return null;
}

/** FUZZ_SKIP=wrapLink,setBlockType leaves kinds of edit out, to look for further bugs behind a known one. */
const SKIPPED = new Set((process.env.FUZZ_SKIP ?? '').split(',').filter(Boolean));
/** What actually ran (a time limit stops a property early on a slow machine; the count says how far it got). */
let ran = { sequences: 0, edits: 0 };
const sequenceArb = fc.array(SKIPPED.size > 0 ? editArb.filter((edit) => !SKIPPED.has(edit.kind)) : editArb, { minLength: 1, maxLength: MAX_EDITS, size: 'max' });

describe('fuzzing the release editor with random edit sequences', () => {
  it('the fixture itself is a valid release (the fuzzers start from it)', () => {
    expect(validateDocument(fuzzRelease()).ok).toBe(true);
  });

  it(`keeps the schema after every edit, settles, saves, reopens equal and exports (seed ${SEED})`, async () => {
    console.info(`[fuzz] edit sequences: ${RUNS} runs × 1–${MAX_EDITS} edits, seed ${SEED}`);
    await fc.assert(
      fc.asyncProperty(sequenceArb, fc.constantFrom(...RELEASE_LANGUAGES), async (edits, language) => {
        ran.sequences += 1;
        ran.edits += edits.length;
        const problem = await runSequence(edits, { schemaAfterEveryEdit: true, exports: true, language });
        if (problem) throw new Error(problem);
      }),
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 22_000, markInterruptAsFailure: false },
    );
    console.info(`[fuzz] ran ${ran.sequences} sequences, ${ran.edits} edits in all`);
  });

  it(`survives long typing-and-paste sessions (seed ${SEED + 1})`, async () => {
    ran = { sequences: 0, edits: 0 };
    const longRuns = Math.max(4, Math.round(RUNS / 12));
    const userEditArb = editArb.filter(isUserEdit);
    console.info(`[fuzz] long sessions: ${longRuns} runs × 100–200 user edits, seed ${SEED + 1}`);
    await fc.assert(
      fc.asyncProperty(fc.array(userEditArb, { minLength: 100, maxLength: 200, size: 'max' }), async (edits) => {
        ran.sequences += 1;
        ran.edits += edits.length;
        const problem = await runSequence(edits, { schemaAfterEveryEdit: false, exports: true });
        if (problem) throw new Error(problem);
      }),
      { seed: SEED + 1, numRuns: longRuns, interruptAfterTimeLimit: 10_000 },
    );
    console.info(`[fuzz] ran ${ran.sequences} long sessions, ${ran.edits} edits in all`);
  });

  it(`undoing every edit gives back the release as it was; redoing them all gives back the edited one (seed ${SEED + 3})`, () => {
    const runs = Math.max(10, Math.round(RUNS / 2));
    const userEditArb = editArb.filter((edit) => isUserEdit(edit) && edit.kind !== 'undo' && edit.kind !== 'redo');
    console.info(`[fuzz] undo/redo all: ${runs} runs × 1–30 user edits, seed ${SEED + 3}`);
    fc.assert(
      fc.property(fc.array(userEditArb, { minLength: 1, maxLength: 30, size: 'max' }), (edits) => {
        const editor = newEditor();
        Editor.normalize(editor, { force: true });
        const start = canonicalJson(editor.children);
        for (const edit of edits) {
          const outcome = applyEdit(editor, edit, paste);
          if (outcome.threw !== undefined) throw new Error(`${describeEdit(edit)} threw: ${errorText(outcome.threw)}`);
        }
        const edited = canonicalJson(editor.children);
        let guard = 0;
        while (editor.history.undos.length > 0 && guard++ < 1000) editor.undo();
        if (canonicalJson(editor.children) !== start) {
          throw new Error(`undoing everything did not restore the release:\n${canonicalJson(editor.children).slice(0, 1500)}`);
        }
        guard = 0;
        while (editor.history.redos.length > 0 && guard++ < 1000) editor.redo();
        if (canonicalJson(editor.children) !== edited) {
          throw new Error(`redoing everything did not give back the edited release:\n${canonicalJson(editor.children).slice(0, 1500)}`);
        }
      }),
      { seed: SEED + 3, numRuns: runs, interruptAfterTimeLimit: 8_000 },
    );
  });

  it(`turns any pasted HTML into valid release blocks (seed ${SEED + 2})`, () => {
    const toBlocks = paste.htmlToBlocks;
    console.info(`[fuzz] html paste: ${RUNS * 2} runs, seed ${SEED + 2}`);
    fc.assert(
      fc.property(htmlArb, (html) => {
        const blocks = toBlocks(html);
        const problem = passesSchema(asDocument(fuzzRelease().metadata, blocks));
        if (problem) throw new Error(`${problem}\nhtml: ${html}\nblocks: ${JSON.stringify(blocks).slice(0, 1500)}`);
        const serialised = JSON.stringify(blocks);
        if (/<script|onerror|javascript:/i.test(serialised.replace(/"text":"(?:[^"\\]|\\.)*"/g, '""'))) {
          throw new Error(`markup or a script URL survived outside text: ${serialised.slice(0, 1500)}`);
        }
      }),
      { seed: SEED + 2, numRuns: RUNS * 2 },
    );
  });
});
