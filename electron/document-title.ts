/** The title bar: "Release.pressroom• — Pressroom" with the unsaved-changes mark, "Pressroom" with nothing open. */
export const UNSAVED_MARK = '•';

export function windowTitle(name: string, dirty: boolean): string {
  const shown = name.trim();
  if (!shown) return dirty ? `${UNSAVED_MARK} Pressroom` : 'Pressroom';
  return `${shown}${dirty ? UNSAVED_MARK : ''} — Pressroom`;
}
