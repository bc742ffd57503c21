import { describe, expect, it } from 'vitest';
import type { Descendant } from 'slate';
import { misspellingsInRelease } from './release-spelling';

const wrong = new Set(['Конститутция', 'учасники']);
const verdict = (word: string) => !wrong.has(word);

describe('misspellings in a release', () => {
  it('reads a word across bold and italic marks, and places it on the text nodes it spans', () => {
    const body = [
      { type: 'paragraph', children: [{ text: 'День Конс' }, { text: 'титут', bold: true }, { text: 'ции и учасники.' }] },
    ] as unknown as Descendant[];
    expect(misspellingsInRelease(body, 'ru', verdict)).toEqual([
      { word: 'учасники', language: 'ru', anchor: { path: [0, 2], offset: 6 }, focus: { path: [0, 2], offset: 14 } },
    ]);
    const split = [{ type: 'paragraph', children: [{ text: 'Конс' }, { text: 'титутция', italic: true }] }] as unknown as Descendant[];
    expect(misspellingsInRelease(split, 'ru', verdict)).toEqual([
      { word: 'Конститутция', language: 'ru', anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 1], offset: 8 } },
    ]);
  });

  it('finds words in quote fields and award rows, and a blank ends a word', () => {
    const body = [
      {
        type: 'quote',
        children: [
          { type: 'field', name: 'text', children: [{ text: 'Наши учасники' }, { type: 'placeholder', hint: 'x', children: [{ text: '' }] }, { text: 'Конститутция' }] },
          { type: 'field', name: 'speaker', children: [{ text: '' }] },
          { type: 'field', name: 'position', children: [{ text: '' }] },
          { type: 'field', name: 'verb', children: [{ text: 'заявил' }] },
        ],
      },
    ] as unknown as Descendant[];
    expect(misspellingsInRelease(body, 'ru', verdict).map((found) => [found.word, found.anchor.path])).toEqual([
      ['учасники', [0, 0, 0]],
      ['Конститутция', [0, 0, 2]],
    ]);
  });
});
