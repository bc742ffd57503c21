import type { RenderLeafProps } from 'slate-react';

/** Bold and italic marks, and the decorations drawn over text: a find match (renderer/find) and a misspelled word's
 * squiggle (renderer/spelling), each marked by its class. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  const found = (leaf as { find?: unknown }).find === 'match';
  const misspelled = (leaf as { misspelled?: unknown }).misspelled === true;
  const className = [found ? 'find-match' : '', misspelled ? 'misspelled' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <span {...attributes} className={className}>
      {content}
    </span>
  );
}
