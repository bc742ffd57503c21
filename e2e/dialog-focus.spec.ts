import { readFileSync } from 'node:fs';
import { readDocumentText } from '../core/model/document-file';
import { expect, test } from './host/fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { ReleaseEditorPage } from './pages/release-editor-page';

/**
 * Every dialog is drawn in one frame (renderer/dialogs/dialog-frame.tsx): while it is open, Tab and Shift+Tab go
 * round its own controls only; Escape closes it; and the focus goes back where it was before, so the press
 * officer carries on typing or clicking where they were. A dialog opened inside another keeps its keys to itself.
 */

const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };

test.use({ openApp: false });

test.beforeEach(async ({ host, page }) => {
  host.systemLanguage = 'ru';
  await host.open();
  await expect(new ReleaseEditorPage(page, RU).editor).toBeVisible({ timeout: 20_000 });
});

test('the link dialog keeps Tab inside, Escape closes it, and typing carries on in the headline', async ({ page }) => {
  const editor = new ReleaseEditorPage(page, RU);
  await editor.clickInto(editor.headline);
  await editor.type('Конференция');
  await page.keyboard.press('Control+KeyK');
  const dialog = page.getByRole('dialog', { name: 'Ссылка' });
  const address = dialog.getByLabel('Адрес (http, https или mailto)');
  const cancel = dialog.getByRole('button', { name: 'Отмена' });
  const apply = dialog.getByRole('button', { name: 'Применить' });
  await expect(address).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(apply).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(address).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(apply).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor.editor).toBeFocused();
  await editor.type(' в Алматы');
  await expect(editor.headline).toHaveText('Конференция в Алматы');
});

test('a question keeps Tab inside; Escape answers Cancel and gives the focus back to the page', async ({ page, host }) => {
  const editor = new ReleaseEditorPage(page, RU);
  const shell = new AppShellPage(page);
  await editor.clickInto(editor.headline);
  await editor.type('Черновик');
  await host.sendCommand({ type: 'close-requested' });
  const dialog = shell.dialog('Сохранить изменения в «Без названия»?');
  await expect(dialog).toBeVisible();
  const inside = () => page.evaluate("document.activeElement?.closest('[role=\"dialog\"]') !== null");
  for (let press = 0; press < 4; press += 1) {
    await page.keyboard.press('Tab');
    expect(await inside()).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await inside()).toBe(true);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(host.closed).toBe(false);
  await expect(editor.editor).toBeFocused();
});

test('in the template library, the delete question keeps its keys to itself and gives the focus back to its button', async ({ page, host }) => {
  const source = readDocumentText(readFileSync(new URL('../templates/quotes.ru.pressroom', import.meta.url), 'utf8'));
  if (!source.ok) throw new Error('built-in template unreadable');
  await host.call('saveTemplate', { name: 'Цитаты форума', description: 'Для форума', language: 'ru', document: source.document });
  const editor = new ReleaseEditorPage(page, RU);
  await editor.editor.focus();
  await host.sendCommand({ type: 'menu', action: 'manage-templates' });
  const library = page.getByRole('dialog', { name: 'Шаблоны' });
  const importButton = library.getByRole('button', { name: 'Импортировать…' });
  await expect(importButton).toBeFocused();
  // Shift+Tab from the first control goes round to the last one, the dialog's Close.
  await page.keyboard.press('Shift+Tab');
  await expect(library.getByRole('button', { name: 'Закрыть', exact: true })).toBeFocused();

  const deleteButton = library.getByRole('region', { name: 'Мои шаблоны' }).getByRole('listitem', { name: 'Цитаты форума' }).getByRole('button', { name: 'Удалить' });
  await deleteButton.click();
  const confirm = page.getByRole('dialog', { name: 'Удалить шаблон?' });
  const keep = confirm.getByRole('button', { name: 'Отмена' });
  await expect(keep).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Удалить' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(keep).toBeFocused();

  // Escape closes the question only; the library stays, with the focus on the button that asked.
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(library).toBeVisible();
  await expect(deleteButton).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(library).toBeHidden();
  await expect(editor.editor).toBeFocused();
});

test('while the drafts offered back after a restart are on screen, no menu command opens a second dialog over them', async ({ page, host }) => {
  const editor = new ReleaseEditorPage(page, RU);
  const shell = new AppShellPage(page);
  await editor.clickInto(editor.headline);
  await editor.type('Итоги конференции');
  await expect.poll(() => host.callsOf('saveDraft').some((call) => (call.request as { documentText: string }).documentText.includes('Итоги конференции')), { timeout: 30_000 }).toBe(true);
  await host.restart();
  const recovery = shell.dialog('Восстановление несохранённой работы');
  await expect(recovery).toBeVisible();
  // Ctrl+, (Settings), the menu's Settings and Ctrl+O wait: the drafts keep the user's attention.
  await page.keyboard.press('Control+Comma');
  await host.sendCommand({ type: 'menu', action: 'settings' });
  await page.keyboard.press('Control+KeyO');
  await expect(page.getByRole('dialog')).toHaveCount(1);
  expect(host.callsOf('openDocument')).toHaveLength(0);
  // Once they are put aside, the same shortcut opens Settings.
  await recovery.getByRole('button', { name: 'Решить позже' }).click();
  await expect(recovery).toHaveCount(0);
  await page.keyboard.press('Control+Comma');
  await expect(shell.dialog('Настройки организации')).toBeVisible();
});
