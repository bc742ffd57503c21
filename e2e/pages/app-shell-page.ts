import type { Locator, Page } from '@playwright/test';

/** The app around the editor: dialogs, the outline, the status bar and the interface language switch. */
export class AppShellPage {
  constructor(readonly page: Page) {}

  /** The open modal dialog (role=dialog), optionally by its title. */
  dialog(title?: string | RegExp): Locator {
    return title === undefined ? this.page.getByRole('dialog') : this.page.getByRole('dialog', { name: title });
  }

  async answer(dialogTitle: string | RegExp, button: string): Promise<void> {
    await this.dialog(dialogTitle).getByRole('button', { name: button, exact: true }).click();
  }

  outline(name: string): Locator {
    return this.page.getByRole('navigation', { name });
  }

  interfaceLanguage(label: string): Locator {
    return this.page.getByRole('combobox', { name: label });
  }

  get wordCount(): Locator {
    return this.page.getByTestId('word-count');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
}
