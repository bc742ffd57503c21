import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Descendant, Editor } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { useEditorValueWhenIdle } from '../editor/when-idle';
import { perBlock } from '../../core/editing/block-cache';
import { Placeholders } from '../../core/editing/with-placeholders';
import { listUnfilledPlaceholders, placeholdersIn } from '../../core/templates/placeholders';
import type { UnfilledPlaceholder } from '../../core/templates/placeholders';
import { asReactEditor } from './react-editor';
import './templates.css';

/** Each top-level block's blanks, kept while the block is unchanged (core/editing/block-cache.ts). */
const blanksIn = perBlock(placeholdersIn);

/**
 * The body's blanks, worked out again only when the body changed (not when the caret moves), and then as one
 * look-up per top-level block plus a walk through the edited block: a key press in a 5 MB release costs well
 * under a millisecond here, where a walk through its 16,000 elements cost several.
 */
const lists = new WeakMap<readonly Descendant[], UnfilledPlaceholder[]>();
function unfilledOf(editor: Editor): UnfilledPlaceholder[] {
  let list = lists.get(editor.children);
  if (!list) {
    list = listUnfilledPlaceholders(editor.children, blanksIn);
    lists.set(editor.children, list);
  }
  return list;
}

/** Renders again only when a blank appeared, went or moved, not on every key press. */
const sameList = (a: readonly UnfilledPlaceholder[] | null, b: readonly UnfilledPlaceholder[]): boolean =>
  a !== null &&
  a.length === b.length &&
  a.every((entry, i) => {
    const other = b[i] as UnfilledPlaceholder;
    return entry.hint === other.hint && entry.path.length === other.path.length && entry.path.every((step, j) => step === other.path[j]);
  });

/** How many blanks are left, and a list that jumps to each. Lives inside the editor's <Slate>. */
export const UnfilledPlaceholders = memo(function UnfilledPlaceholders() {
  const { t } = useTranslation('templates');
  const editor = useSlateStatic();
  const unfilled = useEditorValueWhenIdle(unfilledOf, sameList);
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
});
