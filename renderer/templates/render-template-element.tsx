import type { JSX } from 'react';
import type { RenderElementProps } from 'slate-react';
import { AwardCeremonyElement, AwardRowElement } from './award-ceremony-element';
import { PlaceholderElement } from './placeholder-element';
import { VariableElement } from './variable-element';

/**
 * The elements this area draws: placeholders, variable chips, award ceremonies and their rows.
 * The editor's renderElement asks here first and draws everything else itself (null).
 */
export function renderTemplateElement(props: RenderElementProps): JSX.Element | null {
  const { element } = props;
  switch (element.type) {
    case 'placeholder':
      return <PlaceholderElement {...props} element={element} />;
    case 'variable':
      return <VariableElement {...props} element={element} />;
    case 'award-ceremony':
      return <AwardCeremonyElement {...props} element={element} />;
    case 'award-row':
      return <AwardRowElement {...props} element={element} />;
    default:
      return null;
  }
}
