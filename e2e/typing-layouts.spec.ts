import type { CDPSession, Locator, Page } from '@playwright/test';
import type { PressroomDocument } from '../core/model/types';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/fixtures';
import { ReleaseEditorPage } from './pages/release-editor-page';

/**
 * Typing in every layout (issue 5, item 7), in Chromium through CDP as a real keyboard and IME deliver input:
 * - shortcuts by PHYSICAL key on Russian and Kazakh layouts: the key event carries the layout's letter
 *   (Ctrl+я, Ctrl+и, Ctrl+ы…) with the physical code (KeyZ, KeyB, KeyS…), and undo, redo, bold, italic and save
 *   must still work (Slate #4046, #4591);
 * - Kazakh letters typed from the Kazakh layout's number row (Digit2 → ә, Digit0 → қ…);
 * - IME composition (Input.imeSetComposition, then Input.insertText, as Slate's own tests drive it) of Kazakh
 *   words, Russian text and «», alone, in the middle of text and inside a quote field.
 * After each, the model equals the screen: the file saved with Ctrl+S (by physical key) holds exactly the text the
 * editor shows, and no page error happened (the host fixture fails the test on any).
 */

const LABELS = {
  ru: { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата', bold: 'Полужирный', italic: 'Курсив' },
  kk: { editor: 'Релиз мәтіні', toolbar: 'Құралдар тақтасы', blockType: 'Блок түрі', quote: 'Дәйексөз', dateline: 'Орны мен күні', bold: 'Жуан', italic: 'Курсив' },
} as const;
type Layout = keyof typeof LABELS;

/** The letters the ЙЦУКЕН-based Russian and Kazakh layouts put on the physical keys the shortcuts use. */
const LAYOUT_KEYS: Record<Layout, Record<'KeyZ' | 'KeyB' | 'KeyI' | 'KeyS' | 'KeyY', string>> = {
  ru: { KeyZ: 'я', KeyB: 'и', KeyI: 'ш', KeyS: 'ы', KeyY: 'н' },
  kk: { KeyZ: 'я', KeyB: 'и', KeyI: 'ш', KeyS: 'ы', KeyY: 'н' },
};
/** The Kazakh layout's number row. */
const KAZAKH_NUMBER_ROW: [code: string, letter: string][] = [
  ['Digit2', 'ә'], ['Digit3', 'і'], ['Digit4', 'ң'], ['Digit5', 'ғ'], ['Digit8', 'ү'], ['Digit9', 'ұ'], ['Digit0', 'қ'], ['Minus', 'ө'], ['Equal', 'һ'],
];

test.use({ openApp: false });

async function start(page: Page, host: TestHost, layout: Layout): Promise<{ editor: ReleaseEditorPage; cdp: CDPSession }> {
  host.systemLanguage = layout;
  await host.open();
  const editor = new ReleaseEditorPage(page, LABELS[layout]);
  await expect(editor.editor).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  return { editor, cdp };
}

const CTRL = 2;
const SHIFT = 8;

/** One key press as the OS sends it with a non-Latin layout: the layout's character, the physical code. */
async function pressKey(cdp: CDPSession, code: string, key: string, modifiers = 0, text?: string): Promise<void> {
  const virtualKey = code.startsWith('Key') ? code.charCodeAt(3) : code.startsWith('Digit') ? code.charCodeAt(5) : code === 'Minus' ? 189 : code === 'Equal' ? 187 : 0;
  const common = { key, code, modifiers, windowsVirtualKeyCode: virtualKey, nativeVirtualKeyCode: virtualKey };
  await cdp.send('Input.dispatchKeyEvent', text === undefined ? { type: 'rawKeyDown', ...common } : { type: 'keyDown', ...common, text, unmodifiedText: text });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
}

async function shortcut(cdp: CDPSession, layout: Layout, code: keyof (typeof LAYOUT_KEYS)['ru'], shift = false): Promise<void> {
  const letter = LAYOUT_KEYS[layout][code];
  await pressKey(cdp, code, shift ? letter.toUpperCase() : letter, CTRL | (shift ? SHIFT : 0));
}

/**
 * Composes `steps` (what the IME shows while the user types) and commits `result`, as Chromium's IME does:
 * compositionstart/update through Input.imeSetComposition, then Input.insertText ends the composition.
 */
async function compose(cdp: CDPSession, steps: string[], result: string): Promise<void> {
  for (const step of steps) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  await cdp.send('Input.insertText', { text: result });
}

/** Composes a word letter by letter the way a Kazakh IME builds ә from а and қ from к (a dead-key style step). */
async function composeWord(cdp: CDPSession, word: string): Promise<void> {
  const base: Record<string, string> = { ә: 'а', қ: 'к', ң: 'н', ғ: 'г', ү: 'у', ұ: 'у', ө: 'о', һ: 'х', і: 'и', Қ: 'К', Ә: 'А' };
  for (const letter of word) {
    const first = base[letter];
    await compose(cdp, first ? [first, letter] : [letter], letter);
  }
}

/** What the editor shows as the text of a block or field: Slate's rendered strings, without labels and hints. */
async function screenText(target: Locator): Promise<string> {
  return target.evaluate((element) => {
    const strings = (element as unknown as { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }).querySelectorAll('[data-slate-string]');
    return Array.from(strings, (node) => node.textContent ?? '').join('');
  });
}

/** Puts the caret at `offset` in the first rendered string of `target`, as a click there would. */
async function placeCaret(target: Locator, offset: number): Promise<void> {
  await target.locator('[data-slate-string]').first().evaluate((node, at) => {
    type DomNode = { firstChild: DomNode | null; ownerDocument: { getSelection(): { collapse(node: DomNode, offset: number): void } } };
    const text = (node as unknown as DomNode).firstChild;
    if (!text) throw new Error('no text to put the caret in');
    (node as unknown as DomNode).ownerDocument.getSelection().collapse(text, at);
  }, offset);
  // Slate follows the DOM selection on selectionchange; wait until the browser reports it where we put it.
  await expect
    .poll(() => target.page().evaluate(() => (globalThis as unknown as { getSelection(): { anchorOffset: number } }).getSelection().anchorOffset))
    .toBe(offset);
}

/**
 * Saves with Ctrl+S by physical key (the layout's letter on KeyS) and returns the saved release. The first save
 * asks where (answered with `name`); later saves of the same document go to the same file without asking.
 */
async function saveWithLayout(page: Page, host: TestHost, cdp: CDPSession, layout: Layout, name: string): Promise<PressroomDocument> {
  await expect.poll(() => host.windowState?.dirty, { message: 'the change is reported as unsaved' }).toBe(true);
  const file = host.windowState?.path ?? host.path(`${name}.pressroom`);
  if (host.windowState?.path == null) host.answerNextSave(file);
  await shortcut(cdp, layout, 'KeyS');
  await expect.poll(() => host.windowState?.dirty, { message: 'saved by Ctrl+S on the physical key' }).toBe(false);
  return host.readDocument(file);
}

const textOf = (node: unknown): string => {
  const value = node as { text?: string; children?: unknown[] };
  return typeof value.text === 'string' ? value.text : (value.children ?? []).map(textOf).join('');
};

for (const layout of ['ru', 'kk'] as const) {
  test(`${layout} layout: bold, italic, undo, redo and save work by physical key (Ctrl+${LAYOUT_KEYS[layout].KeyB}, ${LAYOUT_KEYS[layout].KeyI}, ${LAYOUT_KEYS[layout].KeyZ}, Shift+${LAYOUT_KEYS[layout].KeyZ}, ${LAYOUT_KEYS[layout].KeyY}, ${LAYOUT_KEYS[layout].KeyS})`, async ({ page, host }) => {
    const { editor, cdp } = await start(page, host, layout);
    await editor.clickInto(editor.headline);
    await editor.type(layout === 'kk' ? 'Қарапайым ' : 'Обычный ');
    await shortcut(cdp, layout, 'KeyB');
    await editor.type('жуан');
    await shortcut(cdp, layout, 'KeyB');
    await shortcut(cdp, layout, 'KeyI');
    await editor.type(' көлбеу');
    await expect(editor.headline.locator('strong')).toHaveText('жуан');
    await expect(editor.headline.locator('em')).toHaveText(' көлбеу');

    // Undo by KeyZ takes back the italic words, redo by Shift+KeyZ and by KeyY brings them back.
    await shortcut(cdp, layout, 'KeyZ');
    await expect(editor.headline).not.toContainText('көлбеу');
    await shortcut(cdp, layout, 'KeyZ', true);
    await expect(editor.headline).toContainText('көлбеу');
    await shortcut(cdp, layout, 'KeyZ');
    await expect(editor.headline).not.toContainText('көлбеу');
    await shortcut(cdp, layout, 'KeyY');
    await expect(editor.headline).toContainText('көлбеу');

    // The shortcut letters (и, ш, я, н, ы) never leak into the text: the saved model below is exactly the words typed.
    const shown = await screenText(editor.headline);

    const saved = await saveWithLayout(page, host, cdp, layout, `shortcuts-${layout}`);
    expect(textOf(saved.body[0])).toBe(shown);
    expect(saved.body[0]).toEqual({
      type: 'headline',
      children: [{ text: layout === 'kk' ? 'Қарапайым ' : 'Обычный ' }, { text: 'жуан', bold: true }, { text: ' көлбеу', italic: true }],
    });
  });
}

test('Kazakh letters typed from the Kazakh layout’s number row arrive as typed, and the model equals the screen', async ({ page, host }) => {
  const { editor, cdp } = await start(page, host, 'kk');
  await editor.clickInto(editor.headline);
  await editor.type('Алматы ');
  for (const [code, letter] of KAZAKH_NUMBER_ROW) await pressKey(cdp, code, letter, 0, letter);
  for (const [code, letter] of KAZAKH_NUMBER_ROW) await pressKey(cdp, code, letter.toUpperCase(), SHIFT, letter.toUpperCase());
  const expected = `Алматы ${KAZAKH_NUMBER_ROW.map(([, l]) => l).join('')}${KAZAKH_NUMBER_ROW.map(([, l]) => l.toUpperCase()).join('')}`;
  await expect(editor.headline).toContainText(expected);
  expect(await screenText(editor.headline)).toBe(expected);
  const saved = await saveWithLayout(page, host, cdp, 'kk', 'number-row');
  expect(textOf(saved.body[0])).toBe(expected);
});

test('IME composition of Kazakh words (қ from к, ә from а) leaves the model equal to the screen', async ({ page, host }) => {
  const { editor, cdp } = await start(page, host, 'kk');
  await editor.clickInto(editor.headline);
  for (const word of ['Қазақстан', ' ', 'әділет', ' ', 'пен', ' ', 'тұрақтылықтың', ' ', 'тірегі']) await composeWord(cdp, word);
  const expected = 'Қазақстан әділет пен тұрақтылықтың тірегі';
  await expect(editor.headline).toHaveText(expected);
  expect(await screenText(editor.headline)).toBe(expected);

  // A whole phrase composed at once (as a predictive IME commits it), then Russian text with «» and a dash.
  await editor.clickInto(editor.block('lead'));
  await compose(cdp, ['қ', 'қа', 'қал', 'қала'], 'Қала әкімдігі');
  await compose(cdp, [' «', ' «ә', ' «әд'], ' «Әділет» – ');
  await editor.type('конференция');
  // The committed phrase is set by the release's press rules: the dash keeps to the word before it.
  const lead = 'Қала әкімдігі «Әділет»\u00a0– конференция';
  await expect(editor.block('lead')).toHaveText(lead);

  // Composition in the middle of existing text.
  await placeCaret(editor.headline, 'Қазақстан'.length);
  await composeWord(cdp, ' Республикасы');
  const headline = 'Қазақстан Республикасы әділет пен тұрақтылықтың тірегі';
  await expect(editor.headline).toHaveText(headline);

  const saved = await saveWithLayout(page, host, cdp, 'kk', 'ime');
  expect(textOf(saved.body[0])).toBe(await screenText(editor.headline));
  expect(textOf(saved.body[0])).toBe(headline);
  const savedLead = saved.body.find((block) => block.type === 'lead');
  expect(textOf(savedLead)).toBe(await screenText(editor.block('lead')));
  expect(textOf(savedLead)).toBe(lead);
});

test('IME composition inside a quote field, then undo by physical key: no duplicated or lost letters', async ({ page, host }) => {
  const { editor, cdp } = await start(page, host, 'kk');
  await editor.clickInto(editor.block('lead'));
  await editor.chooseBlockType(LABELS.kk.quote);
  const quoteText = editor.field(editor.quote(), 'quote', 'text');
  await expect(quoteText).toBeVisible();
  await composeWord(cdp, 'Біз әділетті Қазақстан құрамыз');
  await page.keyboard.press('Enter');
  await composeWord(cdp, 'Азамат Қалдыбеков');
  await expect(quoteText).toHaveText('Біз әділетті Қазақстан құрамыз');
  const speaker = editor.field(editor.quote(), 'quote', 'speaker');
  await expect(speaker).toHaveText('Азамат Қалдыбеков');

  // A composition that is cancelled (empty text) leaves nothing behind.
  await cdp.send('Input.imeSetComposition', { text: 'ә', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '', selectionStart: 0, selectionEnd: 0 });
  await cdp.send('Input.insertText', { text: '' });
  await expect(speaker).toHaveText('Азамат Қалдыбеков');

  const saved = await saveWithLayout(page, host, cdp, 'kk', 'quote-ime');
  const quote = saved.body.find((block) => block.type === 'quote');
  expect(quote && textOf(quote.children[0])).toBe(await screenText(quoteText));
  expect(quote && textOf(quote.children[1])).toBe(await screenText(speaker));
  expect(quote && textOf(quote.children[1])).toBe('Азамат Қалдыбеков');

  // Undo (Ctrl+я on KeyZ) takes the speaker's name away again; the screen and the model agree afterwards too.
  await shortcut(cdp, 'kk', 'KeyZ');
  await expect(speaker).not.toHaveText('Азамат Қалдыбеков');
  const after = await saveWithLayout(page, host, cdp, 'kk', 'quote-ime-undone');
  const undone = after.body.find((block) => block.type === 'quote');
  expect(undone && textOf(undone.children[1])).toBe(await screenText(speaker));
});
