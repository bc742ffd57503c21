import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Editor, Range, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { useSlateSelector } from 'slate-react';
import type { RenderChunkProps } from 'slate-react';
import { createPageReveal, nextSliceChunks } from './page-reveal';
import type { PageReveal } from './page-reveal';

/**
 * The page's chunks of blocks (see page-reveal.ts for why a big release is drawn in slices). A chunk waiting to
 * be drawn is an empty, non-editable stand-in of about its height; it is drawn in its turn, when it comes within
 * a screen or two of the viewport, or when the caret or a selection end moves into it (the outline, Tab to a
 * blank, Ctrl+End) — in the same render as the selection, so the caret always lands in drawn text.
 */

const PageRevealContext = createContext<PageReveal | null>(null);

/**
 * The blocks a lowest-level chunk holds. slate-react hands renderChunk its chunk as `children`, a memoised
 * element whose `ancestor` prop is the chunk node. That prop is not part of slate-react's typed API: if a later
 * version renames it, this returns null and every chunk is simply drawn at once, as before (the first-frame
 * check of e2e/big-release.spec.ts then fails and says so).
 */
function blocksOfChunk(children: unknown): readonly Descendant[] | null {
  const ancestor = (children as { props?: { ancestor?: { children?: unknown } } } | null)?.props?.ancestor;
  if (!ancestor || !Array.isArray(ancestor.children) || ancestor.children.length === 0) return null;
  const blocks: Descendant[] = [];
  for (const child of ancestor.children as { type?: unknown; node?: Descendant }[]) {
    if (child.type !== 'leaf' || !child.node) return null;
    blocks.push(child.node);
  }
  return blocks;
}

function holdsSelectionEnd(editor: Editor, blocks: readonly Descendant[]): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const anchor = editor.children[selection.anchor.path[0] as number];
  const focus = editor.children[selection.focus.path[0] as number];
  return blocks.some((block) => block === anchor || block === focus);
}

/** The nearest scrolling ancestor: the page scroller, so "near the viewport" is measured where the user scrolls. */
function scrollParentOf(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (overflowY === 'auto' || overflowY === 'scroll') return parent;
  }
  return null;
}

function PageChunk({ attributes, children, lowest }: RenderChunkProps) {
  const reveal = useContext(PageRevealContext);
  const blocks = lowest && reveal ? blocksOfChunk(children) : null;
  // Asked once, as the chunk first appears: a chunk that cannot tell its blocks is always drawn at once.
  const [drawnAtOnce] = useState(() => blocks === null || !reveal || reveal.mayDrawNow());
  const [drawnInTurn, setDrawnInTurn] = useState(false);
  const [nearViewport, setNearViewport] = useState(false);
  const drawnBefore = useRef(false);
  const settled = drawnBefore.current || drawnAtOnce || drawnInTurn || nearViewport;
  // Only a waiting chunk follows the selection; a drawn one never re-renders for it.
  const holdsCaret = useSlateSelector((current) => !settled && blocks !== null && holdsSelectionEnd(current, blocks));
  const drawn = settled || holdsCaret;
  drawnBefore.current = drawn;

  // Once this render is on screen, the next may draw its first chunks at once again.
  useLayoutEffect(() => reveal?.committed(), [reveal]);
  useEffect(() => {
    if (drawn || !reveal) return;
    return reveal.wait(() => setDrawnInTurn(true));
  }, [drawn, reveal]);

  const standIn = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const element = standIn.current;
    if (drawn || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNearViewport(true), {
      root: scrollParentOf(element),
      rootMargin: '1500px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [drawn]);

  if (drawn) {
    return (
      <div {...attributes} className="editable__chunk">
        {children}
      </div>
    );
  }
  return <div {...attributes} ref={standIn} className="editable__chunk editable__chunk--pending" contentEditable={false} aria-busy="true" />;
}

export const renderPageChunk = (props: RenderChunkProps) => <PageChunk {...props} />;

/**
 * The page's reveal for the release now in the editor, and the
 * drawing of waiting chunks in idle time: each slice is drawn and committed synchronously and timed, and the
 * next one sized to stay within about half a frame.
 */
export function usePageReveal(): PageReveal {
  // One per editor: the page (inside <Slate key={session}>) mounts anew for every release opened.
  const [reveal] = useState(() => createPageReveal());
  useEffect(() => {
    let slice = 1;
    let handle = 0;
    let scheduled = false;
    let stopped = false;
    const step = () => {
      scheduled = false;
      if (stopped || reveal.waiting === 0) return;
      const started = performance.now();
      flushSync(() => reveal.drawNext(slice));
      slice = nextSliceChunks(slice, performance.now() - started);
      schedule();
    };
    const schedule = () => {
      if (scheduled || stopped || reveal.waiting === 0) return;
      scheduled = true;
      handle = requestIdleCallback(step, { timeout: 250 });
    };
    const stopListening = reveal.onWaiting(schedule);
    // Chunks that started waiting in the first render did so before this effect listened.
    schedule();
    return () => {
      stopped = true;
      stopListening();
      cancelIdleCallback(handle);
    };
  }, [reveal]);
  return reveal;
}

export function PageRevealProvider({ reveal, children }: { reveal: PageReveal; children: ReactNode }) {
  return <PageRevealContext.Provider value={reveal}>{children}</PageRevealContext.Provider>;
}

/**
 * Keys answered from the model rather than by the browser:
 * - Ctrl+Home and Ctrl+End (Shift extends the selection) go to the release's true start and end. The browser
 *   would go to the ends of what is drawn; and Slate only takes a caret the browser moved after a short delay,
 *   so a Tab pressed right after would still jump from the old place (e2e/templates caught it under load).
 * - Ctrl+A selects the whole release, from the model: the browser would select only what is drawn while the page
 *   is still being drawn, and from a selected blank (a selection spanning its non-editable pill) Chromium's
 *   select-all drops the selection to a caret at the top of the release instead.
 * Returns true when the key was handled.
 */
export function handleReleaseEdgeKeys(editor: Editor, event: KeyboardEvent | ReactKeyboardEvent): boolean {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return false;
  if (event.code === 'KeyA' && !event.shiftKey) {
    event.preventDefault();
    const whole = Editor.range(editor, []);
    // Slate may not have read a click just before yet (it reads the browser's caret up to 100 ms late): already
    // "whole", it would not draw the selection again, and the click's caret would win.
    if (editor.selection && Range.equals(editor.selection, whole)) Transforms.deselect(editor);
    Transforms.select(editor, whole);
    return true;
  }
  if (event.code === 'Home' || event.code === 'End') {
    event.preventDefault();
    const target = event.code === 'Home' ? Editor.start(editor, []) : Editor.end(editor, []);
    if (event.shiftKey && editor.selection) Transforms.select(editor, { anchor: editor.selection.anchor, focus: target });
    else Transforms.select(editor, target);
    return true;
  }
  return false;
}
