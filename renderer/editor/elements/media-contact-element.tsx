import type { RenderElementProps } from 'slate-react';
import { TextBlock } from './text-block-element';

/** Who journalists call: name, phone, e-mail on separate lines (Shift+Enter). */
export function MediaContactElement(props: RenderElementProps) {
  return <TextBlock {...props} as="div" className="block--media-contact block--framed" hintKey="hint.media-contact" labelKey="block.media-contact" />;
}
