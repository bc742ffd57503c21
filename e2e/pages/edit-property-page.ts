import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { Descendant, Range } from 'slate';
import type { Random } from '../../test/fuzz/selection-words';
import type { TestHost } from '../host/test-host';

const PROBE = new URL('./edit-property-probe.js', import.meta.url).pathname;

export interface Snapshot {
  value: Descendant[];
  undoSteps: number;
  dom: { leaves: string[]; elements: number };
}

/**
 * The editor as the Chromium property test drives it: a release put in place through the editor test hook
 * (renderer/editor/editor-test-hook.ts, installed because edit-property-probe.js asked for it before the app
 * started), selections made with the real mouse and keyboard, keys and clipboard events as Chromium delivers
 * them, and the model and the DOM read back in one round trip.
 */
export class EditPropertyPage {
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.editor = page.locator('[data-slate-editor="true"]');
  }

  /** Before the app loads: ask for the test hook, install the probe. */
  static async install(page: Page): Promise<void> {
    await page.addInitScript({ path: PROBE });
  }

  /** Opens the app in Russian with the test hook installed, and waits until the editor and the hook are there. */
  static async open(page: Page, host: TestHost): Promise<EditPropertyPage> {
    await EditPropertyPage.install(page);
    host.systemLanguage = 'ru';
    await host.open();
    const editor = new EditPropertyPage(page);
    await expect(editor.editor).toBeVisible({ timeout: 20_000 });
    await editor.hookReady();
    return editor;
  }

  async hookReady(): Promise<void> {
    await this.page.waitForFunction('window.__editProbe.ready()');
  }

  async setValue(body: Descendant[]): Promise<void> {
    await this.page.evaluate(`window.__editProbe.setValue(${JSON.stringify(body)})`);
  }

  /** Puts a new release in place (empty undo history) and reads it back, in one round trip. */
  async reset(body: Descendant[]): Promise<Omit<Snapshot, 'dom'>> {
    return (await this.page.evaluate(`window.__editProbe.reset(${JSON.stringify(body)})`)) as Omit<Snapshot, 'dom'>;
  }

  /** The selection a key would act on, once the page has drawn (settle and read in one round trip). */
  async settledSelection(): Promise<Range | null> {
    return (await this.page.evaluate('window.__editProbe.settledSelection()')) as Range | null;
  }

  /** A point on the selected words, to press the mouse on and drag them; null when none is in view. */
  async selectionPoint(): Promise<{ x: number; y: number } | null> {
    return (await this.page.evaluate('window.__editProbe.selectionPoint()')) as { x: number; y: number } | null;
  }

  /** A place in view, outside the selected words, to drop them on (three tries); null when none is in view. */
  async dropPlace(rng: Random): Promise<{ x: number; y: number } | null> {
    const picks = [0, 1, 2].map(() => ({ pickLeaf: rng.next(), pickChar: rng.next() }));
    return (await this.page.evaluate(`window.__editProbe.dropPlace(${JSON.stringify(picks)})`)) as { x: number; y: number } | null;
  }

  /** Fills the system clipboard as another program would (the context must grant clipboard-write). */
  async writeClipboard(text: string, html?: string): Promise<void> {
    await this.page.evaluate(`window.__editProbe.writeClipboard(${JSON.stringify(text)}, ${JSON.stringify(html ?? '')})`);
  }

  /** The system clipboard's text (the context must grant clipboard-read). */
  async readClipboard(): Promise<string> {
    return (await this.page.evaluate('navigator.clipboard.readText()')) as string;
  }

  async selection(): Promise<Range | null> {
    return (await this.page.evaluate('window.__editProbe.selection()')) as Range | null;
  }

  async snapshot(): Promise<Snapshot> {
    return (await this.page.evaluate('window.__editProbe.snapshot()')) as Snapshot;
  }

  async settle(): Promise<void> {
    await this.page.evaluate('window.__editProbe.settle()');
  }

  /** A random place on the page to click: a character of a text leaf, a chip, a blank or the end mark. */
  async randomPlace(rng: Random): Promise<{ x: number; y: number }> {
    const pick = { pickLeaf: rng.next(), pickChar: rng.next(), side: rng.next() };
    return (await this.page.evaluate(`window.__editProbe.place(${JSON.stringify(pick)})`)) as { x: number; y: number };
  }

  /** A paste as Chromium delivers it: a ClipboardEvent with text/plain and, when given, text/html. */
  async paste(text: string, html?: string): Promise<void> {
    await this.page.evaluate(`window.__editProbe.clipboard('paste', ${JSON.stringify(text)}, ${JSON.stringify(html ?? '')})`);
  }

  /** A cut as Chromium delivers it (Ctrl+X): the editor fills the clipboard event and deletes the selection. */
  async cut(): Promise<void> {
    await this.page.evaluate(`window.__editProbe.clipboard('cut')`);
  }
}
