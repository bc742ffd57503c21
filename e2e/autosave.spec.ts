import { expect, test } from './host/fixtures';
import type { PressroomDocument } from '../core/model/types';
import { almatyRelease, sampleParagraphs } from '../electron/services/fixtures/sample-release';
import { ReleaseEditorPage } from './pages/release-editor-page';

/**
 * Autosave and save send the release as JSON text built from each block's JSON kept from earlier saves
 * (core/model/document-transfer.ts). In the real renderer: open a release, let its text be prepared in idle
 * time, edit one block, then another; every draft and the saved file must hold every word, the edited blocks
 * with their new words and every other block exactly as it was opened.
 */

const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };
const IN_HEADLINE = 'және Алматы жастары';
const IN_LEAD = 'Конференция прошла торжественно';

test.use({ openApp: false });

/** The text of a block's children, for blocks of plain text runs. */
const textOf = (block: PressroomDocument['body'][number] | undefined) =>
  (block?.children ?? []).map((child) => ('text' in child ? child.text : '')).join('');

test('drafts and the saved file hold every word after edits to a release opened from disk', async ({ page, host }) => {
  // Some 60 paragraphs more than the sample, so the text is prepared over several idle slices.
  const opened = almatyRelease(Array.from({ length: 60 }, (_, i) => `${sampleParagraphs()[i % 4] ?? ''} (${i + 1})`));
  const file = await host.writeDocument('Конференция.pressroom', opened);
  host.systemLanguage = 'ru';
  await host.open();
  const editor = new ReleaseEditorPage(page, RU);
  await expect(editor.editor).toBeVisible({ timeout: 20_000 });
  await host.sendCommand({ type: 'open-file', path: file });
  await expect(editor.headline).toHaveText(textOf(opened.body[0]));
  // Idle time after opening: the release's blocks are stringified and kept.
  await page.evaluate('new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve)))');

  const lastDraft = async (count: number): Promise<PressroomDocument> => {
    await expect.poll(() => host.callsOf('saveDraft').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
    const request = host.callsOf('saveDraft').at(-1)?.request as { documentText: string };
    return JSON.parse(request.documentText) as PressroomDocument;
  };
  /** Each edited block is the opened one with `added` typed somewhere in it; every other block is untouched. */
  const expectEdits = (release: PressroomDocument, edits: Record<number, string>) => {
    expect(release.metadata).toEqual(opened.metadata);
    expect(release.body).toHaveLength(opened.body.length);
    release.body.forEach((block, index) => {
      const added = edits[index];
      if (added === undefined) return expect(block).toEqual(opened.body[index]);
      expect(textOf(block)).toContain(added);
      expect(textOf(block).replace(added, '')).toBe(textOf(opened.body[index]));
    });
  };

  await editor.clickInto(editor.headline);
  await editor.type(IN_HEADLINE);
  const first = await lastDraft(1);
  expectEdits(first, { 0: IN_HEADLINE });
  expect((await host.handlers.listDrafts({})).map((draft) => draft.document)).toEqual([first]);

  const drafts = host.callsOf('saveDraft').length;
  await editor.clickInto(editor.block('lead'));
  await editor.type(IN_LEAD);
  const second = await lastDraft(drafts + 1);
  expectEdits(second, { 0: IN_HEADLINE, 3: IN_LEAD });

  await page.keyboard.press('Control+KeyS');
  await expect.poll(() => host.windowState?.dirty).toBe(false);
  expect(await host.readDocument(file)).toEqual(second);
  await expect.poll(() => host.handlers.listDrafts({})).toEqual([]);
});
