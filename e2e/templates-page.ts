import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { TestHost } from './host/test-host';

/** The templates area as a press officer sees it, in the Russian interface: gallery, blanks, variables, library. */
export class TemplatesPage {
  constructor(
    readonly page: Page,
    readonly host: TestHost,
  ) {}

  get editor(): Locator {
    return this.page.getByRole('textbox').first();
  }
  /** The blanks still in the document, in reading order. */
  get placeholders(): Locator {
    return this.editor.locator('[data-placeholder-hint]');
  }
  chips(name: string): Locator {
    return this.editor.locator(`[data-variable="${name}"]`);
  }
  get variablesPanel(): Locator {
    return this.page.getByRole('region', { name: 'Переменные' });
  }
  get unfilledPanel(): Locator {
    return this.page.getByRole('region', { name: 'Незаполненные поля' });
  }

  /** Waits for the app to be up (the editor on screen), as the menu needs it to be. */
  async ready(): Promise<void> {
    await expect(this.editor).toBeVisible();
  }

  async newFromTemplate(templateName: string | RegExp): Promise<void> {
    await this.ready();
    await this.host.sendCommand({ type: 'menu', action: 'new-from-template' });
    const gallery = this.page.getByRole('dialog', { name: 'Новый пресс-релиз из шаблона' });
    await expect(gallery).toBeVisible();
    await gallery.getByLabel('Язык шаблона').selectOption('ru');
    await gallery.getByRole('button', { name: templateName }).click();
    await gallery.getByRole('button', { name: 'Создать' }).click();
    await expect(gallery).toBeHidden();
  }

  /** Tab to the next blank and type over it. */
  async fillNext(text: string): Promise<void> {
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(text);
  }

  async setVariable(label: string, value: string): Promise<void> {
    await this.variablesPanel.getByLabel(label, { exact: true }).fill(value);
  }

  async saveAsTemplate(name: string, description: string): Promise<void> {
    await this.host.sendCommand({ type: 'menu', action: 'save-as-template' });
    const dialog = this.page.getByRole('dialog', { name: 'Сохранить как шаблон' });
    await dialog.getByLabel('Название шаблона').fill(name);
    await dialog.getByLabel('Описание').fill(description);
    await dialog.getByRole('button', { name: 'Сохранить шаблон' }).click();
    await expect(dialog).toBeHidden();
  }
}
