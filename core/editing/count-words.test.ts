import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor, Element, Node as NodeApi, Text, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { describe, expect, it, vi } from 'vitest';
import { readDocumentText } from '../model/document-file';
import { perBlock } from './block-cache';
import { countBlock, countSome, countText, countWords, NO_TEXT } from './count-words';
import { editorWith, paragraph, quote } from './test-helpers';
import { sampleText } from '../../test/fixtures/sample';

const FIXTURES = join(import.meta.dirname, '../formats/fixtures');
const release = (name: string): Descendant[] => {
  const read = readDocumentText(readFileSync(join(FIXTURES, `${name}.pressroom`), 'utf8'));
  if (!read.ok) throw new Error(`${name} does not read`);
  return read.document.body as Descendant[];
};
const SAMPLE = sampleText();

/** The count's definition, as the regexes say it (the previous, per-character implementation). */
function byRegex(text: string) {
  let characters = 0;
  let withoutSpaces = 0;
  for (const character of text) {
    characters++;
    if (!/\s/u.test(character)) withoutSpaces++;
  }
  return { words: text.match(/[\p{L}\p{N}\p{M}]+(?:[-'’.@][\p{L}\p{N}\p{M}]+)*/gu)?.length ?? 0, characters, charactersWithoutSpaces: withoutSpaces };
}

/** Every text block's words, as countWords sees them. */
function textsOf(body: readonly Descendant[]): string[] {
  const texts: string[] = [];
  const visit = (node: Descendant): void => {
    if (!Element.isElement(node)) return;
    if (node.children.some((child) => Text.isText(child))) texts.push(NodeApi.string(node));
    else node.children.forEach(visit);
  };
  body.forEach(visit);
  return texts;
}

describe('word and character count', () => {
  it('counts Kazakh words whole: ә і ң ғ ү ұ қ ө һ are letters', () => {
    expect(countText('Қазақстан Республикасының Конституциясына 30 жыл')).toEqual({ words: 5, characters: 48, charactersWithoutSpaces: 44 });
    expect(countText('әділет, өңір, ғылым, үкімет, ұлт, һәм')).toEqual({ words: 6, characters: 37, charactersWithoutSpaces: 32 });
    expect(countText('Конституция – әділет пен тұрақтылықтың тірегі').words).toBe(5);
  });

  it('a combining mark belongs to its word and is a character of its own', () => {
    // з а м е ◌́ т к а: the stress mark is typed after the е, as Word and Pages store it.
    expect(countText('заме\u0301тка о\u0301рган')).toEqual({ words: 2, characters: 15, charactersWithoutSpaces: 14 });
  });

  it('an emoji is one character (a surrogate pair) and no word; letters beyond the BMP are words', () => {
    expect(countText('🇰🇿 Алматы 👍🏽')).toEqual({ words: 1, characters: 12, charactersWithoutSpaces: 10 });
    expect(countText('Кеш😀басы')).toEqual({ words: 2, characters: 8, charactersWithoutSpaces: 8 });
    expect(countText('𝐀𝐁𝐂 𠀀')).toEqual({ words: 2, characters: 5, charactersWithoutSpaces: 4 });
  });

  it('a soft line break counts as one space between two words', () => {
    expect(countText('Алматы\nАстана')).toEqual({ words: 2, characters: 13, charactersWithoutSpaces: 12 });
    expect(countWords([paragraph('Пресс-служба акимата\nтел. 8 (727) 271-66-86')] as Descendant[])).toEqual(byRegex('Пресс-служба акимата\nтел. 8 (727) 271-66-86'));
  });

  it('hyphens, apostrophes, dots and @ join words only between letters or digits', () => {
    expect(countText('30-летие, don’t, 2025.08, press@almaty.gov.kz').words).toBe(4);
    expect(countText('а--б, – тире, конец. -начало').words).toBe(5);
    expect(countText('')).toEqual(NO_TEXT);
  });

  it('agrees with the regex definition on the sample, the ru/kk/en fixtures and random mixes of every kind of character', () => {
    const texts = [SAMPLE, ...SAMPLE.split('\n'), ...['conference-almaty.ru', 'opening-speech.kk', 'every-block.en'].flatMap((name) => textsOf(release(name)))];
    // Seeded, so a failure reproduces: letters (ru, kk, en), digits, marks, joiners, spaces, emoji, lone surrogates.
    const pool = ['а', 'Ә', 'ң', 'Һ', 'w', '7', '\u0301', '-', '’', "'", '.', '@', ' ', '\n', '\u00a0', '\u2003', '«', '–', ',', '😀', '🏽', '𝐀', '\ud800', '\udc00', '\t'];
    let seed = 2025;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2000; i++) texts.push(Array.from({ length: Math.floor(random() * 12) }, () => pool[Math.floor(random() * pool.length)]).join(''));
    for (const text of texts) expect(countText(text), JSON.stringify(text)).toEqual(byRegex(text));
  });

  it('a quote counts its words, speaker and position apart: a field never runs into the next', () => {
    expect(countBlock(quote('Сөз', 'Азамат Калдыбеков', 'аким') as Descendant)).toEqual({ words: 4, characters: 24, charactersWithoutSpaces: 23 });
  });
});

describe('counting a long release block by block', () => {
  it('after an edit only the edited block is counted again, and the totals are right', () => {
    const editor = editorWith(release('conference-almaty.ru'));
    const counted = vi.fn(countBlock);
    const countOf = perBlock(counted);
    expect(countWords(editor.children, countOf)).toEqual(countWords(editor.children));
    expect(counted).toHaveBeenCalledTimes(editor.children.length);

    counted.mockClear();
    const edited = editor.children.findIndex((block) => Element.isElement(block) && block.type === 'paragraph');
    Transforms.insertText(editor, ' Қорытынды сөз.', { at: Editor.end(editor, [edited]) });
    const after = countWords(editor.children, countOf);
    expect(counted).toHaveBeenCalledTimes(1);
    expect(counted).toHaveBeenCalledWith(editor.children[edited]);
    expect(after).toEqual(countWords(editor.children));
    expect(after.words).toBe(countWords(release('conference-almaty.ru')).words + 2);
  });

  it('counting in slices reaches the same total as counting at once, at least one block per slice', () => {
    const body = release('opening-speech.kk');
    let progress = { next: 0, count: NO_TEXT };
    let slices = 0;
    while (progress.next < body.length) {
      progress = countSome(body, progress, countBlock, () => true);
      slices++;
    }
    expect(slices).toBe(body.length);
    expect(progress.count).toEqual(countWords(body));
    expect(countSome(body, { next: 0, count: NO_TEXT }, countBlock, () => false)).toEqual({ next: body.length, count: countWords(body) });
  });
});
