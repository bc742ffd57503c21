import type { Page } from '@playwright/test';
import type { PressroomDocument, ReleaseBlock } from '../core/model/types';
import { almatyRelease } from '../electron/services/fixtures/sample-release';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/fixtures';
import { FindBarPage } from './pages/find-bar-page';
import { ReleaseEditorPage } from './pages/release-editor-page';

/**
 * Find and replace as a press officer uses it, in Chromium on the Almaty release (test/fixtures/sample.ts, in its
 * natural structure: headline, dateline, lead, paragraphs, a quote) with an award ceremony, a word bold in its
 * middle and the city as a variable chip: Ctrl+F, F3, Ctrl+H, Replace all and one Ctrl+Z, ё/е, Kazakh letters in
 * any case, and a match in a chip replaced in the variable.
 */

const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };
const KK_EDITOR = 'Релиз мәтіні';
const RU_FIND = { bar: 'Поиск и замена', query: 'Найти', replacement: 'Заменить на' };
const KK_FIND = { bar: 'Іздеу және ауыстыру', query: 'Табу', replacement: 'Немен ауыстыру' };

const t = (text: string, marks: { bold?: true } = {}) => ({ text, ...marks });
const field = (name: string, text: string) => ({ type: 'field', name, children: [t(text)] });
const cityChip = { type: 'variable', name: 'city', children: [t('')] };

/** The Almaty release, with an award ceremony, a bold middle of a word and two chips of the city. */
function release(): PressroomDocument {
  const document = almatyRelease();
  const endMark = document.body.pop() as ReleaseBlock;
  document.body.splice(4, 0, { type: 'paragraph', children: [t('Конференция прошла в городе '), cityChip, t(', в Доме дружбы. Город '), cityChip, t(' встречает гостей.')] } as unknown as ReleaseBlock);
  document.body.push(
    { type: 'paragraph', children: [t('Всё о конференции: сайт акимата Ал'), t('ма', { bold: true }), t('ты.')] } as ReleaseBlock,
    {
      type: 'award-ceremony',
      children: [
        field('award', 'Медаль «Қазақстан Республикасының Конституциясына 30 жыл»'),
        { type: 'award-row', children: [field('recipient', 'Бексултан Сарсеков'), field('position', 'председатель президиума РОО «Совет генералов»'), field('nomination', 'За вклад в становление государственности')] },
        { type: 'award-row', children: [field('recipient', 'Әлия Қасымова'), field('position', 'ҚАЗАҚСТАН халқы Ассамблеясының мүшесі'), field('nomination', 'Қоғамдық келісім үшін')] },
      ],
    } as unknown as ReleaseBlock,
    endMark,
  );
  document.metadata.variables = [...document.metadata.variables, { name: 'city', label: 'Город', value: 'Алматы' }];
  return document;
}

async function openRelease(host: TestHost, page: Page, language: 'ru' | 'kk' = 'ru') {
  host.systemLanguage = language;
  await host.open();
  const editor = new ReleaseEditorPage(page, { ...RU, editor: language === 'kk' ? KK_EDITOR : RU.editor });
  await expect(editor.editor).toBeVisible({ timeout: 20_000 });
  const path = await host.writeDocument('конференция.pressroom', release());
  await host.sendCommand({ type: 'open-file', path });
  await expect(editor.headline).toHaveText('В Алматы прошла конференция к 30-летию Конституции');
  return { editor, find: new FindBarPage(page, language === 'kk' ? KK_FIND : RU_FIND), path };
}

test.use({ openApp: false });

test('Ctrl+F finds in a quote’s speaker and an award row, counts “1 из 2”, highlights all, and F3 / Shift+F3 move', async ({ page, host }) => {
  const { editor, find } = await openRelease(host, page);
  await editor.clickInto(editor.headline);
  await page.keyboard.press('Control+KeyF');
  await expect(find.query).toBeFocused();
  await page.keyboard.type('сарсеков');
  // The sample's paragraph and the award row.
  await expect(find.count).toHaveText('1 из 2');
  await expect.poll(() => find.highlighted()).toEqual(['Сарсеков', 'Сарсеков']);
  await page.keyboard.press('F3');
  await expect(find.count).toHaveText('2 из 2');
  await expect.poll(() => find.current()).toEqual({ text: 'Сарсеков', field: 'field--award-row-recipient' });

  await find.query.fill('Калдыбеков');
  await expect(find.count).toHaveText(/^\d из 3$/u);
  // Enter = next, wrapping round; the quote's speaker is the third in reading order.
  const position = async () => Number((await find.count.innerText()).split(' из ')[0]);
  for (let step = 0; step < 3 && (await position()) !== 3; step += 1) {
    const now = await position();
    await find.query.press('Enter');
    await expect(find.count).not.toHaveText(`${now} из 3`);
  }
  await expect(find.count).toHaveText('3 из 3');
  await expect.poll(() => find.current()).toEqual({ text: 'Калдыбеков', field: 'field--quote-speaker' });
  // Shift+F3 = previous: the paragraph before the quote.
  await find.query.press('Shift+F3');
  await expect(find.count).toHaveText('2 из 3');
  await expect.poll(async () => (await find.current())?.field).toBeNull();
  await find.query.press('Shift+Enter');
  await expect(find.count).toHaveText('1 из 3');
  await find.query.press('Enter');
  await expect(find.count).toHaveText('2 из 3');

  // Esc closes the bar and gives the page its caret back, on the current match.
  await find.query.press('Escape');
  await expect(find.bar).toBeHidden();
  await expect(editor.editor).toBeFocused();
  await expect.poll(() => page.evaluate('String(window.getSelection())')).toBe('Калдыбеков');
  // F3 on the page opens the bar again and takes the caret to the next match; the page keeps the focus.
  await page.keyboard.press('F3');
  await expect(find.bar).toBeVisible();
  await expect(find.count).toHaveText('3 из 3');
  await expect(editor.editor).toBeFocused();
  await expect.poll(() => find.current()).toEqual({ text: 'Калдыбеков', field: 'field--quote-speaker' });
  await expect.poll(() => page.evaluate('String(window.getSelection())')).toBe('Калдыбеков');
  await page.screenshot({ path: test.info().outputPath('find-ru.png') });
});

test('finds a word whose middle is bold, and finds “её” in “ее” with ё = е, not without', async ({ page, host }) => {
  const { find } = await openRelease(host, page);
  await host.sendCommand({ type: 'menu', action: 'find' });
  await expect(find.query).toBeFocused();
  await page.keyboard.type('акимата алматы');
  await expect(find.count).toHaveText('1 из 1');
  await expect.poll(() => find.highlighted()).toEqual(['акимата Алматы']);
  await expect(page.locator('[data-slate-editor] strong .find-match, [data-slate-editor] .find-match strong')).toHaveCount(1);

  // The sample writes «об этапах ее формирования»; «Всё о конференции» is written with ё.
  await find.query.fill('её формирования');
  await expect(find.count).toHaveText('1 из 1');
  await find.query.fill('все о конференции');
  await expect(find.count).toHaveText('1 из 1');
  await find.button('Ё и Е – одна буква').click();
  await expect(find.count).toHaveText('Нет совпадений');
  await find.query.fill('всё о конференции');
  await expect(find.count).toHaveText('1 из 1');
});

test('Kazakh letters are found in any case (Қ, Ә, І, Ү, Ң…) in a Kazakh interface', async ({ page, host }) => {
  const { editor, find } = await openRelease(host, page, 'kk');
  await editor.clickInto(editor.headline);
  await page.keyboard.press('Control+KeyF');
  await page.keyboard.type('қазақстан халқы ассамблеясының');
  await expect(find.count).toHaveText('1 / 1');
  await expect.poll(() => find.current()).toEqual({ text: 'ҚАЗАҚСТАН халқы Ассамблеясының', field: 'field--award-row-position' });
  await find.query.fill('ҚОҒАМДЫҚ КЕЛІСІМ');
  await expect(find.count).toHaveText('1 / 1');
  await find.query.fill('Әлия');
  await find.button('Бас және кіші әріптерді ажырату').click();
  await expect(find.count).toHaveText('1 / 1');
  await find.query.fill('әлия');
  await expect(find.count).toHaveText('Сәйкестік жоқ');
  await page.screenshot({ path: test.info().outputPath('find-kk.png') });
});

test('Ctrl+H, Replace all changes every field in one step and says the chips are the variable’s; one Ctrl+Z puts all back', async ({ page, host }) => {
  const { editor, find } = await openRelease(host, page);
  const before = await editor.editor.innerText();
  await editor.clickInto(editor.headline);
  await page.keyboard.press('Control+KeyH');
  await expect(find.query).toBeFocused();
  await page.keyboard.type('Алматы');
  const total = Number((await find.count.innerText()).split(' из ')[1]);
  expect(total).toBeGreaterThan(6);
  await find.replacement.fill('Астана');
  await find.button('Заменить все').click();
  await expect(find.message).toContainText(`Заменено ${total - 2} совпадений`);
  await expect(find.message).toContainText('В переменных: «Город»');
  // What is left are the two chips of the city, which still show Алматы.
  await expect(find.count).toHaveText(/ из 2$/u);
  await expect(editor.headline).toHaveText('В Астана прошла конференция к 30-летию Конституции');
  await expect(editor.editor.locator('.field--quote-position')).toContainText('заместитель акима города Астана');
  await expect(editor.editor.locator('[data-variable="city"]').first()).toHaveText('Алматы');
  await page.screenshot({ path: test.info().outputPath('replace-all.png') });

  await find.query.press('Escape');
  await expect(editor.editor).toBeFocused();
  await page.keyboard.press('Control+KeyZ');
  await expect.poll(() => editor.editor.innerText()).toBe(before);
});

test('a match in a chip is replaced in the variable: every chip and the variables panel show the new value', async ({ page, host }) => {
  const { editor, find, path } = await openRelease(host, page);
  await editor.clickInto(editor.headline);
  await page.keyboard.press('Control+KeyH');
  await page.keyboard.type('алматы');
  await find.replacement.fill('Алма-Ата');
  // Go to the first chip.
  for (let step = 0; step < 20 && !(await find.button(/Заменить в переменной/u).isVisible()); step += 1) await find.query.press('Enter');
  await expect(find.button('Заменить в переменной «Город»')).toBeVisible();
  await find.button('Заменить в переменной «Город»').click();
  await expect(find.message).toHaveText('Переменная «Город» изменена во всех местах');
  await expect(editor.editor.locator('[data-variable="city"]')).toHaveText(['Алма-Ата', 'Алма-Ата']);
  await expect(page.getByRole('region', { name: 'Переменные' }).getByRole('textbox', { name: 'Город' })).toHaveValue('Алма-Ата');

  host.answerNextSave(path);
  await page.keyboard.press('Control+KeyS');
  await expect.poll(async () => (await host.readDocument(path)).metadata.variables.find((variable) => variable.name === 'city')?.value).toBe('Алма-Ата');
  const saved = JSON.stringify((await host.readDocument(path)).body);
  expect(saved.match(/"type":"variable","name":"city"/gu)).toHaveLength(2);
});

test('Ctrl+H opened again shows the current match before Replace can change it, wrapping round from the end', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const { editor, find } = await openRelease(host, page);
  await editor.clickInto(editor.headline);
  await page.keyboard.press('Control+KeyF');
  await page.keyboard.type('конституц');
  await expect(find.count).toHaveText(/^\d+ из \d+$/u);
  const total = (await find.count.innerText()).split(' из ')[1];
  await find.query.press('Escape');
  await expect(find.bar).toBeHidden();
  // The caret at the release's end, after every match; the page shows the end.
  await page.keyboard.press('Control+End');
  await expect(editor.editor.getByRole('separator')).toBeInViewport();
  await page.keyboard.press('Control+KeyH');
  await expect(find.query).toHaveValue('конституц');
  // No match after the caret: the first one (the headline's) is current, selected and on screen.
  await expect(find.count).toHaveText(`1 из ${total}`);
  await expect.poll(() => find.current()).toEqual({ text: 'Конституц', field: null });
  await expect(editor.headline).toBeInViewport();
  await find.replacement.fill('конституц');
  await find.button('Заменить').first().click();
  await expect(editor.headline).toHaveText('В Алматы прошла конференция к 30-летию конституции');
});
