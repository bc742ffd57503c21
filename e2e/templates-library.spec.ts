import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { readDocumentText } from '../core/model/document-file';
import { expect, test } from './host/fixtures';
import { TemplatesPage } from './templates-page';

/**
 * The rest of the templates area in the Russian interface: Insert section, award ceremony rows, unusable templates
 * in the gallery, and the library's rename, duplicate, delete (after asking), export, import and team folder.
 */

test.use({ openApp: false });

test.beforeEach(async ({ host }) => {
  host.systemLanguage = 'ru';
  await host.open();
});

test('Insert section puts an award ceremony at the cursor; its rows are added and removed with buttons', async ({ page, host }) => {
  const templates = new TemplatesPage(page, host);
  await templates.ready();
  await templates.editor.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Итоги конкурса');
  await host.sendCommand({ type: 'menu', action: 'insert-section' });
  const menu = page.getByRole('menu', { name: 'Вставить раздел' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Приветственное слово', 'Цитаты спикеров', 'Церемония награждения', 'Отмена']);
  await menu.getByRole('menuitem', { name: 'Церемония награждения' }).click();
  await expect(menu).toBeHidden();

  const ceremony = templates.editor.getByRole('group', { name: 'Церемония награждения' });
  await expect(ceremony).toBeVisible();
  await expect(ceremony.getByRole('row')).toHaveCount(2);
  await expect(templates.placeholders).toHaveCount(9);
  await ceremony.getByRole('button', { name: 'Добавить награждённого' }).click();
  await expect(ceremony.getByRole('row')).toHaveCount(3);
  await page.keyboard.type('Айгерим Нурланова');
  await expect(ceremony.getByRole('row').nth(2)).toContainText('Айгерим Нурланова');
  await ceremony.getByRole('row').first().getByRole('button', { name: 'Удалить строку' }).click();
  await expect(ceremony.getByRole('row')).toHaveCount(2);
  await expect(templates.placeholders).toHaveCount(6);
  await expect(templates.editor.locator('h1')).toContainText('Итоги конкурса');
});

test('the gallery lists a corrupt and a newer-version team template greyed out with the reason, and still works', async ({ page, host }) => {
  const team = host.path('Команда');
  await mkdir(team);
  await writeFile(`${team}/сломанный.ru.pressroom`, '{"format": "pressroom", "version": 2, "meta');
  await writeFile(`${team}/будущий.ru.pressroom`, JSON.stringify({ format: 'pressroom', version: 99, metadata: {}, body: [] }));
  const templates = new TemplatesPage(page, host);
  await templates.ready();

  host.answerNextFolder(team);
  await host.sendCommand({ type: 'menu', action: 'manage-templates' });
  const library = page.getByRole('dialog', { name: 'Шаблоны' });
  await library.getByRole('button', { name: 'Добавить папку команды…' }).click();
  await expect(library.getByText(`Папка команды (только чтение): ${team}`)).toBeVisible();
  await library.getByRole('button', { name: 'Закрыть' }).click();

  await host.sendCommand({ type: 'menu', action: 'new-from-template' });
  const gallery = page.getByRole('dialog', { name: 'Новый пресс-релиз из шаблона' });
  await gallery.getByLabel('Язык шаблона').selectOption('ru');
  const broken = gallery.getByRole('button', { name: /сломанный/u });
  const future = gallery.getByRole('button', { name: /будущий/u });
  await expect(broken).toBeDisabled();
  await expect(broken).toContainText('файл повреждён – это не JSON');
  await expect(future).toBeDisabled();
  await expect(future).toContainText('файл создан более новой версией Pressroom (версия 99)');
  // The built-in template is still there, previewed, and makes a release.
  await expect(gallery.getByRole('region', { name: 'Предпросмотр' })).toContainText('Церемония награждения');
  await gallery.getByRole('button', { name: /Пресс-релиз о конференции/u }).click();
  await gallery.getByRole('button', { name: 'Создать' }).click();
  await expect(templates.placeholders).toHaveCount(30);
});

test('the library renames, duplicates, deletes after asking, exports and imports templates', async ({ page, host }) => {
  const source = readDocumentText(readFileSync(new URL('../templates/quotes.ru.pressroom', import.meta.url), 'utf8'));
  if (!source.ok) throw new Error('built-in template unreadable');
  await host.call('saveTemplate', { name: 'Цитаты форума', description: 'Для форума', language: 'ru', document: source.document });
  const templates = new TemplatesPage(page, host);
  await templates.ready();
  await host.sendCommand({ type: 'menu', action: 'manage-templates' });
  const library = page.getByRole('dialog', { name: 'Шаблоны' });
  const mine = library.getByRole('region', { name: 'Мои шаблоны' });
  await expect(mine.getByRole('listitem')).toHaveCount(1);

  await mine.getByRole('listitem', { name: 'Цитаты форума' }).getByRole('button', { name: 'Переименовать' }).click();
  await mine.getByLabel('Новое название').fill('Цитаты молодёжного форума');
  await mine.getByRole('button', { name: 'ОК' }).click();
  await expect(mine.getByRole('listitem', { name: 'Цитаты молодёжного форума' })).toBeVisible();

  await mine.getByRole('listitem', { name: 'Цитаты молодёжного форума' }).getByRole('button', { name: 'Дублировать' }).click();
  await expect(mine.getByRole('listitem', { name: 'Цитаты молодёжного форума (2)' })).toBeVisible();

  await mine.getByRole('listitem', { name: 'Цитаты молодёжного форума (2)' }).getByRole('button', { name: 'Удалить' }).click();
  const confirm = page.getByRole('dialog', { name: 'Удалить шаблон?' });
  await expect(confirm).toContainText('Шаблон «Цитаты молодёжного форума (2)» будет удалён');
  await confirm.getByRole('button', { name: 'Отмена' }).click();
  await expect(mine.getByRole('listitem')).toHaveCount(2);
  await mine.getByRole('listitem', { name: 'Цитаты молодёжного форума (2)' }).getByRole('button', { name: 'Удалить' }).click();
  await confirm.getByRole('button', { name: 'Удалить' }).click();
  await expect(mine.getByRole('listitem')).toHaveCount(1);

  const exported = host.path('цитаты.pressroom');
  host.answerNextSave(exported);
  await mine.getByRole('listitem', { name: 'Цитаты молодёжного форума' }).getByRole('button', { name: 'Экспортировать…' }).click();
  await expect(library.getByText('Шаблон экспортирован')).toBeVisible();
  expect(existsSync(exported)).toBe(true);
  const written = readDocumentText(await host.readText(exported));
  expect(written.ok && written.document.template?.name).toBe('Цитаты молодёжного форума');

  host.answerNextOpenMany([exported]);
  await library.getByRole('button', { name: 'Импортировать…' }).click();
  await expect(library.getByText('Импортирован 1 шаблон')).toBeVisible();
  await expect(mine.getByRole('listitem', { name: 'Цитаты молодёжного форума' })).toHaveCount(2);
  // Built-in templates offer no rename or delete.
  const builtIn = library.getByRole('region', { name: 'Встроенные' });
  await expect(builtIn.getByRole('button', { name: 'Удалить' })).toHaveCount(0);
  await expect(builtIn.getByRole('button', { name: 'Переименовать' })).toHaveCount(0);
});
