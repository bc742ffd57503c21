import { withReact } from 'slate-react';
import type { ReactEditor } from 'slate-react';
import type { Editor } from 'slate';
import { createReleaseEditor } from '../../core/editing/create-release-editor';
import type { ReleaseLanguage } from '../../core/model/types';
import { withCopy } from './with-copy';
import { withPaste } from './with-paste';

export type ReleaseReactEditor = Editor & ReactEditor;

/** Top-level blocks per chunk: slate-react then re-renders only the chunk that changed (big documents). */
export const CHUNK_SIZE = 50;

/** The platform-free release editor plus the DOM: withReact, paste that never inserts foreign HTML, copy as the exports write. */
export function createReactReleaseEditor(language: ReleaseLanguage): ReleaseReactEditor {
  const editor = withCopy(withPaste(withReact(createReleaseEditor({ language }) as Editor & ReactEditor)));
  editor.getChunkSize = (node) => (node === editor ? CHUNK_SIZE : null);
  return editor;
}
