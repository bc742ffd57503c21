import type { MenuItemConstructorOptions } from 'electron';

/** A menu item as the shell builds it: Electron's type, named here so tests and the browser host need not import Electron. */
export type MenuItem = MenuItemConstructorOptions;
import type { HostCommand } from '../core/api';
import { acceleratorOf, COMMANDS, commandsIn, isMenuAction, MENU_BAR, MENUS, type CommandId, type MenuId, type MenuPlatform, type MenuRoleCommand, type MenuSpec } from '../core/commands';
import type { InterfaceLanguage } from '../core/i18n/interface-languages';
import { MENU_LABELS } from './menu-labels';

/** Compile-time check: every command with a menu item that is not a menu action is one of Electron's roles. */
const rolesExist: [MenuRoleCommand] extends [NonNullable<MenuItemConstructorOptions['role']>] ? true : false = true;
void rolesExist;

export interface MenuInputs {
  /** The interface language the menu speaks. */
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
 * The native menu as a plain template (Menu.buildFromTemplate turns it into the menu), so tests read it without
 * Electron. Built from the command tables of core/commands.ts: menus, groups (separated), items in table order,
 * labels from MENU_LABELS, accelerators from each command's shortcut. Menu commands go to the renderer as
 * HostCommand { type: 'menu', action }; editing and system items use Chromium's roles of the same name, which
 * Slate receives as ordinary input events.
 */
export function buildMenuTemplate(inputs: MenuInputs): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[inputs.language];
  const isMac = inputs.platform === 'darwin';
  const shown = (place: { platform?: MenuPlatform; developmentOnly?: true }): boolean =>
    (place.platform === undefined || place.platform === (isMac ? 'mac' : 'other')) && (!place.developmentOnly || inputs.isDevelopment);

  const item = (command: CommandId): MenuItemConstructorOptions => {
    const spec = COMMANDS[command];
    const words = spec.menuLabel === null ? {} : { label: t[spec.menuLabel] };
    const accelerator = spec.shortcut ? { accelerator: acceleratorOf(spec.shortcut) } : {};
    if (isMenuAction(command)) {
      return { ...words, id: `menu:${command}`, ...accelerator, click: () => inputs.send({ type: 'menu', action: command }) };
    }
    return { role: command as MenuRoleCommand, ...words, ...accelerator };
  };

  const recentFiles = (): MenuItemConstructorOptions => ({
    label: t.openRecent,
    id: 'open-recent',
    submenu: [
      ...(inputs.recent.length === 0
        ? [{ label: t.noRecent, enabled: false }]
        : inputs.recent.map((path) => ({ label: recentLabel(path), click: () => inputs.send({ type: 'open-file', path }) }))),
      { type: 'separator' },
      { label: t.clearRecent, id: 'clear-recent', enabled: inputs.recent.length > 0, click: () => inputs.clearRecent() },
    ],
  });

  const menu = (id: MenuId): MenuItemConstructorOptions => {
    const spec: MenuSpec = MENUS[id];
    const title = MENUS[id].label;
    const groups = spec.groups
      .filter(shown)
      .map((group) => [
        ...commandsIn(id, group.id).map(item),
        ...(group.recentFiles ? [recentFiles()] : []),
        ...(group.submenu ? [menu(group.submenu as MenuId)] : []),
      ])
      .filter((items) => items.length > 0);
    return {
      label: title === null ? 'Pressroom' : t[title],
      ...(spec.role ? { role: spec.role } : { id }),
      ...(spec.role === 'help' ? { id } : {}),
      submenu: groups.flatMap((items, index) => (index === 0 ? items : [{ type: 'separator' } as const, ...items])),
    };
  };

  return MENU_BAR.filter((id) => {
    const spec: MenuSpec = MENUS[id];
    return shown(spec);
  }).map(menu);
}
