import { Editor } from 'slate';
import type { Descendant, Editor as SlateEditor } from 'slate';
import { createReleaseEditor } from './create-release-editor';
import { DEFAULT_RELEASE_LANGUAGE } from '../languages/index';
import type { ReleaseLanguage } from '../model/types';

/** Test helpers: build an editor holding `body`, normalised as the app would load it. Used by *.test.ts only. */
export function editorWith(body: unknown[], language: ReleaseLanguage = DEFAULT_RELEASE_LANGUAGE): SlateEditor {
  const editor = createReleaseEditor({ language });
  editor.children = JSON.parse(JSON.stringify(body)) as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

export const t = (text: string, marks: { bold?: true; italic?: true } = {}) => ({ text, ...marks });
export const field = (name: string, text = '') => ({ type: 'field', name, children: [{ text }] });
export const block = (type: string, text = '') => ({ type, children: [{ text }] });
export const headline = (text = '') => block('headline', text);
export const paragraph = (text = '') => block('paragraph', text);
export const quote = (text = '', speaker = '', position = '', verb = '') => ({
  type: 'quote',
  children: [field('text', text), field('speaker', speaker), field('position', position), field('verb', verb)],
});
/** A dateline: it holds no words (its words are the release's details, core/model/types.ts). */
export const dateline = () => ({ type: 'dateline', children: [{ text: '' }] });
export const awardRow = (recipient = '', position = '', nomination = '') => ({
  type: 'award-row',
  children: [field('recipient', recipient), field('position', position), field('nomination', nomination)],
});
