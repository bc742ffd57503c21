import { readdir } from 'node:fs/promises';
import { expect, test } from './host/fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { ReleaseEditorPage } from './pages/release-editor-page';
import { almatyReleaseJson } from '../test/fixtures/damaged-releases';
import { docxOf, sampleDocumentXml } from '../test/fixtures/hostile-files';

/**
 * Issue 13 in the app: a DOCX zip bomb (document.xml inflating to 300 MB from a 2 MB file) opened over a release
 * with unsaved words. The host reads it in the guarded reader's worker (out/main/input-worker.js, as Electron's
 * main does): the press officer gets the message in the interface language — which part, how big, the limit —
 * and the release on screen keeps every unsaved word, still marked unsaved.
 */
const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };

test.use({ openApp: false });

test('opening a 300 MB zip bomb shows why in Russian, and the open release keeps its unsaved text', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  host.systemLanguage = 'ru';
  const release = await host.writeDocument('Конференция.pressroom', JSON.stringify(almatyReleaseJson(), null, 2));
  const bomb = await host.writeDocument('Пресс-релиз (вложение из письма).docx', docxOf(await sampleDocumentXml(300 * 1024 * 1024)));

  await host.open();
  const editor = new ReleaseEditorPage(page, RU);
  const shell = new AppShellPage(page);
  await expect(editor.editor).toBeVisible({ timeout: 20_000 });
  host.answerNextOpen(release);
  await page.keyboard.press('Control+KeyO');
  await expect(editor.headline).toContainText('В Алматы прошла конференция к 30-летию Конституции');

  await editor.headline.click();
  await page.keyboard.press('End');
  const unsaved = ' – итоги дня';
  await editor.type(unsaved);
  await expect(editor.headline).toContainText(unsaved);
  await expect.poll(() => host.windowState?.dirty).toBe(true);
  const listing = (await readdir(host.documentsDir)).sort();

  host.answerNextOpen(bomb);
  await page.keyboard.press('Control+KeyO');
  const dialog = shell.dialog('Файл слишком большой');
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(dialog).toContainText('Часть документа «word/document.xml» распаковывается в 300 МБ, а Pressroom читает части до 8 МБ.');
  await expect(dialog).toContainText('Pressroom не открывает файлы такого размера.');
  await expect(dialog).toContainText(`Файл: ${bomb}`);
  await testInfo.attach('zip bomb refused, ru', { body: await dialog.screenshot({ path: testInfo.outputPath('zip-bomb-dialog.png') }), contentType: 'image/png' });
  await shell.answer('Файл слишком большой', 'ОК');
  await expect(shell.dialog()).toHaveCount(0);

  await expect(editor.headline).toContainText(`В Алматы прошла конференция к 30-летию Конституции${unsaved}`);
  expect(host.windowState).toMatchObject({ name: 'Конференция', dirty: true });
  expect((await readdir(host.documentsDir)).sort()).toEqual(listing);
  expect(host.callsOf('openDocument').at(-1)).toBeTruthy();
});
