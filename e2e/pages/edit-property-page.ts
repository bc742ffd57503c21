import type { Locator, Page } from '@playwright/test';
import type { Descendant, Range } from 'slate';
import type { Random } from '../edit-property-checks';

/** What renderer/editor/editor-test-hook.ts puts on the window. */
interface Hook {
  value(): unknown[];
  selection(): unknown;
  undoSteps(): number;
  setValue(nodes: unknown[]): void;
}
interface HookWindow {
  __pressroomEditorTestHook?: Hook | 'wanted';
}

/**
 * The editor as the Chromium property test drives it: a release put in place through the editor test hook
 * (renderer/editor/editor-test-hook.ts, installed because the init script asked for it), selections made with
 * the real mouse and keyboard, keys and clipboard events as Chromium delivers them, and the DOM read back.
 */
export class EditPropertyPage {
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.editor = page.locator('[data-slate-editor="true"]');
  }

  /** Before the app loads: ask for the test hook. */
  static async askForHook(page: Page): Promise<void> {
    await page.addInitScript(() => {
      (window as unknown as HookWindow).__pressroomEditorTestHook = 'wanted';
    });
  }

  async hookReady(): Promise<void> {
    await this.page.waitForFunction(() => typeof (window as unknown as HookWindow).__pressroomEditorTestHook === 'object');
  }

  async setValue(body: Descendant[]): Promise<void> {
    await this.page.evaluate((nodes) => {
      ((window as unknown as HookWindow).__pressroomEditorTestHook as Hook).setValue(nodes);
      // The same place on the page for the same seed: every scroller back at the top.
      for (const element of document.querySelectorAll('.app__page-scroller')) element.scrollTop = 0;
      window.scrollTo(0, 0);
    }, body);
    await this.settle();
  }

  async value(): Promise<Descendant[]> {
    return (await this.page.evaluate(() => ((window as unknown as HookWindow).__pressroomEditorTestHook as Hook).value())) as Descendant[];
  }

  async selection(): Promise<Range | null> {
    return (await this.page.evaluate(() => ((window as unknown as HookWindow).__pressroomEditorTestHook as Hook).selection())) as Range | null;
  }

  async undoSteps(): Promise<number> {
    return this.page.evaluate(() => ((window as unknown as HookWindow).__pressroomEditorTestHook as Hook).undoSteps());
  }

  /** Two animation frames: React has drawn the change and Slate has put the DOM selection back. */
  async settle(): Promise<void> {
    await this.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  }

  /**
   * A random place on the page to click: a character of a random text leaf, or a chip, blank or the end mark,
   * scrolled into view first; the viewport coordinates of that place.
   */
  async randomPlace(rng: Random): Promise<{ x: number; y: number }> {
    const pickLeaf = rng.next();
    const pickChar = rng.next();
    const side = rng.next();
    return this.page.evaluate(
      ({ pickLeaf, pickChar, side }) => {
        const root = document.querySelector('[data-slate-editor="true"]') as HTMLElement;
        const targets = [
          ...root.querySelectorAll<HTMLElement>('[data-slate-string], [data-slate-zero-width], .pr-variable, .pr-placeholder, .block--end-mark'),
        ];
        const target = targets[Math.floor(pickLeaf * targets.length)] as HTMLElement;
        target.scrollIntoView({ block: 'center' });
        const node = target.hasAttribute('data-slate-string') ? target.firstChild : null;
        if (node && node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').length > 0) {
          const length = (node.textContent ?? '').length;
          const offset = Math.floor(pickChar * length);
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, Math.min(length, offset + 1));
          const box = [...range.getClientRects()].find((rect) => rect.width > 0) ?? range.getBoundingClientRect();
          return { x: box.left + (side < 0.5 ? 1 : Math.max(1, box.width - 1)), y: box.top + box.height / 2 };
        }
        const box = target.getBoundingClientRect();
        return { x: box.left + Math.max(1, box.width * side), y: box.top + box.height / 2 };
      },
      { pickLeaf, pickChar, side },
    );
  }

  /** The DOM's text leaves in order (a zero-width leaf reads as ''), and how many Slate elements it draws. */
  async domShape(): Promise<{ leaves: string[]; elements: number }> {
    return this.page.evaluate(() => {
      const root = document.querySelector('[data-slate-editor="true"]') as HTMLElement;
      const leaves = [...root.querySelectorAll<HTMLElement>('[data-slate-node="text"]')].map((text) =>
        [...text.querySelectorAll<HTMLElement>('[data-slate-leaf]')]
          .map((leaf) => (leaf.querySelector('[data-slate-zero-width]') ? '' : (leaf.querySelector('[data-slate-string]')?.textContent ?? '')))
          .join(''),
      );
      return { leaves, elements: root.querySelectorAll('[data-slate-node="element"]').length };
    });
  }

  /** A paste as Chromium delivers it: a ClipboardEvent with text/plain and, when given, text/html. */
  async paste(text: string, html?: string): Promise<void> {
    await this.page.evaluate(
      ({ text, html }) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        if (html) data.setData('text/html', html);
        const target = document.querySelector('[data-slate-editor="true"]') as HTMLElement;
        target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { text, html },
    );
  }

  /** A cut as Chromium delivers it (Ctrl+X): a ClipboardEvent the editor fills and then deletes the selection. */
  async cut(): Promise<void> {
    await this.page.evaluate(() => {
      const target = document.querySelector('[data-slate-editor="true"]') as HTMLElement;
      target.dispatchEvent(new ClipboardEvent('cut', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true }));
    });
  }
}
