import { describe, expect, it } from 'vitest';
import { setUp } from '../commands/fixtures/fake-host-and-keys';
import { templateCommandHandlers, type TemplateDialog } from './template-commands';

describe('the templates feature’s commands', () => {
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

});
