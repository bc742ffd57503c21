import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Editor } from 'slate';
import type { Descendant } from 'slate';
import { countWords } from '../core/editing/count-words';
import { createReleaseEditor } from '../core/editing/create-release-editor';
import { releaseOutline } from '../core/editing/release-outline';
import { readDocumentText, writeDocumentText } from '../core/model/document-file';
import { listUnfilledPlaceholders } from '../core/templates/placeholders';
import type { PressroomDocument, ReleaseBlock } from '../core/model/types';
import { expect, test } from './host/fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { TemplatesPage } from './templates-page';

/**
 * The panels around the page on a long release: the status bar's count (worked out block by block, in slices
 * between frames on opening), the outline (one entry per part, the current one marked, a click jumps there) and
 * the unfilled-blanks list.
 */

test.use({ openApp: false });

/** Parts of the long release: 205 outline entries, more than the outline puts on the page at once (150). */
const PARTS = 100;

/** The real conference release (core/formats/fixtures), its middle repeated under numbered section headings. */
async function longRelease(): Promise<PressroomDocument> {
  const read = readDocumentText(await readFile(join(import.meta.dirname, '../core/formats/fixtures/conference-almaty.ru.pressroom'), 'utf8'));
  if (!read.ok) throw new Error('the fixture does not read');
  const { body } = read.document;
  const middle = body.slice(3, -2);
  const parts = Array.from({ length: PARTS }, (_, i) => [{ type: 'section-heading', children: [{ text: `Часть ${i + 1}` }] } as ReleaseBlock, ...middle]);
  return { ...read.document, body: [...body.slice(0, 3), ...parts.flat(), ...body.slice(-2)] };
}

/** What the editor holds once the release is open (normalised as the app loads it). */
function asOpened(document: PressroomDocument): Descendant[] {
  const editor = createReleaseEditor({ language: document.metadata.language });
  editor.children = JSON.parse(JSON.stringify(document.body)) as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor.children;
}

test('a long release opens with its exact word count and its whole outline; a jump and an edit keep both right', async ({ page, host }) => {
  test.setTimeout(120_000);
  host.systemLanguage = 'ru';
  await host.open();
  const shell = new AppShellPage(page);
  await expect(page.getByRole('textbox', { name: 'Текст релиза' })).toBeVisible({ timeout: 20_000 });

  const document = await longRelease();
  const opened = asOpened(document);
  const count = countWords(opened);
  const outline = releaseOutline(opened);
  expect(outline.filter((item) => item.kind === 'section-heading')).toHaveLength(PARTS);
  expect(outline.length).toBeGreaterThan(150);
  const file = host.path('Длинный релиз.pressroom');
  await writeFile(file, writeDocumentText(document));
  host.answerNextOpen(file);
  await page.keyboard.press('Control+KeyO');

  // The count of the whole release, never a partial one: "counting" until every block is counted.
  await expect(shell.wordCount).toHaveText(`Слов: ${count.words}`, { timeout: 30_000 });
  await expect(page.getByTestId('character-count')).toHaveText(`Знаков: ${count.characters}`);
  await expect(page.getByText(`без пробелов: ${count.charactersWithoutSpaces}`)).toBeVisible();

  // Every entry, the last ones added in idle moments after the release is on screen.
  const nav = shell.outline('Структура релиза');
  await expect(nav.getByRole('listitem')).toHaveCount(outline.length);
  // An outline this long leaves its rows out of view unstyled and unlaid until scrolled to (app.css, outline-sidebar.tsx).
  expect(outline.length).toBeGreaterThan(200);
  await expect(nav.getByRole('listitem').last()).toHaveCSS('content-visibility', 'auto');
  // The last part is far below: a click in the outline brings it into view and marks its entry.
  const last = nav.getByRole('button', { name: `Заголовок раздела Часть ${PARTS}`, exact: true });
  await last.scrollIntoViewIfNeeded();
  await last.click();
  await expect(last).toHaveAttribute('aria-current', 'location');
  await expect(nav.locator('[aria-current="location"]')).toHaveCount(1);
  const heading = page.getByRole('textbox', { name: 'Текст релиза' }).locator('.block--section-heading', { hasText: `Часть ${PARTS}` });
  await expect(heading).toBeInViewport();

  // Two words typed at the end of that heading: the count and the entry follow once typing pauses.
  await page.keyboard.press('End');
  await page.keyboard.type(' – итоги года');
  await expect(shell.wordCount).toHaveText(`Слов: ${count.words + 2}`);
  await expect(page.getByTestId('character-count')).toHaveText(`Знаков: ${count.characters + 13}`);
  await expect(nav.getByRole('button', { name: `Заголовок раздела Часть ${PARTS} – итоги года`, exact: true })).toHaveAttribute('aria-current', 'location');
  await expect(nav.getByRole('listitem')).toHaveCount(outline.length);
  // The release's blanks (the fixture leaves two), listed by hint in reading order.
  const blanks = page.getByRole('region', { name: 'Незаполненные поля' });
  const hints = listUnfilledPlaceholders(opened).map(({ hint }) => hint);
  expect(hints).toHaveLength(2);
  await expect(blanks.getByRole('status')).toHaveText('Осталось заполнить 2 поля');
  await expect(blanks.getByRole('listitem')).toHaveText(hints);
});

interface Box { top: number; bottom: number; height: number }
/** The page as the probe below reads it (the e2e programs are built without the DOM's types). */
interface PageView {
  document: { querySelector(selector: string): { scrollTop: number; getBoundingClientRect(): Box } | null };
  getSelection(): { rangeCount: number; focusNode: { parentElement: { getBoundingClientRect(): Box } | null } | null; getRangeAt(index: number): { getBoundingClientRect(): Box } } | null;
}

/**
 * Whether the caret's box lies inside the page scroller's visible box (an empty line's caret: its line's box), with
 * at least `room` pixels to spare above and below (less a pixel, for rounding).
 */
async function caretInSight(page: import('@playwright/test').Page, room = 0): Promise<boolean> {
  return page.evaluate((room) => {
    const view = globalThis as unknown as PageView;
    const selection = view.getSelection();
    const scroller = view.document.querySelector('.app__page-scroller');
    if (!selection || selection.rangeCount === 0 || !scroller) return false;
    let caret = selection.getRangeAt(0).getBoundingClientRect();
    if (caret.height === 0) caret = (selection.focusNode?.parentElement ?? scroller).getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    return caret.height > 0 && caret.top >= box.top + room - 1 && caret.bottom <= box.bottom - room + 1;
  }, room);
}

/** The room typing keeps between the caret's line and the page's edges (renderer/editor/caret-in-view.ts): more than a line's gap. */
const CARET_ROOM = 36;

test('typing keeps the caret in sight: new lines scroll the page along, and a key brings a page scrolled away back to the caret', async ({ page, host }) => {
  test.setTimeout(120_000);
  host.systemLanguage = 'ru';
  await host.open();
  await expect(page.getByRole('textbox', { name: 'Текст релиза' })).toBeVisible({ timeout: 20_000 });
  const file = host.path('Длинный релиз.pressroom');
  await writeFile(file, writeDocumentText(await longRelease()));
  host.answerNextOpen(file);
  await page.keyboard.press('Control+KeyO');
  const heading = page.getByRole('textbox', { name: 'Текст релиза' }).locator('.block--section-heading', { hasText: 'Часть 40' }).first();
  await heading.scrollIntoViewIfNeeded();
  await heading.click();
  await page.keyboard.press('End');
  // Line after line, as a press officer drafts a list of names: the page follows the caret down.
  for (let line = 1; line <= 30; line += 1) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(`Строка ${line}`);
  }
  // …and never lets the line being written sit flush against the status bar.
  await expect.poll(() => caretInSight(page, CARET_ROOM)).toBe(true);
  await expect(page.getByRole('textbox', { name: 'Текст релиза' }).getByText('Строка 30', { exact: true })).toBeInViewport();

  // The page scrolled back to the top with the wheel; the next letter typed goes where the caret is, in sight.
  await page.evaluate(() => {
    (globalThis as unknown as PageView).document.querySelector('.app__page-scroller')!.scrollTop = 0;
  });
  expect(await caretInSight(page)).toBe(false);
  await page.keyboard.type('а');
  await expect.poll(() => caretInSight(page, CARET_ROOM)).toBe(true);
  await expect(page.getByRole('textbox', { name: 'Текст релиза' }).getByText('Строка 30а', { exact: true })).toBeInViewport();

  // Scrolled past it to the release's end: an arrow key brings the caret back below the page's top edge, with room.
  await page.evaluate(() => {
    const scroller = (globalThis as unknown as PageView).document.querySelector('.app__page-scroller') as unknown as { scrollTop: number; scrollHeight: number };
    scroller.scrollTop = scroller.scrollHeight;
  });
  expect(await caretInSight(page)).toBe(false);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => caretInSight(page, CARET_ROOM)).toBe(true);
});

test('Ctrl+End, Ctrl+Home and Tab to the next blank bring the caret into sight', async ({ page, host }) => {
  host.systemLanguage = 'ru';
  await page.setViewportSize({ width: 1024, height: 700 });
  await host.open();
  const editor = page.getByRole('textbox', { name: 'Текст релиза' });
  await expect(editor).toBeVisible({ timeout: 20_000 });
  const read = readDocumentText(await readFile(join(import.meta.dirname, '../core/formats/fixtures/conference-almaty.ru.pressroom'), 'utf8'));
  if (!read.ok) throw new Error('the fixture does not read');
  host.answerNextOpen(await host.writeDocument('Конференция.pressroom', read.document));
  await page.keyboard.press('Control+KeyO');
  const headline = editor.getByRole('heading', { level: 1 });
  await expect(headline).toHaveText(/^В Алматы/);
  const endMark = editor.getByRole('separator');
  await expect(endMark).not.toBeInViewport();
  // From the headline to the end mark, far below the window's edge: the page goes there (it stayed at the top).
  await headline.click();
  await page.keyboard.press('Control+End');
  await expect.poll(() => caretInSight(page, CARET_ROOM)).toBe(true);
  await expect(endMark).toBeInViewport();
  await page.keyboard.press('Control+Home');
  await expect.poll(() => caretInSight(page, CARET_ROOM)).toBe(true);
  await expect(headline).toBeInViewport();
  // Shift+Ctrl+End selects to the end, and the end it reaches is shown.
  await page.keyboard.press('Control+Shift+End');
  await expect(endMark).toBeInViewport();
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as PageView).getSelection()?.toString().length ?? 0)).toBeGreaterThan(2000);

  // A release from the template: Tab after Tab through the blanks, each one shown when the caret reaches it.
  await new TemplatesPage(page, host).newFromTemplate(/Пресс-релиз о конференции/u);
  const blanks = editor.locator('[data-placeholder-hint]');
  const count = await blanks.count();
  expect(count).toBeGreaterThan(15);
  for (let blank = 1; blank < count; blank += 1) {
    await page.keyboard.press('Tab');
    await expect.poll(() => caretInSight(page)).toBe(true);
  }
  await expect(blanks.last()).toBeInViewport();
});
