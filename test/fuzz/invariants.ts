import { Editor, Node, Text } from 'slate';
import type { Descendant } from 'slate';
import { readDocumentText, validateDocument, writeDocumentText } from '../../core/model/document-file';
import { CURRENT_VERSION } from '../../core/model/types';
import type { PressroomDocument, ReleaseBlock } from '../../core/model/types';

/**
 * The invariants every fuzzed edit sequence must keep. Each returns a problem in words, or null.
 * They are plain functions (no test framework) so a failing case can be replayed by hand.
 */

/** Counts the operations an editor applies, to tell whether normalisation has settled. */
export function countOperations(editor: Editor): { readonly count: number } {
  const counter = { count: 0 };
  const apply = editor.apply;
  editor.apply = (operation) => {
    counter.count += 1;
    apply(operation);
  };
  return counter;
}

/**
 * Forces a full normalisation. Slate itself stops a normaliser that never settles after 42 passes per dirty
 * path and throws "Could not completely normalize"; that and any other throw is reported. A second forced
 * pass must then change nothing.
 */
export function normalisationSettles(editor: Editor, counter: { readonly count: number }): string | null {
  try {
    Editor.normalize(editor, { force: true });
  } catch (error) {
    return `normalisation threw: ${(error as Error).message}`;
  }
  const before = counter.count;
  try {
    Editor.normalize(editor, { force: true });
  } catch (error) {
    return `second normalisation threw: ${(error as Error).message}`;
  }
  const changed = counter.count - before;
  return changed === 0 ? null : `normalisation did not settle: a second full pass applied ${changed} more operation(s)`;
}

/** The selection must point at existing text nodes within their length (else slate-react cannot map it to the DOM). */
export function selectionIsValid(editor: Editor): string | null {
  const { selection } = editor;
  if (!selection) return null;
  for (const [name, point] of [['anchor', selection.anchor], ['focus', selection.focus]] as const) {
    if (!Node.has(editor, point.path)) return `selection ${name} points at a missing node ${JSON.stringify(point.path)}`;
    const node = Node.get(editor, point.path);
    if (!Text.isText(node)) return `selection ${name} points at an element, not text: ${JSON.stringify(point.path)}`;
    if (point.offset < 0 || point.offset > node.text.length) return `selection ${name} offset ${point.offset} is outside "${node.text}"`;
  }
  return null;
}

export function asDocument(metadata: PressroomDocument['metadata'], body: Descendant[]): PressroomDocument {
  return { format: 'pressroom', version: CURRENT_VERSION, metadata, body: body as ReleaseBlock[] };
}

export function passesSchema(document: PressroomDocument): string | null {
  const result = validateDocument(structuredClone(document));
  return result.ok ? null : `schema: ${result.problem.detail}`;
}

/** Saving and reopening gives back exactly the same document. */
export function roundTrips(document: PressroomDocument): string | null {
  const text = writeDocumentText(document);
  const reopened = readDocumentText(text);
  if (!reopened.ok) return `reopening the saved text failed: ${reopened.problem.reason} ${reopened.problem.detail}`;
  const saved = canonicalJson(JSON.parse(JSON.stringify(document)));
  const again = canonicalJson(reopened.document);
  return again === saved ? null : 'the reopened document differs from the saved one';
}

/** JSON with object keys sorted, so two equal values print the same whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
