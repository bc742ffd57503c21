import type { Locator, Page } from '@playwright/test';

/**
 * The editor area: the page the press officer types on, its blocks and fields, the toolbar and block menu.
 * Locators are role-based wherever the markup has a role (textbox, heading, group, toolbar, combobox, button).
 */
export class ReleaseEditorPage {
  readonly editor: Locator;
  readonly toolbar: Locator;
  readonly blockMenu: Locator;
  readonly headline: Locator;

  constructor(
    readonly page: Page,
    readonly texts: { editor: string; toolbar: string; blockType: string; quote: string; dateline: string },
  ) {
    this.editor = page.getByRole('textbox', { name: texts.editor });
    this.toolbar = page.getByRole('toolbar', { name: texts.toolbar });
    this.blockMenu = this.toolbar.getByRole('combobox', { name: texts.blockType });
    this.headline = this.editor.getByRole('heading', { level: 1 });
  }

  /** The n-th quote (0-based) of the release. */
  quote(index = 0): Locator {
    return this.editor.getByRole('group', { name: this.texts.quote }).nth(index);
  }

  get dateline(): Locator {
    return this.editor.getByRole('group', { name: this.texts.dateline });
  }

  /** The editable text of a named field inside a dateline or quote group. */
  field(group: Locator, container: 'dateline' | 'quote', name: string): Locator {
    return group.locator(`.field--${container}-${name} .field__text`);
  }

  /** Top-level blocks of a given class (lead, paragraph…). */
  block(type: string): Locator {
    return this.editor.locator(`.block--${type}`);
  }

  async clickInto(target: Locator): Promise<void> {
    await target.click();
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 5 });
  }

  async chooseBlockType(label: string): Promise<void> {
    await this.blockMenu.selectOption({ label });
  }

  /**
   * A key press as a Russian or Kazakh layout sends it: the character the layout types (`key`) with the
   * physical key's code, Ctrl held. Playwright's keyboard only knows the US layout, so this goes through CDP.
   */
  async pressWithLayout(key: string, code: string, options: { shift?: boolean } = {}): Promise<void> {
    const session = await this.page.context().newCDPSession(this.page);
    const modifiers = 2 | (options.shift ? 8 : 0);
    const keyCode = code.startsWith('Key') ? code.charCodeAt(3) : 0;
    await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code, modifiers, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
    await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, modifiers, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
    await session.detach();
  }
}

/** The middle of the first or last letter of `words` on the page (a text node holding them). */
export async function pointAt(page: Page, words: string, edge: 'start' | 'end'): Promise<{ x: number; y: number }> {
  // A script as text: e2e code is type-checked without the DOM's types.
  return page.evaluate(`(() => {
    const words = ${JSON.stringify(words)};
    const edge = ${JSON.stringify(edge)};
    const walker = document.createTreeWalker(document.querySelector('[data-slate-editor="true"]'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(words);
      if (at < 0) continue;
      const offset = edge === 'start' ? at : at + words.length - 1;
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const box = range.getBoundingClientRect();
      return { x: edge === 'start' ? box.left + 1 : box.right - 1, y: box.top + box.height / 2 };
    }
    throw new Error('not on the page: ' + words);
  })()`);
}
