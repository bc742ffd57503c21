/*
 * Installed in the page before the app starts by the Chromium property test (e2e/edit-properties.spec.ts): asks
 * the app for its editor test hook (renderer/editor/editor-test-hook.ts) and gives the test one-round-trip reads
 * of the page. A plain browser script: the e2e type check has no DOM library.
 */
'use strict';
window.__pressroomEditorTestHook = 'wanted';

const editorRoot = () => document.querySelector('[data-slate-editor="true"]');
/** Whether the editor itself is what the mouse meets at a viewport point (not a toolbar or panel over it). */
const onPage = ({ x, y }) => {
  const hit = document.elementFromPoint(x, y);
  return hit !== null && editorRoot().contains(hit);
};
let lastSelectionChange = 0;
document.addEventListener('selectionchange', () => {
  lastSelectionChange = performance.now();
});
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

  /**
   * The selection a key would act on, once slate-react has read the browser's last selection change (it reads
   * them at most every 100 ms; a caret the browser collapsed is not brought over by the test hook's read).
   */
  async settledSelection() {
    await twoFrames();
    while (performance.now() - lastSelectionChange < 150) await new Promise((resolve) => setTimeout(resolve, 30));
    return window.__pressroomEditorTestHook.selection();
  },

  /** A viewport point on the selected words, where a press starts a drag of them (nothing else covers it), or null. */
  selectionPoint() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    for (const rect of range.getClientRects()) {
      if (rect.width < 4 || rect.height <= 0) continue;
      const point = { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
      const caret = document.caretRangeFromPoint(point.x, point.y);
      if (onPage(point) && caret && range.isPointInRange(caret.startContainer, caret.startOffset)) return point;
    }
    return null;
  },

  /**
   * A place to drop dragged words: a character, chip or blank in view now (nothing is scrolled: the selection must
   * stay where the mouse presses it), outside the selected words; the first of the picks that is, else the last.
   */
  dropPlace(picks) {
    const root = editorRoot();
    const visible = (rect) => rect.width > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight && rect.left >= 0 && rect.right <= window.innerWidth;
    const targets = [...root.querySelectorAll('[data-slate-string], .pr-variable, .pr-placeholder')].filter((target) => visible(target.getBoundingClientRect()));
    const selection = window.getSelection();
    const outside = (x, y) => {
      const caret = document.caretRangeFromPoint(x, y);
      return !selection || selection.rangeCount === 0 || !caret || !selection.getRangeAt(0).isPointInRange(caret.startContainer, caret.startOffset);
    };
    let point = null;
    for (const { pickLeaf, pickChar } of picks) {
      const target = targets[Math.floor(pickLeaf * targets.length)];
      if (!target) return null;
      const node = target.hasAttribute('data-slate-string') ? target.firstChild : null;
      let box = target.getBoundingClientRect();
      if (node && node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').length > 0) {
        const range = document.createRange();
        const offset = Math.floor(pickChar * node.textContent.length);
        range.setStart(node, offset);
        range.setEnd(node, Math.min(node.textContent.length, offset + 1));
        box = [...range.getClientRects()].find((rect) => rect.width > 0) ?? box;
      }
      point = { x: box.left + 1, y: box.top + box.height / 2 };
      if (onPage(point) && outside(point.x, point.y)) return point;
    }
    return point;
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
