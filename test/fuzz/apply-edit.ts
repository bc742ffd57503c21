import { Editor, Element, Node, Path, Range, Text, Transforms } from 'slate';
import type { BaseRange, Descendant, NodeEntry, Point } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { Edit } from './arbitraries';

/**
 * Applies one random Edit to an editor, resolving its random numbers against the editor's current value.
 *
 * Edits come in two kinds:
 * - user edits (typing, breaks, deleting, paste, marks, undo/redo) go through the editor's own methods, as
 *   slate-react calls them; they must never throw.
 * - structural transforms (split, merge, move, remove, insert, set type, wrap) are what plugins and commands
 *   do; Slate may refuse some arguments by throwing, which is reported back, but the editor must then still
 *   normalise into a valid release.
 */
export type EditOutcome = { applied: boolean; threw?: unknown };

export interface PasteSource {
  htmlToBlocks: ((html: string) => Descendant[]) | null;
}

const USER_EDITS = new Set<Edit['kind']>([
  'select', 'insertText', 'insertBreak', 'insertSoftBreak', 'insertFragment', 'copyPaste', 'pasteHtml',
  'deleteBackward', 'deleteForward', 'deleteRange', 'toggleMark', 'undo', 'redo',
]);
export const isUserEdit = (edit: Edit): boolean => USER_EDITS.has(edit.kind);

/** Is the code unit at `offset` the second half of a surrogate pair? A caret can never stand there. */
function insideSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** A caret position picked from every text node and offset in the document. */
export function pointAt(editor: Editor, n: number): Point | null {
  const texts = [...Node.texts(editor)];
  if (texts.length === 0) return null;
  const [node, path] = texts[n % texts.length] as NodeEntry<Text>;
  let offset = Math.floor(n / texts.length) % (node.text.length + 1);
  if (insideSurrogatePair(node.text, offset)) offset -= 1;
  return { path, offset };
}

function rangeAt(editor: Editor, a: number, b: number): BaseRange | null {
  const anchor = pointAt(editor, a);
  const focus = pointAt(editor, b);
  return anchor && focus ? { anchor, focus } : null;
}

function nodePathAt(editor: Editor, n: number): Path | null {
  const paths = [...Node.nodes(editor)].map(([, path]) => path).filter((path) => path.length > 0);
  return paths.length === 0 ? null : (paths[n % paths.length] as Path);
}

function blockPathAt(editor: Editor, n: number): Path | null {
  return editor.children.length === 0 ? null : [n % editor.children.length];
}

function selectAt(editor: Editor, n: number): boolean {
  const point = pointAt(editor, n);
  if (!point) return false;
  Transforms.select(editor, point);
  return true;
}

export function applyEdit(editor: Editor & HistoryEditor, edit: Edit, paste: PasteSource): EditOutcome {
  try {
    return { applied: run(editor, edit, paste) };
  } catch (threw) {
    return { applied: false, threw };
  }
}

function run(editor: Editor & HistoryEditor, edit: Edit, paste: PasteSource): boolean {
  switch (edit.kind) {
    case 'select': {
      const range = rangeAt(editor, edit.anchor, edit.focus);
      if (!range) return false;
      Transforms.select(editor, range);
      return true;
    }
    case 'insertText':
      if (!selectAt(editor, edit.at)) return false;
      editor.insertText(edit.text);
      return true;
    case 'insertBreak':
      if (!selectAt(editor, edit.at)) return false;
      editor.insertBreak();
      return true;
    case 'insertSoftBreak':
      if (!selectAt(editor, edit.at)) return false;
      editor.insertSoftBreak();
      return true;
    case 'splitNodes': {
      const at = pointAt(editor, edit.at);
      if (!at) return false;
      Transforms.splitNodes(editor, { at, always: edit.always });
      return true;
    }
    case 'mergeNodes': {
      const at = nodePathAt(editor, edit.node);
      if (!at || at[at.length - 1] === 0) return false;
      Transforms.mergeNodes(editor, { at });
      return true;
    }
    case 'moveNodes': {
      const at = nodePathAt(editor, edit.node);
      const to = nodePathAt(editor, edit.to);
      if (!at || !to || Path.equals(at, to) || Path.isAncestor(at, to)) return false;
      Transforms.moveNodes(editor, { at, to });
      return true;
    }
    case 'removeNodes': {
      const at = nodePathAt(editor, edit.node);
      if (!at) return false;
      Transforms.removeNodes(editor, { at });
      return true;
    }
    case 'insertNodes':
      Transforms.insertNodes(editor, structuredClone(edit.block), { at: [edit.index % (editor.children.length + 1)] });
      return true;
    case 'insertStrayNodes': {
      const at = nodePathAt(editor, edit.at);
      if (!at) return false;
      Transforms.insertNodes(editor, structuredClone(edit.node) as Node, { at });
      return true;
    }
    case 'setBlockType': {
      const at = blockPathAt(editor, edit.block);
      if (!at) return false;
      Transforms.setNodes<Element>(editor, { type: edit.type } as Partial<Element>, { at });
      return true;
    }
    case 'insertFragment':
      if (!selectAt(editor, edit.at)) return false;
      editor.insertFragment(structuredClone(edit.blocks));
      return true;
    case 'copyPaste': {
      const range = rangeAt(editor, edit.from, edit.to);
      if (!range) return false;
      const fragment = structuredClone(Editor.fragment(editor, range));
      if (!selectAt(editor, edit.at)) return false;
      editor.insertFragment(fragment);
      return true;
    }
    case 'pasteHtml': {
      if (!paste.htmlToBlocks) return false;
      const blocks = paste.htmlToBlocks(edit.html);
      if (!selectAt(editor, edit.at)) return false;
      if (blocks.length > 0) editor.insertFragment(blocks);
      return true;
    }
    case 'deleteBackward':
      if (!selectAt(editor, edit.at)) return false;
      editor.deleteBackward(edit.unit);
      return true;
    case 'deleteForward':
      if (!selectAt(editor, edit.at)) return false;
      editor.deleteForward(edit.unit);
      return true;
    case 'deleteRange': {
      const range = rangeAt(editor, edit.anchor, edit.focus);
      if (!range) return false;
      Transforms.select(editor, range);
      if (Range.isCollapsed(range)) editor.deleteBackward('character');
      else editor.deleteFragment();
      return true;
    }
    case 'toggleMark': {
      const range = rangeAt(editor, edit.anchor, edit.focus);
      if (!range) return false;
      Transforms.select(editor, range);
      const marks = Editor.marks(editor);
      if (marks?.[edit.mark]) editor.removeMark(edit.mark);
      else editor.addMark(edit.mark, true);
      return true;
    }
    case 'wrapLink': {
      const range = rangeAt(editor, edit.anchor, edit.focus);
      if (!range || Range.isCollapsed(range)) return false;
      Transforms.wrapNodes(editor, { type: 'link', url: edit.url, children: [] }, { at: range, split: true });
      return true;
    }
    case 'undo':
      editor.undo();
      return true;
    case 'redo':
      editor.redo();
      return true;
  }
}
