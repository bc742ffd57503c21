import { useCallback, useEffect } from 'react';
import type { MenuAction } from '../../core/api';
import type { DocumentSession } from '../session/document-session';
import { isTemplateAction } from '../templates/template-features';
import type { Asking } from './asking';
import { host } from './host';
import { matchShortcut } from './shortcuts';

/**
 * The file commands, in one place: what each menu action runs, the subscription to the host's commands (menu,
 * open-file, close-requested), and the window's file shortcuts. The menu and shortcuts are to come from one
 * table of commands; this is the piece that table replaces.
 */
export function useSessionCommands(session: DocumentSession, asking: Asking): void {
  const runMenu = useCallback(
    (action: MenuAction) => {
      switch (action) {
        case 'new':
          return void session.newRelease();
        case 'open':
          return void session.open();
        case 'save':
          return void session.save();
        case 'save-as':
          return void session.save({ saveAs: true });
        case 'close':
          return void session.newRelease();
        case 'about':
          return void session.about();
        case 'export-markdown':
          return void session.exportAs('markdown');
        case 'export-html':
          return void session.exportAs('html');
        case 'export-docx':
          return void session.exportAs('docx');
        case 'export-all':
          return void session.exportAs('all');
        default:
          // Template actions are answered by TemplateFeatures itself.
          if (isTemplateAction(action)) return;
          return;
      }
    },
    [session],
  );

  // Menu and OS commands from the host.
  useEffect(
    () =>
      host().onCommand((command) => {
        if (command.type === 'menu') runMenu(command.action);
        else if (command.type === 'open-file') void session.open(command.path);
        else if (command.type === 'close-requested') void session.closeRequested();
      }),
    [runMenu, session],
  );

  // File shortcuts by physical key, anywhere in the window (Russian and Kazakh layouts included).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = matchShortcut(event);
      if (command === 'save' || command === 'save-as' || command === 'open' || command === 'new') {
        event.preventDefault();
        if (asking.isOpen()) return;
        runMenu(command);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runMenu, asking]);
}
