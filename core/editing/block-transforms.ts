import { Editor, Element, Node, Range, Text, Transforms } from 'slate';
import type { Descendant } from 'slate';
import '../model/slate-types';
import { safeUrl } from '../model/safe-url';
import { BLOCK_SPECS } from '../model/block-specs';
import type { FieldName, InlineNode, LinkElement, ReleaseBlockType, ReleaseElement } from '../model/types';
import { editorLanguage, emptyBlock, emptyField, inlineContent, isBlockType, isFieldContainerType, isListType, isTextBlockType } from './release-nodes';
import { isBare } from './content-controls';
import { inlinesToQuote, isQuote, quoteToInlines } from './quote-paragraph';

/** Commands of the toolbar and the block menu, platform-free. */

export type Mark = 'bold' | 'italic';

export function isMarkActive(editor: Editor, mark: Mark): boolean {
  const marks = Editor.marks(editor) as Partial<Record<Mark, boolean>> | null;
  return marks?.[mark] === true;
}

export function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

/** Index of the top-level block holding the cursor (the start of the selection), or null. */
export function currentBlockIndex(editor: Editor): number | null {
  const selection = editor.selection;
  if (!selection) return null;
  const index = Range.start(selection).path[0];
  return index === undefined ? null : index;
}

/** The type of the top-level block holding the cursor. */
export function currentBlockType(editor: Editor): ReleaseBlockType | null {
  const index = currentBlockIndex(editor);
  if (index === null || !Node.has(editor, [index])) return null;
  return (Node.get(editor, [index]) as ReleaseElement).type as ReleaseBlockType;
}

/**
 * Turns the top-level block at the cursor into `type`, keeping its words:
 * text blocks and lists swap types; into a dateline or ceremony the words go to the first field; out of one,
 * each non-empty field becomes a block. A quote becomes ONE block written as the exports write it, blanks and
 * chips kept, and a written quote turns back into its fields (quote-paragraph.ts). The end mark is inserted
 * after the block instead.
 */
export function setBlockType(editor: Editor, type: ReleaseBlockType): void {
  const index = currentBlockIndex(editor);
  if (index === null) return;
  const at = [index];
  const block = Node.get(editor, at) as ReleaseElement;
  if (block.type === type) return;

  if (type === 'end-mark') {
    const empty = Node.string(block) === '' && isTextBlockType(block.type) && index > 0;
    Editor.withoutNormalizing(editor, () => {
      if (empty) Transforms.removeNodes(editor, { at });
      const place = empty ? index : index + 1;
      Transforms.insertNodes(editor, [emptyBlock('end-mark'), { type: 'paragraph', children: [{ text: '' }] }], { at: [place] });
      Transforms.select(editor, Editor.start(editor, [place + 1]));
    });
    return;
  }

  // Lines of content: one per list item or non-empty field, or the block's own inlines.
  const from = isBlockType(block.type) ? BLOCK_SPECS[block.type].content.kind : 'text';
  const kindTo = BLOCK_SPECS[type].content.kind;
  let lines: InlineNode[][];
  if (type === 'quote' && from === 'text') {
    const quote = inlinesToQuote(editor, inlineContent(block));
    if (quote) return replaceBlock(editor, index, [quote as Descendant], [index, 0]);
  }
  if (isQuote(block) && (kindTo === 'text' || kindTo === 'list')) {
    lines = [quoteToInlines(editor, block, editorLanguage(editor))];
  } else if (from === 'list' || from === 'fields' || from === 'rows') {
    lines = (block.children as Node[])
      .flatMap((child) => (Element.isElement(child) && isFieldContainerType(child.type) ? (child.children as Node[]) : [child]))
      // A field with a blank or a chip and no words keeps them (they were dropped silently).
      .filter((child) => !isBare(child))
      .map((child) => inlineContent(child));
    if (lines.length === 0) lines = [[{ text: '' }]];
  } else if (from === 'empty') {
    lines = [[{ text: '' }]];
  } else {
    lines = [inlineContent(block)];
  }

  // What the new block holds is what its entry in BLOCK_SPECS says.
  const kind = BLOCK_SPECS[type].content.kind;
  const container = kind === 'fields' || kind === 'rows';
  let replacement: Descendant[];
  if (isListType(type)) {
    replacement = [{ type, children: lines.map((children) => ({ type: 'list-item' as const, children })) }];
  } else if (container) {
    // Into a dateline, quote or ceremony the words go to its first field.
    const block = emptyBlock(type) as { children: (Descendant & { name: FieldName })[] };
    const [first] = block.children;
    if (first) block.children[0] = emptyField(first.name, join(lines)) as Descendant & { name: FieldName };
    replacement = [block as Descendant];
  } else {
    replacement = lines.map((children) => ({ type, children }) as Descendant);
  }

  // Into a dateline, quote or ceremony the cursor goes to the end of the first field, where the words went.
  replaceBlock(editor, index, replacement, container ? [index, 0] : [index]);
}

function replaceBlock(editor: Editor, index: number, replacement: Descendant[], caretAtEndOf: number[]): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: [index] });
    Transforms.insertNodes(editor, replacement, { at: [index] });
    Transforms.select(editor, Editor.end(editor, caretAtEndOf));
  });
}

/** Joins several lines of inlines with spaces. */
function join(lines: InlineNode[][]): InlineNode[] {
  return lines.flatMap((line, index) => (index === 0 ? line : [{ text: ' ' }, ...line]));
}

/** The link at the cursor, if any. */
export function activeLink(editor: Editor): LinkElement | null {
  const [entry] = Editor.nodes(editor, { match: (n) => Element.isElement(n) && n.type === 'link' });
  return entry ? (entry[0] as LinkElement) : null;
}

/**
 * Links the selection (or inserts the URL as linked text at a collapsed cursor). Refuses anything but
 * http, https and mailto: returns false and changes nothing.
 */
export function setLink(editor: Editor, candidate: string): boolean {
  const url = safeUrl(candidate);
  if (url === null || !editor.selection) return false;
  if (activeLink(editor)) {
    Transforms.setNodes(editor, { url }, { match: (n) => Element.isElement(n) && n.type === 'link' });
    return true;
  }
  if (Range.isCollapsed(editor.selection)) {
    Transforms.insertNodes(editor, { type: 'link', url, children: [{ text: candidate.trim() }] });
  } else {
    Transforms.wrapNodes(editor, { type: 'link', url, children: [] }, { split: true });
    Transforms.collapse(editor, { edge: 'end' });
  }
  return true;
}

export function removeLink(editor: Editor): void {
  Transforms.unwrapNodes(editor, { match: (n) => Element.isElement(n) && n.type === 'link' });
}

/** Selects the start of the top-level block `index` (outline jumps). */
export function selectBlock(editor: Editor, index: number): void {
  if (!Node.has(editor, [index])) return;
  const first = Editor.start(editor, [index]);
  Transforms.select(editor, first);
}

/** True when the node is plain text with no marks. */
export const isPlainText = (node: Node): boolean => Text.isText(node) && !node.bold && !node.italic;
