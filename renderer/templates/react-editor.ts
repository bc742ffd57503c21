import type { Editor } from 'slate';
import type { ReactEditor } from 'slate-react';

/**
 * The release editor as slate-react sees it. Slate's CustomTypes are declared once in core (no DOM there), so the
 * DOM half of the editor type is added here, where withReact has run.
 */
export const asReactEditor = (editor: Editor): ReactEditor => editor as unknown as ReactEditor;
