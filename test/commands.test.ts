/**
 * The native menu (electron/menu.ts) and the renderer's keyboard matcher (renderer/commands/shortcuts.ts) are both
 * built from core/commands.ts. This test reads the two real artefacts, not the table, and proves they agree both
 * ways: every accelerator in the menu is matched by the renderer to the same command, and every key the renderer
 * matches is the accelerator of that command's menu item, except the editor's own keys named here.
 */
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../electron/menu';
import type { MenuItem as MenuItemConstructorOptions } from '../electron/menu';
import { matchShortcut } from '../renderer/commands/shortcuts';

const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);

/** What a menu item runs: its menu action, or the role Chromium or the OS carries out. */
const commandOf = (item: MenuItemConstructorOptions): string | undefined => (item.id?.startsWith('menu:') ? item.id.slice('menu:'.length) : item.role);

/** "CmdOrCtrl+Shift+S" as a key press with Ctrl on the physical key S; "Shift+F3" as F3 alone, with Shift. */
function keyOf(accelerator: string) {
  const parts = accelerator.split('+');
  const letter = parts.at(-1) ?? '';
  if (/^F\d+$/u.test(letter)) return { code: letter, ctrlKey: false, metaKey: false, altKey: false, shiftKey: parts.includes('Shift') };
  expect(parts[0], accelerator).toBe('CmdOrCtrl');
  expect(letter, accelerator).toMatch(/^[A-Z,]$/u);
  return { code: letter === ',' ? 'Comma' : `Key${letter}`, ctrlKey: true, metaKey: false, altKey: false, shiftKey: parts.includes('Shift') };
}

/** Keys the editor answers that no menu item shows (a menu item has one accelerator; Ctrl+Y is redo's second key). */
const EDITOR_ONLY = { 'Ctrl+B': 'bold', 'Ctrl+I': 'italic', 'Ctrl+K': 'link', 'Ctrl+Y': 'redo' };

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

describe('the native menu and the renderer’s shortcuts', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    const menuItems = items(buildMenuTemplate({ language: 'ru', platform, isDevelopment: true, recent: [], send: () => undefined, clearRecent: () => undefined }));

    it(`every accelerator of the menu is matched by the renderer to the same command (${platform})`, () => {
      const withKeys = menuItems.filter((item) => item.accelerator);
      expect(withKeys.length).toBeGreaterThan(10);
      for (const item of withKeys) {
        expect(matchShortcut(keyOf(String(item.accelerator))), `${String(item.accelerator)} (${item.label})`).toBe(commandOf(item));
      }
    });

    it(`every key the renderer matches is its command’s accelerator in the menu, but for the editor’s own (${platform})`, () => {
      const accelerators = new Map(menuItems.filter((item) => item.accelerator).map((item) => [item.accelerator, commandOf(item)]));
      const editorOnly: Record<string, string> = {};
      for (const letter of LETTERS) {
        for (const shiftKey of [false, true]) {
          const command = matchShortcut({ code: `Key${letter}`, ctrlKey: true, metaKey: false, altKey: false, shiftKey });
          if (command === null) continue;
          const accelerator = `CmdOrCtrl+${shiftKey ? 'Shift+' : ''}${letter}`;
          if (accelerators.get(accelerator) === command) continue;
          editorOnly[`Ctrl+${shiftKey ? 'Shift+' : ''}${letter}`] = command;
        }
      }
      expect(editorOnly).toEqual(EDITOR_ONLY);
    });
  }

  it('has Ctrl+Shift+N, Ctrl+Shift+E and Ctrl+W on both sides (the menu had them, the renderer did not)', () => {
    const menuItems = items(buildMenuTemplate({ language: 'en', platform: 'linux', isDevelopment: false, recent: [], send: () => undefined, clearRecent: () => undefined }));
    const accelerator = (action: string) => menuItems.find((item) => item.id === `menu:${action}`)?.accelerator;
    expect([accelerator('new-from-template'), accelerator('export-all'), accelerator('close')]).toEqual(['CmdOrCtrl+Shift+N', 'CmdOrCtrl+Shift+E', 'CmdOrCtrl+W']);
    expect(matchShortcut(keyOf('CmdOrCtrl+Shift+N'))).toBe('new-from-template');
    expect(matchShortcut(keyOf('CmdOrCtrl+Shift+E'))).toBe('export-all');
    expect(matchShortcut(keyOf('CmdOrCtrl+W'))).toBe('close');
  });

  it('has F3 and Shift+F3 on both sides, pressed alone (with Ctrl they are not Find next)', () => {
    const menuItems = items(buildMenuTemplate({ language: 'kk', platform: 'win32', isDevelopment: false, recent: [], send: () => undefined, clearRecent: () => undefined }));
    const accelerator = (action: string) => menuItems.find((item) => item.id === `menu:${action}`)?.accelerator;
    expect([accelerator('find'), accelerator('replace'), accelerator('find-next'), accelerator('find-previous')]).toEqual(['CmdOrCtrl+F', 'CmdOrCtrl+H', 'F3', 'Shift+F3']);
    expect(matchShortcut({ code: 'F3', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false })).toBe('find-next');
    expect(matchShortcut({ code: 'F3', ctrlKey: false, metaKey: false, altKey: false, shiftKey: true })).toBe('find-previous');
    expect(matchShortcut({ code: 'F3', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false })).toBeNull();
  });
});
