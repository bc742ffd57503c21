import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor, Element, Transforms } from 'slate';
import type { BaseRange, NodeEntry } from 'slate';
import { ReactEditor } from 'slate-react';
import type { ReleaseLanguage } from '../../core/model/types';
import { setSelectionLanguage } from '../../core/editing/span-language';
import { holdsInlines } from '../../core/spelling/release-spelling';
import { hasHost, host } from '../host/host';
import { SpellingClient } from './spelling-client';
import { CaretWordWatch, inlineHoldersOf, misspelledWordAt, prepareWords, spellingRanges } from './spelling-decorations';
import type { SpellingRange } from './spelling-decorations';
import { SpellingMenu } from './spelling-menu';

let shared: SpellingClient | null = null;

/** The one spelling worker of the window, started on first use; the user dictionary is read into it once. */
export function spellingClient(): SpellingClient | null {
  if (shared) return shared;
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module', name: 'pressroom-spelling' });
  const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 400 }) : setTimeout(run, 50));
  const client = new SpellingClient(worker, idle);
  shared = client;
  // For the bench and the e2e tests: how much memory the worker holds.
  (window as unknown as { __pressroomSpelling?: SpellingClient }).__pressroomSpelling = client;
  if (hasHost()) {
    void host()
      .readUserDictionary({})
      .then(({ words }) => client.addWords(words))
      .catch(() => undefined);
  }
  return client;
}

interface MenuState {
  word: string;
  language: ReleaseLanguage;
  range: BaseRange;
  x: number;
  y: number;
  suggestions: string[] | null;
  problem: string | null;
}

/**
 * Spell-checking in the editor: `decorate` draws squiggles under the words the worker found wrong (each block in its
 * release's language, Kazakh phrases in a Russian release as Kazakh), `onContextMenu` opens the menu of
 * suggestions over a misspelled word, and `menu` is that menu.
 */
export function useSpelling(
  editor: Editor,
  language: ReleaseLanguage,
  /** True while a big release is still being drawn in slices (renderer/editor/page-reveal.ts). */
  isPageDrawing: () => boolean = () => false,
): { decorate: (entry: NodeEntry) => SpellingRange[]; onContextMenu: (event: MouseEvent) => void; menu: ReactNode } {
  const { t } = useTranslation('spelling');
  const client = useMemo(spellingClient, []);
  const [version, setVersion] = useState(0);
  const [menu, setMenu] = useState<MenuState | null>(null);

  // Drawing the squiggles anew asks every node of the page for its decorations: on the 5 MB release that is a
  // noticeable pause, and a big release drawn in slices sends the worker many batches of new words. So the worker's
  // findings are drawn at most once per ten times the last redraw took (300 ms at least), never while an input
  // method is composing a word (a redraw would break the composition), and at once when the user acted.
  const lastRedraw = useRef(0);
  useEffect(() => {
    if (!client) return undefined;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const redraw = () => {
      if (ReactEditor.isComposing(editor as unknown as ReactEditor)) {
        timer = setTimeout(redraw, 200);
        return;
      }
      timer = null;
      const started = performance.now();
      setVersion((value) => value + 1);
      requestAnimationFrame(() => {
        lastRedraw.current = performance.now() - started;
      });
    };
    const unsubscribe = client.subscribe((byUser) => {
      if (byUser) {
        if (timer !== null) clearTimeout(timer);
        redraw();
        return;
      }
      if (timer === null) timer = setTimeout(redraw, Math.max(300, lastRedraw.current * 10));
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [client, editor]);

  // A big release is drawn in slices sized to the time each takes: cutting its words into the same slices would
  // slow the drawing down. So while the page is being drawn nothing is decorated; once it is whole, the release's
  // words are cut and sent to the worker in idle moments (8 ms at a time), and the squiggles are drawn once, when the
  // worker has judged them all.
  const deferred = useRef(false);
  useEffect(() => {
    if (client) client.waitWhile = isPageDrawing;
  }, [client, isPageDrawing]);
  const [wholePageChecked, setWholePageChecked] = useState(0);
  useEffect(() => {
    if (!client) return undefined;
    let handle = 0;
    let index = 0;
    const idle = (run: (deadline: IdleDeadline) => void) => {
      handle = requestIdleCallback(run, { timeout: 1000 });
    };
    const cut = (deadline: IdleDeadline) => {
      if (!deferred.current) return;
      if (isPageDrawing()) {
        idle(cut);
        return;
      }
      const blocks = editor.children;
      const until = performance.now() + Math.min(8, Math.max(2, deadline.timeRemaining()));
      for (; index < blocks.length && performance.now() < until; index += 1) {
        for (const [element] of inlineHoldersOf(blocks[index] as Element)) prepareWords(client, element, language);
      }
      if (index < blocks.length) idle(cut);
      else idle(drawOnce);
    };
    // One redraw for the whole release, once the worker has judged every word.
    const drawOnce = () => {
      if (client.pendingCount() > 0) {
        idle(drawOnce);
        return;
      }
      deferred.current = false;
      index = 0;
      handle = 0;
      setWholePageChecked((value) => value + 1);
    };
    const watch = setInterval(() => {
      if (deferred.current && handle === 0) idle(cut);
    }, 500);
    return () => {
      clearInterval(watch);
      if (handle) cancelIdleCallback(handle);
    };
  }, [client, editor, isPageDrawing, language]);

  // The word being typed is asked about when typing pauses, not on every key (spelling-decorations.ts).
  const caretWord = useMemo(() => client && new CaretWordWatch(client, () => editor.selection, () => setVersion((value) => value + 1)), [client, editor]);
  useEffect(() => () => caretWord?.stop(), [caretWord]);

  const decorate = useCallback(
    (entry: NodeEntry): SpellingRange[] => {
      if (!client) return [];
      if (isPageDrawing()) {
        deferred.current = true;
        return [];
      }
      return spellingRanges(client, entry, language, editor.selection, caretWord?.found ?? null);
    },
    // `version` is why the squiggles are drawn anew: the worker found more words wrong, or a word was added.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, caretWord, editor, isPageDrawing, language, version, wholePageChecked],
  );

  const onContextMenu = useCallback(
    (event: MouseEvent) => {
      if (!client) return;
      let point;
      try {
        point = ReactEditor.findEventRange(editor as unknown as ReactEditor, event).anchor;
      } catch {
        return;
      }
      const holder = Editor.above(editor, { at: point, match: (node) => Element.isElement(node) && holdsInlines(node) });
      if (!holder) return;
      const found = misspelledWordAt(client, holder[0] as Element, holder[1], language, point);
      if (!found) return; // not on a misspelled word: the page keeps no menu of its own, as before
      event.preventDefault();
      Transforms.select(editor, found.range);
      const state: MenuState = { word: found.word, language: found.language, range: found.range, x: event.clientX, y: event.clientY, suggestions: null, problem: null };
      setMenu(state);
      void client.suggestions(found.word, found.language).then((suggestions) => setMenu((now) => (now && now.word === state.word && now.range === state.range ? { ...now, suggestions } : now)));
    },
    [client, editor, language],
  );

  const close = useCallback(() => {
    setMenu(null);
    ReactEditor.focus(editor as unknown as ReactEditor);
  }, [editor]);

  const element = menu && client && (
    <SpellingMenu
      word={menu.word}
      x={menu.x}
      y={menu.y}
      suggestions={menu.suggestions}
      problem={menu.problem}
      onClose={close}
      onReplace={(suggestion) => {
        // One step to undo: the selection over the word and the text typed over it are one change.
        Transforms.select(editor, menu.range);
        Editor.insertText(editor, suggestion);
        close();
      }}
      onAddToDictionary={() => {
        void host()
          .addToUserDictionary({ word: menu.word })
          .then(async (reply) => {
            if (reply.status !== 'added') throw new Error(reply.problem.reason);
            await client.addWords([menu.word]);
            close();
          })
          .catch((error: unknown) => setMenu((now) => (now ? { ...now, problem: t('addFailed', { detail: String((error as Error).message ?? error) }) } : now)));
      }}
      onIgnore={() => {
        void client.ignore(menu.word).then(close);
      }}
      language={menu.language}
      onCheckAs={(checkAs) => {
        // The word marked as written in that language (its mark taken away when that is the release's): one undo step.
        Transforms.select(editor, menu.range);
        setSelectionLanguage(editor, checkAs);
        close();
      }}
    />
  );

  return { decorate, onContextMenu, menu: element };
}
