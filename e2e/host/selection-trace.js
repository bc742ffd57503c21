/*
 * A diagnostic, installed before the app starts when PRESSROOM_TRACE_SELECTION=1 (e2e/host/fixtures.ts): records
 * who moved the caret. Every Selection and focus() call with its stack, every selectionchange with where the
 * caret now is, every DOM mutation batch (nodes, text and attributes) with where the caret was, the mouse, key and
 * focus events, and every beforeinput and input with its target range, before the editor sees it and after (taken or
 * not: `prevented`); the last 400 entries are kept. A failed test prints them. Written for the intermittent caret jump to the headline under
 * heavy load (docs/architecture.md, "No caret inside a chip or a blank"). A plain browser script: the e2e type check has no DOM library.
 */
(() => {
  const log = [];
  const started = performance.now();
  const push = (entry) => {
    log.push(`${(performance.now() - started).toFixed(0)} ${entry}`);
    if (log.length > 400) log.shift();
  };
  Object.defineProperty(window, '__pressroomSelectionTrace', { value: () => log.slice() });
  /** Where a node is: the blank's hint and the block around it. */
  const where = (node) => {
    const element = node && (node.nodeType === 1 ? node : node.parentElement);
    if (!element || !element.closest) return String(node && node.nodeName);
    const blank = element.closest('[data-placeholder-hint]');
    const block = element.closest('[class*="block--"], .pr-award-ceremony, [data-testid="dateline"]');
    return `${node.nodeName}${blank ? ` blank «${blank.getAttribute('data-placeholder-hint')}»` : ''} in ${block ? String(block.className).slice(0, 48) : element.tagName}`;
  };
  const stack = () => (new Error().stack || '').split('\n').slice(3, 9).map((line) => line.trim().replace(/https?:\/\/[^ )]*\//g, '')).join(' < ');
  const wrap = (prototype, name, label) => {
    const original = prototype[name];
    prototype[name] = function (...args) {
      push(`${label}.${name}${label === 'focus' ? ` ${where(this)}` : ''} :: ${stack()}`);
      return original.apply(this, args);
    };
  };
  for (const name of ['setBaseAndExtent', 'addRange', 'collapse', 'collapseToEnd', 'collapseToStart', 'removeAllRanges', 'selectAllChildren', 'extend', 'modify']) wrap(Selection.prototype, name, 'selection');
  wrap(HTMLElement.prototype, 'focus', 'focus');
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    push(`selectionchange → ${where(selection && selection.anchorNode)} @${selection && selection.anchorOffset}${selection && !selection.isCollapsed ? ` … ${where(selection.focusNode)} @${selection.focusOffset} (${selection.toString().length} characters)` : ''}`);
  });
  for (const type of ['beforeinput', 'input']) {
    const describe = (event) => {
      const ranges = event.getTargetRanges ? event.getTargetRanges() : [];
      const range = ranges[0];
      return `${event.inputType} «${event.data}» target ${range ? `${where(range.startContainer)} @${range.startOffset}` : 'none'} prevented ${event.defaultPrevented}`;
    };
    document.addEventListener(type, (event) => push(`${type} ${describe(event)}`), true);
    window.addEventListener(type, (event) => push(`${type} after editor: ${describe(event)}`));
  }
  for (const type of ['mousedown', 'mouseup', 'click', 'keydown', 'focusin', 'focusout', 'dragstart', 'drop']) {
    document.addEventListener(type, (event) => push(`${type} ${where(event.target)}`), true);
  }
  new MutationObserver((records) => {
    const selection = document.getSelection();
    const removed = records.reduce((sum, record) => sum + record.removedNodes.length, 0);
    const targets = records.slice(0, 3).map((record) => `${record.type}${record.attributeName ? ` ${record.attributeName}` : ''} ${where(record.target)}`).join('; ');
    push(`mutations ${records.length} (removed ${removed}): ${targets} | caret ${where(selection && selection.anchorNode)}`);
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();
