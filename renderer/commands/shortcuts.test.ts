import { describe, expect, it } from 'vitest';
import { matchShortcut, shortcutLabel } from './shortcuts';

const press = (code: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}, key = '') => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts by physical key', () => {
  it('matches Ctrl or Cmd with the key’s code, whatever letter the layout types', () => {
    // On a Russian layout KeyB types «и», KeyZ «я», KeyS «ы»; on Kazakh KeyB types «и», KeyI «ш».
    expect(matchShortcut(press('KeyB', { ctrlKey: true }, 'и'))).toBe('bold');
    expect(matchShortcut(press('KeyI', { metaKey: true }, 'ш'))).toBe('italic');
    expect(matchShortcut(press('KeyZ', { ctrlKey: true }, 'я'))).toBe('undo');
    expect(matchShortcut(press('KeyZ', { ctrlKey: true, shiftKey: true }, 'Я'))).toBe('redo');
    expect(matchShortcut(press('KeyY', { ctrlKey: true }, 'н'))).toBe('redo');
    expect(matchShortcut(press('KeyS', { ctrlKey: true }, 'ы'))).toBe('save');
    expect(matchShortcut(press('KeyS', { ctrlKey: true, shiftKey: true }, 'Ы'))).toBe('save-as');
    expect(matchShortcut(press('KeyO', { ctrlKey: true }, 'щ'))).toBe('open');
    expect(matchShortcut(press('KeyN', { metaKey: true }, 'т'))).toBe('new');
    expect(matchShortcut(press('KeyK', { ctrlKey: true }, 'л'))).toBe('link');
  });

  it('matches the menu’s Ctrl+Shift+N, Ctrl+Shift+E and Ctrl+W on Russian and Kazakh layouts too', () => {
    // Russian and Kazakh (ЙЦУКЕН) put Т on KeyN, У on KeyE, Ц on KeyW; the menu's accelerators name N, E, W.
    const layouts = { ru: { KeyN: 'Т', KeyE: 'У', KeyW: 'ц' }, kk: { KeyN: 'Т', KeyE: 'У', KeyW: 'ц' } };
    for (const [layout, letters] of Object.entries(layouts)) {
      expect(matchShortcut(press('KeyN', { ctrlKey: true, shiftKey: true }, letters.KeyN)), layout).toBe('new-from-template');
      expect(matchShortcut(press('KeyE', { ctrlKey: true, shiftKey: true }, letters.KeyE)), layout).toBe('export-all');
      expect(matchShortcut(press('KeyW', { ctrlKey: true }, letters.KeyW)), layout).toBe('close');
    }
  });

  it('knows the keys left to Chromium and the OS, so the menu and the matcher list the same keys', () => {
    expect(matchShortcut(press('KeyC', { ctrlKey: true }, 'с'))).toBe('copy');
    expect(matchShortcut(press('KeyV', { ctrlKey: true }, 'м'))).toBe('paste');
    expect(matchShortcut(press('KeyQ', { metaKey: true }, 'й'))).toBe('quit');
  });

  it('ignores keys without Ctrl/Cmd, with Alt (AltGr on Windows is Ctrl+Alt), unknown keys and a wrong Shift', () => {
    expect(matchShortcut(press('KeyB'))).toBeNull();
    expect(matchShortcut(press('KeyB', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(matchShortcut(press('KeyJ', { ctrlKey: true }))).toBeNull();
    expect(matchShortcut(press('KeyB', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(matchShortcut(press('KeyW', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(matchShortcut(press('KeyE', { ctrlKey: true }))).toBeNull();
    // A letter typed by the layout is not a key: only the code counts.
    expect(matchShortcut(press('Digit2', { ctrlKey: true }, 's'))).toBeNull();
  });

  it('labels shortcuts for the platform', () => {
    expect(shortcutLabel('bold', 'linux')).toBe('Ctrl+B');
    expect(shortcutLabel('redo', 'win32')).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel('save', 'darwin')).toBe('⌘S');
    expect(shortcutLabel('new-from-template', 'darwin')).toBe('⇧⌘N');
    expect(shortcutLabel('insert-section', 'linux')).toBe('');
  });
});
