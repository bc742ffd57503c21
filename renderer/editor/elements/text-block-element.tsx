import type { RenderElementProps } from 'slate-react';
import { Node } from 'slate';
import { useElementTranslation } from '../element-translation';

/**
 * Shared by the text blocks: a tag, a class, a hint shown only while the block is empty, and optionally a
 * visible label (boilerplate, media contact). Slate's attributes stay on the outermost element.
 */
export function TextBlock({
  as: Tag,
  className,
  hintKey,
  labelKey,
  attributes,
  children,
  element,
}: RenderElementProps & { as: 'h1' | 'h2' | 'p' | 'div'; className: string; hintKey: string; labelKey?: string }) {
  const { t } = useElementTranslation();
  const empty = element.children.length === 1 && Node.string(element) === '' && !element.children.some((child) => 'type' in child);
  return (
    <Tag {...attributes} className={`block ${className}`} data-empty={empty ? 'true' : undefined}>
      {labelKey && (
        <span contentEditable={false} className="block__label">
          {t(labelKey)}
        </span>
      )}
      {empty && (
        <span contentEditable={false} className="block__hint" aria-hidden="true">
          {t(hintKey)}
        </span>
      )}
      {children}
    </Tag>
  );
}
