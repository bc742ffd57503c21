/**
 * In-page probe, added to every benchmarked page with Playwright's addInitScript (before the page's own code).
 *
 * Keystroke latency, per key: from the keydown event's timeStamp (when the browser made the event, so time the
 * event waits for a busy main thread counts) to the end of the next frame after the editor's DOM changed:
 *   keydown (capture, first listener) → the editor root's first DOM mutation for this key (MutationObserver)
 *   → the next requestAnimationFrame callback → a MessageChannel task posted from it, which runs after that
 *   frame's style, layout and paint.
 * `frame` below is that last moment; `raf` is the rAF callback (DOM updated, frame about to be rendered).
 *
 * Long tasks (PerformanceObserver 'longtask', ≥ 50 ms) and long animation frames ('long-animation-frame') are
 * recorded whole-page while a run is on.
 */
(() => {
  const state = {
    recording: false,
    root: null,
    observer: null,
    keys: [],
    pending: null,
    longTasks: [],
    longFrames: [],
    unmatched: 0,
    stopObservers: [],
  };

  const now = () => performance.now();

  function finishFrame(key) {
    requestAnimationFrame(() => {
      key.raf = now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        key.frame = now();
        channel.port1.close();
      };
      channel.port2.postMessage(0);
    });
  }

  function onMutations() {
    const key = state.pending;
    if (!key || key.mutated !== undefined) return;
    key.mutated = now();
    finishFrame(key);
  }

  function onKeyDown(event) {
    if (!state.recording) return;
    if (state.pending && state.pending.mutated === undefined) state.unmatched += 1;
    const key = { key: event.key, start: event.timeStamp, handled: now() };
    state.pending = key;
    state.keys.push(key);
  }
  window.addEventListener('keydown', onKeyDown, true);

  /** Observers are made when a run starts: one made by the init script, before the document, never reports. */
  function observe(type, into) {
    try {
      const take = (entries) => {
        for (const entry of entries) into.push({ start: entry.startTime, duration: entry.duration, blocking: entry.blockingDuration ?? 0 });
      };
      const observer = new PerformanceObserver((list) => take(list.getEntries()));
      observer.observe({ type });
      return () => {
        take(observer.takeRecords());
        observer.disconnect();
      };
    } catch {
      // Entry type not supported by this browser: nothing recorded.
      return () => undefined;
    }
  }

  function editorRoot() {
    return document.querySelector('[data-slate-editor="true"]') ?? document.querySelector('[contenteditable="true"]');
  }

  /** The text nodes of the editor, in document order (zero-width placeholders skipped). */
  function textNodes(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[data-slate-zero-width]')) continue;
      nodes.push(node);
    }
    return nodes;
  }

  window.__bench = {
    editorRoot,
    /** Puts the caret at the end of the `occurrence`-th text node starting with `prefix` and focuses the editor. */
    placeCaret(prefix, occurrence) {
      const root = editorRoot();
      if (!root) throw new Error('no editor on the page');
      const matches = textNodes(root).filter((node) => node.data.startsWith(prefix));
      const target = matches[Math.min(occurrence, matches.length - 1)];
      if (!target) throw new Error(`no text starting with “${prefix}” in the editor`);
      target.parentElement.scrollIntoView({ block: 'center' });
      root.focus();
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.collapse(target, target.data.length);
      return { found: matches.length, text: target.data.slice(0, 40) };
    },
    /** The text of the block holding the caret, to check the typed text arrived. */
    caretBlockText() {
      const node = window.getSelection()?.anchorNode;
      const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : node;
      const block = element?.closest('[data-slate-node="element"], p, div');
      return block?.textContent ?? '';
    },
    start() {
      const root = editorRoot();
      if (!root) throw new Error('no editor on the page');
      state.root = root;
      state.keys = [];
      state.longTasks = [];
      state.longFrames = [];
      state.unmatched = 0;
      state.pending = null;
      state.stopObservers = [observe('longtask', state.longTasks), observe('long-animation-frame', state.longFrames)];
      state.observer = new MutationObserver(onMutations);
      state.observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      state.recording = true;
    },
    stop() {
      state.recording = false;
      state.observer?.disconnect();
      for (const stopObserver of state.stopObservers) stopObserver();
      return {
        keys: state.keys.map((k) => ({
          key: k.key,
          toFrame: k.frame === undefined ? null : k.frame - k.start,
          toRaf: k.raf === undefined ? null : k.raf - k.start,
          toMutation: k.mutated === undefined ? null : k.mutated - k.start,
        })),
        longTasks: state.longTasks,
        longFrames: state.longFrames,
        unmatched: state.unmatched,
      };
    },
    /** Resolves with the time from now to the end of the frame after `predicate()` becomes true (checked each frame). */
    timeUntil(predicate, timeoutMs = 120000) {
      const t0 = now();
      return new Promise((resolve, reject) => {
        const check = () => {
          if (now() - t0 > timeoutMs) return reject(new Error('timed out'));
          if (!predicate()) return requestAnimationFrame(check);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(now() - t0);
          channel.port2.postMessage(0);
        };
        check();
      });
    },
    countElements() {
      const root = editorRoot();
      return root ? root.querySelectorAll('[data-slate-node="element"]').length : 0;
    },
  };
})();
