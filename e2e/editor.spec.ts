import { readFile, rm, writeFile } from 'node:fs/promises';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { ReleaseEditorPage } from './pages/release-editor-page';
import { sampleText } from '../test/fixtures/sample';

/**
 * The press officer's path through the editor, in Debian's Chromium against the built renderer with the real
 * services behind window.pressroom (e2e/host): write a release in Russian with Kazakh words, save it, start
 * the app again, open it and find every word in its place.
 */

const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };
const HEADLINE = 'Конституция – әділет пен тұрақтылықтың тірегі';
const LEAD = 'В Алматы прошла научно-практическая конференция «Конституция – основа государства».';
const QUOTE = 'Наша главная цель – построение Справедливого Казахстана';
const SPEAKER = 'Азамат Калдыбеков';
const POSITION = 'заместитель акима города Алматы';

test.use({ openApp: false });

async function startInRussian(host: TestHost, page: import('@playwright/test').Page) {
  host.systemLanguage = 'ru';
  await host.open();
  const editor = new ReleaseEditorPage(page, RU);
  // The first load parses the whole bundle; on a busy CI machine that can take more than the default 5 s.
  await expect(editor.editor).toBeVisible({ timeout: 20_000 });
  return { editor, shell: new AppShellPage(page) };
}

test('writes a release, saves it, starts again, opens it and finds the same structure and text', async ({ page, host }) => {
  const { editor, shell } = await startInRussian(host, page);

  await editor.clickInto(editor.headline);
  // Typed with a plain hyphen between spaces: the typography plugin makes it a dash.
  await editor.type('Конституция - әділет пен тұрақтылықтың тірегі');
  // The dateline is written from the release's details.
  await page.locator('#metadata-city').fill('Алматы');
  await page.locator('#metadata-date').fill('29.08.2025');
  await page.locator('#metadata-date').press('Tab');
  await editor.clickInto(editor.block('lead'));
  // Straight quotes become «» in a Russian release.
  await editor.type('В Алматы прошла научно-практическая конференция "Конституция - основа государства".');
  await page.keyboard.press('Enter');
  await editor.chooseBlockType('Цитата');
  await editor.type(QUOTE);
  await page.keyboard.press('Enter');
  await editor.type(SPEAKER);
  await page.keyboard.press('Enter');
  await editor.type(POSITION);
  await page.keyboard.press('Enter');
  await editor.type('заявил');

  await expect(editor.headline).toHaveText(HEADLINE);
  await expect(editor.block('lead')).toHaveText(LEAD);
  // The title shows the name and the unsaved mark.
  await expect.poll(() => host.windowState).toEqual({ name: 'Без названия', path: null, dirty: true });
  await expect(page).toHaveTitle('• Без названия – Pressroom');
  // The outline lists the parts, the quote by its speaker.
  await expect(shell.outline('Структура релиза').getByRole('button', { name: `Цитата ${SPEAKER}` })).toBeVisible();

  const file = host.path('Конференция.pressroom');
  host.answerNextSave(file);
  await page.keyboard.press('Control+KeyS');
  await expect.poll(() => host.windowState).toEqual({ name: 'Конференция', path: file, dirty: false });
  await expect(page).toHaveTitle('Конференция – Pressroom');

  const saved = await host.readDocument(file);
  expect(saved.body.map((block) => block.type)).toEqual(['headline', 'dateline', 'lead', 'quote']);
  expect(saved.body[3]).toEqual({
    type: 'quote',
    children: [
      // Typed with a spaced dash: the typography keeps the dash to the word before it.
      { type: 'field', name: 'text', children: [{ text: QUOTE.replace(' –', '\u00a0–') }] },
      { type: 'field', name: 'speaker', children: [{ text: SPEAKER }] },
      { type: 'field', name: 'position', children: [{ text: POSITION }] },
      { type: 'field', name: 'verb', children: [{ text: 'заявил' }] },
    ],
  });
  expect(saved.metadata.language).toBe('ru');

  // Start the app again (fresh services on the same folders) and open the file.
  await host.restart();
  const again = new ReleaseEditorPage(page, RU);
  await expect(again.headline).toHaveAttribute('data-empty', 'true');
  host.answerNextOpen(file);
  await page.keyboard.press('Control+KeyO');
  await expect(again.headline).toHaveText(HEADLINE);
  await expect(page.getByTestId('dateline')).toHaveText('Алматы, 29 августа 2025 года');
  await expect(again.block('lead')).toHaveText(LEAD);
  await expect(again.field(again.quote(), 'quote', 'text')).toHaveText(QUOTE);
  await expect(again.field(again.quote(), 'quote', 'speaker')).toHaveText(SPEAKER);
  await expect(again.field(again.quote(), 'quote', 'position')).toHaveText(POSITION);
  await expect.poll(() => host.windowState).toEqual({ name: 'Конференция', path: file, dirty: false });
});

test('a corrupt file shows which problem it has, opens nothing and stays byte-identical', async ({ page, host }) => {
  const { editor, shell } = await startInRussian(host, page);
  await editor.clickInto(editor.headline);
  await editor.type('Мой заголовок');

  const corrupt = host.path('битый.pressroom');
  const bytes = Buffer.from('{"format": "pressroom", "version": 2, "metadata": {', 'utf8');
  await writeFile(corrupt, bytes);
  host.answerNextOpen(corrupt);
  await shell.button('Открыть').click();
  await expect(shell.dialog('Файл не удаётся прочитать')).toBeVisible();
  await expect(shell.dialog('Файл не удаётся прочитать')).toContainText(`Файл: ${corrupt}`);
  await shell.answer('Файл не удаётся прочитать', 'ОК');
  expect(await readFile(corrupt)).toEqual(bytes);
  await expect(editor.headline).toHaveText('Мой заголовок');

  const newer = host.path('из будущего.pressroom');
  const newerText = JSON.stringify({ format: 'pressroom', version: 99, metadata: {}, body: [] });
  await writeFile(newer, newerText);
  host.answerNextOpen(newer);
  await page.keyboard.press('Control+KeyO');
  await expect(shell.dialog('Файл создан более новой версией Pressroom')).toContainText('Версия формата файла – 99');
  await shell.answer('Файл создан более новой версией Pressroom', 'ОК');
  expect(await readFile(newer, 'utf8')).toBe(newerText);

  const foreign = host.path('чужой.pressroom');
  await writeFile(foreign, '{"hello": "world"}');
  host.answerNextOpen(foreign);
  await page.keyboard.press('Control+KeyO');
  await expect(shell.dialog('Это не релиз Pressroom')).toBeVisible();
  await shell.answer('Это не релиз Pressroom', 'ОК');
  await expect(editor.headline).toHaveText('Мой заголовок');
});

test('shortcuts work by physical key on a Russian layout: Ctrl+B (и), Ctrl+Z (я), Ctrl+S (ы)', async ({ page, host }) => {
  const { editor } = await startInRussian(host, page);
  await editor.clickInto(editor.headline);
  await editor.type('Обычный ');
  await editor.pressWithLayout('и', 'KeyB');
  await editor.type('жирный');
  await expect(editor.headline.locator('strong')).toHaveText('жирный');
  await expect(editor.toolbar.getByRole('button', { name: 'Полужирный' })).toHaveAttribute('aria-pressed', 'true');

  await editor.pressWithLayout('я', 'KeyZ');
  await expect(editor.headline).not.toContainText('жирный');
  await editor.pressWithLayout('Я', 'KeyZ', { shift: true });
  await expect(editor.headline).toContainText('жирный');

  const file = host.path('жирный.pressroom');
  host.answerNextSave(file);
  await editor.pressWithLayout('ы', 'KeyS');
  await expect.poll(() => host.windowState?.dirty).toBe(false);
  const saved = await host.readDocument(file);
  expect(saved.body[0]).toEqual({ type: 'headline', children: [{ text: 'Обычный ' }, { text: 'жирный', bold: true }] });
});

test('the interface language follows the system and can be switched in the app', async ({ page, host }) => {
  const { shell } = await startInRussian(host, page);
  await expect(shell.button('Сохранить')).toBeVisible();
  await shell.interfaceLanguage('Язык интерфейса').selectOption('kk');
  await expect(shell.button('Сақтау')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Релиз мәтіні' })).toBeVisible();
  await expect(shell.outline('Релиз құрылымы')).toBeVisible();
  expect(host.callsOf('updateSettings').map((call) => call.request)).toEqual([{ interfaceLanguage: 'kk' }]);
  await shell.interfaceLanguage('Интерфейс тілі').selectOption('en');
  await expect(shell.button('Save')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('closing with unsaved changes asks; “Don’t save” closes and leaves no crash draft (the release is kept among the discarded ones)', async ({ page, host }) => {
  const { editor, shell } = await startInRussian(host, page);
  await editor.clickInto(editor.headline);
  await editor.type('Черновик');
  await host.sendCommand({ type: 'close-requested' });
  const dialog = shell.dialog('Сохранить изменения в «Без названия»?');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button')).toHaveText(['Не сохранять', 'Отмена', 'Сохранить']);
  await shell.answer('Сохранить изменения в «Без названия»?', 'Отмена');
  expect(host.closed).toBe(false);
  await host.sendCommand({ type: 'close-requested' });
  await shell.answer('Сохранить изменения в «Без названия»?', 'Не сохранять');
  await expect.poll(() => host.closed).toBe(true);
  expect(await host.call('listDrafts', {})).toEqual([]);
  expect((await host.call('listDiscardedDrafts', {})).map((kept) => kept.headline)).toEqual(['Черновик']);
});

test('Enter on the unsaved-changes question saves — it is never “Don’t save”, which would discard the draft', async ({ page, host }) => {
  const { editor, shell } = await startInRussian(host, page);
  await editor.clickInto(editor.headline);
  await editor.type('Черновик пресс-релиза');
  await host.sendCommand({ type: 'close-requested' });
  const dialog = shell.dialog('Сохранить изменения в «Без названия»?');
  await expect(dialog.getByRole('button', { name: 'Сохранить' })).toBeFocused();
  host.answerNextSave(host.path('черновик.pressroom'));
  await page.keyboard.press('Enter');
  await expect.poll(() => host.closed).toBe(true);
  const saved = JSON.parse(await readFile(host.path('черновик.pressroom'), 'utf8')) as { body: { children: { text?: string }[] }[] };
  expect(saved.body[0]?.children[0]?.text).toBe('Черновик пресс-релиза');
});

test('an autosaved draft is offered back after the app is killed, and restores every word', async ({ page, host }) => {
  const { editor, shell } = await startInRussian(host, page);
  await editor.clickInto(editor.headline);
  await editor.type('Несохранённый заголовок – қазақша сөз');
  await expect.poll(() => host.callsOf('saveDraft').length, { timeout: 10_000 }).toBeGreaterThan(0);
  // Killed: no close request, no save. Start again.
  await host.restart();
  const recovery = shell.dialog('Восстановление несохранённой работы');
  await expect(recovery).toBeVisible();
  await recovery.getByRole('button', { name: 'Восстановить' }).click();
  const again = new ReleaseEditorPage(page, RU);
  await expect(again.headline).toHaveText('Несохранённый заголовок – қазақша сөз');
  await expect.poll(() => host.windowState?.dirty).toBe(true);
});

test('a file changed on disk is noticed; saving over it asks first', async ({ page, host }) => {
  const { editor, shell } = await startInRussian(host, page);
  await editor.clickInto(editor.headline);
  await editor.type('Версия один');
  const file = host.path('общий.pressroom');
  host.answerNextSave(file);
  await page.keyboard.press('Control+KeyS');
  await expect.poll(() => host.windowState?.dirty).toBe(false);

  const theirs = await host.readDocument(file);
  (theirs.body[0] as { children: { text: string }[] }).children = [{ text: 'Версия коллеги' }];
  await writeFile(file, JSON.stringify(theirs, null, 2));
  await page.evaluate("window.dispatchEvent(new Event('focus'))");
  await expect(page.getByRole('alert')).toContainText('Файл «общий» изменён другой программой.');

  await page.getByRole('alert').getByRole('button', { name: 'Скрыть' }).click();
  await editor.clickInto(editor.headline);
  await page.keyboard.press('End');
  await editor.type(' и моя правка');
  await page.keyboard.press('Control+KeyS');
  const dialog = shell.dialog('Файл «общий» изменён другой программой');
  await expect(dialog.getByRole('button')).toHaveText(['Отмена', 'Сохранить как…', 'Перезаписать']);
  await shell.answer('Файл «общий» изменён другой программой', 'Отмена');
  expect((await host.readDocument(file)).body[0]).toEqual({ type: 'headline', children: [{ text: 'Версия коллеги' }] });
});

test('looks like a finished desktop app (screenshot for review)', async ({ page, host }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { editor } = await startInRussian(host, page);
  await editor.clickInto(editor.headline);
  await editor.type('Конституция - әділет пен тұрақтылықтың тірегі');
  // The dateline is written from the release's details.
  await page.locator('#metadata-city').fill('Алматы');
  await page.locator('#metadata-date').fill('29.08.2025');
  await page.locator('#metadata-date').press('Tab');
  await editor.clickInto(editor.block('lead'));
  await editor.type('В Алматы прошла научно-практическая конференция "Конституция - әділет пен тұрақтылықтың тірегі", посвящённая 30-летию Основного закона.');
  await page.keyboard.press('Enter');
  await editor.type('Мероприятие собрало руководство города, депутатов маслихата, экспертов и активистов Ассамблеи народа Казахстана.');
  await page.keyboard.press('Enter');
  await editor.chooseBlockType('Цитата');
  await editor.type(`${QUOTE}. В Алматы проводится множество мероприятий`);
  await page.keyboard.press('Enter');
  await editor.type(SPEAKER);
  await page.keyboard.press('Enter');
  await editor.type(POSITION);
  await page.keyboard.press('Enter');
  await editor.type('заявил');
  await page.keyboard.press('Enter');
  await editor.chooseBlockType('Заголовок раздела');
  await editor.type('Награждение');
  await page.keyboard.press('Enter');
  await editor.type('После конференции состоялась церемония награждения медалями «Қазақстан Республикасының Конституциясына 30 жыл».');
  await page.waitForTimeout(400);
  await testInfo.attach('app', { body: await page.screenshot({ path: testInfo.outputPath('app.png') }), contentType: 'image/png' });
  await expect(new AppShellPage(page).wordCount).not.toHaveText('Слов: 0');
});

test('File ▸ Export writes Markdown with the release’s words, through the host’s save dialog', async ({ page, host }) => {
  const { editor, shell } = await startInRussian(host, page);
  await editor.clickInto(editor.headline);
  await editor.type('Экспорт – қазақша да');
  const target = host.path('релиз.md');
  host.answerNextSave(target);
  await host.sendCommand({ type: 'menu', action: 'export-markdown' });
  // A headline alone: the checklist finds no dateline, and export asks first, naming the first error.
  await expect(shell.dialog('Экспортировать с ошибками?')).toContainText('В датлайне нет города');
  await shell.answer('Экспортировать с ошибками?', 'Всё равно экспортировать');
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено:' })).toContainText(target);
  expect(await readFile(target, 'utf8')).toContain('Экспорт\u00a0– қазақша да');
  await expect(shell.dialog()).toHaveCount(0);
});

test('pasted HTML arrives as clean release text: no script runs, no foreign element reaches the page', async ({ page, host }) => {
  const { editor } = await startInRussian(host, page);
  await editor.clickInto(editor.block('lead'));
  const html =
    '<p>Вставленный <b>текст</b> – қазақша</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>' +
    '<p><a href="javascript:window.__pwned=3">злая ссылка</a> и <a href="https://almaty.gov.kz/">сайт</a></p>';
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/html', ${JSON.stringify(html)});
    data.setData('text/plain', 'Вставленный текст – қазақша');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
  await expect(editor.editor).toContainText('Вставленный текст – қазақша');
  await expect(editor.editor.locator('strong')).toHaveText('текст');
  await expect(editor.editor).toContainText('злая ссылка и сайт');
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  await expect(editor.editor.locator('img, script, [href], [onerror]')).toHaveCount(0);
  await expect(editor.editor.locator('.link')).toHaveText(['сайт']);
  await expect(editor.editor.locator('.link')).toHaveAttribute('data-url', 'https://almaty.gov.kz/');
});

test('a file changed on disk can be reloaded or compared; a deleted one is reported', async ({ page, host }) => {
  const { editor, shell } = await startInRussian(host, page);
  await editor.clickInto(editor.headline);
  await editor.type('Моя версия');
  const file = host.path('пресс-релиз.pressroom');
  host.answerNextSave(file);
  await page.keyboard.press('Control+KeyS');
  await expect.poll(() => host.windowState?.dirty).toBe(false);

  const theirs = await host.readDocument(file);
  (theirs.body[0] as { children: { text: string }[] }).children = [{ text: 'Версия коллеги – өзгертілген' }];
  await writeFile(file, JSON.stringify(theirs, null, 2));
  await page.evaluate("window.dispatchEvent(new Event('focus'))");
  const banner = page.getByRole('alert');
  await banner.getByRole('button', { name: 'Сравнить' }).click();
  const compare = shell.dialog('Сравнение версий');
  await expect(compare.getByRole('row').nth(1)).toContainText('Версия коллеги – өзгертілген');
  await expect(compare.getByRole('row').nth(1)).toContainText('Моя версия');
  await compare.getByRole('button', { name: 'Загрузить версию с диска' }).click();
  await expect(editor.headline).toHaveText('Версия коллеги – өзгертілген');
  await expect(banner).toHaveCount(0);

  await rm(file);
  await page.evaluate("window.dispatchEvent(new Event('focus'))");
  await expect(page.getByRole('alert')).toContainText('Файл «пресс-релиз» перемещён или удалён.');
  await expect(page.getByRole('alert').getByRole('button', { name: 'Оставить мой (сохранить как…)' })).toBeVisible();
});

test('the shared sample, a plain-text release, opens through Open as an unsaved release with its date, lead and quote', async ({ page, host }) => {
  const { editor } = await startInRussian(host, page);
  const sample = sampleText();
  const path = await host.writeDocument('conference-almaty-constitution.ru.txt', sample);
  host.answerNextOpen(path);
  await page.keyboard.press('Control+KeyO');
  await expect(page.getByRole('status').filter({ hasText: 'Импортировано' })).toBeVisible();
  await expect(editor.block('lead')).toContainText('Мероприятие собрало руководство города');
  await expect(editor.field(editor.quote(), 'quote', 'text')).toContainText('построение Справедливого Казахстана');
  await expect(editor.field(editor.quote(), 'quote', 'speaker')).toHaveText('Азамат Калдыбеков');
  await expect(editor.editor).toContainText('«Қазақстан Республикасының Конституциясына 30 жыл»');
  // Imported, so unsaved and nameless until saved as a .pressroom; the .txt itself is left as it was.
  await expect.poll(() => host.windowState).toEqual({ name: 'conference-almaty-constitution.ru', path: null, dirty: true });
  expect(await readFile(path, 'utf8')).toBe(sample);
});
