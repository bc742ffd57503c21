import { describe, expect, it } from 'vitest';
import { matchShortcut, shortcutLabel } from './shortcuts';

const press = (code: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
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
    expect(matchShortcut(press('KeyB', { ctrlKey: true }))).toBe('bold');
    expect(matchShortcut(press('KeyI', { metaKey: true }))).toBe('italic');
    expect(matchShortcut(press('KeyZ', { ctrlKey: true }))).toBe('undo');
    expect(matchShortcut(press('KeyZ', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(matchShortcut(press('KeyY', { ctrlKey: true }))).toBe('redo');
    expect(matchShortcut(press('KeyS', { ctrlKey: true }))).toBe('save');
    expect(matchShortcut(press('KeyS', { ctrlKey: true, shiftKey: true }))).toBe('save-as');
    expect(matchShortcut(press('KeyO', { ctrlKey: true }))).toBe('open');
    expect(matchShortcut(press('KeyN', { metaKey: true }))).toBe('new');
  });

  it('ignores keys without Ctrl/Cmd, with Alt (AltGr on Windows is Ctrl+Alt), and unknown keys', () => {
    expect(matchShortcut(press('KeyB'))).toBeNull();
    expect(matchShortcut(press('KeyB', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(matchShortcut(press('KeyQ', { ctrlKey: true }))).toBeNull();
    expect(matchShortcut(press('KeyB', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('labels shortcuts for the platform', () => {
    expect(shortcutLabel('bold', 'linux')).toBe('Ctrl+B');
    expect(shortcutLabel('redo', 'win32')).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel('save', 'darwin')).toBe('⌘S');
  });
});
