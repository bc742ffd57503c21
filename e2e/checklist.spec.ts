import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { ReleaseEditorPage } from './pages/release-editor-page';

/**
 * The pre-publication checklist and the embargo as a press officer uses them (issue 11 items 4 and 5): the panel
 * one click away in the header, a finding that takes the caret to what it is about, and an embargoed, approved
 * release exported without a question and with its embargo line.
 */

const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };

test.use({ openApp: false });

async function startInRussian(host: TestHost, page: Page) {
  host.systemLanguage = 'ru';
  await host.open();
  const editor = new ReleaseEditorPage(page, RU);
  await expect(editor.editor).toBeVisible({ timeout: 20_000 });
  return { editor, shell: new AppShellPage(page) };
}

test('the checklist lists what to fix, and a finding takes the caret to it', async ({ page, host }, testInfo) => {
  const { editor, shell } = await startInRussian(host, page);
  await editor.clickInto(editor.headline);
  await editor.type('Итоги конкурса');
  await shell.button('Проверка').click();
  const panel = page.getByRole('region', { name: 'Проверка перед публикацией' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Заголовок короткий – знаков: 14');
  await expect(panel).toContainText('В датлайне нет города');
  await expect(panel).toContainText('Нет контактов для СМИ');
  await page.screenshot({ path: testInfo.outputPath('checklist-ru.png') });

  // The dateline is written from the details' city and date: the finding takes the caret to the city there.
  await panel.getByRole('button', { name: /В датлайне нет города/ }).click();
  await expect(page.locator('#metadata-city')).toBeFocused();
  await page.keyboard.type('Алматы');
  await page.keyboard.press('Tab');
  await expect(editor.block('dateline')).toContainText('Алматы');
  // The panel follows the release: the city is no longer missing.
  await expect(panel).not.toContainText('В датлайне нет города');
});

test('an approved release with an embargo exports without a question, the embargo line first', async ({ page, host }, testInfo) => {
  const { editor, shell } = await startInRussian(host, page);
  await editor.clickInto(editor.headline);
  await editor.type('В Алматы наградили победителей городского конкурса социальных проектов молодёжи');
  await page.locator('#metadata-city').fill('Алматы');
  await page.locator('#metadata-date').fill('29.08.2025');
  await page.locator('#metadata-date').press('Tab');
  const publication = page.getByRole('region', { name: 'Публикация' });
  await publication.getByRole('combobox', { name: 'Статус' }).selectOption({ label: 'Утверждён' });
  // The embargo's date and time in the interface's own form (never the browser's mm/dd/yyyy), 24-hour.
  await publication.getByLabel('Не публиковать до').fill('29.08.2025');
  await publication.getByLabel('Не публиковать до').press('Tab');
  await publication.getByLabel('Время').fill('25:00');
  await publication.getByLabel('Время').press('Tab');
  await expect(publication.getByRole('alert')).toHaveText('Не время: введите часы и минуты, например 14:05');
  await publication.getByLabel('Время').fill('10');
  await publication.getByLabel('Время').press('Tab');
  await expect(publication.getByLabel('Время')).toHaveValue('10:00');
  await expect(publication.getByLabel('Не публиковать до')).toHaveValue('29.08.2025');
  await expect(publication.getByRole('combobox', { name: 'Часовой пояс' })).toHaveValue('Asia/Almaty');
  await page.screenshot({ path: testInfo.outputPath('publication-ru.png') });

  const target = host.path('релиз.html');
  host.answerNextSave(target);
  await host.sendCommand({ type: 'menu', action: 'export-html' });
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено:' })).toContainText(target);
  await expect(shell.dialog()).toHaveCount(0);
  const html = await readFile(target, 'utf8');
  expect(html).toContain('<p class="embargo"><strong>ДЛЯ ПУБЛИКАЦИИ НЕ РАНЕЕ 29 августа 2025 года, 10:00 (UTC+5)</strong></p>');
  expect(html).toContain('"datePublished": "2025-08-29T10:00:00+05:00"');
});
