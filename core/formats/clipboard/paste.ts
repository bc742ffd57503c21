import { Editor, Element, Node, Range, Transforms } from 'slate';
import { Placeholders } from '../../editing/with-placeholders';
import type { Descendant, NodeEntry } from 'slate';
import { HistoryEditor } from 'slate-history';
import '../../model/slate-types';
import { TEXT_BLOCK_TYPES } from '../../model/block-specs';
import type { TextBlockType } from '../../model/block-specs';
import type { InlineNode, ListItemElement, ReleaseBlock, ReleaseElement } from '../../model/types';
import { editorLanguage, isListType } from '../../editing/release-nodes';
import { editorHouseDash, typesetPasted } from '../../editing/with-typography';
import { languageAtCaret } from '../../editing/span-language';
import { clipboardHtmlToBlocks, clipboardTextToBlocks } from './clipboard-blocks';

/**
 * Paste into the release (docs/architecture.md, "Paste"), platform-free: the renderer's withPaste hands the
 * browser's DataTransfer here, tests hand a plain object.
 *
 * - Clipboard HTML becomes release blocks (./clipboard-blocks.ts), else plain text does; foreign markup never
 *   reaches the page.
 * - The block holding the caret keeps its type: the first pasted block's words join it (paste into the lead stays
 *   lead); a pasted headline is a section heading (a release has one headline); into a list, everything pasted
 *   becomes items of that list; into a field (a quote's, a dateline's, an award row's), one line of text.
 * - A paste is one undo step.
 */

/** What paste reads of a clipboard: the browser's DataTransfer has it. */
export interface ClipboardData {
  readonly types: readonly string[];
  getData(format: string): string;
}

/** Pastes what the clipboard holds at the selection, replacing it. False when it holds nothing to paste. */
export function pasteClipboard(editor: Editor, data: ClipboardData): boolean {
  if (!editor.selection) return false;
  const html = data.types.includes('text/html') ? data.getData('text/html') : '';
  const text = data.types.includes('text/plain') ? data.getData('text/plain') : '';
  const language = editorLanguage(editor);
  // The organisation's house dash, as typing sets it (core/editing/with-typography.ts).
  const dash = editorHouseDash(editor);
  const field = fieldAt(editor);
  if (field) {
    const line = (text || (html ? clipboardHtmlToBlocks(html, language, dash).map((block) => Node.string(block)).join(' ') : '')).replace(/\s*\n\s*/gu, ' ').trim();
    if (!line) return false;
    // Set in the language at the caret: a Kazakh quote's field in a Russian release takes Kazakh typography.
    asOneStep(editor, () => editor.insertText(typesetPasted(line, languageAtCaret(editor), textBeforeCaret(editor, field[1]), dash)));
    return true;
  }
  const blocks = (html ? safely(() => clipboardHtmlToBlocks(html, language, dash)) : []).filter(hasWords);
  const pasted = blocks.length > 0 ? blocks : clipboardTextToBlocks(text, language, dash);
  if (pasted.length === 0) return false;
  asOneStep(editor, () => {
    // A selected blank is replaced by insertFragment itself, leaving the words around it alone (deleting it first
    // would tidy the junction as Backspace does, and eat the space before it).
    if (editor.selection && Range.isExpanded(editor.selection) && !Placeholders.target(editor)) editor.deleteFragment();
    editor.insertFragment(pasted as Descendant[]);
  });
  return true;
}

/**
 * Every fragment inserted at the caret (a paste, our own copied blocks) fits the block holding the caret first;
 * see fitToCaret. Insertions at a given place (`options.at`) are left as they are.
 */
export function withPasteInsertion<T extends Editor>(editor: T): T {
  const { insertFragment } = editor;
  editor.insertFragment = (fragment, options) => {
    if (options?.at) return insertFragment(fragment, options);
    const fitted = fitToCaret(editor, fragment as Descendant[]);
    if (insertAsBlocks(editor, fitted)) return;
    insertFragment(fitted, options);
  };
  return editor;
}

/**
 * A fragment that begins or ends with a block other than a text block (a quote, a dateline, an award ceremony, a
 * list: our own blocks copied with the words around them), pasted at a caret in a text block: that block is split
 * at the caret, a text block at either end of the fragment joins the words on its side, and the other blocks go in
 * between whole. Slate's insertFragment merged the fields of such an end block into the text around the caret: a
 * copied paragraph and quote pasted into a paragraph came out as five paragraphs, the quote's verb glued to the
 * words after the caret. A part left empty beside a whole block is removed (nothing but the paste is added).
 * False when the fragment is not one (Slate's own insertion does the rest).
 */
function insertAsBlocks(editor: Editor, fragment: Descendant[]): boolean {
  const { selection } = editor;
  if (!selection || Range.isExpanded(selection) || fragment.length === 0 || !fragment.every((node) => Element.isElement(node))) return false;
  const first = fragment[0] as Descendant;
  const last = fragment[fragment.length - 1] as Descendant;
  if (isTextBlock(first) && isTextBlock(last)) return false;
  const index = selection.anchor.path[0] as number;
  const top = editor.children[index] as ReleaseElement | undefined;
  if (!top || !TEXT_TYPES.has(top.type)) return false;
  Editor.withoutNormalizing(editor, () => {
    Transforms.splitNodes(editor, { at: selection.anchor, match: (_node, path) => path.length === 1, always: true });
    let after = index + 1;
    let middle = fragment;
    if (isTextBlock(first)) {
      Transforms.insertFragment(editor, [first], { at: Editor.end(editor, [index]) });
      middle = middle.slice(1);
    }
    const closing = middle.length > 0 && isTextBlock(last) ? last : null;
    if (closing) middle = middle.slice(0, -1);
    Transforms.insertNodes(editor, middle, { at: [after] });
    after += middle.length;
    // The caret after what was pasted: where the last text block joins the words after, else at the end of the last block.
    const caretRef = Editor.pointRef(editor, closing ? Editor.start(editor, [after]) : Editor.end(editor, [after - 1]), { affinity: 'forward' });
    if (closing) Transforms.insertFragment(editor, [closing], { at: Editor.start(editor, [after]) });
    const emptyBeside = (at: number): boolean => {
      const node = editor.children[at];
      return node !== undefined && isTextBlock(node) && Node.string(node) === '' && !node.children.some((child) => Element.isElement(child));
    };
    if (!closing && emptyBeside(after)) Transforms.removeNodes(editor, { at: [after] });
    if (!isTextBlock(first) && emptyBeside(index)) Transforms.removeNodes(editor, { at: [index] });
    const point = caretRef.unref();
    if (point) Transforms.select(editor, point);
  });
  return true;
}

/** Runs a change as its own undo step (never merged into the typing before it). */
export function asOneStep(editor: Editor, change: () => void): void {
  if (!HistoryEditor.isHistoryEditor(editor)) change();
  // Already inside a step (the editor deleted the selection in a new batch before handing it the paste): the
  // paste joins that step, so one undo takes back the deletion and the paste together.
  else if (HistoryEditor.isMerging(editor) === true) change();
  else HistoryEditor.withNewBatch(editor, change);
}

const TEXT_TYPES: ReadonlySet<string> = new Set(TEXT_BLOCK_TYPES);
const isTextBlock = (node: Descendant): node is Extract<ReleaseBlock, { type: TextBlockType }> => Element.isElement(node) && TEXT_TYPES.has((node as ReleaseElement).type);

/**
 * The fragment as the block holding the caret takes it:
 * - in a list, every block becomes list items (a list's items, a text block's words, another block's text);
 * - in a text block, a headline becomes a section heading, and the first block, if it is a text block, takes the
 *   caret block's type (its words join that block); when the first is not a text block and the caret block is an
 *   empty block other than a paragraph, that block stays, empty, before what is pasted.
 */
export function fitToCaret(editor: Editor, fragment: Descendant[]): Descendant[] {
  const { selection } = editor;
  if (!selection || fragment.length === 0 || !fragment.every((node) => Element.isElement(node))) return fragment;
  const top = editor.children[selection.anchor.path[0] as number] as ReleaseElement | undefined;
  if (!top) return fragment;
  if (isListType(top.type)) return fragment.flatMap(asListItems);
  if (!TEXT_TYPES.has(top.type)) return fragment;
  const type = top.type as TextBlockType;
  const fitted = fragment.map((node) => (Element.isElement(node) && (node as ReleaseElement).type === 'headline' ? { ...node, type: 'section-heading' } : node)) as Descendant[];
  const first = fitted[0] as Descendant;
  if (isTextBlock(first)) return [{ ...first, type } as Descendant, ...fitted.slice(1)];
  if (Node.string(top) === '' && type !== 'paragraph' && !top.children.some((child) => Element.isElement(child))) {
    return [{ type, children: [{ text: '' }] } as Descendant, ...fitted];
  }
  return fitted;
}

function asListItems(node: Descendant): ListItemElement[] {
  const element = node as ReleaseElement;
  if (isListType(element.type)) return (element as Extract<ReleaseBlock, { type: 'bulleted-list' }>).children;
  if (element.type === 'list-item') return [element];
  if (TEXT_TYPES.has(element.type)) return [{ type: 'list-item', children: (element as { children: InlineNode[] }).children }];
  const text = Node.string(element);
  return text.trim() === '' ? [] : [{ type: 'list-item', children: [{ text }] }];
}

function fieldAt(editor: Editor): NodeEntry<Element> | undefined {
  return Editor.above(editor, { match: (node) => Element.isElement(node) && (node as ReleaseElement).type === 'field' });
}

function textBeforeCaret(editor: Editor, at: number[]): string {
  const { selection } = editor;
  if (!selection) return '';
  const [start] = Range.edges(selection);
  return Editor.string(editor, { anchor: Editor.start(editor, at), focus: start });
}

const hasWords = (block: ReleaseBlock): boolean => block.type === 'end-mark' || Node.string(block).trim() !== '';

function safely(read: () => ReleaseBlock[]): ReleaseBlock[] {
  try {
    return read();
  } catch {
    return [];
  }
}

