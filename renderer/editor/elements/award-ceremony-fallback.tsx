import type { RenderElementProps } from 'slate-react';
import { FieldContainerContext } from './field-context';

/**
 * Award ceremonies and rows are drawn by renderer/templates (renderTemplateElement); this only gives their
 * fields the container they sit in, so each field labels itself right.
 */
export function FieldContainer({ type, children }: { type: string; children: RenderElementProps['children'] }) {
  return <FieldContainerContext.Provider value={type}>{children}</FieldContainerContext.Provider>;
}
