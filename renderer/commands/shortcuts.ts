/**
 * The renderer's one keyboard matcher, derived from the command table (core/commands.ts): the same keys the
 * native menu shows as accelerators, plus the editor's own (bold, italic, link, Ctrl+Y for redo). Keys are
 * matched by the PHYSICAL key (KeyboardEvent.code), with Ctrl or Cmd, so they work the same on Russian and Kazakh
 * layouts, where Ctrl+B types «и» as its key (Slate #4046, #4591).
 *
 * Who acts on a match: menu commands go to the command dispatcher (renderer/commands), which listens on the
 * window; editing commands are run by the editable (renderer/editor/release-editable.tsx); system commands
 * (copy, paste, quit…) are left to Chromium and the OS.
 */
import { COMMANDS, isFunctionKey, SHORTCUTS, shortcutText, type CommandId } from '../../core/commands';

export interface KeyLike {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const BY_KEY = new Map<string, CommandId>(SHORTCUTS.map(({ command, shortcut }) => [`${shortcut.shift ? 'Shift+' : ''}${shortcut.key}`, command]));

/**
 * The command a key press asks for, or null. Ctrl on Windows/Linux, Cmd on macOS (either is accepted); never with
 * Alt (AltGr is Ctrl+Alt). A function key (F3) is matched alone, without Ctrl or Cmd.
 */
export function matchShortcut(event: KeyLike): CommandId | null {
  if (event.altKey) return null;
  if (isFunctionKey(event.code)) {
    if (event.ctrlKey || event.metaKey) return null;
    return BY_KEY.get(`${event.shiftKey ? 'Shift+' : ''}${event.code}`) ?? null;
  }
  if (!(event.ctrlKey || event.metaKey)) return null;
  return BY_KEY.get(`${event.shiftKey ? 'Shift+' : ''}${event.code}`) ?? null;
}

/** "Ctrl+B" or "⌘B" for tooltips; '' for a command without a shortcut. */
export function shortcutLabel(command: CommandId, platform: string): string {
  const shortcut = COMMANDS[command].shortcut;
  return shortcut ? shortcutText(shortcut, platform) : '';
}
