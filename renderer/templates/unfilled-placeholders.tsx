import { useTranslation } from 'react-i18next';
import { ReactEditor, useSlate } from 'slate-react';
import { Placeholders } from '../../core/editing/with-placeholders';
import { listUnfilledPlaceholders } from '../../core/templates/placeholders';
import { asReactEditor } from './react-editor';
import './templates.css';

/** How many blanks are left, and a list that jumps to each. Lives inside the editor's <Slate>. */
export function UnfilledPlaceholders() {
  const { t } = useTranslation('templates');
  const editor = useSlate();
  const unfilled = listUnfilledPlaceholders(editor.children);
  return (
    <section className="pr-templates-panel pr-unfilled" aria-label={t('unfilled.title')}>
      <h2>{t('unfilled.title')}</h2>
      <p role="status">{unfilled.length === 0 ? t('unfilled.none') : t('unfilled.count', { count: unfilled.length })}</p>
      {unfilled.length > 0 ? (
        <ol>
          {unfilled.map(({ path, hint }) => (
            <li key={path.join('.')}>
              <button
                type="button"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  Placeholders.select(editor, path);
                  ReactEditor.focus(asReactEditor(editor));
                }}
              >
                {hint}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
