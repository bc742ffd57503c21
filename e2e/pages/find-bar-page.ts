import type { Locator, Page } from '@playwright/test';

/** The find bar over the page (renderer/find/find-bar.tsx), by its roles and the words of the interface language. */
export class FindBarPage {
  readonly bar: Locator;
  readonly query: Locator;
  readonly replacement: Locator;
  readonly count: Locator;
  readonly message: Locator;

  constructor(
    readonly page: Page,
    readonly words: { bar: string; query: string; replacement: string },
  ) {
    this.bar = page.getByRole('search', { name: words.bar });
    this.query = this.bar.getByRole('searchbox', { name: words.query });
    this.replacement = this.bar.getByRole('textbox', { name: words.replacement });
    this.count = this.bar.locator('.find-bar__count');
    this.message = this.bar.locator('.find-bar__message');
  }

  button(name: string | RegExp): Locator {
    return this.bar.getByRole('button', { name });
  }

  /** The words the current match covers (CSS Custom Highlight), and the field holding it (`field--quote-speaker`). */
  current(): Promise<{ text: string; field: string | null } | null> {
    return this.page.evaluate(`(() => {
      const highlight = CSS.highlights.get('pressroom-find-current');
      const range = highlight ? [...highlight][0] : undefined;
      if (!range) return null;
      const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
      const field = start && start.closest('[class*="field--"]');
      return { text: range.toString(), field: field ? ([...field.classList].find((name) => name.startsWith('field--')) ?? null) : null };
    })()`);
  }

  /** The words of every highlighted match on the page (Slate decorations), in page order. */
  highlighted(): Promise<string[]> {
    return this.page.evaluate(`(() => {
      const texts = [];
      let last = null;
      for (const leaf of document.querySelectorAll('[data-slate-editor] .find-match')) {
        // A match across a mark boundary is several leaves side by side: one match.
        const text = (leaf.textContent || '').replace(/\uFEFF/gu, '');
        const textNode = leaf.closest('[data-slate-node="text"]');
        const before = leaf.previousElementSibling || (textNode && textNode.previousElementSibling && textNode.previousElementSibling.lastElementChild);
        if (last && before === last) texts[texts.length - 1] += text;
        else texts.push(text);
        last = leaf;
      }
      return texts;
    })()`);
  }
}
