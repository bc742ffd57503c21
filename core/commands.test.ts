import { describe, expect, it } from 'vitest';
import { acceleratorOf, COMMANDS, commandsIn, MENU_COMMANDS, MENUS, SHORTCUTS, shortcutText, toolbarCommands, type CommandId, type MenuId } from './commands';

describe('the command table', () => {
  it('gives every key to one command only', () => {
    const keys = SHORTCUTS.map(({ shortcut }) => acceleratorOf(shortcut));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('puts every menu action in a menu that exists on macOS and on Windows and Linux', () => {
    for (const action of Object.keys(MENU_COMMANDS) as (keyof typeof MENU_COMMANDS)[]) {
      const platforms = MENU_COMMANDS[action].menu.flatMap((place) => {
        const menu: { platform?: string; groups: readonly { id: string; platform?: string }[] } = MENUS[place.in];
        const group = menu.groups.find((candidate) => candidate.id === place.group);
        const platform = menu.platform ?? group?.platform;
        return platform ? [platform] : ['mac', 'other'];
      });
      expect(new Set(platforms), action).toEqual(new Set(['mac', 'other']));
    }
  });

  it('lays out a group in table order', () => {
    expect(commandsIn('file', 'open')).toEqual(['new', 'new-from-template', 'open', 'recover-discarded']);
    expect(commandsIn('edit', 'clipboard')).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    const everyPlaced = (Object.keys(MENUS) as MenuId[]).flatMap((menu) => MENUS[menu].groups.flatMap((group) => commandsIn(menu, group.id)));
    const placedSomewhere = (Object.keys(COMMANDS) as CommandId[]).filter((command) => COMMANDS[command].menu.length > 0);
    expect(new Set(everyPlaced)).toEqual(new Set(placedSomewhere));
  });

  it('writes accelerators for Electron and tooltips for each platform', () => {
    expect(acceleratorOf({ key: 'KeyS', shift: true })).toBe('CmdOrCtrl+Shift+S');
    expect(acceleratorOf({ key: 'KeyW' })).toBe('CmdOrCtrl+W');
    expect(shortcutText({ key: 'KeyE', shift: true }, 'win32')).toBe('Ctrl+Shift+E');
    expect(shortcutText({ key: 'KeyE', shift: true }, 'darwin')).toBe('⇧⌘E');
    // A function key is pressed alone: F3 is Find next, Shift+F3 Find previous.
    expect(acceleratorOf({ key: 'F3' })).toBe('F3');
    expect(acceleratorOf({ key: 'F3', shift: true })).toBe('Shift+F3');
    expect(shortcutText({ key: 'F3', shift: true }, 'linux')).toBe('Shift+F3');
    expect(shortcutText({ key: 'F3', shift: true }, 'darwin')).toBe('⇧F3');
  });

  it('puts Find, Replace, Find next and Find previous in Edit, on Ctrl+F, Ctrl+H, F3 and Shift+F3', () => {
    expect(commandsIn('edit', 'find')).toEqual(['find', 'replace', 'find-next', 'find-previous']);
    expect(['find', 'replace', 'find-next', 'find-previous'].map((command) => acceleratorOf(COMMANDS[command as CommandId].shortcut ?? { key: 'KeyA' }))).toEqual([
      'CmdOrCtrl+F',
      'CmdOrCtrl+H',
      'F3',
      'Shift+F3',
    ]);
  });

  it('lists the toolbar’s buttons and the Export list’s items', () => {
    expect(toolbarCommands('export')).toEqual(['export-markdown', 'export-html', 'export-docx', 'export-pdf', 'export-all']);
    expect(toolbarCommands('buttons')).toEqual(['new', 'new-from-template', 'open', 'save', 'insert-section', 'find', 'undo', 'redo', 'bold', 'italic', 'link']);
  });
});
