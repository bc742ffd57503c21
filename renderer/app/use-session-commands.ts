import { EXPORT_FORMATS, type ExportAction } from '../../core/api';
import { useCommandHandlers } from '../commands';
import type { DocumentSession } from '../session/document-session';
import type { Asking } from './asking';

/**
 * What the document session answers of the command table (core/commands.ts): the document, export and help
 * areas, and the host's open-file and close-requested. The compiler asks for a handler for every action of those
 * areas. Menu shortcuts wait while a question is open (the menu itself still runs).
 */
export function useSessionCommands(session: DocumentSession, asking: Asking): void {
  useCommandHandlers<'document' | 'export' | 'help'>(
    {
      new: () => void session.newRelease(),
      open: () => void session.open(),
      save: () => void session.save(),
      'save-as': () => void session.save({ saveAs: true }),
      close: () => void session.newRelease(),
      about: () => void session.about(),
      'recover-discarded': () => void session.recoverDiscarded(),
      ...exportHandlers(session),
      'export-all': () => void session.exportAs('all'),
      print: () => void session.print(),
      'open-file': (path) => void session.open(path),
      'close-requested': () => void session.closeRequested(),
    },
    { shortcutsPaused: asking.isOpen },
  );
}

/** File ▸ Export ▸ <format>, one handler per export format (core/api.ts), so a new format needs nothing here. */
function exportHandlers(session: DocumentSession): Record<ExportAction, () => void> {
  return Object.fromEntries(EXPORT_FORMATS.map((format) => [`export-${format}`, () => void session.exportAs(format)])) as Record<ExportAction, () => void>;
}
