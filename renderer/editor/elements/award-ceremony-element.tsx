import { Transforms } from 'slate';
import type { RenderElementProps } from 'slate-react';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { emptyAwardRow } from '../../../core/editing/release-nodes';
import type { AwardCeremonyElement as AwardCeremonyNode, AwardRowElement as AwardRowNode } from '../../../core/model/types';
import { asReactEditor } from '../../templates/react-editor';
import { useTemplateElementTranslation } from '../element-translation';
import { FieldContainerContext } from './field-context';

/**
 * An award ceremony: the award's name, then one row per recipient (recipient, position, nomination), edited as
 * rows of a table, with buttons to add and remove rows. Its fields and its rows' fields label themselves by the
 * container they sit in (FieldContainerContext).
 */
export function AwardCeremonyElement({ attributes, children, element }: RenderElementProps & { element: AwardCeremonyNode }) {
  const { t } = useTemplateElementTranslation();
  const editor = useSlateStatic();
  const addRow = () => {
    const path = ReactEditor.findPath(asReactEditor(editor), element);
    const at = [...path, element.children.length];
    Transforms.insertNodes(editor, emptyAwardRow(), { at });
    Transforms.select(editor, { path: [...at, 0, 0], offset: 0 });
    ReactEditor.focus(asReactEditor(editor));
  };
  return (
    <div {...attributes} className="pr-award-ceremony" role="group" aria-label={t('award.ceremony')}>
      <div contentEditable={false} className="pr-award-ceremony__columns" aria-hidden="true">
        <span>{t('award.recipient')}</span>
        <span>{t('award.position')}</span>
        <span>{t('award.nomination')}</span>
      </div>
      <FieldContainerContext.Provider value="award-ceremony">{children}</FieldContainerContext.Provider>
      <div contentEditable={false} className="pr-award-ceremony__actions">
        <button type="button" className="button button--quiet button--small pr-award-ceremony__add" onMouseDown={(event) => event.preventDefault()} onClick={addRow}>
          <span aria-hidden="true">+</span> {t('award.addRow')}
        </button>
      </div>
    </div>
  );
}

/** One recipient's row, with a button that removes it. */
export function AwardRowElement({ attributes, children, element }: RenderElementProps & { element: AwardRowNode }) {
  const { t } = useTemplateElementTranslation();
  const editor = useSlateStatic();
  const remove = () => {
    Transforms.removeNodes(editor, { at: ReactEditor.findPath(asReactEditor(editor), element) });
  };
  return (
    <div {...attributes} className="pr-award-row" role="row">
      <FieldContainerContext.Provider value="award-row">{children}</FieldContainerContext.Provider>
      <button
        type="button"
        contentEditable={false}
        className="pr-award-row__remove"
        aria-label={t('award.removeRow')}
        title={t('award.removeRow')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={remove}
      >
        ×
      </button>
    </div>
  );
}
