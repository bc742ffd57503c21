import type { RenderElementProps } from 'slate-react';

/** Bulleted and numbered lists. */
export function ListElement({ attributes, children, element }: RenderElementProps) {
  return element.type === 'numbered-list' ? (
    <ol {...attributes} className="block block--list">
      {children}
    </ol>
  ) : (
    <ul {...attributes} className="block block--list">
      {children}
    </ul>
  );
}
