import type { RenderElementProps } from 'slate-react';
import { TextBlock } from './text-block-element';

/** The section heading block. */
export function SectionHeadingElement(props: RenderElementProps) {
  return <TextBlock {...props} as="h2" className="block--section-heading" hintKey="hint.section-heading" />;
}
