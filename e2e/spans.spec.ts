import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { withoutRedundantMarks } from '../core/editing/span-language';
import type { PressroomDocument } from '../core/model/types';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/fixtures';
import { pointAt } from './pages/release-editor-page';

/**
 * Edit ▸ Language of selection in the real editor: a press officer selects the akim's Kazakh quote in a Russian
 * release with the mouse and marks it Kazakh. The quote is then checked as Kazakh — its misspelled Kazakh word keeps
 * a squiggle, the right Kazakh words the Russian check had marked lose theirs, and a Russian word in it has none —
 * its words carry lang="kk" on the page, one Ctrl+Z takes the mark back, and the HTML export tags it.
 */

test.use({ openApp: false });

const FIXTURE = join(import.meta.dirname, '../test/fixtures/languages/library-opening.ru.pressroom');
/** The fixture with no marks at all (as the press officer typed it) and one typo in the Kazakh quote. */
function unmarkedReleaseWithTypo(): PressroomDocument {
  const document = JSON.parse(readFileSync(FIXTURE, 'utf8').replace('тұрғындарға', 'тұрғындраға')) as PressroomDocument;
  return { ...document, body: withoutRedundantMarks(document.body as never[], 'every mark') };
}

const QUOTE_START = 'Бұл кітапхана';
const QUOTE_END = 'болады';

async function openRelease(host: TestHost, page: Page) {
  host.systemLanguage = 'ru';
  await host.open();
  const editor = page.getByRole('textbox', { name: 'Текст релиза' });
  await expect(editor).toBeVisible({ timeout: 20_000 });
  const file = await host.writeDocument('Библиотека.pressroom', unmarkedReleaseWithTypo());
  host.answerNextOpen(file);
  await page.keyboard.press('Control+KeyO');
  await expect(editor).toContainText(QUOTE_START, { timeout: 20_000 });
  return editor;
}


const selectedText = (page: Page): Promise<string> => page.evaluate('String(window.getSelection())');

test('a Kazakh quote marked Kazakh with the mouse is checked as Kazakh and exported with lang="kk"', async ({ page, host }) => {
  const editor = await openRelease(host, page);
  const squiggles = editor.locator('.misspelled');
  // Unmarked, the quote's phrases with few Kazakh letters are checked as Russian: right Kazakh words are squiggled.
  await expect(squiggles.filter({ hasText: /^жастар$/u })).toHaveCount(1, { timeout: 30_000 });
  await expect(squiggles.filter({ hasText: /^тұрғындраға$/u })).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('before.png') });

  // Select the quote's words with the mouse, from its first letter to its last (the quote in the middle of the
  // window first: a drag that ends near its edge scrolls the page and selects on).
  await editor.locator('blockquote, [data-slate-node="element"]').filter({ hasText: QUOTE_START }).last().evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const from = await pointAt(page, QUOTE_START, 'start');
  const to = await pointAt(page, QUOTE_END, 'end');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => selectedText(page)).toContain('отырмыз');
  const selected = await selectedText(page);
  expect(selected.startsWith('Бұл кітапхана')).toBe(true);
  expect(selected.slice(-80)).toMatch(/болады$/u);

  // Edit ▸ Language of selection ▸ Қазақша (the native menu sends the command).
  await host.sendCommand({ type: 'menu', action: 'span-language-kk' });
  const marked = editor.locator('[lang="kk"]');
  await expect(marked.first()).toBeVisible();
  await expect.poll(async () => (await marked.allTextContents()).join('')).toContain('Біз оны жастар үшін ашып отырмыз');
  // The language is named in the interface's words when the pointer rests on the words (their tooltip); nothing
  // is drawn over the line above them.
  await expect(marked.first()).toHaveAttribute('title', 'Язык слов: Қазақша');
  await marked.first().hover();
  expect(await page.evaluate(`getComputedStyle(document.querySelector('[data-slate-editor] [lang="kk"]'), '::after').content`)).toBe('none');

  // Checked as Kazakh now: the typo keeps its squiggle, the right Kazakh words and the Russian word have none.
  await expect(squiggles.filter({ hasText: /^жастар$/u })).toHaveCount(0, { timeout: 30_000 });
  await expect(squiggles.filter({ hasText: /^тұрғындраға$/u })).toHaveCount(1);
  // (A marked word's leaf is one element: its lang and its squiggle's class.)
  await expect(editor.locator('[lang="kk"].misspelled')).toHaveText(['тұрғындраға']);
  expect(await marked.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('компьютер')]));
  await page.mouse.click(10, 10);
  await marked.first().hover();
  await page.screenshot({ path: test.info().outputPath('after.png') });

  // The suggestions are Kazakh ones.
  await squiggles.filter({ hasText: /^тұрғындраға$/u }).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Правописание: «тұрғындраға»' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Проверять как: Русский' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  // One undo takes the mark back; redo puts it again.
  await page.keyboard.press('Control+KeyZ');
  await expect(marked).toHaveCount(0);
  await page.keyboard.press('Control+KeyY');
  await expect(marked.first()).toBeVisible();

  // The HTML export carries the span's language.
  const target = host.path('библиотека.html');
  host.answerNextSave(target);
  await host.sendCommand({ type: 'menu', action: 'export-html' });
  const question = page.getByRole('dialog', { name: 'Экспортировать с ошибками?' });
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено:' }).or(question)).toBeVisible({ timeout: 20_000 });
  if (await question.isVisible()) await question.getByRole('button', { name: 'Всё равно экспортировать' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено:' })).toContainText(target, { timeout: 20_000 });
  const html = await host.readText(target);
  expect(html).toMatch(/<span lang="kk">Бұл кітапхана барлық тұрғындраға арналған\. Біз оны жастар үшін ашып отырмыз\./u);
});

test('the spelling menu checks a word as Kazakh: the word is marked, and its squiggle goes', async ({ page, host }) => {
  const editor = await openRelease(host, page);
  const squiggles = editor.locator('.misspelled');
  const word = squiggles.filter({ hasText: /^жастар$/u });
  await expect(word).toHaveCount(1, { timeout: 30_000 });
  await word.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Проверять как: Қазақша' }).click();
  await expect(editor.locator('[lang="kk"]')).toHaveText(['жастар']);
  await expect(word).toHaveCount(0, { timeout: 30_000 });
});
