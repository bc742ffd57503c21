import type { HostCommand, MenuAction } from '../../core/api';
import { isMenuAction, type ActionsOf, type CommandArea } from '../../core/commands';
import { matchShortcut, type KeyLike } from './shortcuts';

/**
 * The renderer's one way in for commands. Menu actions arrive from the native menu (through the host's one
 * `onCommand` subscription), from their shortcut (through one keydown listener and the keyboard matcher of
 * renderer/commands/shortcuts.ts) and from toolbar buttons (`run`); each runs the handler its feature registered.
 * The host's other commands (a file to open, a close request) are routed the same way.
 * Plain TypeScript with its sources passed in, so it is tested without a browser (dispatcher.test.ts).
 */

/** The host's commands that are not menu actions, by their type. */
export interface HostEventHandlers {
  /** A file given on the command line, by a second launch or by the OS. */
  'open-file'?: (path: string) => void;
  /** The window is closing or the app quitting. */
  'close-requested'?: () => void;
}

/** What a feature registers: a handler for every menu action of its areas (the compiler asks for each one). */
export type CommandHandlers<A extends CommandArea = never> = { readonly [K in ActionsOf<A>]: () => void } & HostEventHandlers;

type AnyHandlers = { readonly [K in MenuAction]?: () => void } & HostEventHandlers;

export interface KeyPress extends KeyLike {
  preventDefault(): void;
}

export interface CommandSources {
  /** The host's command stream (PressroomApi.onCommand): subscribed once. */
  onCommand(listener: (command: HostCommand) => void): () => void;
  /** Where key presses are heard (the window): listened to once. */
  keys: { addEventListener(type: 'keydown', listener: (event: KeyPress) => void): void };
  /**
   * Whether one of the app's dialogs is on screen (the page: an element with aria-modal). Menu actions, from the
   * menu or their shortcut, wait then: a dialog has the user's attention, and a second dialog over it (Settings
   * over the drafts offered back after a crash, Open over a question) left one answered and the other forgotten.
   * The host's own events (a file to open, a close request) still come through.
   */
  modalOpen?: () => boolean;
}

export interface RegisterOptions {
  /** While true, shortcuts of menu commands are swallowed and not run (the app is asking a question). */
  shortcutsPaused?: () => boolean;
}

export interface CommandDispatcher {
  /** Adds a feature's handlers (read at each command, so they may change); returns the function that removes them. */
  register(handlers: () => AnyHandlers, options?: RegisterOptions): () => void;
  /** Runs a menu action as the menu would (toolbar buttons); false when no feature answers it. */
  run(action: MenuAction): boolean;
}

type HostEvent = Exclude<HostCommand, { type: 'menu' }>;

export function createCommandDispatcher(sources: CommandSources): CommandDispatcher {
  const registrations: { handlers: () => AnyHandlers; options: RegisterOptions }[] = [];
  /** Host events that came before any feature could answer them (a file to open at start). */
  const waiting: HostEvent[] = [];

  /** The handler of the latest registration that has one. */
  const handlerOf = <K extends keyof AnyHandlers>(name: K): AnyHandlers[K] | undefined => {
    for (let index = registrations.length - 1; index >= 0; index -= 1) {
      const handler = registrations[index]?.handlers()[name];
      if (handler) return handler;
    }
    return undefined;
  };

  const run = (action: MenuAction): boolean => {
    const handler = handlerOf(action);
    handler?.();
    return handler !== undefined;
  };

  const deliver = (event: HostEvent): boolean => {
    if (event.type === 'open-file') {
      const handler = handlerOf('open-file');
      handler?.(event.path);
      return handler !== undefined;
    }
    const handler = handlerOf('close-requested');
    handler?.();
    return handler !== undefined;
  };

  sources.onCommand((command) => {
    if (command.type === 'menu') {
      if (!sources.modalOpen?.()) run(command.action);
    } else if (!deliver(command)) waiting.push(command);
  });

  sources.keys.addEventListener('keydown', (event) => {
    const command = matchShortcut(event);
    if (command === null || !isMenuAction(command)) return;
    // The page answers the key, so the native menu's accelerator does not fire as well.
    event.preventDefault();
    if (sources.modalOpen?.() || registrations.some(({ options }) => options.shortcutsPaused?.())) return;
    run(command);
  });

  return {
    register(handlers, options = {}) {
      const registration = { handlers, options };
      registrations.push(registration);
      for (const event of waiting.splice(0)) if (!deliver(event)) waiting.push(event);
      return () => {
        const index = registrations.indexOf(registration);
        if (index >= 0) registrations.splice(index, 1);
      };
    },
    run,
  };
}
