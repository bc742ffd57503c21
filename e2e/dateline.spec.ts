import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import { RELEASE_LANGUAGES } from '../core/model/types';
import { DATELINE_STYLES, formatDateline } from '../core/typography/dateline';
import { INTERFACE_LANGUAGES } from '../core/i18n/interface-languages';
import { printInterfaceDateTime, printIsoDate } from '../core/typography/interface-dates';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/fixtures';
import { AppShellPage } from './pages/app-shell-page';

/**
 * One source for the dateline (issue 10, item 6): the page, the outline and every export write it from the
 * release's details, in the release's language; the details' date field speaks the interface's date form; and the
 * formatter prints the same bytes in Chromium as in Node (the app and the CLI).
 */

test.use({ openApp: false });

async function start(host: TestHost, page: Page, language: 'ru' | 'kk' | 'en') {
  host.systemLanguage = language;
  await host.open();
  await expect(page.locator('[data-slate-editor="true"]')).toBeVisible({ timeout: 20_000 });
  return new AppShellPage(page);
}

const dateline = (page: Page) => page.getByTestId('dateline');

test('the dateline on the page is the details’ city and date in the release’s language, as the export prints it', async ({ page, host }) => {
  const shell = await start(host, page, 'ru');
  // Before anything is filled: no grey example posing as a value, and the outline says the dateline is empty.
  await expect(dateline(page)).not.toContainText('Алматы');
  await expect(dateline(page)).toContainText('из сведений о релизе');

  await page.locator('#metadata-city').fill('Астана');
  await page.locator('#metadata-date').fill('02.10.2025');
  await page.locator('#metadata-date').press('Tab');
  await expect(dateline(page)).toHaveText('Астана, 2 октября 2025 года');
  const outline = shell.outline('Структура релиза');
  await expect(outline.getByRole('button', { name: 'Место и дата Астана, 2 октября 2025 года' })).toBeVisible();

  // The release in Kazakh (the interface stays Russian): the dateline follows the release, not the interface.
  await page.getByRole('combobox', { name: 'Язык релиза' }).selectOption('kk');
  await expect(dateline(page)).toHaveText('Астана, 2025 жылғы 2 қазан');
  await expect(outline.getByRole('button', { name: 'Место и дата Астана, 2025 жылғы 2 қазан' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Язык релиза' }).selectOption('ru');

  // The export prints exactly what the page shows.
  await page.getByRole('textbox', { name: 'Текст релиза' }).locator('.block--headline').click();
  await page.keyboard.type('Конференция к 30-летию Конституции');
  const target = host.path('релиз.md');
  host.answerNextSave(target);
  await page.getByRole('toolbar').getByRole('combobox', { name: 'Экспорт' }).selectOption({ label: 'Markdown…' });
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено:' })).toContainText(target);
  const markdown = await readFile(target, 'utf8');
  expect(markdown).toContain(`*${await dateline(page).getByRole('button').innerText()}*`);

  // A click on the dateline takes the press officer to the details' city.
  await dateline(page).getByRole('button').click();
  await expect(page.locator('#metadata-city')).toBeFocused();
});

test('an old file whose dateline had its own words opens with them in the details, and the page shows them', async ({ page, host }) => {
  await start(host, page, 'ru');
  const old = {
    format: 'pressroom',
    version: 2,
    metadata: { language: 'ru', title: '', city: 'Астана', date: '2025-10-02', organisation: '', variables: [] },
    body: [
      { type: 'headline', children: [{ text: 'Конференция' }] },
      { type: 'dateline', children: [{ type: 'field', name: 'city', children: [{ text: 'Алматы' }] }, { type: 'field', name: 'date', children: [{ text: '29 августа 2025 года' }] }] },
      { type: 'lead', children: [{ text: 'Лид.' }] },
    ],
  };
  const file = await host.writeDocument('старый.pressroom', JSON.stringify(old));
  host.answerNextOpen(file);
  await page.keyboard.press('Control+KeyO');
  await expect(dateline(page)).toHaveText('Алматы, 29 августа 2025 года');
  await expect(page.locator('#metadata-city')).toHaveValue('Алматы');
  await expect(page.locator('#metadata-date')).toHaveValue('29.08.2025');
});

for (const [language, shown, label] of [
  ['ru', '02.10.2025', 'Дата'],
  ['kk', '02.10.2025', 'Күні'],
  ['en', '02/10/2025', 'Date'],
] as const) {
  test(`the details’ date field shows and reads dates as a ${language} interface writes them`, async ({ page, host }) => {
    await start(host, page, language);
    const field = page.getByRole('textbox', { name: label, exact: true });
    await expect(field).toHaveAttribute('type', 'text');
    await field.fill(shown);
    await field.press('Enter');
    await expect(field).toHaveValue(shown);
    // A slip of the keyboard: a message in the interface's words, and the release keeps its date.
    await field.fill('31.02.2025');
    await field.press('Enter');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toBeVisible();
    await field.press('Escape');
    await expect(field).toHaveValue(shown);
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  });
}

test('the date formatter prints the same bytes in Chromium as in Node, for every language, style and month', async ({ page }) => {
  // The formatters, bundled as the app bundles them, run in the page's JavaScript engine (no Intl involved).
  const bundle = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(import.meta.dirname, 'dateline-entry.ts'), formats: ['iife'], name: 'PressroomDates', fileName: 'dates' },
    },
  });
  const output = (Array.isArray(bundle) ? bundle[0] : bundle) as { output: { code?: string }[] };
  await page.setContent('<!doctype html><meta charset="utf-8"><title>dates</title>');
  await page.addScriptTag({ content: output.output[0]?.code ?? '' });
  const cases = RELEASE_LANGUAGES.flatMap((language) =>
    DATELINE_STYLES.flatMap((style) =>
      Array.from({ length: 12 }, (_, month) => ({ city: month % 2 ? 'Алматы' : 'Өскемен', date: `2025-${String(month + 1).padStart(2, '0')}-${String(month + 18).padStart(2, '0')}`, language, style })),
    ),
  );
  const inNode = cases.map(({ city, date, language, style }) => formatDateline(city, date, language, style));
  const inChromium = await page.evaluate(
    (all) => all.map(({ city, date, language, style }) => (globalThis as unknown as { PressroomDates: { formatDateline: typeof formatDateline } }).PressroomDates.formatDateline(city, date, language, style)),
    cases,
  );
  expect(inChromium).toEqual(inNode);
  expect(inNode).toContain('ӨСКЕМЕН. Қаңтардың 18-і.');
  const moment = '2025-10-02T09:05:00';
  const interfaceNode = INTERFACE_LANGUAGES.map((language) => [printIsoDate('2025-10-02', language), printInterfaceDateTime(moment, language)]);
  const interfaceChromium = await page.evaluate(
    ([languages, at]) => {
      const dates = (globalThis as unknown as { PressroomDates: { printIsoDate: typeof printIsoDate; printInterfaceDateTime: typeof printInterfaceDateTime } }).PressroomDates;
      return languages.map((language) => [dates.printIsoDate('2025-10-02', language), dates.printInterfaceDateTime(at, language)]);
    },
    [INTERFACE_LANGUAGES, moment] as const,
  );
  expect(interfaceChromium).toEqual(interfaceNode);
});
