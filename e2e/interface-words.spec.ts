import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { expect, test } from './host/fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { ReleaseEditorPage } from './pages/release-editor-page';
import { almatyReleaseJson } from '../test/fixtures/damaged-releases';

/**
 * Every word in the user's language (issue 9, item 8), in Chromium against the built renderer and the real
 * services: in a Kazakh interface the native Open dialog is titled in Kazakh, and a damaged file is explained
 * in Kazakh, block and all, with none of the parser's English, and without a Kazakh word broken across lines.
 */

const KK = { editor: 'Релиз мәтіні', toolbar: 'Құралдар тақтасы', blockType: 'Блок түрі', quote: 'Дәйексөз', dateline: 'Орны мен күні' };

test.use({ openApp: false });

// brokenWords runs inside the page; the e2e type check has no DOM library, so the globals it uses are declared here.
interface PageNode {
  textContent: string | null;
}
interface PageRange {
  setStart(node: PageNode, offset: number): void;
  setEnd(node: PageNode, offset: number): void;
  getClientRects(): Iterable<{ top: number; width: number }>;
}
declare const document: { createTreeWalker(root: unknown, show: number): { nextNode(): PageNode | null }; createRange(): PageRange };
declare const NodeFilter: { SHOW_TEXT: number };

/** Words (letters only: Kazakh, Russian or Latin) of a dialog's paragraphs that the layout split across lines. */
async function brokenWords(dialog: Locator): Promise<string[]> {
  return dialog.locator('p').evaluateAll((paragraphs) =>
    paragraphs.flatMap((paragraph) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\p{L}+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
      return broken;
    }),
  );
}

test('in a Kazakh interface, Open is titled in Kazakh and a damaged file is explained in Kazakh, no word broken', async ({ page, host }, testInfo) => {
  host.systemLanguage = 'kk';
  // A long path of Kazakh folder names, so the file line must wrap in the dialog.
  const folder = host.path('Алматы қаласы әкімдігінің баспасөз қызметі', 'Конституция күніне арналған конференция материалдары');
  await mkdir(folder, { recursive: true });
  const damaged = `${folder}/Конституцияның отыз жылдығына арналған ғылыми-практикалық конференция.pressroom`;
  const release = almatyReleaseJson();
  release.body.splice(2, 0, { type: 'video', children: [{ text: '' }] });
  const text = `${JSON.stringify(release, null, 2)}\n`;
  await writeFile(damaged, text);

  await host.open();
  const editor = new ReleaseEditorPage(page, KK);
  await expect(editor.editor).toBeVisible({ timeout: 20_000 });
  const shell = new AppShellPage(page);
  host.answerNextOpen(damaged);
  await shell.button('Ашу').click();

  const dialog = shell.dialog('Файл құрылымы бұзылған');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('3-блоктың түрі белгісіз: «video».');
  await expect(dialog).toContainText('Файлдағы релиз құрылым тексеруінен өтпеді. Файл өзгертілмеді.');
  await expect(dialog).toContainText(`Файл: ${damaged}`);
  await expect(dialog).not.toContainText(/Invalid|discriminator|Expected|Толығырақ/u);
  expect(host.dialogs.map((asked) => asked.title)).toEqual(['Ашу']);

  expect(await brokenWords(dialog)).toEqual([]);
  await testInfo.attach('damaged-file dialog, kk', { body: await dialog.screenshot(), contentType: 'image/png' });

  await shell.answer('Файл құрылымы бұзылған', 'ОК');
  await expect(shell.dialog()).toHaveCount(0);
  expect(await readFile(damaged, 'utf8')).toBe(text);
});

test('a file cut off halfway is explained in Russian, and the template import dialog is titled in Russian', async ({ page, host }) => {
  host.systemLanguage = 'ru';
  const cut = host.path('оборванный.pressroom');
  const whole = `${JSON.stringify(almatyReleaseJson(), null, 2)}\n`;
  await writeFile(cut, whole.slice(0, Math.floor(whole.length / 2)));

  await host.open();
  const editor = new ReleaseEditorPage(page, { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' });
  await expect(editor.editor).toBeVisible({ timeout: 20_000 });
  const shell = new AppShellPage(page);
  host.answerNextOpen(cut);
  await page.keyboard.press('Control+KeyO');
  const dialog = shell.dialog('Файл не удаётся прочитать');
  await expect(dialog).toContainText('Текст файла обрывается: вероятно, файл записан или скопирован не до конца.');
  await expect(dialog).not.toContainText(/Unexpected|JSON input|Подробности/u);
  await shell.answer('Файл не удаётся прочитать', 'ОК');

  await host.sendCommand({ type: 'menu', action: 'manage-templates' });
  await page.getByRole('dialog', { name: 'Шаблоны' }).getByRole('button', { name: 'Импортировать…' }).click();
  await expect.poll(() => host.dialogs.map((asked) => asked.title)).toEqual(['Открыть', 'Импортировать шаблоны']);
});
