import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { expect, test } from './host/fixtures';
import { AppShellPage } from './pages/app-shell-page';
import type { TestHost } from './host/fixtures';
import { pointAt, ReleaseEditorPage } from './pages/release-editor-page';
import { readDocumentText } from '../core/model/document-file';
import { sampleText } from '../test/fixtures/sample';
import type { PressroomDocument, ReleaseBlock } from '../core/model/types';

/**
 * Paste that keeps structure (issue 10, item 4), in Chromium against the built renderer: clipboard HTML as Word,
 * Google Docs, LibreOffice and a web page write it (core/formats/clipboard/fixtures), and the sample release as
 * plain text, pasted the way Chromium delivers a paste; then the release is saved and exported and read back.
 */

const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };
const FIXTURES = join(import.meta.dirname, '..', 'core', 'formats', 'clipboard', 'fixtures');
const fixture = (name: string): Promise<string> => readFile(join(FIXTURES, name), 'utf8');

test.use({ openApp: false });

async function start(host: TestHost, page: Page): Promise<ReleaseEditorPage> {
  host.systemLanguage = 'ru';
  await host.open();
  const editor = new ReleaseEditorPage(page, RU);
  await expect(editor.editor).toBeVisible({ timeout: 20_000 });
  return editor;
}

/**
 * A paste as Chromium delivers one to the focused editor: the paste event, then insertFromPaste unless taken.
 * (A script text: the e2e type check has no DOM library.)
 */
async function paste(page: Page, data: { html?: string; text?: string }): Promise<void> {
  await page.evaluate(`(() => {
    const { html, text } = ${JSON.stringify(data)};
    const target = document.activeElement;
    if (!target || !target.isContentEditable) throw new Error('paste: the editor has no focus');
    const transfer = new DataTransfer();
    if (html !== undefined) transfer.setData('text/html', html);
    if (text !== undefined) transfer.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    if (!event.defaultPrevented) target.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: transfer, bubbles: true, cancelable: true }));
  })()`);
}

async function saved(page: Page, host: TestHost, name: string): Promise<PressroomDocument> {
  const path = host.path(`${name}.pressroom`);
  host.answerNextSave(path);
  await page.keyboard.press('Control+KeyS');
  await expect.poll(() => existsSync(path), { message: 'the release is saved' }).toBe(true);
  return host.readDocument(path);
}

async function exported(page: Page, host: TestHost, name: string, format: 'docx' | 'markdown'): Promise<Buffer> {
  const path = host.path(`${name}.${format === 'docx' ? 'docx' : 'md'}`);
  host.answerNextSave(path);
  await host.sendCommand({ type: 'menu', action: `export-${format}` });
  // A release the checklist still finds errors in (its blanks) is exported after the question.
  const question = new AppShellPage(page).dialog('Экспортировать с ошибками?');
  await expect.poll(async () => existsSync(path) || (await question.isVisible()), { message: `the ${format} export is written or asked about` }).toBe(true);
  if (!existsSync(path)) await new AppShellPage(page).answer('Экспортировать с ошибками?', 'Всё равно экспортировать');
  await expect.poll(() => existsSync(path), { message: `the ${format} export is written` }).toBe(true);
  return readFile(path);
}

/** A node's words; the press rules' no-break spaces read as spaces (these tests are about structure). */
const text = (node: unknown): string => {
  const n = node as { text?: string; children?: unknown[] };
  return typeof n.text === 'string' ? n.text.replace(/\u00a0/g, ' ') : (n.children ?? []).map(text).join('');
};
/** Each block's type and the start of its words, as `type: words`, cut to the expected's length. */
const outline = (body: ReleaseBlock[], expected: string[]): string[] =>
  body.map((block, index) => `${block.type}: ${text(block)}`.slice(0, expected[index]?.length ?? 40));

test('the sample pasted as plain text into the lead: the lead stays, one paragraph per block, no empty paragraph, none in the DOCX', async ({ page, host }) => {
  const editor = await start(host, page);
  await editor.clickInto(editor.headline);
  await editor.type('Конституция – әділет пен тұрақтылықтың тірегі');
  // The dateline is written from the release details' city and date.
  await page.locator('#metadata-city').fill('Алматы');
  await page.locator('#metadata-date').fill('29.08.2025');
  await page.locator('#metadata-date').press('Tab');
  await editor.clickInto(editor.block('lead'));
  const sample = sampleText();
  await paste(page, { text: sample });

  const paragraphs = sample.split(/\n\s*\n/).map((part) => part.trim());
  const document = await saved(page, host, 'образец');
  const body = document.body.slice(2);
  expect(body.map((block) => block.type)).toEqual(['lead', ...paragraphs.slice(1).map(() => 'paragraph')]);
  expect(body.map(text)).toEqual(paragraphs.map((part) => part.replace(/^- /, '– ')));
  expect(body.filter((block) => text(block).trim() === '')).toEqual([]);

  const docx = await exported(page, host, 'образец', 'docx');
  const { value: html } = await mammoth.convertToHtml({ buffer: docx }, { ignoreEmptyParagraphs: false });
  expect(html.match(/<p><\/p>/g) ?? [], 'empty paragraphs in the DOCX').toEqual([]);
  expect(html.replace(/\u00a0/g, ' ')).toContain('– Как подчеркивает Глава государства');
});

test('Word HTML pasted into the empty lead: the lead stays lead, headings without bold, numbered lists keep their numbers, the table is rows, the image goes', async ({ page, host }) => {
  const editor = await start(host, page);
  await editor.clickInto(editor.block('lead'));
  await paste(page, { html: await fixture('word.ru.html'), text: 'Конституция – основа справедливого Казахстана' });

  const document = await saved(page, host, 'word');
  const expected = [
    'lead: Конституция – основа справедливого Казахста',
    'paragraph: 29 августа в Алматы прошла научно-практичес',
    'section-heading: Программа конференции',
    'numbered-list: Приветственное слово заместителя акима г',
    'paragraph: В конференции участвовали:',
    'bulleted-list: депутаты маслихата;члены Общественного со',
    'paragraph: Вторая часть программы продолжила нумерац',
    'numbered-list: Выставка «Конституция в лицах» – в фойе.К',
    'paragraph: Время – Событие',
    'bulleted-list: 10:00 – Регистрация участников11:00 – Пле',
    'paragraph: Фото: пресс-служба акимата города Алматы',
  ];
  expect(outline(document.body.slice(2), expected)).toEqual(expected);
  await expect(editor.editor.locator('img')).toHaveCount(0);
  await expect(editor.block('lead')).toHaveText('Конституция – основа справедливого Казахстана');

  const markdown = (await exported(page, host, 'word', 'markdown')).toString('utf8').replace(/\u00a0/g, ' ');
  expect(markdown).toContain('## Программа конференции\n');
  expect(markdown).not.toMatch(/#+ \*\*/);
  expect(markdown).toContain('1. Приветственное слово заместителя акима города.\n2. Доклады учёных-правоведов и *политологов*.\n3. Церемония награждения.');
  expect(markdown).toContain('1. Выставка «Конституция в лицах» – в фойе.');
  expect(markdown).not.toContain(' | ');
  expect(markdown).toContain('[сайте акимата](https://almaty.gov.kz/ru/news)');
});

test('a web page with a table: its rows become list items, never "a | b" text; the straight quotes and hyphen are set in Russian', async ({ page, host }) => {
  const editor = await start(host, page);
  await editor.clickInto(editor.block('lead'));
  await editor.type('Вступление.');
  await page.keyboard.press('Enter');
  await paste(page, { html: await fixture('web-page.ru.html') });

  const document = await saved(page, host, 'web');
  const body = document.body.slice(2);
  expect(body.map((block) => text(block)).join('\n')).not.toContain('|');
  const table = body.at(-1) as ReleaseBlock;
  expect(table.type).toBe('bulleted-list');
  expect((table as { children: unknown[] }).children.map(text)).toEqual(['10:00 – Вынос флага – Площадь Республики', '19:00 – Концерт – Площадь Республики']);
  expect(text(body.at(-2))).toBe('Время – Мероприятие – Место');
  expect(body.map(text)).toContain(
    '29 августа в городе прошла конференция «Конституция – әділет пен тұрақтылықтың тірегі». Её открыл заместитель акима Азамат Калдыбеков, поздравивший участников. Полная программа – на странице события.',
  );
  await expect(editor.block('lead')).toHaveText('Вступление.');
});

for (const [name, headline, types] of [
  ['google-docs.kk.html', 'Алматыда Конституцияның 30 жылдығына арналған конференция өтті', ['paragraph', 'section-heading', 'numbered-list', 'paragraph', 'bulleted-list', 'paragraph', 'bulleted-list', 'paragraph']],
  ['libreoffice.en.html', 'Almaty marks 30 years of the Constitution', ['paragraph', 'section-heading', 'numbered-list', 'paragraph', 'bulleted-list', 'paragraph', 'numbered-list', 'paragraph', 'bulleted-list', 'paragraph']],
] as const) {
  test(`${name} pasted into the empty headline: the headline stays, then the document's structure`, async ({ page, host }) => {
    const editor = await start(host, page);
    await editor.clickInto(editor.headline);
    await paste(page, { html: await fixture(name) });
    await expect(editor.headline).toHaveText(headline);
    await expect(editor.headline.locator('strong')).toHaveCount(0);
    const document = await saved(page, host, name);
    expect(document.body[0]?.type).toBe('headline');
    // The blank release's dateline and lead come after what was pasted at the top.
    expect(document.body.slice(1).map((block) => block.type).filter((type) => type !== 'dateline' && type !== 'lead')).toEqual(types);
  });
}

test('pasting into a quote field keeps the paste in the field, as one line of text', async ({ page, host }) => {
  const editor = await start(host, page);
  await editor.clickInto(editor.block('lead'));
  await editor.type('Вступление.');
  await page.keyboard.press('Enter');
  await editor.chooseBlockType('Цитата');
  await paste(page, { html: '<p>Наша главная цель – <b>Справедливый</b> Казахстан.</p><p>Вторая строка</p>', text: 'Наша главная цель – Справедливый Казахстан.\n\nВторая строка' });
  await expect(editor.quote()).toHaveCount(1);
  await expect(editor.field(editor.quote(), 'quote', 'text')).toHaveText('Наша главная цель – Справедливый Казахстан. Вторая строка');
  const document = await saved(page, host, 'цитата');
  const quote = document.body.find((block) => block.type === 'quote');
  expect(quote?.children.map(text)).toEqual(['Наша главная цель – Справедливый Казахстан. Вторая строка', '', '', '']);
  expect(document.body.map((block) => block.type)).toEqual(['headline', 'dateline', 'lead', 'quote']);
});

test('one undo removes a whole paste, and the text typed before it stays', async ({ page, host }) => {
  const editor = await start(host, page);
  await editor.clickInto(editor.block('lead'));
  await editor.type('Мой лид.');
  await paste(page, { html: await fixture('word.ru.html') });
  await expect(editor.editor.locator('ol.block--list')).toHaveCount(2);
  await page.keyboard.press('Control+KeyZ');
  await expect(editor.block('lead')).toHaveText('Мой лид.');
  await expect(editor.editor.locator('.block--list')).toHaveCount(0);
  await expect(editor.block('paragraph')).toHaveCount(0);
  await expect(editor.block('section-heading')).toHaveCount(0);
});

test('copied words go to other programs as the exports write them, with no label or hint; pasted back, a quote stays a quote', async ({ page, host, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 1000 });
  const editor = await start(host, page);
  const read = readDocumentText(await readFile(join(import.meta.dirname, '../core/formats/fixtures/conference-almaty.ru.pressroom'), 'utf8'));
  if (!read.ok) throw new Error('the fixture does not read');
  host.answerNextOpen(await host.writeDocument('Конференция.pressroom', read.document));
  await page.keyboard.press('Control+KeyO');
  await expect(editor.editor.locator('.block--quote')).toHaveCount(1);
  const blocksBefore = await editor.editor.locator('.block').count();
  // From the start of the deputy akim's paragraph to the end of the quote after it (its verb), with the mouse.
  const from = await pointAt(page, 'Заместитель акима города', 'start');
  const to = await pointAt(page, 'заявил', 'end');
  await page.mouse.click(from.x - 1, from.y);
  await page.keyboard.down('Shift');
  await page.mouse.click(to.x + 1, to.y);
  await page.keyboard.up('Shift');
  await page.keyboard.press('Control+KeyC');

  // For Word, a CMS or an e-mail: two paragraphs, the quote written as every export writes it.
  const text = ((await page.evaluate('navigator.clipboard.readText()')) as string).replace(/\u00a0/gu, ' ');
  const [paragraph, quote, ...more] = text.split('\n\n');
  expect(more).toEqual([]);
  expect(paragraph).toMatch(/^Заместитель акима города Алматы Азамат Калдыбеков .* страны\.$/u);
  expect(quote).toMatch(/^– Как подчеркивает Глава государства, .*, – заявил Азамат Калдыбеков\.$/u);
  const html = (await page.evaluate(`navigator.clipboard.read().then((items) => items[0].getType('text/html')).then((blob) => blob.text())`)) as string;
  expect(html).toContain('<figure class="quote">');
  expect(html).toContain('<cite>Азамат Калдыбеков</cite>');
  for (const label of ['Цитата', 'Спикер', 'Должность', 'Глагол']) {
    expect(text).not.toContain(label);
    expect(html).not.toContain(label);
  }

  // Pasted back at the start of a later paragraph: the paragraph, then the quote whole, then that paragraph's words.
  const later = editor.editor.getByText('Выступившие на конференции', { exact: false });
  await later.scrollIntoViewIfNeeded();
  const at = await pointAt(page, 'Выступившие на конференции', 'start');
  await page.mouse.click(at.x, at.y);
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+KeyV');
  await expect(editor.editor.locator('.block--quote')).toHaveCount(2);
  const pastedQuote = editor.editor.locator('.block--quote').nth(1);
  await expect(pastedQuote.locator('.field--quote-speaker')).toContainText('Азамат Калдыбеков');
  await expect(pastedQuote.locator('.field--quote-verb')).toContainText('заявил');
  await expect(pastedQuote.locator('xpath=preceding-sibling::*[1]')).toContainText('Заместитель акима города Алматы');
  await expect(pastedQuote.locator('xpath=following-sibling::*[1]')).toHaveText(/^Выступившие на конференции/u);
  await expect(editor.editor.locator('.block')).toHaveCount(blocksBefore + 2);
  await page.keyboard.press('Control+KeyZ');
  await expect(editor.editor.locator('.block--quote')).toHaveCount(1);
  await expect(editor.editor.locator('.block')).toHaveCount(blocksBefore);
});
