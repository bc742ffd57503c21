import type { RenderElementProps } from 'slate-react';
import { Node } from 'slate';
import { useElementTranslation } from '../element-translation';
import type { FieldElement as FieldNode } from '../../../core/model/types';
import { useFieldContainer } from './field-context';

/**
 * A named field of a dateline, quote or award ceremony, with its visible label ("Спикер", "Должность"…) and a
 * hint while empty. In award rows the ceremony's column headings label the fields, so only an aria label is set.
 */
export function FieldElement({ attributes, children, element }: RenderElementProps & { element: FieldNode }) {
  const { t } = useElementTranslation();
  const container = useFieldContainer();
  const key = `${container || 'field'}.${element.name}`;
  const label = t(`field.${key}`);
  const empty = Node.string(element) === '' && element.children.length === 1;
  const inRow = container === 'award-row';
  return (
    <div {...attributes} className={`field field--${container}-${element.name}`} data-empty={empty ? 'true' : undefined} aria-label={inRow ? label : undefined}>
      {!inRow && (
        <span contentEditable={false} className="field__label">
          {label}
        </span>
      )}
      <div className="field__text">
        {children}
        {/* After the text, not before it: a caret in an emptied field beside a non-editable span before it was
            read back by Chromium and Slate as the end of the block above (Backspace then ate its words). */}
        {empty && (
          <span contentEditable={false} className="field__hint" aria-hidden="true">
            {t(`fieldHint.${key}`)}
          </span>
        )}
      </div>
    </div>
  );
}
