/**
 * Keyboard shortcuts matched by the PHYSICAL key (KeyboardEvent.code), with Ctrl or Cmd, so they work the same
 * on Russian and Kazakh layouts, where Ctrl+B types «и» as its key (Slate #4046, #4591).
 */
export type ShortcutCommand = 'bold' | 'italic' | 'undo' | 'redo' | 'save' | 'save-as' | 'open' | 'new' | 'link';

export interface KeyLike {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const TABLE: { code: string; shift: boolean; command: ShortcutCommand }[] = [
  { code: 'KeyB', shift: false, command: 'bold' },
  { code: 'KeyI', shift: false, command: 'italic' },
  { code: 'KeyZ', shift: false, command: 'undo' },
  { code: 'KeyZ', shift: true, command: 'redo' },
  { code: 'KeyY', shift: false, command: 'redo' },
  { code: 'KeyS', shift: false, command: 'save' },
  { code: 'KeyS', shift: true, command: 'save-as' },
  { code: 'KeyO', shift: false, command: 'open' },
  { code: 'KeyN', shift: false, command: 'new' },
  { code: 'KeyK', shift: false, command: 'link' },
];

/** The command a key press asks for, or null. Ctrl on Windows/Linux, Cmd on macOS (either is accepted). */
export function matchShortcut(event: KeyLike): ShortcutCommand | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  const row = TABLE.find((entry) => entry.code === event.code && entry.shift === event.shiftKey);
  return row ? row.command : null;
}

/** "Ctrl+B" or "⌘B" for tooltips. */
export function shortcutLabel(command: ShortcutCommand, platform: string): string {
  const row = TABLE.find((entry) => entry.command === command);
  if (!row) return '';
  const key = row.code.replace('Key', '');
  if (platform === 'darwin') return `${row.shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${row.shift ? 'Shift+' : ''}${key}`;
}
