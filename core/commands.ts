/**
 * Every command of Pressroom, declared once: where it sits in the native menu (menu, group, order), its shortcut
 * by PHYSICAL key, its toolbar button, its label and who runs it. Built from these tables:
 * - the native menu, `electron/menu.ts` (`buildMenuTemplate`), with Electron accelerator strings;
 * - the renderer's one keyboard matcher, `renderer/commands/shortcuts.ts` (by KeyboardEvent.code, so Ctrl+S works on
 *   Russian and Kazakh layouts, where the key types «ы»);
 * - the toolbar's buttons, `renderer/editor/toolbar.tsx`, and the command dispatcher, `renderer/commands/`.
 * So the menu and the shortcuts cannot disagree (test/commands.test.ts proves it both ways).
 *
 * Three kinds of command:
 * - MENU_COMMANDS, one per MenuAction (core/api.ts): the native menu sends the action to the renderer, where the
 *   feature of the command's `area` runs it (renderer/commands: `useCommandHandlers`).
 * - EDITING_COMMANDS: run by the editor itself (Slate) on its shortcut or toolbar button; undo and redo are also
 *   in the Edit menu as Chromium's roles of the same name.
 * - SYSTEM_COMMANDS: Electron's menu roles (cut, copy, quit, zoom…), run by Chromium or the OS. The key of each
 *   entry is the role's name.
 *
 * To add a menu command: add its action to MenuAction; the compiler then asks for its entry here and for its
 * handler in the feature of its area. An export format (ExportFormat, core/api.ts) brings its action
 * `export-<format>` with it: the compiler asks for its entry here; its handler is derived (use-session-commands.ts). Platform-free: labels are key names, resolved by the shell (MENU_LABELS,
 * electron/menu-labels.ts) and the renderer (its i18n catalogue).
 */
import type { MenuAction } from './api';

type Letter =
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M'
  | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U' | 'V' | 'W' | 'X' | 'Y' | 'Z';
/** A letter key by its physical position (KeyboardEvent.code): 'KeyS' is the key that types S, ы or ы. */
export type KeyCode = `Key${Letter}`;
/** A sign key by its physical position: 'Comma' is the key that types , (б on a Russian layout): Ctrl+, is Settings. */
export type SignKeyCode = 'Comma';
const SIGN_KEYS: Record<SignKeyCode, string> = { Comma: ',' };
/** A function key (KeyboardEvent.code 'F3'), pressed WITHOUT Ctrl or Cmd: F3 is Find next, Shift+F3 Find previous. */
export type FunctionKeyCode = 'F3';

/**
 * Ctrl (Cmd on macOS) with a physical letter key, or a function key alone; and Shift when `shift` is set. No
 * shortcut uses Alt (AltGr is Ctrl+Alt on Windows).
 */
export interface Shortcut {
  readonly key: KeyCode | SignKeyCode | FunctionKeyCode;
  readonly shift?: true;
}

/** A function-key shortcut is pressed without Ctrl or Cmd. */
export const isFunctionKey = (key: string): key is FunctionKeyCode => /^F\d+$/u.test(key);

/** Where a menu or group exists: on macOS only, or on Windows and Linux only. Absent: everywhere. */
export type MenuPlatform = 'mac' | 'other';

/**
 * The menus and their groups, in order; a separator stands between two groups that both show items. Labels are
 * key names of MENU_LABELS (electron/menu-labels.ts); the app menu has none (macOS names it after the app).
 */
export const MENUS = {
  app: { label: null, platform: 'mac', groups: [{ id: 'about' }, { id: 'services' }, { id: 'visibility' }, { id: 'quit' }] },
  file: {
    label: 'file',
    groups: [
      // Open Recent (the shell's list of recent files) ends this group.
      { id: 'open', recentFiles: true },
      { id: 'save' },
      { id: 'export', submenu: 'export' },
      { id: 'print' },
      { id: 'close' },
      { id: 'quit', platform: 'other' },
    ],
  },
  /** File ▸ Export. */
  export: { label: 'export', groups: [{ id: 'formats' }, { id: 'all' }] },
  edit: { label: 'edit', groups: [{ id: 'history' }, { id: 'clipboard' }, { id: 'find' }, { id: 'typography' }, { id: 'language', submenu: 'spanLanguage' }, { id: 'settings' }] },
  /** Edit ▸ Language of selection. */
  spanLanguage: { label: 'spanLanguage', groups: [{ id: 'languages' }, { id: 'release' }] },
  insert: { label: 'insert', groups: [{ id: 'sections' }] },
  view: { label: 'view', groups: [{ id: 'development', developmentOnly: true }, { id: 'zoom' }, { id: 'screen' }] },
  window: { label: 'window', platform: 'mac', role: 'windowMenu', groups: [{ id: 'window' }, { id: 'front' }] },
  help: { label: 'help', role: 'help', groups: [{ id: 'about', platform: 'other' }] },
} as const satisfies Record<string, MenuSpec>;

/** The menu bar, left to right (File ▸ Export is a submenu, not in the bar). */
export const MENU_BAR = ['app', 'file', 'edit', 'insert', 'view', 'window', 'help'] as const satisfies readonly MenuId[];

export interface MenuSpec {
  readonly label: string | null;
  readonly platform?: MenuPlatform;
  /** Electron's role for the whole menu (the Window and Help menus the OS fills in). */
  readonly role?: 'windowMenu' | 'help';
  readonly groups: readonly MenuGroupSpec[];
}
export interface MenuGroupSpec {
  readonly id: string;
  readonly platform?: MenuPlatform;
  /** Shown in development builds only. */
  readonly developmentOnly?: true;
  /** The shell's Open Recent submenu ends this group. */
  readonly recentFiles?: true;
  /** A submenu (the id of an entry of MENUS) ends this group. */
  readonly submenu?: string;
}

export type MenuId = keyof typeof MENUS;
type Submenu = Extract<(typeof MENUS)[MenuId]['groups'][number], { submenu: string }>['submenu'];
/** Compile-time check: every submenu a group names is a menu of MENUS. */
const submenusAreMenus: Exclude<Submenu, MenuId> extends never ? true : false = true;
void submenusAreMenus;
export type MenuGroupId<M extends MenuId> = (typeof MENUS)[M]['groups'][number]['id'];
/** A command's place: a menu and one of its groups. Within a group, items follow the order of the tables below. */
export type MenuPlacement = { [M in MenuId]: { readonly in: M; readonly group: MenuGroupId<M> } }[MenuId];

interface CommandSpecBase {
  /** Its words in the native menu: a key name of MENU_LABELS (electron/menu-labels.ts); null where the OS names it. */
  readonly menuLabel: string | null;
  /** Where it sits in the native menu (some commands sit in a different menu on macOS); empty: not in the menu. */
  readonly menu: readonly MenuPlacement[];
  /** Its shortcut: the menu's accelerator and the key the renderer matches. */
  readonly shortcut?: Shortcut;
  /** More keys the renderer matches for it (a menu item shows one accelerator only). */
  readonly alsoShortcuts?: readonly Shortcut[];
  /** Its toolbar button. */
  readonly toolbar?: ToolbarSpec;
}

export interface ToolbarSpec {
  /** The renderer's i18n key for its text, or its name and tooltip when it shows an icon only. */
  readonly label: string;
  /** Where the toolbar shows it: a button of its own, or an item of the Export list. */
  readonly in?: 'export';
  /** The button keeps the caret in the release (it acts where the caret is). */
  readonly keepsFocus?: true;
}

/** Which feature of the renderer runs a menu command (and must register a handler for every action of its area). */
export type CommandArea = 'document' | 'export' | 'help' | 'templates' | 'find' | 'language' | 'settings';

export interface MenuCommandSpec extends CommandSpecBase {
  readonly area: CommandArea;
}
export type EditingCommandSpec = CommandSpecBase;
export type SystemCommandSpec = CommandSpecBase;

/** Commands the editor runs itself, on its shortcut or toolbar button. */
export type EditingCommand = 'undo' | 'redo' | 'bold' | 'italic' | 'link';

/** One entry per MenuAction, in menu order. */
export const MENU_COMMANDS = {
  new: { area: 'document', menuLabel: 'new', menu: [{ in: 'file', group: 'open' }], shortcut: { key: 'KeyN' }, toolbar: { label: 'toolbar.new' } },
  'new-from-template': {
    area: 'templates',
    menuLabel: 'newFromTemplate',
    menu: [{ in: 'file', group: 'open' }],
    shortcut: { key: 'KeyN', shift: true },
    toolbar: { label: 'toolbar.fromTemplate' },
  },
  open: { area: 'document', menuLabel: 'open', menu: [{ in: 'file', group: 'open' }], shortcut: { key: 'KeyO' }, toolbar: { label: 'toolbar.open' } },
  save: { area: 'document', menuLabel: 'save', menu: [{ in: 'file', group: 'save' }], shortcut: { key: 'KeyS' }, toolbar: { label: 'toolbar.save' } },
  'save-as': { area: 'document', menuLabel: 'saveAs', menu: [{ in: 'file', group: 'save' }], shortcut: { key: 'KeyS', shift: true } },
  'save-as-template': { area: 'templates', menuLabel: 'saveAsTemplate', menu: [{ in: 'file', group: 'save' }] },
  'manage-templates': { area: 'templates', menuLabel: 'manageTemplates', menu: [{ in: 'file', group: 'save' }] },
  'export-markdown': { area: 'export', menuLabel: 'exportMarkdown', menu: [{ in: 'export', group: 'formats' }], toolbar: { label: 'publishing:menu.exportMarkdown', in: 'export' } },
  'export-html': { area: 'export', menuLabel: 'exportHtml', menu: [{ in: 'export', group: 'formats' }], toolbar: { label: 'publishing:menu.exportHtml', in: 'export' } },
  'export-docx': { area: 'export', menuLabel: 'exportDocx', menu: [{ in: 'export', group: 'formats' }], toolbar: { label: 'publishing:menu.exportDocx', in: 'export' } },
  'export-pdf': { area: 'export', menuLabel: 'exportPdf', menu: [{ in: 'export', group: 'formats' }], toolbar: { label: 'publishing:menu.exportPdf', in: 'export' } },
  'export-all': {
    area: 'export',
    menuLabel: 'exportAll',
    menu: [{ in: 'export', group: 'all' }],
    shortcut: { key: 'KeyE', shift: true },
    toolbar: { label: 'publishing:menu.exportAll', in: 'export' },
  },
  /** File ▸ Print: the print layout (the PDF's), through the host's printing; Ctrl+P. */
  print: { area: 'export', menuLabel: 'print', menu: [{ in: 'file', group: 'print' }], shortcut: { key: 'KeyP' } },
  close: { area: 'document', menuLabel: 'close', menu: [{ in: 'file', group: 'close' }], shortcut: { key: 'KeyW' } },
  'insert-section': {
    area: 'templates',
    menuLabel: 'section',
    menu: [{ in: 'insert', group: 'sections' }],
    toolbar: { label: 'toolbar.insertSection', keepsFocus: true },
  },
  about: { area: 'help', menuLabel: 'about', menu: [{ in: 'app', group: 'about' }, { in: 'help', group: 'about' }] },
  /** File ▸ Recover discarded…: the releases closed with "Don't save" in the last 7 days. */
  'recover-discarded': { area: 'document', menuLabel: 'recoverDiscarded', menu: [{ in: 'file', group: 'open' }] },
  // Find and replace (renderer/find): Ctrl+F, Ctrl+H, F3 and Shift+F3, in Edit.
  find: { area: 'find', menuLabel: 'find', menu: [{ in: 'edit', group: 'find' }], shortcut: { key: 'KeyF' }, toolbar: { label: 'find:toolbar' } },
  replace: { area: 'find', menuLabel: 'replace', menu: [{ in: 'edit', group: 'find' }], shortcut: { key: 'KeyH' } },
  'find-next': { area: 'find', menuLabel: 'findNext', menu: [{ in: 'edit', group: 'find' }], shortcut: { key: 'F3' } },
  'find-previous': { area: 'find', menuLabel: 'findPrevious', menu: [{ in: 'edit', group: 'find' }], shortcut: { key: 'F3', shift: true } },
  /** Edit ▸ Typography: the whole release set by the press rules of its language, as one undo step. */
  typography: { area: 'language', menuLabel: 'typography', menu: [{ in: 'edit', group: 'typography' }], shortcut: { key: 'KeyT', shift: true } },
  /** Edit ▸ Language of selection ▸ …: the selected words marked as written in that language (span-language.ts); one undo step. */
  'span-language-ru': { area: 'language', menuLabel: 'spanLanguageRu', menu: [{ in: 'spanLanguage', group: 'languages' }] },
  'span-language-kk': { area: 'language', menuLabel: 'spanLanguageKk', menu: [{ in: 'spanLanguage', group: 'languages' }] },
  'span-language-en': { area: 'language', menuLabel: 'spanLanguageEn', menu: [{ in: 'spanLanguage', group: 'languages' }] },
  'span-language-release': { area: 'language', menuLabel: 'spanLanguageRelease', menu: [{ in: 'spanLanguage', group: 'release' }] },
  /** Edit ▸ Settings… (Ctrl+,): the organisation's settings (renderer/settings). */
  settings: { area: 'settings', menuLabel: 'settings', menu: [{ in: 'edit', group: 'settings' }], shortcut: { key: 'Comma' } },
} as const satisfies Record<MenuAction, MenuCommandSpec>;

export const EDITING_COMMANDS = {
  undo: { menuLabel: 'undo', menu: [{ in: 'edit', group: 'history' }], shortcut: { key: 'KeyZ' }, toolbar: { label: 'toolbar.undo' } },
  redo: {
    menuLabel: 'redo',
    menu: [{ in: 'edit', group: 'history' }],
    shortcut: { key: 'KeyZ', shift: true },
    alsoShortcuts: [{ key: 'KeyY' }],
    toolbar: { label: 'toolbar.redo' },
  },
  bold: { menuLabel: null, menu: [], shortcut: { key: 'KeyB' }, toolbar: { label: 'toolbar.bold' } },
  italic: { menuLabel: null, menu: [], shortcut: { key: 'KeyI' }, toolbar: { label: 'toolbar.italic' } },
  link: { menuLabel: null, menu: [], shortcut: { key: 'KeyK' }, toolbar: { label: 'toolbar.link' } },
} as const satisfies Record<EditingCommand, EditingCommandSpec>;

/** Electron's roles, by role name: Chromium or the OS carries them out. */
export const SYSTEM_COMMANDS = {
  services: { menuLabel: 'services', menu: [{ in: 'app', group: 'services' }] },
  hide: { menuLabel: 'hide', menu: [{ in: 'app', group: 'visibility' }] },
  hideOthers: { menuLabel: 'hideOthers', menu: [{ in: 'app', group: 'visibility' }] },
  unhide: { menuLabel: 'showAll', menu: [{ in: 'app', group: 'visibility' }] },
  quit: { menuLabel: 'quit', menu: [{ in: 'app', group: 'quit' }, { in: 'file', group: 'quit' }], shortcut: { key: 'KeyQ' } },
  cut: { menuLabel: 'cut', menu: [{ in: 'edit', group: 'clipboard' }], shortcut: { key: 'KeyX' } },
  copy: { menuLabel: 'copy', menu: [{ in: 'edit', group: 'clipboard' }], shortcut: { key: 'KeyC' } },
  paste: { menuLabel: 'paste', menu: [{ in: 'edit', group: 'clipboard' }], shortcut: { key: 'KeyV' } },
  selectAll: { menuLabel: 'selectAll', menu: [{ in: 'edit', group: 'clipboard' }], shortcut: { key: 'KeyA' } },
  reload: { menuLabel: 'reload', menu: [{ in: 'view', group: 'development' }] },
  toggleDevTools: { menuLabel: 'devTools', menu: [{ in: 'view', group: 'development' }] },
  resetZoom: { menuLabel: 'actualSize', menu: [{ in: 'view', group: 'zoom' }] },
  zoomIn: { menuLabel: 'zoomIn', menu: [{ in: 'view', group: 'zoom' }] },
  zoomOut: { menuLabel: 'zoomOut', menu: [{ in: 'view', group: 'zoom' }] },
  togglefullscreen: { menuLabel: 'fullScreen', menu: [{ in: 'view', group: 'screen' }] },
  minimize: { menuLabel: 'minimize', menu: [{ in: 'window', group: 'window' }] },
  zoom: { menuLabel: null, menu: [{ in: 'window', group: 'window' }] },
  front: { menuLabel: null, menu: [{ in: 'window', group: 'front' }] },
} as const satisfies Record<string, SystemCommandSpec>;

export type SystemCommand = keyof typeof SYSTEM_COMMANDS;
/** Every command of the three tables. */
export type CommandId = MenuAction | EditingCommand | SystemCommand;
type CommandSpecs = typeof MENU_COMMANDS & typeof EDITING_COMMANDS & typeof SYSTEM_COMMANDS;
/** The MENU_LABELS keys the commands use (electron/menu.ts resolves them, so a wrong key fails to compile there). */
export type CommandMenuLabel = NonNullable<{ [C in CommandId]: CommandSpecs[C]['menuLabel'] }[CommandId]>;
/** The MENU_LABELS keys the menus use. */
export type MenuTitle = NonNullable<(typeof MENUS)[MenuId]['label']>;
/** Commands that have a menu item without being a menu action: their item is Electron's role of the same name. */
export type MenuRoleCommand = Exclude<{ [C in CommandId]: CommandSpecs[C]['menu'] extends readonly [] ? never : C }[CommandId], MenuAction>;

/** Commands that have a toolbar button or Export-list item. */
export type ToolbarCommand = { [C in CommandId]: CommandSpecs[C] extends { readonly toolbar: ToolbarSpec } ? C : never }[CommandId];

/** All commands, menu commands first: the order items take within a menu group. */
export const COMMANDS: { readonly [C in CommandId]: CommandSpecBase & { readonly menuLabel: CommandMenuLabel | null } } = {
  ...MENU_COMMANDS,
  ...EDITING_COMMANDS,
  ...SYSTEM_COMMANDS,
};

export const isMenuAction = (command: CommandId): command is MenuAction => Object.prototype.hasOwnProperty.call(MENU_COMMANDS, command);
export const isEditingCommand = (command: CommandId): command is EditingCommand => Object.prototype.hasOwnProperty.call(EDITING_COMMANDS, command);

/** The menu actions a feature must answer. */
export type ActionsOf<A extends CommandArea> = { [K in MenuAction]: (typeof MENU_COMMANDS)[K]['area'] extends A ? K : never }[MenuAction];

/** Every shortcut with its command: the shortcut first, then the extra keys. */
export function shortcutsOf(command: CommandId): readonly Shortcut[] {
  const spec = COMMANDS[command];
  return [...(spec.shortcut ? [spec.shortcut] : []), ...(spec.alsoShortcuts ?? [])];
}

/** Every command's keys, in table order; no two commands share one (checked in core/commands.test.ts). */
export const SHORTCUTS: readonly { readonly command: CommandId; readonly shortcut: Shortcut }[] = (Object.keys(COMMANDS) as CommandId[]).flatMap((command) =>
  shortcutsOf(command).map((shortcut) => ({ command, shortcut })),
);

/** The Electron accelerator of a shortcut: "CmdOrCtrl+Shift+S" ("Shift+F3" for a function key). Electron names the key by its letter. */
export const acceleratorOf = (shortcut: Shortcut): string =>
  isFunctionKey(shortcut.key) ? `${shortcut.shift ? 'Shift+' : ''}${shortcut.key}` : `CmdOrCtrl+${shortcut.shift ? 'Shift+' : ''}${keyName(shortcut.key)}`;

/** A letter key by its letter (KeyS: S), a sign key by its sign (Comma: ,). */
const keyName = (key: KeyCode | SignKeyCode): string => (Object.hasOwn(SIGN_KEYS, key) ? SIGN_KEYS[key as SignKeyCode] : key.slice('Key'.length));

/** A shortcut as a tooltip shows it: "Ctrl+Shift+S" on Windows and Linux, "⇧⌘S" on macOS; "Shift+F3", "⇧F3". */
export function shortcutText(shortcut: Shortcut, platform: string): string {
  if (isFunctionKey(shortcut.key)) return `${shortcut.shift ? (platform === 'darwin' ? '⇧' : 'Shift+') : ''}${shortcut.key}`;
  const key = keyName(shortcut.key);
  if (platform === 'darwin') return `${shortcut.shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${shortcut.shift ? 'Shift+' : ''}${key}`;
}

/** The commands placed in one group of one menu, in table order. */
export function commandsIn(menu: MenuId, group: string): CommandId[] {
  return (Object.keys(COMMANDS) as CommandId[]).filter((command) =>
    COMMANDS[command].menu.some((place) => place.in === menu && place.group === group),
  );
}

/** The toolbar's buttons (or, with `in: 'export'`, the Export list's items), in table order. */
export function toolbarCommands(where: 'buttons' | 'export'): ToolbarCommand[] {
  return (Object.keys(COMMANDS) as CommandId[]).filter((command): command is ToolbarCommand => {
    const toolbar = COMMANDS[command].toolbar;
    return toolbar !== undefined && (toolbar.in ?? 'buttons') === where;
  });
}
