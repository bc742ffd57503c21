import type { RenderElementProps } from 'slate-react';

export function ListItemElement({ attributes, children }: RenderElementProps) {
  return <li {...attributes}>{children}</li>;
}
