import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { ReleaseEditorPage } from './pages/release-editor-page';

/**
 * The organisation's Settings dialog as a press officer uses it (issue 11 item 4, issue 12 items 1–2): Ctrl+, opens
 * it, a wrong limit is said in the interface language, the wire dateline with the agency's name shows on the page
 * and in the export as soon as it is saved, Esc keeps the old values, and the settings are there after a restart.
 */

const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };

test.use({ openApp: false });

async function start(host: TestHost, page: Page, language: 'ru' | 'kk' | 'en') {
  await page.setViewportSize({ width: 1366, height: 768 });
  host.systemLanguage = language;
  await host.open();
  await expect(page.locator('[role="textbox"][data-slate-editor="true"]')).toBeVisible({ timeout: 20_000 });
}

test('Settings: the wire dateline with its agency shows on the page, goes into the export and stays after a restart', async ({ page, host }, testInfo) => {
  await start(host, page, 'ru');
  const editor = new ReleaseEditorPage(page, RU);
  const shell = new AppShellPage(page);
  await page.locator('#metadata-city').fill('Алматы');
  await page.locator('#metadata-date').fill('29.08.2025');
  await page.locator('#metadata-date').press('Tab');
  await expect(editor.block('dateline')).toHaveText('Алматы, 29 августа 2025 года');

  await editor.clickInto(editor.headline);
  await page.keyboard.press('Control+Comma');
  const dialog = shell.dialog('Настройки организации');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Релиз не длиннее, слов')).toHaveValue('800');
  // A wrong limit: said in Russian, and Save does not close the dialog.
  await dialog.getByLabel('Релиз не длиннее, слов').fill('сорок');
  await expect(dialog.getByRole('alert').first()).toHaveText('Введите целое число от 1 до 1\u00a0000\u00a0000');
  await dialog.getByLabel('Релиз не длиннее, слов').fill('400');
  await dialog.getByRole('combobox', { name: 'Место и дата: Русский' }).selectOption({ label: 'Как у информагентства' });
  await dialog.getByRole('textbox', { name: 'Агентство в конце: Русский' }).fill('Казинформ');
  await expect(dialog.getByTestId('dateline-example-ru')).toContainText(/АЛМАТЫ\. \d+ \p{L}+\. Казинформ\u00a0–/u);
  await dialog.getByRole('combobox', { name: 'Тире' }).selectOption('em');
  await dialog.getByRole('combobox', { name: 'Бумага для печати и PDF' }).selectOption('letter');
  await page.screenshot({ path: testInfo.outputPath('settings-ru.png') });
  // Enter saves.
  await dialog.getByRole('textbox', { name: 'Агентство в конце: Русский' }).press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Настройки сохранены' })).toBeVisible();
  await expect(editor.block('dateline')).toHaveText('АЛМАТЫ. 29 августа. Казинформ\u00a0–');
  expect(host.callsOf('updateSettings').at(-1)?.request).toMatchObject({ organisation: { checklist: { totalWords: 400 }, houseStyle: { dash: 'em' }, paper: 'letter' } });

  // Typing sets the house dash: a spaced hyphen becomes an em dash in a Russian release.
  await editor.clickInto(editor.headline);
  await editor.type('Итоги - конкурса');
  await expect(editor.headline).toHaveText('Итоги\u00a0— конкурса');

  // The export carries the dateline the page shows.
  const target = host.path('релиз.html');
  host.answerNextSave(target);
  await host.sendCommand({ type: 'menu', action: 'export-html' });
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено:' })).toContainText(target);
  expect(await readFile(target, 'utf8')).toContain('АЛМАТЫ. 29 августа. Казинформ\u00a0–');

  // Esc cancels: a change made and abandoned is not stored.
  await page.keyboard.press('Control+Comma');
  await expect(dialog.getByLabel('Релиз не длиннее, слов')).toHaveValue('400');
  await dialog.getByLabel('Релиз не длиннее, слов').fill('900');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  const saves = host.callsOf('updateSettings').length;

  // The typed release is in a draft before the restart (autosave runs after a pause: a busy machine is slow to it).
  await expect
    .poll(() => host.callsOf('saveDraft').some((call) => (call.request as { documentText: string }).documentText.includes('Итоги\u00a0— конкурса')), { timeout: 30_000 })
    .toBe(true);
  // After a restart: the settings are read back from settings.json.
  await host.restart();
  // The release typed before comes back from its draft, its dateline in the stored style.
  await shell.dialog('Восстановление несохранённой работы').getByRole('button', { name: 'Восстановить' }).first().click();
  await expect(editor.block('dateline')).toHaveText('АЛМАТЫ. 29 августа. Казинформ\u00a0–');
  await host.sendCommand({ type: 'menu', action: 'settings' });
  await expect(dialog.getByLabel('Релиз не длиннее, слов')).toHaveValue('400');
  await expect(dialog.getByRole('textbox', { name: 'Агентство в конце: Русский' })).toHaveValue('Казинформ');
  await expect(dialog.getByRole('combobox', { name: 'Бумага для печати и PDF' })).toHaveValue('letter');
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  expect(saves).toBe(1);
});

for (const [language, title, example] of [
  ['kk', 'Ұйым баптаулары', /АЛМАТЫ\. \p{L}+ \d+-\p{L}+\. ҚазАқпарат\u00a0–/u],
  ['en', 'Organisation settings', /ALMATY, Kazakhstan, \p{L}+\.? \d+ \(Kazinform\) —/u],
] as const) {
  test(`Settings in ${language}: the dialog in the interface language, the Kazinform dateline as an example`, async ({ page, host }, testInfo) => {
    await start(host, page, language);
    await host.sendCommand({ type: 'menu', action: 'settings' });
    const dialog = new AppShellPage(page).dialog(title);
    await expect(dialog).toBeVisible();
    const release = language === 'kk' ? 'Қазақша' : 'English';
    const agency = language === 'kk' ? 'ҚазАқпарат' : 'Kazinform';
    await dialog.getByRole('combobox', { name: new RegExp(`: ${release}$`, 'u') }).selectOption('wire');
    await dialog.getByRole('textbox', { name: new RegExp(`: ${release}$`, 'u') }).fill(agency);
    await expect(dialog.getByTestId(`dateline-example-${language}`)).toContainText(example);
    await dialog.locator('input[name="headlineMin"]').fill('95');
    await expect(dialog.getByRole('alert').first()).toHaveText(language === 'kk' ? 'Тақырыптың ең аз ұзындығы ең көп ұзындығынан асып тұр' : 'The shortest headline is longer than the longest');
    await page.screenshot({ path: testInfo.outputPath(`settings-${language}.png`) });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect(host.callsOf('updateSettings')).toEqual([]);
  });
}

for (const language of ['ru', 'kk', 'en'] as const) {
  test(`Settings in ${language}: every choice shows its whole words, at 1024 and 1366 px`, async ({ page, host }) => {
    await start(host, page, language);
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await host.sendCommand({ type: 'menu', action: 'settings' });
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      // Each choice of each list, measured in the list's own font, fits the list less its padding and arrow.
      const cut = (await page.evaluate(`(() => {
        const canvas = document.createElement('canvas').getContext('2d');
        return [...document.querySelectorAll('[role="dialog"] select')].flatMap((select) => {
          const style = getComputedStyle(select);
          canvas.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
          return [...select.options].filter((option) => canvas.measureText(option.text).width > room).map((option) => select.name + ': ' + option.text);
        });
      })()`)) as string[];
      expect(cut, `at ${width} px`).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    }
  });
}
