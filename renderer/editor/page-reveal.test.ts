import { describe, expect, it } from 'vitest';
import { CHUNKS_AT_ONCE, createPageReveal, nextSliceChunks } from './page-reveal';

describe('drawing a big release in slices', () => {
  it('draws the first chunks of a render at once and lets the rest wait; after the commit the next render starts afresh', () => {
    const reveal = createPageReveal();
    const answers = Array.from({ length: 6 }, () => reveal.mayDrawNow());
    expect(answers).toEqual([...Array<boolean>(CHUNKS_AT_ONCE).fill(true), ...Array<boolean>(6 - CHUNKS_AT_ONCE).fill(false)]);
    reveal.committed();
    // An ordinary release, or a few blocks typed later: drawn at once.
    expect(reveal.mayDrawNow()).toBe(true);
  });

  it('draws waiting chunks top down, a slice at a time, and forgets a chunk drawn another way', () => {
    const reveal = createPageReveal();
    const drawn: string[] = [];
    let woken = 0;
    reveal.onWaiting(() => (woken += 1));
    for (const name of ['3', '4', '5', '6']) reveal.wait(() => drawn.push(name));
    const withdraw = reveal.wait(() => drawn.push('7'));
    expect(woken).toBe(5);
    expect(reveal.waiting).toBe(5);
    reveal.drawNext(2);
    expect(drawn).toEqual(['3', '4']);
    // The user scrolled to chunk 7: drawn by its own state, no longer waiting.
    withdraw();
    reveal.drawNext(0);
    expect(drawn).toEqual(['3', '4', '5']);
    reveal.drawNext(10);
    expect(drawn).toEqual(['3', '4', '5', '6']);
    expect(reveal.waiting).toBe(0);
  });

  it('grows slices that came in under the budget and shrinks those that ran over', () => {
    expect(nextSliceChunks(1, 2, 8)).toBe(2);
    expect(nextSliceChunks(2, 0.5, 8)).toBe(4);
    expect(nextSliceChunks(4, 16, 8)).toBe(2);
    expect(nextSliceChunks(2, 40, 8)).toBe(1);
    expect(nextSliceChunks(1, 400, 8)).toBe(1);
    expect(nextSliceChunks(8, 1, 8)).toBe(8);
    expect(nextSliceChunks(3, 0, 8)).toBe(6);
  });
});
