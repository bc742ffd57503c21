import { Element, Node as NodeApi, Text } from 'slate';
import type { Descendant, Node } from 'slate';
import '../model/slate-types';

export interface TextCount {
  words: number;
  /** Characters including spaces (a soft line break counts as one space). */
  characters: number;
  charactersWithoutSpaces: number;
}

/** A word: letters or digits, joined by inner hyphens, apostrophes or dots (e-mail, 30-летие, don’t, 2025.08). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’.@][\p{L}\p{N}\p{M}]+)*/gu;
const SPACE = /\s/u;

/** Live word and character count of a release body (fields and list items included, blocks apart). */
export function countWords(body: readonly Descendant[]): TextCount {
  const count: TextCount = { words: 0, characters: 0, charactersWithoutSpaces: 0 };
  const visit = (node: Node): void => {
    if (!Element.isElement(node)) return;
    // A block that holds text directly is counted as one string, so marks and links never split a word.
    if (node.children.some((child) => Text.isText(child))) {
      const text = NodeApi.string(node);
      count.words += text.match(WORD)?.length ?? 0;
      for (const character of text) {
        count.characters++;
        if (!SPACE.test(character)) count.charactersWithoutSpaces++;
      }
      return;
    }
    for (const child of node.children) visit(child);
  };
  for (const block of body) visit(block);
  return count;
}
