import { Editor, Node, Range, Text, Transforms } from 'slate';
import type { Descendant, Path } from 'slate';
import { ALL_PROFILES, inCharacterClass, profileOf } from '../languages/index';
import '../model/slate-types';
import type { ReleaseLanguage } from '../model/types';
import { houseDash, typesetText, WORDS_KEPT_TO_THE_NEXT } from '../typography/press-typography';
import type { HouseDash } from '../typography/press-typography';
import { editorLanguage } from './release-nodes';
import { languageAtCaret } from './span-language';

/**
 * Typography as the press officer types, in the release's language (its profile's `typing`) and the house dash:
 * - `"` gives «…» in Russian and Kazakh, “…” in English; `'` gives ’ (and ‘ at a word start) in English and stays
 *   as typed where the profile has no apostrophe;
 * - a hyphen between spaces (` - `) becomes a dash as the next space is typed: – in ru/kk, — in en (or the
 *   organisation's house dash); two hyphens (`--`) become the same dash;
 * - at each space or punctuation mark, the text typed so far in that run of text is set by the press rules
 *   (core/typography/press-typography.ts, typing mode): non-breaking spaces after initials, short words, №, before
 *   a dash, between a number and its unit… Only the run holding the caret is looked at, never the release.
 * Text inserted at once (paste, an input method's word) is set by the same rules before it goes in.
 * Undo reverts a replacement. The whole release is set by typesetRelease (the Typography command).
 * Words marked as another language (`lang` on the leaf, span-language.ts) are set by that language's rules, in
 * each of these places.
 */

/**
 * Characters after which a quote opens rather than closes: white space, an opening bracket, a hyphen, and every
 * release language's opening quotes and dashes (« “ ‘ – —), so a quote typed inside another opens.
 */
const OPENING_MARKS = [...new Set(ALL_PROFILES.flatMap(({ typing }) => [typing.quotes.open, typing.apostrophe?.open ?? '', typing.dash]))].join('');
const OPENS_AFTER = new RegExp(`[\\s([{${inCharacterClass(OPENING_MARKS)}-]$|^$`, 'u');

/** The organisation's house dash, per editor (the app sets it from the settings); the language's own when unset. */
const houseDashes = new WeakMap<Editor, HouseDash>();
export const setEditorHouseDash = (editor: Editor, dash: HouseDash | undefined): void => {
  if (dash) houseDashes.set(editor, dash);
  else houseDashes.delete(editor);
};
export const editorHouseDash = (editor: Editor): HouseDash | undefined => houseDashes.get(editor);

/**
 * Where the press officer has been typing: the text node and the offsets of the stretch typed without moving the
 * caret elsewhere. As-you-type typography changes only that stretch (and the space before it), never the words
 * around it that were already there: they are the Typography command's.
 */
const stretches = new WeakMap<Editor, { path: string; start: number; end: number }>();

/** After these typed characters the run typed so far is set by the press rules. */
const SETS_AFTER = /[\s.,;:!?)»”…]/u;

/**
 * Text as it goes into a release in `language` from outside the keyboard (paste, variable values, an input
 * method's word): the press rules in typing mode, so the spaces at its edges are kept.
 */
export function typesetInserted(text: string, language: ReleaseLanguage, dash?: HouseDash): string {
  return typesetText(text, language, { dash, mode: 'typing' });
}

export function withTypography<T extends Editor>(editor: T): T {
  const { insertText } = editor;

  editor.insertText = (text, options) => {
    const selection = editor.selection;
    if (options?.at || !selection) {
      insertText(text, options);
      return;
    }
    // A span marked as another language (a Kazakh quote in a Russian release) is set by that language's rules.
    const language = languageAtCaret(editor);
    if (text.length !== 1) {
      insertText(text.length > 1 ? typesetInserted(text, language, editorHouseDash(editor)) : text, options);
      return;
    }
    if (Range.isExpanded(selection)) {
      insertText(text, options);
      return;
    }
    const at = selection.anchor;
    const stretch = stretches.get(editor);
    if (!stretch || stretch.path !== at.path.join() || stretch.end !== at.offset) stretches.set(editor, { path: at.path.join(), start: at.offset, end: at.offset });
    try {
      typeCharacter(text, options, language);
    } finally {
      const after = editor.selection?.anchor;
      const current = stretches.get(editor);
      if (after && current && current.path === after.path.join()) current.end = after.offset;
    }
  };

  const typeCharacter = (text: string, options: Parameters<typeof insertText>[1], language: ReleaseLanguage) => {
    const typing = { ...profileOf(language).typing, dash: houseDash(language, editorHouseDash(editor)) };
    const before = textBefore(editor, 2);

    if (text === '"') {
      insertText(OPENS_AFTER.test(before) ? typing.quotes.open : typing.quotes.close, options);
      return;
    }
    if (text === "'" && typing.apostrophe) {
      insertText(OPENS_AFTER.test(before) ? typing.apostrophe.open : typing.apostrophe.close, options);
      return;
    }
    if (text === '-' && before.endsWith('-') && !before.endsWith('--')) {
      replaceBefore(editor, 1, typing.dash);
      return;
    }
    if (text === ' ' && (before === ' -' || (before === '-' && isBlockStartBefore(editor, 1)))) {
      replaceBefore(editor, 1, typing.dash);
      insertText(' ', options);
      setRunBeforeCaret(editor, language);
      return;
    }
    insertText(text, options);
    if (SETS_AFTER.test(text) && !(text === ' ' && typingShortcuts.plainSpaces && plainWordsBeforeSpace(editor))) setRunBeforeCaret(editor, language);
  };

  return editor;
}

/** The space after plain words left unset (below); the tests turn it off to check it never changes what is set. */
export const typingShortcuts = { plainSpaces: true };

/**
 * A plain word: letters only, four or more, in lower case or with a capital first, and not one the rules keep to
 * the next word («если»). No press rule acts on two of them side by side: every rule needs a short word (в, и, для,
 * же), a digit, a mark (. , « – № -) or an initial in upper case, within a word of the place it sets.
 */
const PLAIN_WORD = /^(?:\p{Lu}\p{Ll}{3,}|\p{Ll}{4,})$/u;
const isPlainWord = (word: string): boolean => PLAIN_WORD.test(word) && !WORDS_KEPT_TO_THE_NEXT.has(word.toLowerCase());

/**
 * A space typed after two plain words (the one just ended and the one before it): the text before the caret was
 * set at the space before, so setting it again would find nothing to do. About half the spaces of the sample
 * release are these; skipping them takes the press rules' pass (typograf, ~0.4 ms) off the key (bench/: letters and spaces apart).
 */
function plainWordsBeforeSpace(editor: Editor): boolean {
  const selection = editor.selection;
  if (!selection || Range.isExpanded(selection)) return false;
  const node = Node.get(editor, selection.anchor.path);
  if (!Text.isText(node)) return false;
  // The two words before the space just typed, parted by ordinary spaces (a no-break space holds a set group).
  const before = node.text.slice(Math.max(0, selection.anchor.offset - 80), selection.anchor.offset - 1);
  const words = before.split(WORD_SPACE);
  if (words.length < 3) return false;
  return isPlainWord(words[words.length - 1] as string) && isPlainWord(words[words.length - 2] as string);
}

/** Replaces the part of the text node at `path` that differs between `from` and `to` (one edit, the caret kept). */
function replaceChanged(editor: Editor, path: Path, from: string, to: string): void {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let end = 0;
  while (end < from.length - start && end < to.length - start && from[from.length - 1 - end] === to[to.length - 1 - end]) end++;
  const removed = from.length - start - end;
  const inserted = to.slice(start, to.length - end);
  Editor.withoutNormalizing(editor, () => {
    // A range, not a distance in characters: Slate then need not walk the text to find where it ends.
    if (removed > 0) Transforms.delete(editor, { at: { anchor: { path, offset: start }, focus: { path, offset: start + removed } } });
    if (inserted) Transforms.insertText(editor, inserted, { at: { path, offset: start } });
  });
}

/** Sets the text typed so far in the caret's run of text by the press rules (typing mode). */
function setRunBeforeCaret(editor: Editor, releaseLanguage: ReleaseLanguage): void {
  const selection = editor.selection;
  if (!selection || Range.isExpanded(selection)) return;
  const { path, offset } = selection.anchor;
  const node = Node.get(editor, path);
  if (!Text.isText(node)) return;
  const language = node.lang ?? releaseLanguage;
  // The last two sentences typed, not the whole run: what a rule needs (an initial and its surname, a dash and the
  // word before it) stands that close, and a long paragraph costs no more per key than a short one.
  const stretch = stretches.get(editor);
  const typedFrom = stretch && stretch.path === path.join() ? Math.max(0, stretch.start - 1) : 0;
  const options = { dash: editorHouseDash(editor), mode: 'typing' as const };
  const start = Math.max(Math.min(windowStart(node.text, offset), typedFrom), wordsBack(node.text, offset, WINDOW_WORDS));
  const window = node.text.slice(start, offset);
  const set = typesetText(window, language, options);
  if (set === window) return;
  const before = node.text.slice(0, offset);
  const after = node.text.slice(0, start) + set;
  // Only the stretch just typed may change; when the rules reach further back, the stretch is set on its own.
  if (firstDifference(before, after) >= typedFrom && before.length - commonEnd(before, after) >= typedFrom) {
    replaceChanged(editor, path, before, after);
    return;
  }
  const typed = node.text.slice(typedFrom, offset);
  const typedSet = typesetText(typed, language, options);
  if (typedSet !== typed) replaceChanged(editor, path, before, node.text.slice(0, typedFrom) + typedSet);
}

function firstDifference(a: string, b: string): number {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  return index;
}
function commonEnd(a: string, b: string): number {
  let end = 0;
  while (end < a.length && end < b.length && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return end;
}

/**
 * The most words before the caret that typing sets again: every as-you-type rule looks a few words back at most (an
 * initial and its surname, a number and its unit, a dash and the word before it), and the words before were set
 * when they were typed. A sentence typed without a full stop (a list of names) would otherwise be set whole on
 * every space, its cost growing with its length (bench/: `npm run bench -- --only-release`, spaces).
 */
const WINDOW_WORDS = 12;
/** What parts words here: not a no-break space, which holds a set group together (12 км, М. Отыншиев). */
const WORD_SPACE = /[ \t\n]/u;

/**
 * Where the word `count` words before `offset` starts; a dash, quote or other mark standing first takes the word
 * before it along, so a rule never mistakes the window's start for the start of a paragraph (a mid-sentence
 * dash for direct speech).
 */
function wordsBack(text: string, offset: number, count: number): number {
  let start = offset;
  let words = 0;
  while (start > 0) {
    // Back over the spaces, then over the word.
    let at = start;
    while (at > 0 && WORD_SPACE.test(text[at - 1] as string)) at--;
    while (at > 0 && !WORD_SPACE.test(text[at - 1] as string)) at--;
    if (at === start) break;
    start = at;
    if (++words >= count && /[\p{L}\p{N}]/u.test(text[start] as string)) break;
  }
  return start;
}

const SENTENCE_END = /[.!?…][»”"]?[ \u00a0]+/gu;
/** Where the sentence before the caret's sentence starts (0 when there is none). */
function windowStart(text: string, offset: number): number {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  const before = text.slice(0, Math.max(0, offset - 2));
  for (let match = SENTENCE_END.exec(before); match; match = SENTENCE_END.exec(before)) ends.push(match.index + match[0].length);
  return ends.length >= 2 ? (ends[ends.length - 2] ?? 0) : 0;
}

/**
 * The Typography command: every run of text in the release set by the press rules (whole mode), as one undo
 * step. Returns how many top-level blocks changed.
 */
export function typesetRelease(editor: Editor): number {
  const language = editorLanguage(editor);
  const dash = editorHouseDash(editor);
  const changed = new Set<number>();
  Editor.withoutNormalizing(editor, () => {
    // Last to first, so the paths of the runs still to do are not moved by an edit.
    const runs = [...Node.texts(editor)].reverse();
    for (const [node, path] of runs) {
      if (node.text === '') continue;
      const set = typesetText(node.text, node.lang ?? language, { dash, mode: 'whole' });
      if (set === node.text) continue;
      replaceChanged(editor, path, node.text, set);
      changed.add(path[0] ?? 0);
    }
  });
  return changed.size;
}

/** Every text of `nodes` (a pasted fragment) set by the press rules for `language`; the nodes are not changed. */
export function typesetNodes<N extends Descendant>(nodes: readonly N[], language: ReleaseLanguage, dash?: HouseDash): N[] {
  return nodes.map((node) => {
    if (Text.isText(node)) return { ...node, text: typesetInserted(node.text, node.lang ?? language, dash) };
    if ('children' in node) return { ...node, children: typesetNodes(node.children as Descendant[], language, dash) } as N;
    return node;
  });
}

/** Up to `count` characters before the cursor in the same text node. */
function textBefore(editor: Editor, count: number): string {
  const selection = editor.selection;
  if (!selection) return '';
  const { path, offset } = selection.anchor;
  const [node] = Editor.node(editor, path);
  const text = (node as { text?: string }).text ?? '';
  return text.slice(Math.max(0, offset - count), offset);
}

function isBlockStartBefore(editor: Editor, count: number): boolean {
  const selection = editor.selection;
  if (!selection) return false;
  const block = Editor.above(editor, { match: (n) => Editor.isBlock(editor, n as never) });
  if (!block) return false;
  const start = Editor.start(editor, block[1]);
  return start.path.join() === selection.anchor.path.join() && selection.anchor.offset === start.offset + count;
}

function replaceBefore(editor: Editor, count: number, replacement: string): void {
  const selection = editor.selection;
  if (!selection) return;
  const { path, offset } = selection.anchor;
  Editor.withoutNormalizing(editor, () => {
    Transforms.delete(editor, { at: { path, offset: offset - count }, distance: count, unit: 'character' });
    Transforms.insertText(editor, replacement);
  });
}

/**
 * Pasted text, set as the same keys typed one by one would be: straight quotes set as the profile's (opening after
 * white space, a bracket, a dash or an opening mark, else closing), `'` as the profile's apostrophe where it has
 * one, a hyphen between spaces or at the start followed by a space, and two hyphens, as its dash — then the press
 * rules (typesetInserted). `before` is the text that stands before `text` in its block (it decides whether a quote
 * at the very start opens or closes).
 */
export function typesetPasted(text: string, language: ReleaseLanguage, before = '', dash?: HouseDash): string {
  const characters = pastedCharacters(text, language, before, dash);
  // A pasted run's own edges stay as they came (a table's cells are joined by " – " between bold runs).
  const lead = /^\s*/u.exec(characters)?.[0] ?? '';
  const trail = lead.length === characters.length ? '' : (/\s*$/u.exec(characters)?.[0] ?? '');
  const core = characters.slice(lead.length, characters.length - trail.length);
  return core ? `${lead}${typesetInserted(core, language, dash)}${trail}` : characters;
}

function pastedCharacters(text: string, language: ReleaseLanguage, before: string, dash?: HouseDash): string {
  // A spaced hyphen becomes the house dash, as typing it would (the dashes already set are kept after this).
  const typing = { ...profileOf(language).typing, dash: houseDash(language, dash) };
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    const previous = (before + out).slice(-2);
    if (character === '"') {
      out += OPENS_AFTER.test(previous.slice(-1)) ? typing.quotes.open : typing.quotes.close;
    } else if (character === "'" && typing.apostrophe) {
      out += OPENS_AFTER.test(previous.slice(-1)) ? typing.apostrophe.open : typing.apostrophe.close;
    } else if (character === '-' && text[index + 1] === '-' && text[index + 2] !== '-' && !previous.endsWith('-')) {
      out += typing.dash;
      index += 1;
    } else if (character === '-' && text[index + 1] === ' ' && (previous === '' || /\s$/u.test(previous))) {
      out += typing.dash;
    } else {
      out += character;
    }
  }
  return out;
}
