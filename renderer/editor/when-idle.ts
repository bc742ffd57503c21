import { useEffect, useRef, useState } from 'react';
import type { Editor } from 'slate';
import { useSlateStatic } from 'slate-react';

/**
 * What the panels beside the page show of the editor — the toolbar's pressed buttons and undo/redo, the outline's
 * current entry, the blanks left — is read in the main thread's first idle moment after a change, once the key's
 * frame is drawn. slate-react's `useSlateSelector` runs every selector inside the key press's own update (its change
 * listeners, then the panel's render), so each panel added to the time from the key to the letter on screen
 * (bench/, `--profile`: the toolbar's five selectors ~0.2 ms a key). A panel one frame behind the page is not seen;
 * a letter drawn later is felt.
 */

/** The listeners of one editor's changes: its `onChange` is wrapped once, the first time one is asked for. */
const listenersOf = new WeakMap<Editor, Set<() => void>>();

function changeListeners(editor: Editor): Set<() => void> {
  const known = listenersOf.get(editor);
  if (known) return known;
  const listeners = new Set<() => void>();
  listenersOf.set(editor, listeners);
  const { onChange } = editor;
  editor.onChange = (options) => {
    onChange(options);
    for (const listener of listeners) listener();
  };
  return listeners;
}

/** Work waiting for the main thread's next idle moment; run together, in the order asked. */
const due = new Set<() => void>();
let waiting = false;

function runDue(): void {
  waiting = false;
  const runs = [...due];
  due.clear();
  for (const run of runs) run();
}

/**
 * Runs `run` in the main thread's next idle moment: after the frame being drawn (Chromium's idle periods begin once
 * a frame is done), so never between a key press and its letter on screen; within 100 ms while typing goes on.
 */
export function whenIdle(run: () => void): void {
  due.add(run);
  if (waiting) return;
  waiting = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(runDue, { timeout: 100 });
  else setTimeout(runDue, 0);
}

/**
 * `select(editor)`, read again in the first idle moment after each change of the editor; the component renders again
 * only when `equal` says the value changed. For what a panel shows, never for what an edit decides.
 */
export function useEditorValueWhenIdle<T>(select: (editor: Editor) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const editor = useSlateStatic();
  const [value, setValue] = useState(() => select(editor));
  const latest = useRef({ select, equal });
  latest.current = { select, equal };
  useEffect(() => {
    const update = () => {
      const next = latest.current.select(editor);
      setValue((previous) => (latest.current.equal(previous, next) ? previous : next));
    };
    update();
    const listeners = changeListeners(editor);
    const listener = () => whenIdle(update);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [editor]);
  return value;
}
