import { useEffect, useRef } from 'react';
import type { MenuAction } from '../../core/api';
import type { CommandArea } from '../../core/commands';
import { host } from '../host/host';
import { createCommandDispatcher, type CommandDispatcher, type CommandHandlers } from './dispatcher';

export type { CommandHandlers } from './dispatcher';

let dispatcher: CommandDispatcher | null = null;

/** The window's command dispatcher: created on first use, subscribed to the host and the keyboard once for the page's life. */
export function commands(): CommandDispatcher {
  dispatcher ??= createCommandDispatcher({
    onCommand: (listener) => host().onCommand(listener),
    keys: window,
    // Every dialog of the app is drawn in DialogFrame (role=dialog, aria-modal=true).
    modalOpen: () => document.querySelector('[aria-modal="true"]') !== null,
  });
  return dispatcher;
}

/** Runs a menu action as the native menu would: what toolbar buttons do. */
export function runCommand(action: MenuAction): void {
  commands().run(action);
}

/**
 * Registers a feature's command handlers while the component is mounted. Name the areas the feature answers
 * (core/commands.ts, CommandArea): the compiler then asks for a handler for each of their menu actions.
 *   useCommandHandlers<'templates'>({ 'new-from-template': …, 'insert-section': …, … });
 * The handlers are read when a command comes, so they may be fresh closures at each render.
 */
export function useCommandHandlers<A extends CommandArea>(handlers: CommandHandlers<A>, options: { shortcutsPaused?: boolean | (() => boolean) } = {}): void {
  const latest = useRef({ handlers, options });
  latest.current = { handlers, options };
  useEffect(
    () =>
      commands().register(() => latest.current.handlers, {
        shortcutsPaused: () => {
          const paused = latest.current.options.shortcutsPaused;
          return typeof paused === 'function' ? paused() : paused === true;
        },
      }),
    [],
  );
}
