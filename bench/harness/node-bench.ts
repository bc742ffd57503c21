import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDocumentText, readDocumentTransfer, validateDocument, writeDocumentText } from '../../core/model/document-file';
import type { PressroomDocument } from '../../core/model/types';
import { createDocumentService } from '../../electron/services/documents';
import { createRecoveryStore, encodeDraft } from '../../electron/services/recovery';
import { Editor, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { HistoryEditor } from 'slate-history';
import { perBlock } from '../../core/editing/block-cache';
import { createReleaseEditor } from '../../core/editing/create-release-editor';
import { countBlock, countWords } from '../../core/editing/count-words';
import { outlineEntryOf, releaseOutline } from '../../core/editing/release-outline';
import { listUnfilledPlaceholders, placeholdersIn } from '../../core/templates/placeholders';
import { summarise } from './stats';
import type { Summary } from './stats';

/**
 * The Node side of a big document: what the desktop host's services spend opening, autosaving and saving it.
 * Each step runs `rounds` times after one warm-up; the figures are per run.
 */
export interface NodeStep {
  step: string;
  summary: Summary;
}

async function timed(rounds: number, run: () => unknown): Promise<Summary> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return summarise(times);
}

const noDialogs = {
  chooseFileToOpen: async () => null,
  chooseFilesToOpen: async () => [],
  chooseSavePath: async () => null,
  chooseFolder: async () => null,
};

export async function benchDocumentServices(document: PressroomDocument, rounds = 7): Promise<NodeStep[]> {
  const folder = await mkdtemp(join(tmpdir(), 'pressroom-bench-'));
  try {
    const path = join(folder, 'big-release.pressroom');
    const text = writeDocumentText(document);
    await writeFile(path, text);
    const service = createDocumentService({ userDataDir: join(folder, 'user-data'), dialogs: noDialogs, interfaceLanguage: async () => 'ru', documentsDir: folder });
    const recovery = createRecoveryStore(join(folder, 'user-data'));
    const steps: NodeStep[] = [];
    const step = async (name: string, run: () => unknown): Promise<void> => {
      steps.push({ step: name, summary: await timed(rounds, run) });
    };

    // Open: read + parse + validate (+ migrate), then the whole service call (stat, read, UTF-8, stamp).
    await step('open: JSON.parse', () => JSON.parse(text));
    await step('open: parse + validate (core readDocumentText)', () => {
      if (!readDocumentText(text).ok) throw new Error('the big release does not validate');
    });
    let stamp = null as null | { mtimeMs: number; size: number; sha256: string };
    await step('open: whole service call (documents.openDocument)', async () => {
      const reply = await service.openDocument({ path });
      if (reply.status !== 'opened') throw new Error(`open failed: ${JSON.stringify(reply)}`);
      stamp = reply.file.stamp;
    });

    // Autosave: the draft's serialisation and schema check, then the recovery store's whole atomic write.
    await step('autosave: JSON.stringify (writeDocumentText)', () => writeDocumentText(document));
    await step('autosave: schema validation (validateDocument)', () => {
      if (!validateDocument(document).ok) throw new Error('invalid');
    });
    // What the renderer sends (core/model/document-transfer.ts); the host parses and validates it first.
    const documentText = JSON.stringify(document);
    await step('autosave/save: read the sent text (readDocumentTransfer: parse + validate)', () => {
      if (!readDocumentTransfer(documentText).ok) throw new Error('invalid');
    });
    await step('autosave: encode draft (stringify + SHA-256 header)', () => encodeDraft({ draftId: 'bench', path, name: 'big-release', document }));
    await step('autosave: whole store call (recovery.save, atomic write)', async () => {
      const result = await recovery.save({ draftId: 'bench', path, name: 'big-release', documentText });
      if (!result.ok) throw new Error(`autosave failed: ${String(result.error)}`);
    });

    // Save: validate + stringify + compare with disk + backup + atomic write (temp, fsync, rename, fsync folder).
    await step('save: whole service call (documents.saveDocument)', async () => {
      const reply = await service.saveDocument({ path, documentText, stamp });
      if (reply.status !== 'saved') throw new Error(`save failed: ${JSON.stringify(reply)}`);
      stamp = reply.stamp;
    });
    // What the renderer would pay on every keystroke if it recounted the whole release (status bar, outline).
    await step('per edit, if whole-body: word count (core countWords)', () => countWords(document.body));
    await step('per edit, if whole-body: outline (core releaseOutline)', () => releaseOutline(document.body));
    await step('per edit, if whole-body: unfilled blanks (core listUnfilledPlaceholders)', () => listUnfilledPlaceholders(document.body));
    // What the renderer pays with its per-block caches (core/editing/block-cache.ts): one block edited per run
    // (a copy of the middle block, as Slate replaces an edited block), the others looked up.
    const countOf = perBlock(countBlock);
    const entryOf = perBlock(outlineEntryOf);
    const blanksIn = perBlock(placeholdersIn);
    const middle = Math.floor(document.body.length / 2);
    const edited = () => document.body.map((block, index) => (index === middle ? { ...block } : block));
    await step('per edit, cached per block: word count', () => countWords(edited(), countOf));
    await step('per edit, cached per block: outline', () => releaseOutline(edited(), entryOf));
    await step('per edit, cached per block: unfilled blanks', () => listUnfilledPlaceholders(edited(), blanksIn));

    // Editing the whole release at once (core/editing): Ctrl+A and Backspace, then Ctrl+Z, on the real editor.
    // Slate's own delete took about a minute here and the undo over half a minute (with-release-editing.ts).
    const deletions: number[] = [];
    const undos: number[] = [];
    for (let round = 0; round <= rounds; round += 1) {
      const editor = createReleaseEditor({ language: document.metadata.language }) as Editor & HistoryEditor;
      editor.children = structuredClone(document.body) as Descendant[];
      Transforms.select(editor, Editor.range(editor, []));
      let start = performance.now();
      editor.deleteFragment();
      const deleted = performance.now() - start;
      start = performance.now();
      HistoryEditor.undo(editor);
      const undone = performance.now() - start;
      if (editor.children.length !== document.body.length) throw new Error('the undo did not bring every block back');
      // The first round warms up.
      if (round > 0) {
        deletions.push(deleted);
        undos.push(undone);
      }
    }
    steps.push({ step: 'edit: select all + delete (core deleteFragment, whole release)', summary: summarise(deletions) });
    steps.push({ step: 'edit: undo that deletion (slate-history, through withLargeSteps)', summary: summarise(undos) });

    const saved = await readFile(path, 'utf8');
    if (saved !== text) throw new Error('the saved file differs from the document written');
    return steps;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
