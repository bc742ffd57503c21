import type { RenderElementProps } from 'slate-react';
import { TextBlock } from './text-block-element';

/** The headline block. */
export function HeadlineElement(props: RenderElementProps) {
  return <TextBlock {...props} as="h1" className="block--headline" hintKey="hint.headline" />;
}
