import { useTranslation } from 'react-i18next';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import { currentBlockType, isMarkActive, setBlockType, toggleMark } from '../../core/editing/block-transforms';
import type { Mark } from '../../core/editing/block-transforms';
import type { ExportFormat } from '../../core/api';
import { RELEASE_BLOCK_TYPES } from '../../core/model/block-specs';
import type { ReleaseBlockType } from '../../core/model/types';
import { shortcutLabel } from '../app/shortcuts';
import type { ShortcutCommand } from '../app/shortcuts';
import { host } from '../app/host';
import { asReactEditor } from '../templates/react-editor';

export interface ToolbarActions {
  onNew: () => void;
  onOpen: () => void;
  onSave: () => void;
  onLink: () => void;
  onFromTemplate: () => void;
  onInsertSection: () => void;
  onExport: (format: ExportFormat | 'all') => void;
  detailsOpen: boolean;
  onToggleDetails: () => void;
}

/** File commands, the block-type menu, marks, link, undo/redo. Re-renders only when what it shows changes. */
export function Toolbar(actions: ToolbarActions) {
  const { t } = useTranslation();
  const editor = useSlateStatic();
  const blockType = useSlateSelector((e) => currentBlockType(e));
  const bold = useSlateSelector((e) => isMarkActive(e, 'bold'));
  const italic = useSlateSelector((e) => isMarkActive(e, 'italic'));
  const canUndo = useSlateSelector((e) => (e as HistoryEditor).history.undos.length > 0);
  const canRedo = useSlateSelector((e) => (e as HistoryEditor).history.redos.length > 0);
  const platform = host().platform;
  const tip = (label: string, command: ShortcutCommand) => `${label} (${shortcutLabel(command, platform)})`;

  const keepFocus = (event: React.MouseEvent) => event.preventDefault();
  const refocus = () => ReactEditor.focus(asReactEditor(editor));
  const mark = (name: Mark) => () => {
    toggleMark(editor, name);
    refocus();
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.menu')}>
      <div className="toolbar__group">
        <button type="button" className="tool" onClick={actions.onNew} title={tip(t('toolbar.new'), 'new')}>
          <span className="tool__icon tool__icon--new" aria-hidden="true" />
          <span className="tool__text">{t('toolbar.new')}</span>
        </button>
        <button type="button" className="tool" onClick={actions.onOpen} title={tip(t('toolbar.open'), 'open')}>
          <span className="tool__icon tool__icon--open" aria-hidden="true" />
          <span className="tool__text">{t('toolbar.open')}</span>
        </button>
        <button type="button" className="tool" onClick={actions.onSave} title={tip(t('toolbar.save'), 'save')}>
          <span className="tool__icon tool__icon--save" aria-hidden="true" />
          <span className="tool__text">{t('toolbar.save')}</span>
        </button>
        <button type="button" className="tool" onClick={actions.onFromTemplate}>
          <span className="tool__text">{t('toolbar.fromTemplate')}</span>
        </button>
      </div>
      <span className="toolbar__separator" aria-hidden="true" />
      <div className="toolbar__group">
        <button
          type="button"
          className="tool tool--icon"
          aria-label={t('toolbar.undo')}
          title={tip(t('toolbar.undo'), 'undo')}
          disabled={!canUndo}
          onMouseDown={keepFocus}
          onClick={() => HistoryEditor.undo(editor as HistoryEditor)}
        >
          <span aria-hidden="true">↶</span>
        </button>
        <button
          type="button"
          className="tool tool--icon"
          aria-label={t('toolbar.redo')}
          title={tip(t('toolbar.redo'), 'redo')}
          disabled={!canRedo}
          onMouseDown={keepFocus}
          onClick={() => HistoryEditor.redo(editor as HistoryEditor)}
        >
          <span aria-hidden="true">↷</span>
        </button>
      </div>
      <span className="toolbar__separator" aria-hidden="true" />
      <div className="toolbar__group">
        <select
          className="block-menu"
          aria-label={t('toolbar.blockType')}
          title={t('toolbar.blockType')}
          value={blockType ?? ''}
          disabled={blockType === null}
          onChange={(event) => {
            setBlockType(editor, event.target.value as ReleaseBlockType);
            refocus();
          }}
        >
          {blockType === null && <option value="">{t('toolbar.blockType')}</option>}
          {RELEASE_BLOCK_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`block.${type}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="tool tool--icon tool--bold"
          aria-label={t('toolbar.bold')}
          aria-pressed={bold}
          title={tip(t('toolbar.bold'), 'bold')}
          onMouseDown={keepFocus}
          onClick={mark('bold')}
        >
          <span aria-hidden="true">B</span>
        </button>
        <button
          type="button"
          className="tool tool--icon tool--italic"
          aria-label={t('toolbar.italic')}
          aria-pressed={italic}
          title={tip(t('toolbar.italic'), 'italic')}
          onMouseDown={keepFocus}
          onClick={mark('italic')}
        >
          <span aria-hidden="true">I</span>
        </button>
        <button
          type="button"
          className="tool tool--icon"
          aria-label={t('toolbar.link')}
          title={tip(t('toolbar.link'), 'link')}
          onMouseDown={keepFocus}
          onClick={actions.onLink}
        >
          <span className="tool__icon tool__icon--link" aria-hidden="true" />
        </button>
        <button type="button" className="tool" onMouseDown={keepFocus} onClick={actions.onInsertSection}>
          <span className="tool__text">{t('toolbar.insertSection')}</span>
        </button>
      </div>
      <span className="toolbar__spacer" />
      <select
        className="block-menu block-menu--export"
        aria-label={t('publishing:menu.export')}
        value=""
        onChange={(event) => {
          const format = event.target.value as ExportFormat | 'all' | '';
          if (format) actions.onExport(format);
        }}
      >
        <option value="">{t('publishing:menu.export')}</option>
        <option value="markdown">{t('publishing:menu.exportMarkdown')}</option>
        <option value="html">{t('publishing:menu.exportHtml')}</option>
        <option value="docx">{t('publishing:menu.exportDocx')}</option>
        <option value="all">{t('publishing:menu.exportAll')}</option>
      </select>
      <button
        type="button"
        className="tool"
        aria-pressed={actions.detailsOpen}
        onClick={actions.onToggleDetails}
      >
        <span className="tool__text">{t('toolbar.details')}</span>
      </button>
    </div>
  );
}
