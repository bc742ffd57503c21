import type { RenderElementProps } from 'slate-react';
import { TextBlock } from './text-block-element';

/** The paragraph block. */
export function ParagraphElement(props: RenderElementProps) {
  return <TextBlock {...props} as="p" className="block--paragraph" hintKey="hint.paragraph" />;
}
