import type { RenderElementProps } from 'slate-react';
import { TextBlock } from './text-block-element';

/** The lead block. */
export function LeadElement(props: RenderElementProps) {
  return <TextBlock {...props} as="p" className="block--lead" hintKey="hint.lead" />;
}
