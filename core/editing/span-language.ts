import { Editor, Element, Node, Range, Text, Transforms } from 'slate';
import type { Descendant, Path } from 'slate';
import { HistoryEditor } from 'slate-history';
import '../model/slate-types';
import { RELEASE_LANGUAGES } from '../model/types';
import type { ReleaseLanguage } from '../model/types';
import { editorLanguage, setEditorLanguage } from './release-nodes';

/**
 * Words marked as written in another language than the release's: a Kazakh quote in a Russian release, an English
 * name of a programme in a Kazakh one. The mark is `lang` on text leaves (FormattedText). What follows it:
 * - spelling: a marked word goes to its language's speller (core/spelling/text-spelling.ts: a mark beats detection);
 * - typography: as you type, on paste and the Typography command (with-typography.ts), by its language's rules;
 * - the checklist's straight-quote and dash rules and its misspelled words;
 * - exports: HTML `<span lang="kk">`, Word's run language (`w:lang`); Markdown writes the words only.
 * A mark equal to the release's language says nothing and is dropped, so two neighbours differing only by it merge.
 */

const LANGUAGES: ReadonlySet<string> = new Set(RELEASE_LANGUAGES);
export const isReleaseLanguage = (value: unknown): value is ReleaseLanguage => typeof value === 'string' && LANGUAGES.has(value);

/** The language a text leaf is written in: its mark, else the release's. */
export const languageOfText = (text: Text, releaseLanguage: ReleaseLanguage): ReleaseLanguage => text.lang ?? releaseLanguage;

/** Whether a leaf's `lang` must go: not a release language, the release's own, or on the empty text of a void. */
export function isRedundantMark(text: Text, releaseLanguage: ReleaseLanguage, inVoid: boolean): boolean {
  const lang = (text as { lang?: unknown }).lang;
  if (lang === undefined) return false;
  return inVoid || !isReleaseLanguage(lang) || lang === releaseLanguage;
}

/**
 * Marks the selection as written in `language` (null or the release's language: takes the mark away), as one undo
 * step. A caret alone sets what is typed next, as bold does. Blanks and chips keep no mark.
 */
export function setSelectionLanguage(editor: Editor, language: ReleaseLanguage | null): void {
  const selection = editor.selection;
  if (!selection) return;
  const mark = language === null || language === editorLanguage(editor) ? null : language;
  if (Range.isCollapsed(selection)) {
    if (mark) Editor.addMark(editor, 'lang', mark);
    else Editor.removeMark(editor, 'lang');
    return;
  }
  HistoryEditor.withNewBatch(editor, () => {
    const options = { match: (node: Node, path: Path) => Text.isText(node) && !inVoid(editor, path), split: true } as const;
    if (mark) Transforms.setNodes(editor, { lang: mark }, options);
    else Transforms.unsetNodes(editor, 'lang', options);
  });
}

function inVoid(editor: Editor, path: Path): boolean {
  if (path.length < 2) return false;
  const parent = Node.get(editor, path.slice(0, -1));
  return Element.isElement(parent) && editor.isVoid(parent);
}

/**
 * The language of the selection, for the menu's tick: the mark every selected leaf shares ('mixed' when they
 * differ), the release's language for unmarked words.
 */
export function selectionLanguage(editor: Editor): ReleaseLanguage | 'mixed' | null {
  const selection = editor.selection;
  if (!selection) return null;
  const release = editorLanguage(editor);
  if (Range.isCollapsed(selection) && editor.marks) return editor.marks.lang ?? release;
  const found = new Set<ReleaseLanguage>();
  for (const [node] of Editor.nodes(editor, { at: selection, match: Text.isText })) {
    if (Range.isExpanded(selection) && node.text === '') continue;
    found.add(languageOfText(node, release));
  }
  if (found.size === 0) return release;
  return found.size === 1 ? ([...found][0] as ReleaseLanguage) : 'mixed';
}

/** The language typed text takes at the caret: what is set for the next letters, else the leaf's. */
export function languageAtCaret(editor: Editor): ReleaseLanguage {
  const release = editorLanguage(editor);
  if (editor.marks) return editor.marks.lang ?? release;
  const selection = editor.selection;
  if (!selection) return release;
  try {
    const leaf = Node.get(editor, selection.anchor.path);
    return Text.isText(leaf) ? languageOfText(leaf, release) : release;
  } catch {
    return release;
  }
}

/**
 * The release's language changed: marks of the new language now say nothing and go (not an undo step of their own:
 * the language is the release's details, not its text).
 */
export function changeReleaseLanguage(editor: Editor, language: ReleaseLanguage): void {
  setEditorLanguage(editor, language);
  const redundant = [...Node.texts(editor)].filter(([node]) => node.lang === language).map(([, path]) => path);
  if (redundant.length === 0) return;
  HistoryEditor.withoutSaving(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      for (const path of redundant) Transforms.unsetNodes(editor, 'lang', { at: path });
    });
  });
}

/**
 * The same for nodes that are not in an editor (an imported or pasted release): a copy with every redundant mark
 * (or 'every mark') dropped and neighbours that now agree merged.
 */
export function withoutRedundantMarks<N extends Descendant>(nodes: readonly N[], releaseLanguage: ReleaseLanguage | 'every mark', inVoidParent = false): N[] {
  const out: N[] = [];
  let droppedBefore = false;
  for (const node of nodes) {
    if (Text.isText(node)) {
      const dropped = node.lang !== undefined && (releaseLanguage === 'every mark' || isRedundantMark(node, releaseLanguage, inVoidParent));
      let text: Text = node;
      if (dropped) {
        const { lang: _lang, ...rest } = node;
        text = rest;
      }
      const previous = out[out.length - 1];
      if ((dropped || droppedBefore) && previous && Text.isText(previous) && sameMarks(previous, text)) out[out.length - 1] = { ...previous, text: previous.text + text.text } as N;
      else out.push(text as N);
      droppedBefore = dropped;
      continue;
    }
    droppedBefore = false;
    const element = node as Element;
    const isVoid = element.type === 'placeholder' || element.type === 'variable' || element.type === 'dateline' || element.type === 'end-mark';
    out.push({ ...element, children: withoutRedundantMarks(element.children as Descendant[], releaseLanguage, isVoid) } as N);
  }
  return out;
}

const sameMarks = (a: Text, b: Text): boolean => a.bold === b.bold && a.italic === b.italic && a.lang === b.lang;
