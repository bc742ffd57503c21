import type { RenderElementProps } from 'slate-react';
import { useFocused, useSelected } from 'slate-react';
import type { VariableElement as VariableNode } from '../../../core/model/types';
import { useDocumentVariables } from '../../templates/variables-context';
import { useTemplateElementTranslation } from '../element-translation';

/**
 * A variable chip: shows the variable's current value from the document's variables (the variables panel sets it),
 * its label on hover; an empty value shows the label, marked as still to fill in.
 */
export function VariableElement({ attributes, children, element }: RenderElementProps & { element: VariableNode }) {
  const { t } = useTemplateElementTranslation();
  const variables = useDocumentVariables();
  const isSelected = useSelected();
  const isFocused = useFocused();
  const selected = isSelected && isFocused;
  const variable = variables.find((candidate) => candidate.name === element.name);
  const label = variable?.label || element.name;
  const value = variable?.value ?? '';
  const className = ['pr-variable', value ? '' : 'pr-variable--empty', selected ? 'pr-variable--selected' : ''].filter(Boolean).join(' ');
  return (
    <span {...attributes} className={className} data-variable={element.name} title={t('variable.title', { label })}>
      <span contentEditable={false}>{value || label}</span>
      {children}
    </span>
  );
}
