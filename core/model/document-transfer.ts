import type { PressroomDocument } from './types';

/**
 * The release as it travels to the host for autosave and save: JSON text instead of an object.
 *
 * Why text: Electron's IPC structured-clones an object on the renderer's main thread, walking every node of the
 * release (30–40 ms for a ~5 MB release, on every autosave). A string crosses as one copy. Stringifying the whole
 * release each time would cost as much, so each top-level block's JSON is kept, keyed by the block object itself:
 * Slate never changes a node in place, it replaces every node on the path of an edit and keeps the rest, so after
 * a key press only the edited block is new and is the only one stringified again. A block that undo brings back
 * is the very object that was there before, with the same content, so its JSON is still right.
 *
 * The text is exactly `JSON.stringify(document)` (proven on random edit sequences in
 * test/fuzz/document-transfer.test.ts); the host reads it with document-file.ts's readDocumentTransfer and writes
 * the file in its usual form (writeDocumentText). This module imports no schema: the renderer bundles it, and
 * zod probes for eval, which the renderer's Content-Security-Policy reports.
 */
export interface DocumentTransfer {
  /** The document's compact JSON text, identical to `JSON.stringify(document)`. */
  textOf(document: PressroomDocument): string;
  /**
   * Stringifies blocks not yet known, in order, until `budgetMs` is spent; true when every block of `body` is
   * known. After a big release is opened, the renderer calls it in idle slices so the first autosave does not
   * stringify thousands of blocks in one task.
   */
  warm(body: readonly unknown[], budgetMs: number, now?: () => number): boolean;
}

export function createDocumentTransfer(): DocumentTransfer {
  const blockTexts = new WeakMap<object, string>();

  function blockText(block: unknown): string {
    if (typeof block !== 'object' || block === null) return JSON.stringify(block) ?? 'null';
    let text = blockTexts.get(block);
    if (text === undefined) {
      // `?? 'null'`: what JSON.stringify writes for an array element it cannot represent.
      text = JSON.stringify(block) ?? 'null';
      blockTexts.set(block, text);
    }
    return text;
  }

  function textOf(document: PressroomDocument): string {
    const members: string[] = [];
    // The envelope and the metadata are small: written afresh every time, in the object's own key order, as
    // JSON.stringify would (members whose value has no JSON form are left out, as it leaves them out).
    for (const [key, value] of Object.entries(document)) {
      const valueText = key === 'body' && Array.isArray(value) ? `[${Array.from(value, blockText).join(',')}]` : (JSON.stringify(value) as string | undefined);
      if (valueText !== undefined) members.push(`${JSON.stringify(key)}:${valueText}`);
    }
    return `{${members.join(',')}}`;
  }

  function warm(body: readonly unknown[], budgetMs: number, now: () => number = Date.now): boolean {
    const started = now();
    for (const block of body) {
      if (typeof block !== 'object' || block === null || blockTexts.has(block)) continue;
      blockText(block);
      if (now() - started >= budgetMs) return false;
    }
    return true;
  }

  return { textOf, warm };
}
