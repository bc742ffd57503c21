import { createEditor } from 'slate';
import type { Editor } from 'slate';
import { withHistory } from 'slate-history';
import type { HistoryEditor } from 'slate-history';
import '../model/slate-types';
import { DEFAULT_RELEASE_LANGUAGE } from '../languages/index';
import type { ReleaseLanguage } from '../model/types';
import { setEditorLanguage } from './release-nodes';
import { withPlaceholders } from './with-placeholders';
import { withReleaseEditing } from './with-release-editing';
import { withReleaseStructure } from './with-release-structure';
import { withTypography } from './with-typography';

/**
 * The release editor without any platform: structure, editing keys, template blanks, typography and history.
 * The renderer adds withReact and paste on top; tests, the CLI and the fuzzers use it as is.
 * Plugins run outermost last: history records what the others do, as one undo step per change.
 */
export function createReleaseEditor(options: { language?: ReleaseLanguage } = {}): Editor {
  const editor = withLargeSteps(withHistory(withTypography(withPlaceholders(withReleaseEditing(withReleaseStructure(createEditor()))))));
  setEditorLanguage(editor, options.language ?? DEFAULT_RELEASE_LANGUAGE);
  return editor;
}

/** Undo or redo steps of more operations than this take the quick path below. */
export const LARGE_STEP_OPERATIONS = 200;

/**
 * Undo and redo of a very large step (Ctrl+A and Backspace in a 7,700-block release is 7,700 operations) without
 * the normaliser. Slate re-checks every path it marked for normalising on every operation of a step, so a step
 * of n operations cost n² (over half a minute for that undo). An undo returns the release to the state before
 * the step and a redo to the state after it, and both were normalised when the user last saw them, so there is
 * nothing to mark. Ordinary steps keep Slate's own path (delete-across-blocks.test.ts covers both).
 */
function withLargeSteps<T extends HistoryEditor>(editor: T): T {
  const { undo, redo, getDirtyPaths } = editor;
  let restoring = false;
  editor.getDirtyPaths = (operation) => (restoring ? [] : getDirtyPaths(operation));
  const quickly = (step: () => void, stack: HistoryEditor['history']['undos']) => {
    const batch = stack[stack.length - 1];
    if (!batch || batch.operations.length <= LARGE_STEP_OPERATIONS) return step();
    restoring = true;
    try {
      step();
    } finally {
      restoring = false;
    }
  };
  editor.undo = () => quickly(undo, editor.history.undos);
  editor.redo = () => quickly(redo, editor.history.redos);
  return editor;
}
