import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BaseRange, Element } from 'slate';
import type { ReleaseLanguage } from '../../core/model/types';
import { CARET_WORD_DELAY_MS, CaretWordWatch, spellingRanges } from './spelling-decorations';
import type { CaretWord } from './spelling-decorations';
import type { SpellingClient } from './spelling-client';

/** A worker's client that knows `wrong` are misspelled, every other word right, and records what it was asked. */
function fakeClient(wrong: string[], known = true) {
  const asked: string[] = [];
  const client = {
    verdict(word: string, _language: ReleaseLanguage): boolean | undefined {
      asked.push(word);
      return known ? !wrong.includes(word) : undefined;
    },
  };
  return { client: client as unknown as SpellingClient, asked };
}

// The third block of a release: the press officer types a new word at the end of its paragraph.
const text = 'Участники обсудили вопросы правовой культуры и укрепленние диалога гасударств';
const paragraph = { type: 'paragraph', children: [{ text }] } as unknown as Element;
const path = [2];
const caretAt = (offset: number): BaseRange => ({ anchor: { path: [2, 0], offset }, focus: { path: [2, 0], offset } });
const marked = (ranges: { anchor: { offset: number }; focus: { offset: number } }[]) => ranges.map((range) => text.slice(range.anchor.offset, range.focus.offset));

describe('squiggles while typing', () => {
  it('marks the misspelled words but neither marks nor asks about the word being typed at the caret', () => {
    const { client, asked } = fakeClient(['укрепленние', 'гасударств']);
    const found: (CaretWord | null)[] = [];
    const ranges = spellingRanges(client, [paragraph, path], 'ru', caretAt(text.length), (word) => found.push(word));
    expect(marked(ranges)).toEqual(['укрепленние']);
    expect(asked).not.toContain('гасударств');
    expect(found.map((word) => word?.word)).toEqual(['гасударств']);
    // Elsewhere in the release, the same block has both squiggles and asks about every word.
    const elsewhere = spellingRanges(client, [paragraph, path], 'ru', { anchor: { path: [5, 0], offset: 3 }, focus: { path: [5, 0], offset: 3 } });
    expect(marked(elsewhere)).toEqual(['укрепленние', 'гасударств']);
    expect(asked).toContain('гасударств');
  });

  it('tells the watch there is no word at the caret when the caret is after a space', () => {
    const { client } = fakeClient([]);
    const spaced = { type: 'paragraph', children: [{ text: `${text} ` }] } as unknown as Element;
    const found: (CaretWord | null)[] = [];
    spellingRanges(client, [spaced, path], 'ru', caretAt(text.length + 1), (word) => found.push(word));
    expect(found).toEqual([null]);
  });
});

describe('the word at the caret', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const wordAtEnd = (word: string): CaretWord => ({ word, offset: text.length - word.length, language: 'ru', anchor: { path: [2, 0], offset: text.length - word.length }, focus: { path: [2, 0], offset: text.length } });

  it('is asked about only once typing pauses, and a wrong word is drawn once the caret has left it', () => {
    const { client, asked } = fakeClient(['гасударств']);
    let selection: BaseRange | null = caretAt(text.length);
    let redraws = 0;
    const watch = new CaretWordWatch(client, () => selection, () => (redraws += 1));
    // Keys every 50 ms: the word grows, nothing is asked.
    for (const typed of ['гас', 'гасу', 'гасуд', 'гасуда', 'гасударств']) {
      watch.found(wordAtEnd(typed));
      vi.advanceTimersByTime(50);
    }
    expect(asked).toEqual([]);
    vi.advanceTimersByTime(CARET_WORD_DELAY_MS);
    expect(asked).toEqual(['гасударств']);
    // Wrong, but the caret is still at its end: no squiggle yet, and no redraw for nothing.
    expect(redraws).toBe(0);
    // A click in another block: the word's block did not change, the squiggles are drawn again for it.
    selection = { anchor: { path: [7, 0], offset: 4 }, focus: { path: [7, 0], offset: 4 } };
    vi.advanceTimersByTime(CARET_WORD_DELAY_MS);
    expect(redraws).toBe(1);
    vi.advanceTimersByTime(CARET_WORD_DELAY_MS * 5);
    expect(redraws).toBe(1);
    watch.stop();
  });

  it('leaves a right word alone, and stops watching when stopped', () => {
    const { client, asked } = fakeClient([]);
    let redraws = 0;
    const watch = new CaretWordWatch(client, () => caretAt(text.length), () => (redraws += 1));
    watch.found(wordAtEnd('государств'));
    vi.advanceTimersByTime(CARET_WORD_DELAY_MS * 4);
    expect(asked).toEqual(['государств']);
    expect(redraws).toBe(0);
    watch.found(wordAtEnd('гасударств'));
    watch.stop();
    vi.advanceTimersByTime(CARET_WORD_DELAY_MS * 4);
    expect(asked).toEqual(['государств']);
  });
});
