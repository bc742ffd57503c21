import { Node, Text } from 'slate';
import type { BaseRange, Editor, NodeEntry, Path } from 'slate';
import type { FindMatch } from '../../core/editing/find-in-release';

/**
 * The find bar's highlights as Slate decorations, built once per set of matches so that typing stays fast:
 * - each highlight is filed under the Slate text node it lies in (a WeakMap keyed by the node object), so
 *   `decorate` is one lookup, and a text node an edit replaced simply has none until the matches are found again;
 * - only text nodes are decorated (an element gets none, so slate-react has nothing to split among children);
 * - a variable chip's match decorates the chip's empty text, which the chip's style (find.css) shows by `:has()`.
 * slate-react calls `decorate` for every node it renders, and for every rendered node when the function changes;
 * so the function changes only when the matches do, and the current match is drawn apart (CSS Custom Highlight,
 * find-bar.tsx), not by a new decorate.
 */

/** A decorated stretch: `find` is what render-leaf reads (the class it gives the leaf). */
export type FindDecoration = BaseRange & { find: 'match' };

export type Decorate = (entry: NodeEntry) => FindDecoration[];

/**
 * The decorate of a closed find bar, or one with no matches: always the same function, so nothing re-decorates.
 * Every call returns a new array: slate-react pushes its own decorations (the mark placeholder after Ctrl+B on a
 * caret) into the array the editor's decorate returned, so a shared empty array would carry them to every node.
 */
export const noDecorations: Decorate = () => [];

function textAt(editor: Editor, path: Path): Text | null {
  if (!Node.has(editor, path)) return null;
  const node = Node.get(editor, path);
  return Text.isText(node) ? node : null;
}

/** The highlights of one set of matches: the page's decorate, and the text nodes it decorates. */
export interface FindHighlights {
  readonly decorate: Decorate;
  readonly texts: readonly Text[];
  readonly byText: WeakMap<Text, [number, number][]>;
}

/**
 * The highlights of these matches, found in the editor's current children. With `reuse` (the highlights of the
 * same words before an edit), the same decorate is kept and only its entries change: the page is not decorated
 * anew, which on the 5 MB release is every drawn node's selector run again each time typing pauses. The text
 * nodes an edit made are drawn then anyway, with the entries they have when they are next drawn.
 */
export function highlightsFor(editor: Editor, matches: readonly FindMatch[], reuse: FindHighlights | null = null): FindHighlights {
  const byText = reuse?.byText ?? new WeakMap<Text, [number, number][]>();
  for (const text of reuse?.texts ?? []) byText.delete(text);
  const texts: Text[] = [];
  const file = (path: Path, start: number, end: number) => {
    const text = textAt(editor, path);
    if (!text) return;
    const list = byText.get(text);
    if (list) list.push([start, end]);
    else {
      byText.set(text, [[start, end]]);
      texts.push(text);
    }
  };
  for (const match of matches) {
    if (match.kind === 'variable') file(match.range.anchor.path, 0, 0);
    else for (const segment of match.segments) file(segment.path, segment.start, segment.end);
  }
  if (reuse) return { decorate: reuse.decorate, texts, byText };
  if (matches.length === 0) return { decorate: noDecorations, texts, byText };
  const decorate: Decorate = ([node, path]) => {
    if (!Text.isText(node)) return [];
    const stretches = byText.get(node);
    if (!stretches) return [];
    return stretches.map(([start, end]) => ({ anchor: { path, offset: start }, focus: { path, offset: end }, find: 'match' }));
  };
  return { decorate, texts, byText };
}
