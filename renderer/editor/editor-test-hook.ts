import { Editor, Transforms } from 'slate';
import type { Descendant, Range } from 'slate';
import type { HistoryEditor } from 'slate-history';
import { syncSelectionFromDom } from './selection-keys';

/**
 * A window on the editor for the Chromium property test (e2e/edit-properties.spec.ts), and nothing else: it is
 * installed only when the page was asked for it before the app started (the test's init script sets
 * `window.__pressroomEditorTestHook = 'wanted'`). No host, preload or release content can ask: they run after the
 * app's own script, or not at all under the CSP. It lets one page run hundreds of edits without reloading:
 * read the release and the selection, and put a new release in place with an empty undo history.
 */
export interface EditorTestHook {
  value(): Descendant[];
  selection(): Range | null;
  undoSteps(): number;
  setValue(nodes: Descendant[]): void;
}

declare global {
  interface Window {
    __pressroomEditorTestHook?: EditorTestHook | 'wanted';
  }
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function installEditorTestHook(editor: Editor & HistoryEditor): void {
  if (typeof window === 'undefined' || window.__pressroomEditorTestHook === undefined) return;
  window.__pressroomEditorTestHook = {
    value: () => copy(editor.children),
    // Read as a key would act on it: Slate's selection brought up to the DOM's first (selection-keys.ts).
    selection: () => {
      syncSelectionFromDom(editor);
      return copy(editor.selection);
    },
    undoSteps: () => editor.history.undos.length,
    setValue(nodes) {
      Transforms.deselect(editor);
      Editor.withoutNormalizing(editor, () => {
        for (let index = editor.children.length - 1; index >= 0; index--) Transforms.removeNodes(editor, { at: [index] });
        Transforms.insertNodes(editor, copy(nodes), { at: [0] });
      });
      Transforms.deselect(editor);
      editor.history.undos = [];
      editor.history.redos = [];
    },
  };
}
