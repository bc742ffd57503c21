import type { Page } from '@playwright/test';
import { createBlankDocument } from '../core/model/new-document';
import type { PressroomDocument } from '../core/model/types';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/fixtures';

/**
 * Typography everywhere text enters (issue 10, item 7; issue 12, item 2), in the real editor: as you type, in
 * variable values, and the Edit ▸ Typography command over the whole release. `~` stands for a no-break space.
 */

test.use({ openApp: false });

const n = (text: string) => text.replace(/~/g, '\u00a0');

async function start(host: TestHost, page: Page) {
  host.systemLanguage = 'ru';
  await host.open();
  const editor = page.getByRole('textbox', { name: 'Текст релиза' });
  await expect(editor).toBeVisible({ timeout: 20_000 });
  return editor;
}

test('a variable value typed with straight quotes and a hyphen is set in «» and – as the body is', async ({ page, host }) => {
  await start(host, page);
  const value = page.getByRole('region', { name: 'Переменные' }).getByRole('textbox', { name: 'Название мероприятия' });
  await value.fill('"Конституция - основа стабильности"');
  await value.press('Tab');
  await expect(value).toHaveValue(n('«Конституция~– основа стабильности»'));
});

test('as you type in a Russian release: quotes, dashes, initials and units set, a phone number left alone', async ({ page, host }) => {
  const editor = await start(host, page);
  await editor.locator('.block--lead').click();
  await page.keyboard.type('Выступил М. Отыншиев - "Закон № 5 принят", звоните +7 (727) 123-45-67 ');
  await expect(editor.locator('.block--lead')).toHaveText(n('Выступил М.~Отыншиев~– «Закон №~5 принят», звоните +7 (727) 123-45-67 '));
});

test('three dots typed on the page are an ellipsis, and no dot is lost on the way', async ({ page, host }) => {
  const editor = await start(host, page);
  await editor.locator('.block--lead').click();
  await page.keyboard.type('Итак... конференция прошла.. почти');
  await expect(editor.locator('.block--lead')).toHaveText(n('Итак… конференция прошла.. почти'));
});

test('Edit ▸ Typography sets the whole release in its language, and one undo takes it all back', async ({ page, host }) => {
  const editor = await start(host, page);
  const blank = createBlankDocument('kk');
  const release: PressroomDocument = {
    ...blank,
    body: [
      { type: 'headline', children: [{ text: 'Конференция "Ата Заң - әділет пен тұрақтылықтың тірегі"' }] },
      { type: 'dateline', children: [{ text: '' }] },
      { type: 'lead', children: [{ text: '"Біз жұмысты жалғастырамыз", - деді Ә. Қасымов. Байланыс: 8 701 123 4567.' }] },
    ],
  };
  const file = await host.writeDocument('типографика.pressroom', release);
  host.answerNextOpen(file);
  await page.keyboard.press('Control+KeyO');
  await expect(editor.locator('.block--headline')).toHaveText('Конференция "Ата Заң - әділет пен тұрақтылықтың тірегі"');
  await editor.locator('.block--lead').click();
  await host.sendCommand({ type: 'menu', action: 'typography' });
  await expect(editor.locator('.block--headline')).toHaveText(n('Конференция «Ата Заң~– әділет пен тұрақтылықтың тірегі»'));
  await expect(editor.locator('.block--lead')).toHaveText(n('«Біз жұмысты жалғастырамыз»,~– деді Ә.~Қасымов. Байланыс: 8 701 123 4567.'));
  await expect(page.getByRole('status').filter({ hasText: 'Типографика расставлена' })).toBeVisible();
  await page.keyboard.press('Control+KeyZ');
  await expect(editor.locator('.block--headline')).toHaveText('Конференция "Ата Заң - әділет пен тұрақтылықтың тірегі"');
  await expect(editor.locator('.block--lead')).toHaveText('"Біз жұмысты жалғастырамыз", - деді Ә. Қасымов. Байланыс: 8 701 123 4567.');
});
