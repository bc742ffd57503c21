import type { CommandHandlers } from '../commands/dispatcher';

/** The templates area's dialogs. */
export type TemplateDialog = 'gallery' | 'insert' | 'save-as' | 'library';

/**
 * The templates area's command handlers (the menu actions of area 'templates' in core/commands.ts): each opens
 * its dialog, whether the action comes from the native menu, its shortcut or a toolbar button.
 */
export function templateCommandHandlers(open: (dialog: TemplateDialog) => void): CommandHandlers<'templates'> {
  return {
    'new-from-template': () => open('gallery'),
    'insert-section': () => open('insert'),
    'save-as-template': () => open('save-as'),
    'manage-templates': () => open('library'),
  };
}
