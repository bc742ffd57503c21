import { expect, test } from './host/fixtures';
import { TemplatesPage } from './templates-page';

/** The templates area in the Kazakh interface, on a Kazakh release. */

test.use({ openApp: false });

test.describe('in Kazakh', () => {
  test('Insert section offers the Kazakh sections and puts a Kazakh opening speech with Kazakh blanks', async ({ page, host }) => {
    host.systemLanguage = 'kk';
    await host.open();
    const templates = new TemplatesPage(page, host);
    await templates.ready();
    await templates.editor.focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Алматыда конференция өтті');
    await host.sendCommand({ type: 'menu', action: 'insert-section' });
    const menu = page.getByRole('menu', { name: 'Бөлім қою' });
    await expect(menu.getByRole('menuitem')).toHaveText(['Құттықтау сөз', 'Спикерлердің дәйексөздері', 'Марапаттау рәсімі', 'Бас тарту']);
    await menu.getByRole('menuitem', { name: 'Құттықтау сөз' }).click();
    await expect(templates.placeholders.first()).toHaveAttribute('data-placeholder-hint', 'Спикердің лауазымы');
    await expect(page.getByRole('region', { name: 'Толтырылмаған өрістер' }).getByRole('status')).toHaveText('Толтыруға 7 өріс қалды');
    await expect(templates.editor).toContainText('Құттықтау сөз');
  });
});
