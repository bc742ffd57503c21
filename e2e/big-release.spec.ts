import type { Page } from '@playwright/test';
import { releaseOfSize, readSample } from '../bench/harness/fixtures';
import type { Draft } from '../core/api';
import type { PressroomDocument } from '../core/model/types';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { ReleaseEditorPage } from './pages/release-editor-page';
import { SAMPLE_PATH } from '../test/fixtures/sample';

/**
 * A ~5 MB release (7,700+ blocks, built from the real sample in test/fixtures) through the real services:
 * the page is drawn in slices (renderer/editor/page-reveal.ts), so the first screen shows at once and the rest
 * follows in idle time. Whatever the user does while the page is still being drawn acts on the whole release,
 * and every word reaches the draft and the saved file. Speed itself is measured in bench/, not here.
 */

const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };
const SAMPLE = SAMPLE_PATH;

test.use({ openApp: false });
// Opening, saving and reading back 5 MB through the test host's binding takes a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

let release: PressroomDocument;
test.beforeAll(() => {
  release = releaseOfSize(5 * 1024 * 1024, readSample(SAMPLE));
});

const textOf = (node: unknown): string => {
  const n = node as { text?: unknown; children?: unknown[] };
  return typeof n.text === 'string' ? n.text : (n.children ?? []).map(textOf).join('');
};
const countElements = (nodes: readonly unknown[]): number =>
  nodes.reduce<number>((sum, node) => {
    const n = node as { text?: unknown; children?: unknown[] };
    return typeof n.text === 'string' ? sum : sum + 1 + countElements(n.children ?? []);
  }, 0);

/** Records, at the very first frame showing the release's headline, how much of the page is drawn. */
async function watchFirstDraw(page: Page, headline: string): Promise<void> {
  await page.evaluate(`(() => {
    window.firstDraw = null;
    const observer = new MutationObserver(() => {
      const shown = document.querySelector('[data-slate-editor] h1');
      if (!shown || !shown.textContent.includes(${JSON.stringify(headline)})) return;
      window.firstDraw = {
        pending: document.querySelectorAll('.editable__chunk--pending').length,
        elements: document.querySelectorAll('[data-slate-editor] [data-slate-node="element"]').length,
      };
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })()`);
}

async function openBigRelease(host: TestHost, page: Page) {
  host.systemLanguage = 'ru';
  await host.open();
  const editor = new ReleaseEditorPage(page, RU);
  await expect(editor.editor).toBeVisible({ timeout: 20_000 });
  const path = await host.writeDocument('конференция-5мб.pressroom', release);
  const headline = textOf(release.body[0]);
  await watchFirstDraw(page, headline);
  await host.sendCommand({ type: 'open-file', path });
  await expect(editor.headline).toHaveText(headline, { timeout: 60_000 });
  return { editor, path, shell: new AppShellPage(page) };
}

const pageIsWhole = (page: Page) =>
  page.evaluate(`({
    pending: document.querySelectorAll('.editable__chunk--pending').length,
    elements: document.querySelectorAll('[data-slate-editor] [data-slate-node="element"]').length,
  })`) as Promise<{ pending: number; elements: number }>;

test('a 5 MB release shows its first screen at once, is drawn whole soon after, and an edit made meanwhile reaches the draft and the file', async ({ page, host }) => {
  const total = countElements(release.body);
  const { editor, path, shell } = await openBigRelease(host, page);

  // The first frame had the top of the release and stand-ins for the rest (not 16,000 elements in one go).
  const firstDraw = (await page.evaluate('window.firstDraw')) as { pending: number; elements: number } | null;
  expect(firstDraw).not.toBeNull();
  expect(firstDraw?.pending).toBeGreaterThan(0);
  expect(firstDraw?.elements).toBeLessThan(total / 10);

  // Ctrl+End at once goes to the true end of the release (its end mark), not the end of what is drawn.
  await editor.editor.focus();
  await page.keyboard.press('Control+End');
  await expect
    .poll(() => page.evaluate(`window.getSelection()?.anchorNode?.parentElement?.closest('[data-slate-node="element"]')?.className ?? ''`))
    .toContain('block--end-mark');

  // The outline jumps to the last section heading, drawn or not, and typing lands there.
  const headings = release.body.flatMap((block, index) => (block.type === 'section-heading' ? [{ index, text: textOf(block) }] : []));
  const last = headings[headings.length - 1] as { index: number; text: string };
  await shell.outline('Структура релиза').getByRole('button', { name: `Заголовок раздела ${last.text}`, exact: true }).click();
  await page.keyboard.press('End');
  await editor.type(' — итоги');
  await expect(editor.editor.getByRole('heading', { name: `${last.text} — итоги` })).toBeVisible();

  // Every block is drawn soon after, each exactly once.
  await expect.poll(() => pageIsWhole(page), { timeout: 60_000 }).toEqual({ pending: 0, elements: total });

  // The autosave holds the whole release with the edit…
  await expect.poll(() => host.callsOf('saveDraft').length, { timeout: 30_000 }).toBeGreaterThan(0);
  const drafts = (await host.call('listDrafts', {})) as Draft[];
  const expected = structuredClone(release.body);
  // Typed ' — ': the typography keeps the dash to the word before it with a no-break space.
  (expected[last.index] as { children: { text: string }[] }).children = [{ text: `${last.text}\u00a0— итоги` }];
  expect(drafts).toHaveLength(1);
  expect(drafts[0]?.document.body).toEqual(expected);

  // …and so does the saved file: not one word lost, nothing else changed.
  await host.sendCommand({ type: 'menu', action: 'save' });
  await expect.poll(() => host.windowState?.dirty, { timeout: 30_000 }).toBe(false);
  const saved = await host.readDocument(path);
  expect(saved.body).toHaveLength(release.body.length);
  expect(saved.body).toEqual(expected);
  expect(saved.metadata).toEqual(release.metadata);
});

test('select all while the page is still being drawn takes the whole release, and undo brings every block back', async ({ page, host }) => {
  const { editor, path } = await openBigRelease(host, page);
  await editor.editor.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect.poll(() => pageIsWhole(page), { timeout: 60_000 }).toEqual(expect.objectContaining({ pending: 0 }));
  expect((await pageIsWhole(page)).elements).toBeLessThan(10);

  await host.sendCommand({ type: 'menu', action: 'save' });
  await expect.poll(() => host.windowState?.dirty, { timeout: 30_000 }).toBe(false);
  const emptied = await host.readDocument(path);
  expect(emptied.body.length).toBeLessThan(5);
  expect(emptied.body.map(textOf).join('')).toBe('');

  await page.keyboard.press('Control+z');
  await host.sendCommand({ type: 'menu', action: 'save' });
  await expect.poll(async () => (await host.readDocument(path)).body.length, { timeout: 30_000 }).toBe(release.body.length);
  expect((await host.readDocument(path)).body).toEqual(release.body);
});
