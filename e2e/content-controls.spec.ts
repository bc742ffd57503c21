import type { Locator, Page } from '@playwright/test';
import { expect, test } from './host/fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { pointAt, ReleaseEditorPage } from './pages/release-editor-page';
import { TemplatesPage } from './templates-page';

/**
 * Issue 10, "what was seen", items 1 and 2, in Chromium with the real mouse and keys, on a release made from the
 * Russian conference template as a new user makes it: a selection ending on a chip or blank is replaced by what
 * is typed; dateline, quote and award ceremony behave like Word's content controls; the block menu acts on the
 * block holding the caret; a quote turned into a paragraph is one written paragraph and turns back; removing a
 * blank leaves no doubled punctuation.
 */

const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };

test.use({ openApp: false });

async function fromConferenceTemplate(page: Page, host: import('./host/fixtures').TestHost) {
  host.systemLanguage = 'ru';
  await host.open();
  const templates = new TemplatesPage(page, host);
  await templates.newFromTemplate(/Пресс-релиз о конференции/u);
  const editor = new ReleaseEditorPage(page, RU);
  await expect(editor.block('lead')).toBeVisible();
  return { editor, templates };
}

/** The words of a block as the page shows them, chips and blanks by what they show (no labels, no hints). */
const text = async (locator: Locator) =>
  (await locator.locator('[data-slate-string], .pr-variable > [contenteditable="false"], .pr-placeholder__hint').allTextContents()).join('');
const blankHint = (within: Locator, hint: string) => within.locator(`[data-placeholder-hint="${hint}"] .pr-placeholder__hint`);

/**
 * The conference template's award ceremony with its award name emptied (its blank clicked, Backspace), as the
 * report found it: the caret in the empty award field, the paragraph above and its words.
 */
async function withEmptiedAwardName(page: Page, host: import('./host/fixtures').TestHost) {
  const { editor } = await fromConferenceTemplate(page, host);
  const ceremony = editor.editor.locator('.pr-award-ceremony');
  const above = editor.editor.locator('.block--paragraph', { hasText: 'После завершения конференции' });
  const aboveText = await text(above);
  await blankHint(ceremony, 'Название награды').click();
  // The blank is outlined as selected before the press, as the press officer sees it (a CI run at load pressed
  // Backspace while the release's start on its first blank still held the caret; that start is now made as the page is
  // first laid out and never over a place already chosen: renderer/templates/template-features.tsx).
  await expect(ceremony.locator('[data-placeholder-hint="Название награды"].pr-placeholder--selected')).toBeVisible();
  await page.keyboard.press('Backspace');
  return { editor, ceremony, above, aboveText };
}

/** A point on the words (not on a chip or a blank) of a block: the start of its first text leaf. */
async function clickWords(block: Locator, words: string, clickCount = 1) {
  await block.getByText(words, { exact: false }).first().click({ clickCount, position: { x: 3, y: 5 } });
}

test('triple-click the lead (it ends on the organiser chip) and type: the whole lead is replaced; one undo brings it back', async ({ page, host }) => {
  const { editor } = await fromConferenceTemplate(page, host);
  const lead = editor.block('lead');
  const before = await text(lead);
  await clickWords(lead, 'Организатор', 3);
  await page.keyboard.type('Новый лид');
  await expect.poll(() => text(lead)).toBe('Новый лид');
  await page.keyboard.press('Control+KeyZ');
  await expect.poll(() => text(lead)).toBe(before);
});

test('with a chip at a paragraph’s start, triple-click + typing replaces the whole paragraph, not only the words after the chip', async ({ page, host }) => {
  const { editor } = await fromConferenceTemplate(page, host);
  // «[Организатор] – [кто вы…].»: the chip opens the boilerplate.
  const about = editor.block('boilerplate');
  await clickWords(about, '–', 3);
  await page.keyboard.type('Аппарат акима');
  expect(await text(about)).toBe('Аппарат акима');
  await expect(about.locator('[data-variable], [data-placeholder-hint]')).toHaveCount(0);
});

test('selecting from the lead to the end of the release (it ends on the e-mail blank) and typing replaces exactly that', async ({ page, host }) => {
  const { editor } = await fromConferenceTemplate(page, host);
  const lead = editor.block('lead');
  await clickWords(lead, 'Конференция');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Shift+End');
  await page.keyboard.type('Ж');
  await expect.poll(() => text(lead)).toBe('Ж');
  // Everything before the selection stays: the headline's blank and the dateline (written from the details).
  await expect(editor.headline.locator('[data-placeholder-hint]')).toHaveCount(1);
  await expect(editor.block('dateline')).toHaveCount(1);
  await expect(editor.block('paragraph')).toHaveCount(0);
  await expect(editor.block('media-contact')).toHaveCount(0);
});

test('award ceremony: Backspace in the emptied award name never touches the paragraph above; the table goes with the keyboard', async ({ page, host }) => {
  const { editor, ceremony, above, aboveText } = await withEmptiedAwardName(page, host);
  await expect(ceremony.locator('[data-placeholder-hint="Название награды"]')).toHaveCount(0);
  // The release in the report: its award field emptied, its rows still blanks. Backspace selects the table…
  await page.keyboard.down('Backspace');
  // …held down (the key repeats), it stays selected and the paragraph above keeps every word…
  for (let repeat = 0; repeat < 5; repeat++) await page.keyboard.down('Backspace');
  await page.keyboard.up('Backspace');
  await expect(ceremony).toBeVisible();
  expect(await text(above)).toBe(aboveText);
  // …and a press of its own turns it into an empty paragraph.
  await page.keyboard.press('Backspace');
  await expect(editor.editor.locator('.pr-award-ceremony')).toHaveCount(0);
  expect(await text(above)).toBe(aboveText);
});

test('held Backspace: the press that removes the selected emptied table stops there; its repeats never join the paragraph above', async ({ page, host }) => {
  const { editor, ceremony, above, aboveText } = await withEmptiedAwardName(page, host);
  const paragraphs = await editor.block('paragraph').count();
  // The first press selects the emptied table…
  await page.keyboard.press('Backspace');
  await expect(ceremony).toBeVisible();
  // …a press of its own, held down, turns it into an empty paragraph, and its repeats go no further.
  await page.keyboard.down('Backspace');
  for (let repeat = 0; repeat < 8; repeat++) await page.keyboard.down('Backspace');
  await page.keyboard.up('Backspace');
  await expect(editor.editor.locator('.pr-award-ceremony')).toHaveCount(0);
  await expect(editor.block('paragraph')).toHaveCount(paragraphs + 1);
  expect(await text(above)).toBe(aboveText);
  // A fresh press removes the empty paragraph, as in any editor; the paragraph above keeps its words.
  await page.keyboard.press('Backspace');
  await expect(editor.block('paragraph')).toHaveCount(paragraphs);
  expect(await text(above)).toBe(aboveText);
});

test('held Backspace in an empty paragraph below a quote: the paragraph goes and the repeats leave the quote’s words alone', async ({ page, host }) => {
  const { editor } = await fromConferenceTemplate(page, host);
  const quote = editor.quote(0);
  const quoteText = await text(quote);
  // A new empty paragraph right after the quote: Enter at the end of its last field.
  await editor.field(quote, 'quote', 'verb').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.down('Backspace');
  for (let repeat = 0; repeat < 8; repeat++) await page.keyboard.down('Backspace');
  await page.keyboard.up('Backspace');
  expect(await text(editor.quote(0))).toBe(quoteText);
});

test('award ceremony with words: Backspace pressed on at the start of its emptied award name changes nothing', async ({ page, host }) => {
  // The award name emptied; Enter goes to the first row, where a name is typed.
  const { ceremony, above, aboveText } = await withEmptiedAwardName(page, host);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Бексултан Сарсеков ');
  await expect.poll(() => text(ceremony)).toContain('Бексултан Сарсеков');
  // Back to the start of the emptied award name, and Backspace held on.
  await ceremony.locator('.field--award-ceremony-award .field__text').click();
  for (let press = 0; press < 6; press++) await page.keyboard.press('Backspace');
  expect(await text(above)).toBe(aboveText);
  expect(await text(ceremony)).toContain('Бексултан Сарсеков');
});

test('the block menu acts on the block holding the caret: Paragraph in the emptied award name turns the table, not the paragraph above', async ({ page, host }) => {
  const { editor, above, aboveText } = await withEmptiedAwardName(page, host);
  await expect(editor.blockMenu).toHaveValue('award-ceremony');
  await editor.chooseBlockType('Абзац');
  await expect(editor.editor.locator('.pr-award-ceremony')).toHaveCount(0);
  expect(await text(above)).toBe(aboveText);
});

test('a quote turned into a paragraph is ONE paragraph written as the export writes it, blanks kept; turned back, the same fields', async ({ page, host }) => {
  const { editor } = await fromConferenceTemplate(page, host);
  const quote = editor.quote(0);
  await editor.field(quote, 'quote', 'verb').click();
  const paragraphsBefore = await editor.block('paragraph').count();
  await editor.chooseBlockType('Абзац');
  await expect(editor.block('paragraph')).toHaveCount(paragraphsBefore + 1);
  const written = editor.editor.locator('.block--paragraph', { hasText: 'заявил' });
  await expect(written).toHaveCount(1);
  // «– [Прямая речь спикера], – заявил [Должность спикера] [ФИО спикера].»: every blank kept.
  await expect(written.locator('[data-placeholder-hint]')).toHaveCount(3);
  expect(await text(written)).toBe('–\u00a0Прямая речь спикера,\u00a0– заявил Должность спикера ФИО спикера.');
  await written.click({ position: { x: 3, y: 5 } });
  await editor.chooseBlockType('Цитата');
  await expect(editor.field(editor.quote(0), 'quote', 'verb')).toHaveText('заявил');
  await expect(editor.field(editor.quote(0), 'quote', 'text').locator('[data-placeholder-hint]')).toHaveAttribute('data-placeholder-hint', 'Прямая речь спикера');
  await expect(editor.field(editor.quote(0), 'quote', 'position').locator('[data-placeholder-hint]')).toHaveAttribute('data-placeholder-hint', 'Должность спикера');
});

test('removing the “why they gathered” blank leaves one full stop in the lead, not “. .”', async ({ page, host }) => {
  const { editor } = await fromConferenceTemplate(page, host);
  const lead = editor.block('lead');
  await lead.locator('[data-placeholder-hint^="Зачем собрались"] .pr-placeholder__hint').click();
  await expect(lead.locator('.pr-placeholder--selected')).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await expect(lead.locator('[data-placeholder-hint^="Зачем собрались"]')).toHaveCount(0);
  const words = await text(lead);
  expect(words).not.toMatch(/\.\s*\./u);
  expect(words).not.toMatch(/ {2}/u);
  expect(words).toMatch(/общественных деятелей\. Организатор – /u);
});

test('text typed without a keydown (Chromium insertText) into a clicked blank of an award row fills that blank, not the top of the release', async ({ page, host }) => {
  const { editor } = await fromConferenceTemplate(page, host);
  const ceremony = editor.editor.locator('.pr-award-ceremony');
  await blankHint(ceremony, 'ФИО награждённого').first().click();
  // Typed once the clicked blank shows as selected, as the press officer sees it (see withEmptiedAwardName).
  await expect(ceremony.locator('[data-placeholder-hint="ФИО награждённого"]').first()).toHaveClass(/pr-placeholder--selected/u);
  // Playwright types characters of no US key as insertText alone, as dictation and on-screen keyboards do.
  await page.keyboard.type('Бексултан Сарсеков');
  await expect.poll(() => text(ceremony)).toContain('Бексултан Сарсеков');
  await expect(editor.headline.locator('[data-placeholder-hint]')).toHaveCount(1);
  expect(await text(editor.headline)).not.toContain('Бексултан');
});

/** The browser putting the caret at the very start of the release by itself: no key, no mouse, no focus call. */
const caretToReleaseStartByTheBrowser = (page: Page) =>
  page.evaluate(`(() => {
    const root = document.querySelector('[data-slate-editor="true"]');
    if (root) document.getSelection().collapse(root, 0);
  })()`);

test('the caret moved to the top of the release without any input after a blank was clicked is put back: the words go into the blank', async ({ page, host }) => {
  // Seen on a loaded machine: 150–1,400 ms after the click, Chromium put the caret back on the headline's blank by
  // itself and slate-react took it, so the next words filled the headline (renderer/editor/caret-guard.ts).
  const { editor } = await fromConferenceTemplate(page, host);
  const lead = editor.block('lead');
  await lead.locator('[data-placeholder-hint^="Зачем собрались"] .pr-placeholder__hint').click();
  await expect(lead.locator('.pr-placeholder--selected')).toHaveCount(1);
  await caretToReleaseStartByTheBrowser(page);
  await page.waitForTimeout(300); // longer than slate-react's wait before it reads a moved caret
  await page.keyboard.type('Обсудить поправки');
  await expect.poll(() => text(lead)).toContain('Обсудить поправки');
  await expect(editor.headline.locator('[data-placeholder-hint]')).toHaveCount(1);
  expect(await text(editor.headline)).not.toContain('Обсудить');
});

/** Whether either end of the browser's selection stands inside a chip's or blank's non-editable pill. */
const caretInsidePill = (page: Page) =>
  page.evaluate(`(() => {
    const selection = document.getSelection();
    const inside = (node) => Boolean(node && (node.nodeType === 1 ? node : node.parentElement)?.closest('[data-slate-void="true"]'));
    return inside(selection.anchorNode) || inside(selection.focusNode);
  })()`);

test('a click on a blank and an arrow key onto one select it: the browser\'s caret never stands inside the pill, and text sent without a key (dictation) fills it', async ({ page, host }) => {
  // The cause of the caret jump to the top of the release (renderer/editor/caret-guard.ts): a caret inside the pill
  // cannot type, so Chromium moved it to the first editable place before the text, and a letter was lost.
  const { editor } = await fromConferenceTemplate(page, host);
  const lead = editor.block('lead');
  const before = await text(lead);
  await blankHint(lead, 'Зачем собрались: повод и цель конференции').click();
  await expect(lead.locator('.pr-placeholder--selected')).toHaveCount(1);
  await expect.poll(() => caretInsidePill(page)).toBe(false);
  await page.keyboard.insertText('Обсудить');
  await page.keyboard.insertText(' поправки');
  await expect.poll(() => text(lead)).toBe(before.replace('Зачем собрались: повод и цель конференции', 'Обсудить поправки'));
  await page.keyboard.press('Control+KeyZ');
  await expect.poll(() => text(lead)).toBe(before);
  // Onto the blank from the words before it: one ArrowRight selects it (as Word's content controls do).
  await blankHint(lead, 'Зачем собрались: повод и цель конференции').click();
  await page.keyboard.press('ArrowLeft');
  await expect(lead.locator('.pr-placeholder--selected')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(lead.locator('.pr-placeholder--selected')).toHaveCount(1);
  expect(await caretInsidePill(page)).toBe(false);
  await page.keyboard.insertText('Принять устав');
  await expect.poll(() => text(lead)).toBe(before.replace('Зачем собрались: повод и цель конференции', 'Принять устав'));
  expect(await text(editor.headline)).toBe('Заголовок: что произошло, где и по какому поводу');
});

test('Ctrl+A with a blank selected selects the whole release, not a caret at its top', async ({ page, host }) => {
  // Ctrl+A is answered from the model (page-chunk.tsx): from a selection spanning a blank's pill too.
  const { editor } = await fromConferenceTemplate(page, host);
  // The speech blank fills its field: the text before it is empty.
  const quote = editor.editor.locator('.block--quote').first();
  await blankHint(quote, 'Прямая речь спикера').click();
  await expect(quote.locator('.pr-placeholder--selected')).toHaveCount(1);
  await page.keyboard.press('Control+A');
  const selected = () =>
    page.evaluate(`(() => {
      const selection = document.getSelection();
      const root = document.querySelector('[data-slate-editor="true"]');
      const blocks = root.querySelectorAll(':scope [data-slate-node="element"]');
      return !selection.isCollapsed && selection.containsNode(blocks[0], true) && selection.containsNode(blocks[blocks.length - 1], true) && selection.toString().length > 200;
    })()`);
  await expect.poll(selected).toBe(true);
  // And the key after it acts on all of it: the letter replaces the release's words.
  await page.keyboard.type('Ж');
  await expect.poll(async () => (await text(editor.editor)).includes('заявил')).toBe(false);
  await page.keyboard.press('Control+KeyZ');
  await expect.poll(() => text(editor.block('lead'))).toContain('Зачем собрались: повод и цель конференции');
});

/** The conference template's lead, which ends on the organiser chip: «… повод и цель конференции. [Организатор].» */
async function leadEndingOnChip(page: Page, host: import('./host/fixtures').TestHost) {
  const { editor } = await fromConferenceTemplate(page, host);
  const lead = editor.block('lead');
  const chip = lead.locator('.pr-variable').last();
  const shown = (await chip.locator('[contenteditable="false"]').first().textContent()) ?? '';
  const before = await text(lead);
  const at = before.lastIndexOf(shown);
  expect(at).toBeGreaterThan(0);
  const box = await chip.boundingBox();
  if (!box) throw new Error('no chip on the page');
  return { editor, lead, chip, shown, before, at, box };
}

test('one arrow press crosses a chip, as one letter: the caret never stands inside it, and typing lands on the side it came to', async ({ page, host }) => {
  const { lead, chip, shown, before, at, box } = await leadEndingOnChip(page, host);
  // Clicked on its right half (the caret after it), ArrowLeft: before the chip.
  await chip.click({ position: { x: box.width - 3, y: box.height / 2 } });
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => caretInsidePill(page)).toBe(false);
  await page.keyboard.type('Ж');
  await expect.poll(() => text(lead)).toBe(`${before.slice(0, at)}Ж${before.slice(at)}`);
  // ArrowRight crosses the chip, a second one the full stop after it.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => caretInsidePill(page)).toBe(false);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('Ю');
  await expect.poll(() => text(lead)).toBe(`${before.slice(0, at)}Ж${before.slice(at)}Ю`);
  await expect(chip).toHaveText(shown);
});

test('the press officer still moves the caret to the top of the release: by a click there and by Ctrl+Home', async ({ page, host }) => {
  const { editor } = await fromConferenceTemplate(page, host);
  await page.keyboard.type('Форум молодёжи');
  const lead = editor.block('lead');
  await lead.locator('[data-placeholder-hint^="Зачем собрались"] .pr-placeholder__hint').click();
  await expect(lead.locator('.pr-placeholder--selected')).toHaveCount(1);
  // A click just left of the headline's first letter.
  const first = await editor.headline.locator('[data-slate-string]').first().boundingBox();
  if (!first) throw new Error('the headline has no text');
  await page.mouse.click(first.x + 1, first.y + first.height / 2);
  await page.keyboard.type('Большой ');
  await expect.poll(() => text(editor.headline)).toBe('Большой Форум молодёжи');
  await lead.locator('[data-placeholder-hint^="Зачем собрались"] .pr-placeholder__hint').click();
  await expect(lead.locator('.pr-placeholder--selected')).toHaveCount(1);
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Ежегодный ');
  await expect.poll(() => text(editor.headline)).toBe('Ежегодный Большой Форум молодёжи');
  await expect(lead.locator('[data-placeholder-hint^="Зачем собрались"]')).toHaveCount(1);
});

test('a click on a chip puts the caret beside it: typing keeps every letter, the chip stays whole, one undo takes them back', async ({ page, host }) => {
  const { lead, chip, shown, before, at, box } = await leadEndingOnChip(page, host);
  // The right half: after the chip.
  await chip.click({ position: { x: box.width - 3, y: box.height / 2 } });
  await page.keyboard.type(' и партнёры');
  // Typing sets «и» with a no-break space after it (Russian typography): compared as plain spaces.
  const words = async () => (await text(lead)).replaceAll('\u00a0', ' ');
  const after = `${before.slice(0, at + shown.length)} и партнёры${before.slice(at + shown.length)}`;
  await expect.poll(words).toBe(after);
  await expect(chip).toHaveText(shown);
  // The left half: before it.
  await chip.click({ position: { x: 3, y: box.height / 2 } });
  await page.keyboard.type('Ж ');
  await expect.poll(words).toBe(`${after.slice(0, at)}Ж ${after.slice(at)}`);
  await page.keyboard.press('Control+KeyZ');
  await expect.poll(words).toBe(after);
  await page.keyboard.press('Control+KeyZ');
  await expect.poll(words).toBe(before);
  await expect(chip).toHaveText(shown);
});

/**
 * A release from the conference template for a drag: its lead (the words dragged from), its first paragraph (the
 * drop target) and the words of both before the drag.
 */
async function forDragging(page: Page, host: import('./host/fixtures').TestHost) {
  const { editor } = await fromConferenceTemplate(page, host);
  const lead = editor.block('lead');
  const target = editor.editor.locator('.block--paragraph').first();
  return { editor, lead, target, leadBefore: await text(lead), targetBefore: await text(target) };
}

/** The mouse pressed at `press`, moved a little (a drag starts) and released at `drop`, as a hand drags. */
async function dragWithMouse(page: Page, press: { x: number; y: number }, drop: { x: number; y: number }) {
  await page.mouse.move(press.x, press.y);
  await page.mouse.down();
  await page.mouse.move(press.x + 8, press.y + 4, { steps: 2 });
  await page.mouse.move(drop.x, drop.y, { steps: 4 });
  await page.mouse.up();
}

test('words selected with a chip among them, pressed on the chip and dragged, move together with their space in one undo step', async ({ page, host }) => {
  const { lead, target, leadBefore, targetBefore } = await forDragging(page, host);
  const chip = lead.locator('.pr-variable').first();
  const shown = (await chip.locator('[contenteditable="false"]').first().textContent()) ?? '';
  // «Конференция [Название мероприятия] собрала», selected with the mouse: a press, then Shift+click.
  const from = await pointAt(page, 'Конференция', 'start');
  await page.mouse.click(from.x - 1, from.y);
  const to = await pointAt(page, ' собрала', 'end');
  await page.keyboard.down('Shift');
  await page.mouse.click(to.x + 1, to.y);
  await page.keyboard.up('Shift');
  await expect.poll(() => page.evaluate('String(window.getSelection())')).toContain('собрала');
  // Pressed on the chip, dragged to the start of the first paragraph.
  const box = await chip.boundingBox();
  const drop = await pointAt(page, targetBefore.slice(0, 12), 'start');
  if (!box) throw new Error('no chip on the page');
  await dragWithMouse(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, { x: drop.x - 1, y: drop.y });
  const moved = `Конференция ${shown} собрала`;
  await expect.poll(() => text(target)).toContain(moved);
  // Dropped before the paragraph's first blank, the words get their space (Word's smart cut and paste).
  expect(await text(target)).toBe(`${moved} ${targetBefore}`);
  expect(await text(lead)).not.toContain('собрала');
  // Where they were taken from, no space is left at the lead's start.
  expect(await text(lead)).toBe(leadBefore.replace(`${moved} `, ''));
  await page.keyboard.press('Control+KeyZ');
  await expect.poll(() => text(lead)).toBe(leadBefore);
  expect(await text(target)).toBe(targetBefore);
});

test('a drag of a selection holding the dateline is refused, and the status bar says why in Russian', async ({ page, host }) => {
  const { editor, lead, target, leadBefore, targetBefore } = await forDragging(page, host);
  // From the lead's first word back to the release's start: the headline, the dateline and those words.
  const from = await pointAt(page, 'Конференция', 'end');
  await page.mouse.click(from.x, from.y);
  await page.keyboard.press('Control+Shift+Home');
  await expect.poll(() => page.evaluate('String(window.getSelection())')).toContain('Конференци');
  const press = await pointAt(page, 'Конференция', 'start');
  const drop = await pointAt(page, targetBefore.slice(0, 12), 'start');
  await dragWithMouse(page, { x: press.x + 4, y: press.y }, drop);
  await expect(page.getByRole('status').filter({ hasText: 'не перетаскиваются' })).toBeVisible();
  expect(await text(lead)).toBe(leadBefore);
  expect(await text(target)).toBe(targetBefore);
  await expect(editor.editor.getByTestId('dateline')).toHaveCount(1);
  // Still right under the headline.
  expect(await editor.editor.getByTestId('dateline').evaluate((dateline) => dateline.previousElementSibling?.className ?? '')).toContain('headline');
});

test('the outline reads a chip by its value and a blank by its hint, never “собрала . .”, and follows the variables panel', async ({ page, host }) => {
  const { templates } = await fromConferenceTemplate(page, host);
  const outline = new AppShellPage(page).outline('Структура релиза');
  const leadEntry = outline.getByRole('button', { name: /^Лид / });
  await expect(leadEntry).toHaveText(/Конференция \[Название мероприятия\] собрала \[кого: /u);
  await expect(leadEntry).not.toHaveText(/собрала \. \./u);
  await templates.setVariable('Название мероприятия', 'Закон и порядок');
  await expect(leadEntry).toHaveText(/Конференция Закон и порядок собрала \[кого: /u);
});
