import type { RenderElementProps } from 'slate-react';
import { TextBlock } from './text-block-element';

/** The subheadline block. */
export function SubheadlineElement(props: RenderElementProps) {
  return <TextBlock {...props} as="h2" className="block--subheadline" hintKey="hint.subheadline" />;
}
