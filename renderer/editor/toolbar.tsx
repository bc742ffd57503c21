import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlateStatic } from 'slate-react';
import type { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import { currentBlockType, isMarkActive, setBlockType, toggleMark } from '../../core/editing/block-transforms';
import type { Mark } from '../../core/editing/block-transforms';
import type { MenuAction } from '../../core/api';
import { COMMANDS, isMenuAction, toolbarCommands, type ToolbarCommand } from '../../core/commands';
import { RELEASE_BLOCK_TYPES } from '../../core/model/block-specs';
import type { ReleaseBlockType } from '../../core/model/types';
import { shortcutLabel } from '../commands/shortcuts';
import { Icon } from '../controls/icons';
import type { IconName } from '../controls/icons';
import { host } from '../host/host';
import { runCommand } from '../commands';
import { asReactEditor } from '../templates/react-editor';
import { useEditorValueWhenIdle } from './when-idle';

export interface ToolbarActions {
  /** Opens the link dialog (the editor's link command). */
  onLink: () => void;
  detailsOpen: boolean;
  onToggleDetails: () => void;
  outlineOpen: boolean;
  onToggleOutline: () => void;
}

/** The toolbar's words for a command (core/commands.ts, `toolbar.label`): a key of the renderer's catalogue. */
const labelKey = (command: ToolbarCommand): string => COMMANDS[command].toolbar?.label ?? '';

/** The Export list's items: the export commands that have a toolbar place, in table order. */
type ToolbarMenuCommand = Extract<ToolbarCommand, MenuAction>;
const EXPORT_ITEMS = toolbarCommands('export').filter((command): command is ToolbarMenuCommand => isMenuAction(command));

/**
 * A menu command's toolbar button: its words and shortcut from the command table, run through the command
 * dispatcher exactly as the native menu runs it. Its icon comes from the one icon set (renderer/controls); in a
 * toolbar too narrow for its words (`useCompactWhenCrowded`) a `compact` button shows its icon only, its words staying its
 * accessible name and tooltip, so the toolbar keeps to one row.
 */
function CommandButton({ command, icon, compact = false }: { command: ToolbarMenuCommand; icon: IconName; compact?: boolean }) {
  const { t } = useTranslation();
  const label = t(labelKey(command));
  const keys = shortcutLabel(command, host().platform);
  const keepFocus = COMMANDS[command].toolbar?.keepsFocus ? (event: React.MouseEvent) => event.preventDefault() : undefined;
  return (
    <button
      type="button"
      className={compact ? 'tool tool--compact' : 'tool'}
      aria-label={label}
      onMouseDown={keepFocus}
      onClick={() => runCommand(command)}
      title={keys ? `${label} (${keys})` : label}
    >
      <Icon name={icon} />
      <span className="tool__text">{label}</span>
    </button>
  );
}

/** Shows or hides a panel of the window (the outline, the details); pressed while it is shown. */
function PanelToggle({ icon, label, open, onToggle }: { icon: IconName; label: string; open: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="tool tool--icon" aria-label={label} title={label} aria-pressed={open} onClick={onToggle}>
      <Icon name={icon} />
    </button>
  );
}

/** What the toolbar shows of the editor: the block type under the caret, the marks pressed, undo and redo. */
interface ToolbarState {
  blockType: ReturnType<typeof currentBlockType>;
  bold: boolean;
  italic: boolean;
  canUndo: boolean;
  canRedo: boolean;
}
const toolbarStateOf = (editor: Editor): ToolbarState => ({
  blockType: currentBlockType(editor),
  bold: isMarkActive(editor, 'bold'),
  italic: isMarkActive(editor, 'italic'),
  canUndo: (editor as HistoryEditor).history.undos.length > 0,
  canRedo: (editor as HistoryEditor).history.redos.length > 0,
});
const sameToolbarState = (a: ToolbarState, b: ToolbarState): boolean =>
  a.blockType === b.blockType && a.bold === b.bold && a.italic === b.italic && a.canUndo === b.canUndo && a.canRedo === b.canRedo;

/**
 * Whether the toolbar shows its compact buttons (icons only): when its words do not fit on one row in the window's
 * width, in the interface's language. A fixed window width could not say so: Russian's words need ~20 px more
 * than a 1,366 px window gives, Kazakh's and English's fit. The width the words need is measured once per language
 * with the words shown (before the frame is drawn), then compared with the toolbar's width as the window changes.
 */
function useCompactWhenCrowded(language: string): [React.RefObject<HTMLDivElement | null>, boolean] {
  const toolbar = useRef<HTMLDivElement | null>(null);
  const [compact, setCompact] = useState(false);
  const neededWidth = useRef(0);
  useLayoutEffect(() => {
    neededWidth.current = 0;
    setCompact(false);
  }, [language]);
  useLayoutEffect(() => {
    const element = toolbar.current;
    if (!element) return undefined;
    const fit = () => {
      if (!compact) {
        if (element.scrollWidth <= element.clientWidth) return;
        neededWidth.current = element.scrollWidth;
        setCompact(true);
      } else if (neededWidth.current > 0 && element.clientWidth >= neededWidth.current) setCompact(false);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [compact, language]);
  return [toolbar, compact];
}

/**
 * File commands, the block-type menu, marks, link, undo/redo. Re-renders only when what it shows changes, read after
 * the frame showing each edit (when-idle.ts).
 */
export function Toolbar(actions: ToolbarActions) {
  const { t, i18n } = useTranslation();
  const [toolbar, compact] = useCompactWhenCrowded(i18n.language);
  const editor = useSlateStatic();
  const { blockType, bold, italic, canUndo, canRedo } = useEditorValueWhenIdle(toolbarStateOf, sameToolbarState);
  const platform = host().platform;
  /** The name and tooltip of an editing command's icon button. */
  const nameOf = (command: ToolbarCommand) => t(labelKey(command));
  const tip = (command: ToolbarCommand) => `${nameOf(command)} (${shortcutLabel(command, platform)})`;

  const keepFocus = (event: React.MouseEvent) => event.preventDefault();
  const refocus = () => ReactEditor.focus(asReactEditor(editor));
  const mark = (name: Mark) => () => {
    toggleMark(editor, name);
    refocus();
  };

  return (
    <div ref={toolbar} className={compact ? 'toolbar toolbar--compact' : 'toolbar'} role="toolbar" aria-label={t('toolbar.menu')}>
      <div className="toolbar__group">
        <CommandButton command="new" icon="new" compact />
        <CommandButton command="open" icon="open" compact />
        <CommandButton command="save" icon="save" compact />
        <CommandButton command="new-from-template" icon="template" compact />
      </div>
      <span className="toolbar__separator" aria-hidden="true" />
      <div className="toolbar__group">
        <button
          type="button"
          className="tool tool--icon"
          aria-label={nameOf('undo')}
          title={tip('undo')}
          disabled={!canUndo}
          onMouseDown={keepFocus}
          onClick={() => HistoryEditor.undo(editor as HistoryEditor)}
        >
          <Icon name="undo" />
        </button>
        <button
          type="button"
          className="tool tool--icon"
          aria-label={nameOf('redo')}
          title={tip('redo')}
          disabled={!canRedo}
          onMouseDown={keepFocus}
          onClick={() => HistoryEditor.redo(editor as HistoryEditor)}
        >
          <Icon name="redo" />
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
          className="tool tool--icon"
          aria-label={nameOf('bold')}
          aria-pressed={bold}
          title={tip('bold')}
          onMouseDown={keepFocus}
          onClick={mark('bold')}
        >
          <Icon name="bold" />
        </button>
        <button
          type="button"
          className="tool tool--icon"
          aria-label={nameOf('italic')}
          aria-pressed={italic}
          title={tip('italic')}
          onMouseDown={keepFocus}
          onClick={mark('italic')}
        >
          <Icon name="italic" />
        </button>
        <button
          type="button"
          className="tool tool--icon"
          aria-label={nameOf('link')}
          title={tip('link')}
          onMouseDown={keepFocus}
          onClick={actions.onLink}
        >
          <Icon name="link" />
        </button>
        <CommandButton command="insert-section" icon="insert-section" compact />
        <CommandButton command="find" icon="find" compact />
      </div>
      <span className="toolbar__spacer" />
      <span className="tool-select">
        <Icon name="export" />
        <select
          className="block-menu block-menu--export"
          aria-label={t('publishing:menu.export')}
          value=""
          onChange={(event) => {
            const action = EXPORT_ITEMS.find((item) => item === event.target.value);
            if (action) runCommand(action);
          }}
        >
          <option value="">{t('publishing:menu.export')}</option>
          {EXPORT_ITEMS.map((action) => (
            <option key={action} value={action}>
              {t(labelKey(action))}
            </option>
          ))}
        </select>
      </span>
      <span className="toolbar__separator" aria-hidden="true" />
      <PanelToggle icon="outline" label={t('toolbar.outline')} open={actions.outlineOpen} onToggle={actions.onToggleOutline} />
      <PanelToggle icon="details" label={t('toolbar.details')} open={actions.detailsOpen} onToggle={actions.onToggleDetails} />
    </div>
  );
}
