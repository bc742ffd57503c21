import type { MouseEvent } from 'react';
import { Editor, Node, Path, Transforms } from 'slate';
import type { RenderElementProps } from 'slate-react';
import { ReactEditor, useFocused, useSelected, useSlateStatic } from 'slate-react';
import type { VariableElement as VariableNode } from '../../../core/model/types';
import { asReactEditor } from '../../templates/react-editor';
import { useDocumentVariables } from '../../templates/variables-context';
import { useTemplateElementTranslation } from '../element-translation';

/**
 * A variable chip: shows the variable's current value from the document's variables (the variables panel sets it),
 * its label on hover; an empty value shows the label, marked as still to fill in.
 *
 * A click puts the caret beside the chip — before it on the chip's left half, after it on the right half — as a
 * click beside a word does: Chromium left its caret in the chip's own text, where no key is typed, so the first
 * letter after the click was lost.
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
  const editor = useSlateStatic();
  const caretBeside = (event: MouseEvent<HTMLSpanElement>) => {
    if (event.detail !== 1 || event.shiftKey) return;
    const reactEditor = asReactEditor(editor);
    const path = ReactEditor.findPath(reactEditor, element);
    if (path[path.length - 1] === 0) return;
    // Slate's own click handling (it selects inside the chip) then leaves the selection alone.
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    const before = event.clientX < box.left + box.width / 2;
    const beside = before ? Path.previous(path) : Path.next(path);
    if (!Node.has(editor, beside)) return;
    Transforms.select(editor, before ? Editor.end(editor, beside) : Editor.start(editor, beside));
    ReactEditor.focus(reactEditor);
  };
  const className = ['pr-variable', value ? '' : 'pr-variable--empty', selected ? 'pr-variable--selected' : ''].filter(Boolean).join(' ');
  return (
    <span {...attributes} className={className} data-variable={element.name} title={t('variable.title', { label })}>
      <span contentEditable={false} onClick={caretBeside}>
        {value || label}
      </span>
      {children}
    </span>
  );
}
