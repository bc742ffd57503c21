import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeDocumentText } from '../core/model/document-file';
import { createBlankDocument } from '../core/model/new-document';
import type { PressroomDocument, ReleaseBlock } from '../core/model/types';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/fixtures';

/**
 * Offline spell-checking in the real editor: squiggles under the wrong words only (Russian, a Kazakh title inside a
 * Russian release, English), a right click offers suggestions, "Add to dictionary" and "Ignore all"; a suggestion
 * is one undo step; an added word is kept in the user dictionary the `pressroom` command reads too. The worker
 * compiles its WebAssembly under its own policy, and nothing is fetched from outside the app.
 */

test.use({ openApp: false });

const paragraph = (text: string): ReleaseBlock => ({ type: 'paragraph', children: [{ text }] });

function releaseWithTypos(): PressroomDocument {
  const document = createBlankDocument('ru');
  document.body = [
    { type: 'headline', children: [{ text: 'Конференция к 30-летию Конституции' }] },
    paragraph('В Алматы прошла конферениция, посвящённая Конституции. Учасники обсудили роль маслихата и акимата.'),
    paragraph('Победители конкурса «Әділет пен тұрақтылықтың тірегі» получили дипломы. Мероприятие провёл Бексултан Сарсеков.'),
    paragraph('Форум Digital Almaty собрал goverment experts.'),
    paragraph('Жетісутехнопарк поддержал проект.'),
  ];
  return document;
}

async function openRelease(host: TestHost, page: import('@playwright/test').Page) {
  host.systemLanguage = 'ru';
  await host.open();
  const editor = page.getByRole('textbox', { name: 'Текст релиза' });
  await expect(editor).toBeVisible({ timeout: 20_000 });
  const file = host.path('Опечатки.pressroom');
  await writeFile(file, writeDocumentText(releaseWithTypos()));
  host.answerNextOpen(file);
  await page.keyboard.press('Control+KeyO');
  await expect(editor.locator('p').first()).toContainText('конферениция', { timeout: 20_000 });
  return editor;
}

test('squiggles only the misspelled words, each in its own language', async ({ page, host }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('https://pressroom.test/')) outside.push(request.url());
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const editor = await openRelease(host, page);
  const marked = editor.locator('.misspelled');
  await expect(marked).toHaveText(['конферениция', 'Учасники', 'goverment', 'Жетісутехнопарк'], { timeout: 30_000 });
  expect(workers.some((url) => /spell-worker-[\w-]+\.js$/.test(url))).toBe(true);
  expect(outside).toEqual([]);
});

test('a suggestion replaces the word in one undo step; Ignore and Add to dictionary clear the squiggle', async ({ page, host }) => {
  const editor = await openRelease(host, page);
  const marked = editor.locator('.misspelled');
  await expect(marked).toHaveCount(4, { timeout: 30_000 });

  await marked.filter({ hasText: 'конферениция' }).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Правописание: «конферениция»' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toHaveText('конференция', { timeout: 20_000 });
  await menu.getByRole('menuitem', { name: 'конференция', exact: true }).click();
  await expect(menu).toBeHidden();
  await expect(editor.locator('p').nth(0)).toContainText('В Алматы прошла конференция, посвящённая Конституции.');
  await expect(marked).toHaveCount(3);
  await page.keyboard.press('Control+KeyZ');
  await expect(editor.locator('p').nth(0)).toContainText('В Алматы прошла конферениция, посвящённая');
  await page.keyboard.press('Control+KeyY');
  await expect(editor.locator('p').nth(0)).toContainText('В Алматы прошла конференция, посвящённая');

  // Ignore all: gone for this session, not written anywhere.
  await marked.filter({ hasText: 'goverment' }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Пропустить везде' }).click();
  await expect(marked).toHaveText(['Учасники', 'Жетісутехнопарк']);
  expect(host.callsOf('addToUserDictionary')).toHaveLength(0);

  // Add to dictionary: kept in the user-data folder, one word per line.
  await marked.filter({ hasText: 'Жетісутехнопарк' }).click({ button: 'right' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await marked.filter({ hasText: 'Жетісутехнопарк' }).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Добавить в словарь' }).click();
  await expect(marked).toHaveText(['Учасники']);
  expect((await host.readText(join(host.userDataDir, 'dictionary.txt'))).split('\n')).toContain('Жетісутехнопарк');
});

test('a word typed wrong is not marked while it is being typed, and is marked once the caret leaves it, by a space or a click', async ({ page, host }) => {
  const editor = await openRelease(host, page);
  const marked = editor.locator('.misspelled');
  await expect(marked).toHaveCount(4, { timeout: 30_000 });
  // At the end of the last paragraph, a misspelled word typed and the caret left at its end.
  const last = editor.locator('p').nth(3);
  await last.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Благодорим', { delay: 40 });
  await expect(last).toContainText('проект. Благодорим');
  // Typing paused with the caret at the word's end: still no squiggle under it.
  await page.waitForTimeout(1500);
  await expect(marked.filter({ hasText: 'Благодорим' })).toHaveCount(0);
  // A click in the headline (the paragraph itself does not change): the squiggle comes.
  await editor.locator('h1').click();
  await expect(marked.filter({ hasText: 'Благодорим' })).toHaveCount(1, { timeout: 20_000 });
  // A word finished by a space is marked while typing goes on.
  await last.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' всех учасников и', { delay: 40 });
  await expect(marked.filter({ hasText: 'учасников' })).toHaveCount(1, { timeout: 20_000 });
});

test('a Kazakh typo typed on the Russian layout gets the Kazakh word first, and the suggestion replaces it', async ({ page, host }) => {
  host.systemLanguage = 'kk';
  await host.open();
  const editor = page.getByRole('textbox').first();
  await expect(editor).toBeVisible({ timeout: 20_000 });
  const release = createBlankDocument('kk');
  release.body = [
    { type: 'headline', children: [{ text: 'Казакстан Конституциясының 30 жылдығы' }] },
    paragraph('Әкімдік мектепқа жаңа кітаптар сыйлады.'),
  ];
  const file = host.path('Қателер.pressroom');
  await writeFile(file, writeDocumentText(release));
  host.answerNextOpen(file);
  await page.keyboard.press('Control+KeyO');
  const marked = editor.locator('.misspelled');
  await expect(marked).toHaveText(['Казакстан', 'мектепқа'], { timeout: 30_000 });
  await marked.filter({ hasText: 'Казакстан' }).click({ button: 'right' });
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toHaveText('Қазақстан', { timeout: 20_000 });
  await menu.getByRole('menuitem', { name: 'Қазақстан', exact: true }).click();
  await expect(editor.locator('h1, .block--headline').first()).toContainText('Қазақстан Конституциясының 30 жылдығы');
  await marked.filter({ hasText: 'мектепқа' }).click({ button: 'right' });
  await expect(page.getByRole('menu').getByRole('menuitem').first()).toHaveText('мектепке', { timeout: 20_000 });
  await page.getByRole('menu').getByRole('menuitem', { name: 'мектепке', exact: true }).click();
  await expect(editor).toContainText('Әкімдік мектепке жаңа кітаптар сыйлады.');
  await expect(marked).toHaveCount(0);
});
