import type { Page } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

/*
 * The functions below that run inside the page (installCanary and the page.evaluate callbacks) see the browser's
 * globals; the e2e type check has no DOM library, so the few globals they use are declared here, for this module only.
 */
interface PageElement {
  tagName: string;
  isContentEditable: boolean;
  attributes: ArrayLike<{ name: string; value: string }> & Iterable<{ name: string; value: string }>;
  childElementCount: number;
  textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  dispatchEvent(event: object): boolean;
}
interface PageDataTransfer {
  setData(type: string, value: string): void;
}
declare const window: Record<string, unknown> & { alert: unknown; confirm: unknown; prompt: unknown };
declare const document: {
  activeElement: PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
};
declare const DataTransfer: new () => PageDataTransfer;
declare const ClipboardEvent: new (type: string, init: { clipboardData: PageDataTransfer; bubbles: boolean; cancelable: boolean }) => { defaultPrevented: boolean };
declare const InputEvent: new (type: string, init: { inputType: string; dataTransfer: PageDataTransfer; bubbles: boolean; cancelable: boolean }) => object;

/**
 * Helpers for the hostile-input tests: a canary that any script run by pasted or opened content would trip,
 * a paste exactly as Chromium delivers it to Slate, and checks of the editor's DOM and of exported HTML.
 */

/** Installed before the app loads: window.__pwned stays false unless hostile content runs; alert & co. trip it too. */
export function installCanary(): void {
  const w = window;
  w.__pwned = false;
  w.__cspViolations = [] as string[];
  const trip = (how: string) => () => {
    w.__pwned = how;
    return undefined;
  };
  window.alert = trip('alert');
  window.confirm = trip('confirm');
  window.prompt = trip('prompt');
  document.addEventListener('securitypolicyviolation', (event) => {
    (w.__cspViolations as string[]).push(`${event.violatedDirective} ${event.blockedURI}`);
  });
}

export async function canary(page: Page): Promise<{ pwned: unknown; cspViolations: string[] }> {
  return page.evaluate(() => {
    return { pwned: window.__pwned, cspViolations: window.__cspViolations as string[] };
  });
}

/**
 * Pastes into the focused editor as Chromium does: a `paste` ClipboardEvent, then (unless a handler took it)
 * a `beforeinput` of type insertFromPaste carrying the same DataTransfer, which is what slate-react handles.
 * (The async clipboard API would sanitise the HTML first and so prove nothing.)
 */
export async function pasteHtml(page: Page, html: string, plain = ''): Promise<void> {
  await page.evaluate(
    ([markup, text]) => {
      const target = document.activeElement;
      if (!target || !target.isContentEditable) throw new Error('paste: the editor has no focus');
      const data = new DataTransfer();
      data.setData('text/html', markup);
      if (text) data.setData('text/plain', text);
      const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      target.dispatchEvent(paste);
      if (paste.defaultPrevented) return;
      target.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [html, plain] as const,
  );
}

/** What is wrong with the editor's DOM: foreign elements, event-handler attributes, script URLs, inline styles. */
export async function editorDomProblems(page: Page, editorSelector = '[data-slate-editor="true"]'): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return ['no editor'];
    const problems: string[] = [];
    const foreign = root.querySelectorAll('script, iframe, frame, object, embed, img, svg, math, style, link, meta, base, form, input, video, audio, noscript, template');
    for (const element of foreign) problems.push(`foreign <${element.tagName.toLowerCase()}>`);
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value.trim().toLowerCase();
        if (name.startsWith('on')) problems.push(`<${element.tagName.toLowerCase()} ${name}>`);
        if ((name === 'href' || name === 'src' || name === 'action' || name === 'formaction' || name === 'xlink:href') && !/^(https?:|mailto:)/.test(value)) {
          problems.push(`<${element.tagName.toLowerCase()} ${name}="${value.slice(0, 40)}">`);
        }
        // Slate's own spacer inside a void block (the dateline, the end mark) is absolutely positioned.
        const slateSpacer = value.startsWith('height: 0px; color: transparent; outline: none; position: absolute') && element.childElementCount <= 1 && (element.textContent ?? '').trim().replace(/\ufeff/g, '') === '';
        if (name === 'style' && !slateSpacer && /display|visibility|opacity|font-size|position|url\(/.test(value)) problems.push(`<${element.tagName.toLowerCase()} style="${value.slice(0, 60)}">`);
      }
    }
    return problems;
  }, editorSelector);
}

/** The app's own script elements (to prove that none was added). */
export async function scriptCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('script').length);
}

function walk(node: Root | RootContent, visit: (element: Element) => void): void {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
  if (node.type === 'element' && node.content) walk(node.content, visit);
}

/**
 * Problems in an exported HTML file, parsed as a browser would: scripts other than the JSON-LD block, event
 * handlers, frames, images, SVG, links that are not http/https/mailto, and a JSON-LD block that could close
 * its own <script> element.
 */
export function exportedHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  walk(fromHtml(html), (element) => {
    const tag = element.tagName;
    if (tag === 'script') {
      if (element.properties.type !== 'application/ld+json') problems.push('a <script> that is not JSON-LD');
    } else if (['iframe', 'frame', 'object', 'embed', 'img', 'svg', 'math', 'base', 'form', 'noscript', 'template'].includes(tag)) {
      problems.push(`<${tag}>`);
    }
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`<${tag} ${name}>`);
      if (['href', 'src', 'action', 'formAction', 'xLinkHref'].includes(name) && !/^(https?:|mailto:|#)/i.test(String(value).trim())) {
        problems.push(`<${tag} ${name}="${String(value).slice(0, 40)}">`);
      }
    }
  });
  return problems;
}
