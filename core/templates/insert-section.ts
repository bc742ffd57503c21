import { Editor, Element, Node, Path, Transforms } from 'slate';
import type { PressroomDocument, ReleaseBlock } from '../model/types';

/** The blocks a section template adds, as fresh copies (placeholders and variable chips included). */
export function sectionBlocks(section: PressroomDocument): ReleaseBlock[] {
  return JSON.parse(JSON.stringify(section.body)) as ReleaseBlock[];
}

const isEmptyParagraph = (node: Node) =>
  Element.isElement(node) && node.type === 'paragraph' && Node.string(node) === '' && node.children.every((child) => 'text' in child);

/**
 * Adds a section (opening speech, quotes, award ceremony…) at the cursor: after the top-level block holding the
 * cursor, or in place of it when that block is an empty paragraph; at the end when there is no cursor.
 * The cursor lands at the start of the first inserted block. One history step.
 */
export function insertSection(editor: Editor, blocks: readonly ReleaseBlock[]): void {
  if (blocks.length === 0) return;
  const nodes = JSON.parse(JSON.stringify(blocks)) as ReleaseBlock[];
  Editor.withoutNormalizing(editor, () => {
    let at: Path;
    const selection = editor.selection;
    if (selection && editor.children.length > 0) {
      const top = [selection.anchor.path[0] ?? 0];
      const block = Node.get(editor, top);
      if (isEmptyParagraph(block)) {
        Transforms.removeNodes(editor, { at: top });
        at = top;
      } else {
        at = Path.next(top);
      }
    } else {
      at = [editor.children.length];
    }
    Transforms.insertNodes(editor, nodes, { at, select: false });
    Transforms.select(editor, Editor.start(editor, at));
  });
}
