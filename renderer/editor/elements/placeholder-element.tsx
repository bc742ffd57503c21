import type { MouseEvent } from 'react';
import type { RenderElementProps } from 'slate-react';
import { ReactEditor, useFocused, useSelected, useSlateStatic } from 'slate-react';
import { Placeholders } from '../../../core/editing/with-placeholders';
import type { PlaceholderElement as PlaceholderNode } from '../../../core/model/types';
import { asReactEditor } from '../../templates/react-editor';
import { useTemplateElementTranslation } from '../element-translation';

/**
 * A template's blank: a tinted pill with a dashed border showing the hint («ФИО спикера»). Selected (by Tab or a
 * click) it is outlined; typing then replaces it (core/editing/with-placeholders.ts).
 */
export function PlaceholderElement({ attributes, children, element }: RenderElementProps & { element: PlaceholderNode }) {
  const { t } = useTemplateElementTranslation();
  const isSelected = useSelected();
  const isFocused = useFocused();
  const selected = isSelected && isFocused;
  const editor = useSlateStatic();
  // A click selects the whole blank, as Tab does, so typing replaces it.
  const selectBlank = (event: MouseEvent) => {
    event.preventDefault();
    const reactEditor = asReactEditor(editor);
    Placeholders.select(editor, ReactEditor.findPath(reactEditor, element));
    ReactEditor.focus(reactEditor);
  };
  return (
    <span
      {...attributes}
      className={selected ? 'pr-placeholder pr-placeholder--selected' : 'pr-placeholder'}
      data-placeholder-hint={element.hint}
      title={t('placeholder.title')}
    >
      <span contentEditable={false} className="pr-placeholder__hint" onMouseDown={selectBlank} aria-label={t('placeholder.aria', { hint: element.hint })}>
        {element.hint}
      </span>
      {children}
    </span>
  );
}
