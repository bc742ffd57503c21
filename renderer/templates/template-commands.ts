import type { ActionsOf } from '../../core/commands';
import type { CommandHandlers } from '../commands/dispatcher';

/** The templates area's dialogs. */
export type TemplateDialog = 'gallery' | 'insert' | 'save-as' | 'library';

/** The dialog each templates menu action opens (core/commands.ts: the actions of area 'templates'). */
export const TEMPLATE_DIALOGS = {
  'new-from-template': 'gallery',
  'insert-section': 'insert',
  'save-as-template': 'save-as',
  'manage-templates': 'library',
} as const satisfies Record<ActionsOf<'templates'>, TemplateDialog>;

/** The templates area's command handlers: each action opens its dialog, from the menu, its shortcut or a toolbar button. */
export function templateCommandHandlers(open: (dialog: TemplateDialog) => void): CommandHandlers<'templates'> {
  const handler = (action: ActionsOf<'templates'>) => () => open(TEMPLATE_DIALOGS[action]);
  return {
    'new-from-template': handler('new-from-template'),
    'insert-section': handler('insert-section'),
    'save-as-template': handler('save-as-template'),
    'manage-templates': handler('manage-templates'),
  };
}
