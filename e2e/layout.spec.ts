import type { Locator, Page } from '@playwright/test';
import type { InterfaceLanguage } from '../core/i18n/interface-languages';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/test-host';

/**
 * Looks finished (issue 10 item 9), as layout facts a press officer sees: at 1024, 1366 and 1920 px, in ru, kk
 * and en, the toolbar is one row and the text column keeps a readable width; every dialog — the template gallery,
 * Save as template, the template library, the unsaved-changes question, Recover discarded — is the one frame with
 * the one set of buttons; the toolbar's file buttons carry the app's icons; an award ceremony's column titles sit
 * under the award's name, and "Add recipient" is one of the app's buttons, not a serif browser default.
 */

test.use({ openApp: false });

const WORDS = {
  ru: { gallery: 'Новый пресс-релиз из шаблона', saveAs: 'Сохранить как шаблон', library: 'Шаблоны', award: 'Церемония награждения' },
  kk: { gallery: 'Үлгіден жаңа баспасөз релизі', saveAs: 'Үлгі ретінде сақтау', library: 'Үлгілер', award: 'Марапаттау рәсімі' },
  en: { gallery: 'New press release from a template', saveAs: 'Save as template', library: 'Templates', award: 'Award ceremony' },
} as const;

async function start(host: TestHost, page: Page, language: InterfaceLanguage, width: number) {
  host.systemLanguage = language;
  await page.setViewportSize({ width, height: 768 });
  await host.open();
  await expect(page.getByRole('textbox').first()).toBeVisible({ timeout: 20_000 });
}

/** The rows the toolbar's controls sit in: their vertical centres, rounded, without repeats. */
const toolbarRows = (page: Page): Promise<number[]> =>
  page.evaluate(`(() => {
    const toolbar = document.querySelector('[role="toolbar"]');
    const centres = [...toolbar.querySelectorAll('button, select')]
      .filter((control) => control.getClientRects().length > 0)
      .map((control) => {
        const box = control.getBoundingClientRect();
        return Math.round((box.top + box.bottom) / 2 / 8);
      });
    return [...new Set(centres)];
  })()`);

/** The toolbar's buttons and menus that end past the window's right edge (their names). */
const controlsPastTheWindow = (page: Page): Promise<string[]> =>
  page.evaluate(`(() => [...document.querySelector('[role="toolbar"]').querySelectorAll('button, select')]
    .filter((control) => control.getClientRects().length > 0 && control.getBoundingClientRect().right > window.innerWidth + 0.5)
    .map((control) => control.getAttribute('aria-label') || control.textContent))()`);

/** The width the release's text is set in: the page's content box. */
const textColumn = (page: Page): Promise<number> =>
  page.evaluate(`(() => {
    const page = document.querySelector('.page');
    const style = getComputedStyle(page);
    return page.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  })()`);

/** Every control of a dialog is one of the app's buttons (a gallery's entries are its list, not buttons). */
async function expectSharedButtons(dialog: Locator): Promise<void> {
  await expect(dialog).toHaveClass(/\bmodal\b/u);
  const foreign = await dialog.evaluate((box) =>
    [...box.querySelectorAll('button')].filter((button) => !button.classList.contains('button') && !button.classList.contains('pr-gallery__item')).map((button) => button.outerHTML.slice(0, 80)),
  );
  expect(foreign).toEqual([]);
  await expect(dialog.locator('.modal__buttons .button').first()).toBeVisible();
}

for (const language of ['ru', 'kk', 'en'] as const) {
  for (const width of [1024, 1366, 1920]) {
    test(`${language}, ${width} px: the toolbar is one row and the text column is at least 600 px`, async ({ page, host }) => {
      await start(host, page, language, width);
      expect(await toolbarRows(page)).toHaveLength(1);
      expect(await textColumn(page)).toBeGreaterThanOrEqual(600);
      // Every control within the window: in Russian at 1,366 px the details panel's button stood 20 px past its edge.
      expect(await controlsPastTheWindow(page)).toEqual([]);
      // The file buttons show the app's icons (inline SVG), not boxes drawn in CSS.
      for (const button of await page.getByRole('toolbar').locator('.toolbar__group').first().getByRole('button').all()) {
        await expect(button.locator('svg.icon')).toHaveCount(1);
      }
      // The details panel, opened, leaves the text column as it was (at 1024 px it lies over the page's edge).
      if (width === 1024) {
        const toggle = page.getByRole('toolbar').locator('button[aria-pressed]').last();
        await expect(toggle).toHaveAttribute('aria-pressed', 'false');
        await toggle.click();
        await expect(page.locator('.app__details')).toBeVisible();
        expect(await textColumn(page)).toBeGreaterThanOrEqual(600);
        expect(await toolbarRows(page)).toHaveLength(1);
      }
    });
  }

  test(`${language}: every dialog is the one frame with the one set of buttons; the award table reads top to bottom`, async ({ page, host }) => {
    await start(host, page, language, 1366);
    const words = WORDS[language];
    await host.sendCommand({ type: 'menu', action: 'new-from-template' });
    const gallery = page.getByRole('dialog', { name: words.gallery });
    await expect(gallery.locator('.pr-gallery__item').first()).toBeVisible();
    await expectSharedButtons(gallery);
    await gallery.locator('.modal__buttons .button--primary').click();
    await expect(gallery).toBeHidden();

    // The template's award ceremony: the award's name, then the column titles, then the rows.
    const ceremony = page.getByRole('textbox').first().getByRole('group', { name: words.award });
    await ceremony.scrollIntoViewIfNeeded();
    const award = await ceremony.locator('.field').first().boundingBox();
    const columns = await ceremony.locator('.pr-award-ceremony__columns').boundingBox();
    const firstRow = await ceremony.getByRole('row').first().boundingBox();
    expect(award && columns && firstRow).toBeTruthy();
    if (award && columns && firstRow) {
      expect(columns.y).toBeGreaterThanOrEqual(award.y + award.height - 1);
      expect(firstRow.y).toBeGreaterThanOrEqual(columns.y + columns.height - 1);
    }
    const add = ceremony.locator('.pr-award-ceremony__actions button');
    await expect(add).toHaveClass(/\bbutton\b/u);
    expect(await page.evaluate(`getComputedStyle(document.querySelector('.pr-award-ceremony__actions button')).fontFamily`)).toMatch(/^system-ui/u);

    await host.sendCommand({ type: 'menu', action: 'save-as-template' });
    const saveAs = page.getByRole('dialog', { name: words.saveAs });
    await expectSharedButtons(saveAs);
    await page.keyboard.press('Escape');
    await expect(saveAs).toBeHidden();

    await host.sendCommand({ type: 'menu', action: 'manage-templates' });
    const library = page.getByRole('dialog', { name: words.library });
    await expect(library.locator('.pr-library li').first()).toBeVisible();
    await expectSharedButtons(library);
    await page.keyboard.press('Escape');
    await expect(library).toBeHidden();

    await page.getByRole('textbox').first().locator('h1').click();
    await page.keyboard.type('x');
    await host.sendCommand({ type: 'menu', action: 'new' });
    const question = page.getByRole('dialog');
    await expectSharedButtons(question);
    await question.locator('[data-value="dont-save"]').click();
    await expect(question).toBeHidden();

    await host.sendCommand({ type: 'menu', action: 'recover-discarded' });
    const recover = page.getByRole('dialog');
    await expect(recover.getByRole('listitem')).toHaveCount(1);
    await expectSharedButtons(recover);
  });
}
