import { describe, expect, it } from 'vitest';
import type { HostCommand } from '../../core/api';
import { templateCommandHandlers, type TemplateDialog } from '../templates/template-commands';
import { createCommandDispatcher, type KeyPress } from './dispatcher';

/** A fake host and window: counts subscriptions, sends commands and key presses as the real ones would. */
function setUp() {
  const hostListeners: ((command: HostCommand) => void)[] = [];
  const keyListeners: ((event: KeyPress) => void)[] = [];
  const dispatcher = createCommandDispatcher({
    onCommand: (listener) => {
      hostListeners.push(listener);
      return () => hostListeners.splice(hostListeners.indexOf(listener), 1);
    },
    keys: { addEventListener: (_type, listener) => keyListeners.push(listener) },
  });
  const send = (command: HostCommand) => hostListeners.forEach((listener) => listener(command));
  /** A key press with Ctrl, on a Russian layout (the letter is the layout's, the code the physical key). */
  const press = (code: string, key: string, shiftKey = false) => {
    const event = { code, key, ctrlKey: true, metaKey: false, altKey: false, shiftKey, prevented: false, preventDefault: () => (event.prevented = true) };
    keyListeners.forEach((listener) => listener(event));
    return event;
  };
  return { dispatcher, send, press, hostListeners, keyListeners };
}

describe('the command dispatcher', () => {
  it('subscribes to the host and the keyboard once, however many features register', () => {
    const { dispatcher, hostListeners, keyListeners } = setUp();
    const removers = [dispatcher.register(() => ({ save: () => undefined })), dispatcher.register(() => ({ open: () => undefined }))];
    removers.forEach((remove) => remove());
    dispatcher.register(() => ({ save: () => undefined }));
    expect(hostListeners).toHaveLength(1);
    expect(keyListeners).toHaveLength(1);
  });

  it('runs the same handler once for the native menu’s Save, Ctrl+S by physical key and the toolbar', () => {
    const { dispatcher, send, press } = setUp();
    const ran: string[] = [];
    dispatcher.register(() => ({ save: () => ran.push('save'), 'save-as': () => ran.push('save-as') }));
    send({ type: 'menu', action: 'save' });
    expect(ran).toEqual(['save']);
    const key = press('KeyS', 'ы');
    expect(ran).toEqual(['save', 'save']);
    // The page answers the key, so the native menu's accelerator does not run Save a second time.
    expect(key.prevented).toBe(true);
    dispatcher.run('save');
    expect(ran).toEqual(['save', 'save', 'save']);
    press('KeyS', 'Ы', true);
    expect(ran).toEqual(['save', 'save', 'save', 'save-as']);
  });

  it('leaves editing and system keys alone: the editor and Chromium answer them', () => {
    const { dispatcher, press } = setUp();
    const ran: string[] = [];
    dispatcher.register(() => ({ save: () => ran.push('save') }));
    expect(press('KeyB', 'и').prevented).toBe(false);
    expect(press('KeyC', 'с').prevented).toBe(false);
    expect(press('KeyZ', 'я').prevented).toBe(false);
    expect(ran).toEqual([]);
  });

  it('brings a template action to the templates feature, from the menu, its shortcut and the toolbar', () => {
    const { dispatcher, send, press } = setUp();
    const opened: TemplateDialog[] = [];
    dispatcher.register(() => templateCommandHandlers((dialog) => opened.push(dialog)));
    const app: string[] = [];
    dispatcher.register(() => ({ new: () => app.push('new'), close: () => app.push('close') }));
    send({ type: 'menu', action: 'new-from-template' });
    press('KeyN', 'Т', true); // Ctrl+Shift+N on a Russian layout
    dispatcher.run('insert-section');
    send({ type: 'menu', action: 'manage-templates' });
    send({ type: 'menu', action: 'save-as-template' });
    expect(opened).toEqual(['gallery', 'gallery', 'insert', 'library', 'save-as']);
    expect(app).toEqual([]);
    press('KeyW', 'ц');
    expect(app).toEqual(['close']);
  });

  it('uses the handlers as they are when the command comes, and the latest feature that answers it', () => {
    const { dispatcher, send } = setUp();
    const ran: string[] = [];
    let version = 1;
    dispatcher.register(() => ({ open: () => ran.push(`open ${version}`) }));
    send({ type: 'menu', action: 'open' });
    version = 2;
    send({ type: 'menu', action: 'open' });
    const remove = dispatcher.register(() => ({ open: () => ran.push('dialog open') }));
    send({ type: 'menu', action: 'open' });
    remove();
    send({ type: 'menu', action: 'open' });
    expect(ran).toEqual(['open 1', 'open 2', 'dialog open', 'open 2']);
    expect(dispatcher.run('about')).toBe(false);
  });

  it('swallows menu shortcuts while a feature pauses them (a question is open), but still runs the menu', () => {
    const { dispatcher, send, press } = setUp();
    const ran: string[] = [];
    let asking = true;
    dispatcher.register(() => ({ save: () => ran.push('save') }), { shortcutsPaused: () => asking });
    expect(press('KeyS', 'ы').prevented).toBe(true);
    expect(ran).toEqual([]);
    send({ type: 'menu', action: 'save' });
    expect(ran).toEqual(['save']);
    asking = false;
    press('KeyS', 'ы');
    expect(ran).toEqual(['save', 'save']);
  });

  it('routes a file to open and a close request, keeping those that come before anyone answers them', () => {
    const { dispatcher, send } = setUp();
    const seen: string[] = [];
    send({ type: 'open-file', path: '/home/dana/Релиз.pressroom' });
    send({ type: 'menu', action: 'save' });
    dispatcher.register(() => ({ 'new-from-template': () => seen.push('gallery') }));
    expect(seen).toEqual([]);
    dispatcher.register(() => ({ 'open-file': (path) => seen.push(`open ${path}`), 'close-requested': () => seen.push('close'), save: () => seen.push('save') }));
    expect(seen).toEqual(['open /home/dana/Релиз.pressroom']);
    send({ type: 'close-requested' });
    expect(seen).toEqual(['open /home/dana/Релиз.pressroom', 'close']);
  });
});
