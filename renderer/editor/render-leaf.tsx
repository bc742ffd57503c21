import type { RenderLeafProps } from 'slate-react';

/** Bold and italic marks, and the decorations drawn over text: a misspelled word's squiggle (renderer/spelling). */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  const decorated = leaf as typeof leaf & { misspelled?: true };
  return (
    <span {...attributes} className={decorated.misspelled ? 'misspelled' : undefined}>
      {content}
    </span>
  );
}
