import { Bold, Ellipsis, FileDown, FilePlus, FolderOpen, Italic, LayoutTemplate, Link2, ListChecks, ListPlus, PanelLeft, PanelRight, Plus, Redo2, Save, Search, Undo2, X } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';

/**
 * The app's one icon set: Lucide's outline icons (lucide-react, ISC), drawn as inline SVG by React, so nothing is
 * fetched and they follow the text colour. Every icon the interface shows is named here; a part asks for
 * `<Icon name="save" />`, never for a Lucide component, so the set stays one and can be swapped in one place.
 */
const ICONS = {
  new: FilePlus,
  open: FolderOpen,
  save: Save,
  template: LayoutTemplate,
  undo: Undo2,
  redo: Redo2,
  bold: Bold,
  italic: Italic,
  link: Link2,
  'insert-section': ListPlus,
  find: Search,
  export: FileDown,
  outline: PanelLeft,
  details: PanelRight,
  more: Ellipsis,
  add: Plus,
  remove: X,
  checklist: ListChecks,
} as const satisfies Record<string, LucideIcon>;

export type IconName = keyof typeof ICONS;

/** An icon beside (or instead of) a control's words: hidden from assistive technology, which reads the words. */
export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  const Drawn = ICONS[name];
  return <Drawn className={`icon icon--${name}`} size={size} strokeWidth={1.75} aria-hidden="true" focusable="false" />;
}
