import type { Page } from '@playwright/test';
import { createBlankDocument } from '../core/model/new-document';
import type { InterfaceLanguage } from '../core/i18n/interface-languages';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/test-host';
import { AppShellPage } from './pages/app-shell-page';
import { ReleaseEditorPage } from './pages/release-editor-page';

/**
 * Never lose work on close (issue 10 item 3). Every question about unsaved changes — closing the window or
 * quitting, New, Open, New from template — starts on Save, Escape is Cancel, and "Don't save" takes a click or
 * its access key (Alt + the underlined letter). Even then what was discarded is kept for seven days: File ▸
 * Recover discarded… lists it and opens it again, after the app was closed and started anew.
 */

const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };
const HEADLINE = 'В Алматы прошёл форум молодых журналистов «Жас тілші»';
const LEAD = ' Форум собрал двести участников из всех областей страны.';

test.use({ openApp: false });

async function startIn(language: InterfaceLanguage, host: TestHost, page: Page) {
  host.systemLanguage = language;
  await host.open();
  const editor = new ReleaseEditorPage(page, RU);
  await expect(page.getByRole('textbox').first()).toBeVisible({ timeout: 20_000 });
  return { editor, shell: new AppShellPage(page) };
}

test('type, close, Don’t save, start the app again: File ▸ Recover discarded… brings every word back', async ({ page, host }) => {
  const { editor, shell } = await startIn('ru', host, page);
  await editor.clickInto(editor.headline);
  await editor.type(HEADLINE);
  await page.keyboard.press('Enter');
  await editor.type(LEAD.trim());

  await host.sendCommand({ type: 'close-requested' });
  const question = shell.dialog('Сохранить изменения в «Без названия»?');
  await expect(question).toContainText('Файл ▸ Восстановить несохранённое…');
  await question.getByRole('button', { name: 'Не сохранять' }).click();
  await expect.poll(() => host.closed).toBe(true);
  expect(host.callsOf('saveDocument')).toEqual([]);

  await host.restart();
  const again = new ReleaseEditorPage(page, RU);
  await expect(again.editor).toBeVisible({ timeout: 20_000 });
  // Nothing is offered as a crash draft: the user chose not to save.
  await expect(shell.dialog('Восстановление несохранённой работы')).toHaveCount(0);
  await host.sendCommand({ type: 'menu', action: 'recover-discarded' });
  const list = shell.dialog('Несохранённые релизы за семь дней');
  const entry = list.getByRole('listitem');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(HEADLINE);
  await expect(entry).toContainText(/закрыт .* · 16 слов/u);
  await expect(list.getByRole('button', { name: 'Открыть' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect(again.headline).toHaveText(HEADLINE);
  await expect(again.editor).toContainText(LEAD.trim());
  await expect.poll(() => host.windowState?.dirty).toBe(true);
  // It is an unsaved release of its own: saving asks where.
  host.answerNextSave(host.path('форум.pressroom'));
  await host.sendCommand({ type: 'menu', action: 'save' });
  await expect.poll(() => host.readDocument(host.path('форум.pressroom')).then((saved) => saved.body.length, () => 0)).toBeGreaterThan(1);
});

test('every unsaved-changes question starts on Save and Escape is Cancel: close, New, Open, New from template', async ({ page, host }) => {
  await host.writeDocument('другой.pressroom', createBlankDocument('ru'));
  const { editor, shell } = await startIn('ru', host, page);
  await editor.clickInto(editor.headline);
  await editor.type(HEADLINE);
  const question = shell.dialog('Сохранить изменения в «Без названия»?');

  const askers: [string, () => Promise<unknown>][] = [
    ['close the window or quit', () => host.sendCommand({ type: 'close-requested' })],
    ['New', () => host.sendCommand({ type: 'menu', action: 'new' })],
    [
      'Open',
      () => {
        host.answerNextOpen(host.path('другой.pressroom'));
        return host.sendCommand({ type: 'menu', action: 'open' });
      },
    ],
    [
      'New from template',
      async () => {
        await host.sendCommand({ type: 'menu', action: 'new-from-template' });
        const gallery = shell.dialog('Новый пресс-релиз из шаблона');
        await gallery.getByRole('button', { name: 'Создать' }).click();
      },
    ],
  ];
  for (const [what, ask] of askers) {
    await ask();
    await expect(question, what).toBeVisible();
    await expect(question.getByRole('button', { name: 'Сохранить' }), what).toBeFocused();
    const dontSave = question.getByRole('button', { name: 'Не сохранять' });
    await expect(dontSave, what).toHaveAttribute('aria-keyshortcuts', 'Alt+Н');
    await expect(dontSave.locator('u'), what).toHaveText('Н');
    await page.keyboard.press('Escape');
    await expect(question, what).toBeHidden();
    await expect(editor.headline, what).toHaveText(HEADLINE);
    expect(host.closed, what).toBe(false);
  }
  expect(host.callsOf('keepDiscardedDraft')).toEqual([]);
});

for (const [language, title, key, code] of [
  ['ru', 'Сохранить изменения в «Без названия»?', 'н', 'KeyY'],
  ['kk', '«Атаусыз» құжатындағы өзгерістерді сақтау керек пе?', 'м', 'KeyV'],
  ['en', 'Save changes to “Untitled”?', 'd', 'KeyD'],
] as const) {
  test(`${language}: Alt + the underlined letter answers “Don’t save”, and New starts a blank release; the discarded one is kept`, async ({ page, host }) => {
    const { editor, shell } = await startIn(language, host, page);
    await editor.page.getByRole('textbox').first().locator('h1').click();
    await editor.type(HEADLINE);
    // As the release's language sets it (an English release writes “Жас тілші”).
    const typed = await page.getByRole('textbox').first().locator('h1').innerText();
    await host.sendCommand({ type: 'menu', action: 'new' });
    const question = shell.dialog(title);
    await expect(question).toBeVisible();
    // The letter as the layout types it, on its physical key (ЙЦУКЕН for ru and kk), with Alt held.
    const session = await page.context().newCDPSession(page);
    const keyCode = code.charCodeAt(3);
    await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code, modifiers: 1, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
    await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, modifiers: 1, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
    await session.detach();
    await expect(question).toBeHidden();
    await expect(page.getByRole('textbox').first().locator('h1')).not.toContainText('форум молодых журналистов');
    await expect.poll(() => host.windowState?.dirty).toBe(false);
    await expect.poll(() => host.callsOf('keepDiscardedDraft').length).toBe(1);
    const [kept] = await host.call('listDiscardedDrafts', {});
    expect(kept?.headline.replace(/\u00a0/g, ' ')).toBe(typed.replace(/\u00a0/g, ' '));
  });
}
