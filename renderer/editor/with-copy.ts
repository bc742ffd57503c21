import { Editor, Element, Node, Path, Range } from 'slate';
import type { Descendant, NodeEntry, Point } from 'slate';
import type { ReactEditor } from 'slate-react';
import { copiedForOtherPrograms } from '../../core/formats/clipboard/copy';
import type { FormatOptions } from '../../core/formats/release-content';
import type { ReleaseBlock, ReleaseElement, ReleaseMetadata } from '../../core/model/types';

/** What a copy needs beside the words: the release's details (variables, city and date) and the organisation's formats. */
export type CopySource = () => { metadata: ReleaseMetadata; options: FormatOptions };

const sources = new WeakMap<Editor, CopySource>();

/** Tells an editor's copies where the release's details are (the app, once its session has the editor). */
export function setCopySource(editor: Editor, source: CopySource): void {
  sources.set(editor, source);
}

/**
 * Copy and cut for other programs: slate-react's data stays (the Slate fragment, which our own paste reads, also
 * inside the HTML as its data-slate-fragment attribute), and the HTML and plain text are replaced by the copied
 * words as the exports write them (core/formats/clipboard/copy.ts). slate-react's own were the page's DOM: a quote
 * pasted into Word or a CMS came with «Цитата», «Спикер», «Глагол» and an empty field's hint between its words.
 */
export function withCopy<T extends Editor & ReactEditor>(editor: T): T {
  const { setFragmentData } = editor;
  editor.setFragmentData = (data, originEvent) => {
    setFragmentData(data, originEvent);
    const source = sources.get(editor);
    const { selection } = editor;
    if (!source || !selection || Range.isCollapsed(selection)) return;
    try {
      const { metadata, options } = source();
      const { html, text } = copiedForOtherPrograms(copiedBlocks(editor, selection), metadata, options);
      const fragment = data.getData('application/x-slate-fragment');
      data.setData('text/html', /^[A-Za-z0-9+/=]+$/u.test(fragment) ? `<div data-slate-fragment="${fragment}">${html}</div>` : html);
      data.setData('text/plain', text);
    } catch {
      // Not a fragment the exports can write: slate-react's data stays as it was.
    }
  };
  return editor;
}

const isField = (node: Node): boolean => Element.isElement(node) && (node as ReleaseElement).type === 'field';

/** The copied blocks: within one field (part of a quote's words, a name), that field's words alone as a paragraph. */
function copiedBlocks(editor: Editor, selection: Range): ReleaseBlock[] {
  const [start, end] = Range.edges(selection);
  const field = Editor.above(editor, { at: start, match: isField }) as NodeEntry<Element> | undefined;
  const endField = Editor.above(editor, { at: end, match: isField });
  if (field && endField && Path.equals(field[1], endField[1])) {
    const [node, path] = field;
    const inside = (point: Point): Point => ({ path: point.path.slice(path.length), offset: point.offset });
    const words = Node.fragment(node, { anchor: inside(start), focus: inside(end) }) as Descendant[];
    return [{ type: 'paragraph', children: words } as unknown as ReleaseBlock];
  }
  return Editor.fragment(editor, selection) as unknown as ReleaseBlock[];
}

