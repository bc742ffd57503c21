/**
 * Opening a big release without freezing the window: the whole release is in the editor's model from the first
 * moment (saving, autosave, export, the word count and the outline all see every block), but the page draws its
 * chunks of blocks a few at a time. The first chunks are drawn at once, the rest wait and are drawn in idle
 * time, top down; a chunk the user scrolls to, or puts the caret in, is drawn at once (page-chunk.tsx). The same
 * holds whenever thousands of blocks arrive together: undoing the deletion of a whole release, a huge paste.
 *
 * Measured on the ~5 MB release (7,752 blocks, bench/: npm run bench -- --only-big): drawing every block at once
 * was one 1.2 s task plus a 0.2 s layout; in slices no task is longer than a frame or two.
 *
 * This module is the bookkeeping — which chunks may be drawn in this render, which wait and in what order, how big
 * the next slice is — with no React and no DOM, so it is unit-tested in Node.
 */

/** Chunks drawn in one task before the rest wait: 50 blocks, the first screen of a release and more. */
export const CHUNKS_AT_ONCE = 1;

/** Time one slice may take on the main thread: about half a frame, so typing and scrolling stay smooth. */
export const SLICE_BUDGET_MS = 8;

export interface PageReveal {
  /**
   * Asked by a chunk as it is first rendered: may it be drawn now? Yes for the first CHUNKS_AT_ONCE chunks of a
   * render, no for the rest, which then wait. (A render, not a task: React may render a page in many slices.)
   */
  mayDrawNow(): boolean;
  /** A render that brought new chunks has been committed: the next render may draw CHUNKS_AT_ONCE again. */
  committed(): void;
  /** A waiting chunk asks to be drawn in its turn; returns a function that withdraws it (drawn another way). */
  wait(draw: () => void): () => void;
  /** How many chunks wait. */
  readonly waiting: number;
  /** Draws the next `count` waiting chunks, in the order they started waiting (top down). */
  drawNext(count: number): void;
  /** Called whenever a chunk starts waiting (the scheduler wakes up). */
  onWaiting(listener: () => void): () => void;
}

export function createPageReveal(options: { chunksAtOnce?: number } = {}): PageReveal {
  const chunksAtOnce = options.chunksAtOnce ?? CHUNKS_AT_ONCE;
  const queue = new Set<() => void>();
  const wakers = new Set<() => void>();
  let drawnThisRender = 0;
  return {
    mayDrawNow() {
      drawnThisRender += 1;
      return drawnThisRender <= chunksAtOnce;
    },
    committed() {
      drawnThisRender = 0;
    },
    wait(draw) {
      queue.add(draw);
      for (const waker of [...wakers]) waker();
      return () => queue.delete(draw);
    },
    get waiting() {
      return queue.size;
    },
    drawNext(count) {
      for (const draw of [...queue].slice(0, Math.max(1, Math.floor(count)))) {
        queue.delete(draw);
        draw();
      }
    },
    onWaiting(listener) {
      wakers.add(listener);
      return () => wakers.delete(listener);
    },
  };
}

/**
 * The next slice's size in chunks, from how long the last one took: grows while slices come in under the budget,
 * shrinks when one ran over, never below one chunk nor above eight.
 */
export function nextSliceChunks(lastChunks: number, lastMs: number, budgetMs = SLICE_BUDGET_MS): number {
  if (!(lastMs > 0)) return Math.min(8, lastChunks * 2);
  const scaled = Math.floor((lastChunks * budgetMs) / lastMs);
  return Math.min(8, lastChunks * 2, Math.max(1, scaled));
}
