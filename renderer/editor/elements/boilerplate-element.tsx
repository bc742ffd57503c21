import type { RenderElementProps } from 'slate-react';
import { TextBlock } from './text-block-element';

/** "About the organisation": a labelled, quieter block at the end of the release. */
export function BoilerplateElement(props: RenderElementProps) {
  return <TextBlock {...props} as="div" className="block--boilerplate block--framed" hintKey="hint.boilerplate" labelKey="block.boilerplate" />;
}
