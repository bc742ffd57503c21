import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocumentText } from '../core/model/document-file';
import { listUnfilledPlaceholders } from '../core/templates/placeholders';
import { variableValue } from '../core/templates/variables';
import { expect, test } from './host/fixtures';
import { TemplatesPage } from './templates-page';

/**
 * The user path of issue 3: a release from the Russian conference template, every blank filled by Tab and
 * typing, a variable changed everywhere at once, the release saved as a template, and after a restart a new
 * release from that saved template, filled as it was saved.
 */

const EVENT = '«Конституция – әділет пен тұрақтылықтың тірегі»';

/** What a press officer types into each blank of the Russian conference template, in Tab order (from the sample). */
const ANSWERS = [
  'В Алматы прошла конференция к 30-летию Конституции',
  'руководство города, депутатов маслихата, политологов и активистов Ассамблеи народа Казахстана',
  'Участники обсудили роль Основного закона',
  'Заместитель акима города Алматы',
  'Азамат Калдыбеков',
  'поздравил всех участников со знаменательной датой',
  'Наша главная цель – построение Справедливого Казахстана',
  'Азамат Калдыбеков',
  'заместитель акима города Алматы',
  'конституционных реформах',
  'Председатель маслихата города Алматы',
  'Меиржан Отыншиев',
  'подчеркнул важную роль Конституции',
  'Конституция – основа демократической трансформации общества',
  'Меиржан Отыншиев',
  'председатель маслихата города Алматы',
  'вопросы правовой культуры',
  'медалями «Қазақстан Республикасының Конституциясына 30 жыл»',
  'значительный вклад в становление государственности',
  'Қазақстан Республикасының Конституциясына 30 жыл',
  'Бексултан Сарсеков',
  'председатель президиума РОО «Совет генералов»',
  'За вклад в укрепление независимости',
  'Айгерим Нурланова',
  'политолог',
  'За просветительскую работу',
  'Аппарат акима города Алматы обеспечивает работу городского исполнительного органа',
  'Динара Сапарова',
  '+7 (727) 271-65-00',
  'press@almaty.gov.kz',
];

test.use({ openApp: false });

test('a release from the Russian conference template: Tab through every blank, variables everywhere, save as a template, reuse it after a restart', async ({ page, host }) => {
  // About 1,300 characters typed key by key across 30 blanks: allow for a slow CI machine.
  test.setTimeout(180_000);
  host.systemLanguage = 'ru';
  await host.open();
  const templates = new TemplatesPage(page, host);

  // 1. New from template: the gallery, filtered to Russian, previews and creates the conference write-up.
  await templates.newFromTemplate(/Пресс-релиз о конференции/u);
  await expect(templates.placeholders).toHaveCount(ANSWERS.length);
  await expect(templates.placeholders.first()).toHaveAttribute('data-placeholder-hint', 'Заголовок: что произошло, где и по какому поводу');
  await expect(templates.unfilledPanel.getByRole('status')).toHaveText('Осталось заполнить 30 полей');
  // The new release starts on its first blank.
  await expect(templates.placeholders.first()).toHaveClass(/pr-placeholder--selected/u);

  // 2. Tab through every blank, typing over each hint.
  // The caret at the very start of the release; Tab then goes to the first blank.
  await templates.editor.focus();
  await page.keyboard.press('Control+Home');
  for (const [index, answer] of ANSWERS.entries()) {
    await templates.fillNext(answer);
    await expect(templates.placeholders).toHaveCount(ANSWERS.length - index - 1);
  }
  await expect(templates.unfilledPanel.getByRole('status')).toHaveText('Все поля заполнены');
  for (const answer of ANSWERS) await expect(templates.editor).toContainText(answer);

  // Undo once brings the last hint back; redo fills it again.
  await page.keyboard.press('Control+z');
  await expect(templates.placeholders).toHaveCount(1);
  await expect(templates.placeholders.first()).toHaveAttribute('data-placeholder-hint', 'адрес электронной почты');
  await page.keyboard.press('Control+Shift+z');
  await expect(templates.placeholders).toHaveCount(0);

  // 3. Variables: a value typed once shows in every chip; changing it changes them all.
  await expect(templates.chips('event')).toHaveCount(2);
  await templates.setVariable('Название мероприятия', EVENT);
  await expect(templates.chips('event')).toHaveText([EVENT, EVENT]);
  // The city and date are the release's details: the dateline on the page is written from them.
  await page.locator('#metadata-city').fill('Алматы');
  await page.locator('#metadata-date').fill('29.08.2025');
  await page.locator('#metadata-date').press('Tab');
  await expect(page.getByTestId('dateline')).toHaveText('Алматы, 29 августа 2025 года');
  await templates.setVariable('Организатор', 'Аппарат акима города Алматы');
  await expect(templates.chips('organiser')).toHaveText(['Аппарат акима города Алматы', 'Аппарат акима города Алматы']);
  await templates.setVariable('Название мероприятия', '«Конституция – основа стабильности»');
  await expect(templates.chips('event')).toHaveText(['«Конституция – основа стабильности»', '«Конституция – основа стабильности»']);
  await templates.setVariable('Название мероприятия', EVENT);
  await expect(templates.chips('event')).toHaveText([EVENT, EVENT]);

  // 4. Save as template: it lands in the user's library as a valid file, filled.
  await templates.saveAsTemplate('Конференция акимата', 'Ежегодная конференция ко Дню Конституции');
  const libraryDir = join(host.userDataDir, 'templates');
  const files = (await readdir(libraryDir)).filter((name) => name.endsWith('.pressroom'));
  expect(files).toHaveLength(1);
  const saved = readDocumentText(await host.readText(join(libraryDir, files[0]!)));
  expect(saved.ok).toBe(true);
  if (!saved.ok) return;
  expect(saved.document.template).toEqual({ name: 'Конференция акимата', description: 'Ежегодная конференция ко Дню Конституции', kind: 'release' });
  expect(variableValue(saved.document, 'event')).toBe(EVENT);
  expect(listUnfilledPlaceholders(saved.document.body)).toEqual([]);

  // 5. After a restart, a new release from the saved template holds everything as saved.
  await host.restart();
  await templates.ready();
  // If autosave kept the unsaved release, recovery offers it back; this user starts afresh from the template.
  const drafts = await host.call('listDrafts', {});
  if (drafts.length > 0) {
    const recovery = page.getByRole('dialog', { name: 'Восстановление несохранённой работы' });
    for (let left = drafts.length; left > 0; left--) await recovery.getByRole('button', { name: 'Удалить' }).first().click();
    await expect(recovery).toBeHidden();
  }
  await templates.newFromTemplate(/Конференция акимата/u);
  await expect(templates.placeholders).toHaveCount(0);
  for (const answer of ANSWERS) await expect(templates.editor).toContainText(answer);
  await expect(templates.chips('event')).toHaveText([EVENT, EVENT]);
  await expect(page.getByTestId('dateline')).toHaveText('Алматы, 29 августа 2025 года');
  await expect(templates.variablesPanel.getByLabel('Организатор', { exact: true })).toHaveValue('Аппарат акима города Алматы');
  await expect(templates.unfilledPanel.getByRole('status')).toHaveText('Все поля заполнены');
});
