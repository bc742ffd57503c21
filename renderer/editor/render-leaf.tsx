import type { RenderLeafProps } from 'slate-react';

/** Bold and italic marks; a find match (a decoration of the find bar, renderer/find) is marked by its class. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  const found = (leaf as { find?: unknown }).find === 'match';
  return (
    <span {...attributes} className={found ? 'find-match' : undefined}>
      {content}
    </span>
  );
}
