import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Node } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { currentBlockIndex, selectBlock } from '../../core/editing/block-transforms';
import { releaseOutline } from '../../core/editing/release-outline';
import type { OutlineItem } from '../../core/editing/release-outline';
import { asReactEditor } from '../templates/react-editor';

/** The release's parts (headline, dateline, lead, section headings, quotes by speaker, ceremonies…); a click jumps there. */
export function OutlineSidebar({ revision }: { revision: number }) {
  const { t } = useTranslation();
  const editor = useSlateStatic();
  // Recomputed when the document settles (revision), not on every key press.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const items = useMemo(() => releaseOutline(editor.children), [editor, revision]);
  const current = useSlateSelector((e) => currentBlockIndex(e));
  const activeIndex = useMemo(() => {
    if (current === null) return null;
    let active: number | null = null;
    for (const item of items) if (item.index <= current) active = item.index;
    return active;
  }, [items, current]);

  const jump = (item: OutlineItem) => {
    if (!Node.has(editor, [item.index])) return;
    selectBlock(editor, item.index);
    const reactEditor = asReactEditor(editor);
    ReactEditor.focus(reactEditor);
    try {
      ReactEditor.toDOMNode(reactEditor, Node.get(editor, [item.index])).scrollIntoView({ block: 'center' });
    } catch {
      // Not rendered yet: the selection is set, Slate scrolls to it.
    }
  };

  const label = (item: OutlineItem) => {
    if (item.kind === 'quote') return item.label || t('outline.empty');
    if (item.kind === 'end-mark') return t('block.end-mark');
    return item.label || t('outline.empty');
  };

  return (
    <nav className="outline" aria-label={t('outline.title')}>
      <h2 className="panel-title">{t('outline.title')}</h2>
      <ol className="outline__list">
        {items.map((item) => (
          <li key={item.index} className={`outline__item outline__item--${item.kind}`}>
            <button type="button" aria-current={item.index === activeIndex ? 'location' : undefined} onClick={() => jump(item)}>
              <span className="outline__kind">{t(`block.${item.kind}`)}</span>
              <span className="outline__label">{label(item)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
