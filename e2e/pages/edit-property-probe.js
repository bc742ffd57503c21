/*
 * Installed in the page before the app starts by the Chromium property test (e2e/edit-properties.spec.ts): asks
 * the app for its editor test hook (renderer/editor/editor-test-hook.ts) and gives the test one-round-trip reads
 * of the page. A plain browser script: the e2e type check has no DOM library.
 */
'use strict';
window.__pressroomEditorTestHook = 'wanted';

const editorRoot = () => document.querySelector('[data-slate-editor="true"]');
const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

window.__editProbe = {
  ready: () => typeof window.__pressroomEditorTestHook === 'object',

  /** A new release, every scroller back at the top (the same place on the page for the same seed). */
  async setValue(nodes) {
    window.__pressroomEditorTestHook.setValue(nodes);
    for (const element of document.querySelectorAll('.app__page-scroller')) element.scrollTop = 0;
    window.scrollTo(0, 0);
    await twoFrames();
  },

  /** The same, and the release as it is then (one round trip where a run starts). */
  async reset(nodes) {
    await this.setValue(nodes);
    const hook = window.__pressroomEditorTestHook;
    return { value: hook.value(), undoSteps: hook.undoSteps() };
  },

  selection: () => window.__pressroomEditorTestHook.selection(),

  /** After the next frame: the selection a key would act on. */
  async settledSelection() {
    await twoFrames();
    return window.__pressroomEditorTestHook.selection();
  },

  /** A viewport point on the selected words (the middle of the selection's widest box), or null. */
  selectionPoint() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const boxes = [...selection.getRangeAt(0).getClientRects()].filter((rect) => rect.width > 4 && rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight);
    if (boxes.length === 0) return null;
    const box = boxes.reduce((wide, rect) => (rect.width > wide.width ? rect : wide));
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  },

  /** The system clipboard filled as another program fills it (text/plain and, when given, text/html). */
  async writeClipboard(text, html) {
    const items = { 'text/plain': new Blob([text], { type: 'text/plain' }) };
    if (html) items['text/html'] = new Blob([html], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(items)]);
  },

  /** After React has drawn and Slate has put the DOM selection back: the release, the undo steps and the DOM. */
  async snapshot() {
    await twoFrames();
    const hook = window.__pressroomEditorTestHook;
    const root = editorRoot();
    const leaves = [...root.querySelectorAll('[data-slate-node="text"]')].map((text) =>
      [...text.querySelectorAll('[data-slate-leaf]')]
        .map((leaf) => (leaf.querySelector('[data-slate-zero-width]') ? '' : (leaf.querySelector('[data-slate-string]')?.textContent ?? '')))
        .join(''),
    );
    return { value: hook.value(), undoSteps: hook.undoSteps(), dom: { leaves, elements: root.querySelectorAll('[data-slate-node="element"]').length } };
  },

  settle: twoFrames,

  /** The viewport place of a character of a text leaf, a chip, a blank or the end mark, scrolled into view. */
  place({ pickLeaf, pickChar, side }) {
    const root = editorRoot();
    const targets = [...root.querySelectorAll('[data-slate-string], [data-slate-zero-width], .pr-variable, .pr-placeholder, .block--end-mark')];
    const target = targets[Math.floor(pickLeaf * targets.length)];
    target.scrollIntoView({ block: 'center' });
    const node = target.hasAttribute('data-slate-string') ? target.firstChild : null;
    if (node && node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').length > 0) {
      const length = node.textContent.length;
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

  /** A paste or a cut as Chromium delivers it: a ClipboardEvent on the editor. */
  clipboard(type, text, html) {
    const data = new DataTransfer();
    if (text !== undefined) data.setData('text/plain', text);
    if (html) data.setData('text/html', html);
    editorRoot().dispatchEvent(new ClipboardEvent(type, { clipboardData: data, bubbles: true, cancelable: true }));
  },
};
