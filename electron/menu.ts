import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand, MenuAction } from '../core/api';
import type { InterfaceLanguage } from '../core/i18n/interface-languages';
import { MENU_LABELS } from './menu-labels';

export interface MenuInputs {
  language: InterfaceLanguage;
  platform: NodeJS.Platform;
  /** Development build: adds Reload and Developer Tools. */
  isDevelopment: boolean;
  /** Recent documents, newest first. */
  recent: readonly string[];
  /** Sends a command to the renderer (COMMAND_CHANNEL). */
  send(command: HostCommand): void;
  clearRecent(): void;
}

const MAX_LABEL = 80;

/** A recent file as the menu shows it: the path, shortened in the middle when very long. */
export function recentLabel(path: string): string {
  if (path.length <= MAX_LABEL) return path;
  const keep = Math.floor((MAX_LABEL - 1) / 2);
  return `${path.slice(0, keep)}…${path.slice(path.length - keep)}`;
}

/**
 * The native menu as a plain template (Menu.buildFromTemplate turns it into the menu), so tests read it
 * without Electron. Commands go to the renderer as HostCommand { type: 'menu', action }; editing uses
 * Chromium's roles, which Slate receives as ordinary input events.
 */
export function buildMenuTemplate(inputs: MenuInputs): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[inputs.language];
  const isMac = inputs.platform === 'darwin';
  const action = (label: string, menuAction: MenuAction, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    id: `menu:${menuAction}`,
    ...(accelerator ? { accelerator } : {}),
    click: () => inputs.send({ type: 'menu', action: menuAction }),
  });

  const recentItems: MenuItemConstructorOptions[] =
    inputs.recent.length === 0
      ? [{ label: t.noRecent, enabled: false }]
      : inputs.recent.map((path) => ({ label: recentLabel(path), click: () => inputs.send({ type: 'open-file', path }) }));

  const appMenu: MenuItemConstructorOptions = {
    label: 'Pressroom',
    submenu: [
      action(t.about, 'about'),
      { type: 'separator' },
      { role: 'services', label: t.services },
      { type: 'separator' },
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      { type: 'separator' },
      { role: 'quit', label: t.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    id: 'file',
    submenu: [
      action(t.new, 'new', 'CmdOrCtrl+N'),
      action(t.newFromTemplate, 'new-from-template', 'CmdOrCtrl+Shift+N'),
      action(t.open, 'open', 'CmdOrCtrl+O'),
      {
        label: t.openRecent,
        id: 'open-recent',
        submenu: [...recentItems, { type: 'separator' }, { label: t.clearRecent, id: 'clear-recent', enabled: inputs.recent.length > 0, click: () => inputs.clearRecent() }],
      },
      { type: 'separator' },
      action(t.save, 'save', 'CmdOrCtrl+S'),
      action(t.saveAs, 'save-as', 'CmdOrCtrl+Shift+S'),
      action(t.saveAsTemplate, 'save-as-template'),
      action(t.manageTemplates, 'manage-templates'),
      { type: 'separator' },
      {
        label: t.export,
        id: 'export',
        submenu: [
          action(t.exportMarkdown, 'export-markdown'),
          action(t.exportHtml, 'export-html'),
          action(t.exportDocx, 'export-docx'),
          { type: 'separator' },
          action(t.exportAll, 'export-all', 'CmdOrCtrl+Shift+E'),
        ],
      },
      { type: 'separator' },
      action(t.close, 'close', 'CmdOrCtrl+W'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit, accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    id: 'edit',
    submenu: [
      { role: 'undo', label: t.undo, accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: t.redo, accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Shift+Z' },
      { type: 'separator' },
      { role: 'cut', label: t.cut, accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: t.copy, accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: t.paste, accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', label: t.selectAll, accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const insertMenu: MenuItemConstructorOptions = {
    label: t.insert,
    id: 'insert',
    submenu: [action(t.section, 'insert-section')],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    id: 'view',
    submenu: [
      ...(inputs.isDevelopment
        ? [{ role: 'reload', label: t.reload } as const, { role: 'toggleDevTools', label: t.devTools } as const, { type: 'separator' } as const]
        : []),
      { role: 'resetZoom', label: t.actualSize },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    role: 'windowMenu',
    submenu: [{ role: 'minimize', label: t.minimize }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: t.help,
    id: 'help',
    role: 'help',
    submenu: isMac ? [] : [action(t.about, 'about')],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, insertMenu, viewMenu, ...(isMac ? [windowMenu] : []), helpMenu];
}
