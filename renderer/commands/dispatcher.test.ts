import { describe, expect, it } from 'vitest';
import { setUp } from './fixtures/fake-host-and-keys';

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

  it('while a dialog is on screen runs no menu action, from the menu or its shortcut; the host’s events still come', () => {
    const modal = { open: true };
    const { dispatcher, send, press } = setUp(modal);
    const ran: string[] = [];
    dispatcher.register(() => ({ settings: () => ran.push('settings'), open: () => ran.push('open'), 'close-requested': () => ran.push('close') }));
    send({ type: 'menu', action: 'settings' });
    expect(press('KeyO', 'щ').prevented).toBe(true);
    send({ type: 'close-requested' });
    expect(ran).toEqual(['close']);
    modal.open = false;
    send({ type: 'menu', action: 'settings' });
    press('KeyO', 'щ');
    expect(ran).toEqual(['close', 'settings', 'open']);
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
