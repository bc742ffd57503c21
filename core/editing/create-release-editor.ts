import { createEditor } from 'slate';
import type { Editor } from 'slate';
import { withHistory } from 'slate-history';
import '../model/slate-types';
import type { Language } from '../model/types';
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
export function createReleaseEditor(options: { language?: Language } = {}): Editor {
  const editor = withHistory(withTypography(withPlaceholders(withReleaseEditing(withReleaseStructure(createEditor())))));
  setEditorLanguage(editor, options.language ?? 'ru');
  return editor;
}
