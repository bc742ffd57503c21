import { Editor, Element, Path, Point, Text } from 'slate';
import type { BaseRange, Descendant, Editor as SlateEditor } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { DocumentVariable } from '../model/types';
import { setVariableValue } from '../templates/variables';

/**
 * Find and replace across the whole release: every field a press officer writes in — headline, dateline fields,
 * lead and paragraphs, quote text, speaker, position and verb, award name and award rows, lists, boilerplate,
 * media contact — and the values the variable chips show. Platform-free: the find bar (renderer/find/) draws it.
 *
 * What is searched, and how:
 * - The text of a block, field or list item is read as runs: text and link words side by side form one run, so a
 *   word bold in its middle (`Ал**ма**ты`) or half inside a link is one word and is found. A run never crosses
 *   a field or block boundary (a quote's speaker and position are two runs), nor a chip or a blank.
 * - A variable chip is a run of its own: the value it shows (the release's variables). A match there is replaced
 *   in the variable (`replaceInVariable`), which changes every chip of it, never the chip into loose text.
 * - A blank (placeholder) is not searched: its hint («ФИО спикера») is an instruction to the writer, not words
 *   of the release, and typing over it is how it is filled (Tab goes from blank to blank). So a match never
 *   starts, ends or lies in a blank, and Replace never writes into one.
 * - Case folding is `String.prototype.toLowerCase` (locale-free: the Turkish dotless-i rule of
 *   `toLocaleLowerCase('tr')` must not bite Latin I, and Kazakh Ә Ө Ү Ұ Қ Ғ Ң І Һ fold to ә ө ү ұ қ ғ ң і һ by
 *   Unicode's own table; Kazakh І/і is U+0406/U+0456, never Latin I/i). Folding keeps every character's place, so
 *   a match in the folded text is a match at the same offsets in the real text.
 * - «ё/е»: with `yoAsYe`, ё and е (Ё and Е) are the same letter, as Russian is mostly printed.
 * - Whole word: the match is neither preceded nor followed by a letter, digit or combining mark (`\p{L}\p{N}\p{M}`);
 *   a run's edges (a field's start, a chip) count as word boundaries.
 *
 * Speed (bench/find-bench.ts): a block's runs are read once per block object and kept (a WeakMap: Slate replaces
 * only the blocks an edit touched), and folded text is kept per run and folding; so after a key press only the
 * edited block is read again.
 */

export interface FindOptions {
  /** Upper and lower case differ. */
  readonly matchCase: boolean;
  /** Only whole words. */
  readonly wholeWord: boolean;
  /** ё = е (Ё = Е). */
  readonly yoAsYe: boolean;
}

export const DEFAULT_FIND_OPTIONS: FindOptions = { matchCase: false, wholeWord: false, yoAsYe: true };

/** A stretch of one Slate text node that a match covers: the text node's path, and the offsets in it. */
export interface MatchSegment {
  readonly path: Path;
  readonly start: number;
  readonly end: number;
}

/** A match in the text: its segments, one per text node it covers (more than one across a bold or a link). */
export interface TextMatch {
  readonly kind: 'text';
  readonly segments: readonly MatchSegment[];
  readonly range: BaseRange;
}

/** A match in the value a variable chip shows: the chip's path, the variable, the offsets in its value. */
export interface VariableMatch {
  readonly kind: 'variable';
  /** The chip's path; its empty text is `[...path, 0]`. */
  readonly path: Path;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** The chip as a range (its empty text), to select it or scroll to it. */
  readonly range: BaseRange;
}

export type FindMatch = TextMatch | VariableMatch;

/** A text run of a block: its text, and where each text node's words sit in it (paths relative to the block). */
interface TextRun {
  readonly kind: 'text';
  readonly text: string;
  readonly pieces: readonly { readonly path: Path; readonly start: number; readonly length: number }[];
  folded?: Map<string, string>;
}
interface ChipRun {
  readonly kind: 'variable';
  readonly path: Path;
  readonly name: string;
}
type Run = TextRun | ChipRun;

const RUNS = new WeakMap<Descendant, readonly Run[]>();

/** The runs of a top-level block, read once per block object. */
function runsOfBlock(block: Descendant): readonly Run[] {
  let runs = RUNS.get(block);
  if (!runs) {
    runs = readRuns(block);
    RUNS.set(block, runs);
  }
  return runs;
}

function readRuns(block: Descendant): Run[] {
  const runs: Run[] = [];
  let current: { text: string[]; pieces: { path: Path; start: number; length: number }[]; length: number } | null = null;
  const close = () => {
    if (current && current.length > 0) runs.push({ kind: 'text', text: current.text.join(''), pieces: current.pieces });
    current = null;
  };
  const addText = (node: Text, path: Path) => {
    if (node.text === '') return;
    current ??= { text: [], pieces: [], length: 0 };
    current.pieces.push({ path, start: current.length, length: node.text.length });
    current.text.push(node.text);
    current.length += node.text.length;
  };
  const visit = (node: Descendant, path: Path) => {
    if (Text.isText(node)) {
      addText(node, path);
      return;
    }
    if (node.type === 'variable') {
      close();
      runs.push({ kind: 'variable', path, name: node.name });
      return;
    }
    if (node.type === 'placeholder') {
      close();
      return;
    }
    if (node.type === 'link') {
      node.children.forEach((child, index) => visit(child, [...path, index]));
      return;
    }
    // A block, field, row or list item: its words are a run of their own.
    close();
    (node.children as Descendant[]).forEach((child, index) => visit(child, [...path, index]));
    close();
  };
  if (Element.isElement(block)) (block.children as Descendant[]).forEach((child, index) => visit(child, [index]));
  close();
  return runs;
}

/**
 * The text folded for comparison, character for character (the same length, each character in its place):
 * lower case unless `matchCase`, ё as е when `yoAsYe`.
 */
export function foldText(text: string, options: Pick<FindOptions, 'matchCase' | 'yoAsYe'>): string {
  let folded = text;
  if (!options.matchCase) {
    folded = text.toLowerCase();
    // A few letters grow when lowered (İ → i̇): fold those one by one to their first letter, keeping places.
    if (folded.length !== text.length) folded = foldEach(text);
    if (folded.includes('ς')) folded = folded.replaceAll('ς', 'σ');
  }
  if (options.yoAsYe) folded = folded.replace(/[ёЁ]/gu, (letter) => (letter === 'ё' ? 'е' : 'Е'));
  return folded;
}

function foldEach(text: string): string {
  let result = '';
  for (const character of text) {
    const lower = character.toLowerCase();
    const first = String.fromCodePoint(lower.codePointAt(0) ?? 0);
    result += lower.length === character.length ? lower : first.length === character.length ? first : character;
  }
  return result;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

function isWordCharacterBefore(text: string, offset: number): boolean {
  if (offset <= 0) return false;
  const low = text.charCodeAt(offset - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
  return WORD_CHARACTER.test(text.slice(start, offset));
}

function isWordCharacterAt(text: string, offset: number): boolean {
  if (offset >= text.length) return false;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(offset) ?? 0));
}

/** Where `query` occurs in `text` (start offsets), not overlapping, left to right. */
export function findInText(text: string, query: string, options: FindOptions): number[] {
  if (query === '') return [];
  return findFolded(text, foldText(text, options), foldText(query, options), options.wholeWord);
}

/** Where the folded `needle` occurs in the folded `haystack`; whole words are judged on the real `text`. */
function findFolded(text: string, haystack: string, needle: string, wholeWord: boolean): number[] {
  const starts: number[] = [];
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) break;
    const end = at + needle.length;
    if (!wholeWord || (!isWordCharacterBefore(text, at) && !isWordCharacterAt(text, end))) {
      starts.push(at);
      from = end;
    } else {
      from = at + 1;
    }
  }
  return starts;
}

const foldingKey = (options: FindOptions) => `${options.matchCase ? 'C' : 'c'}${options.yoAsYe ? 'Y' : 'y'}`;

function foldedRun(run: TextRun, options: FindOptions): string {
  run.folded ??= new Map();
  const key = foldingKey(options);
  let folded = run.folded.get(key);
  if (folded === undefined) {
    folded = foldText(run.text, options);
    run.folded.set(key, folded);
  }
  return folded;
}

/** The text nodes a stretch [start, end) of a run covers, as segments with absolute paths. */
function segmentsOf(run: TextRun, blockIndex: number, start: number, end: number): MatchSegment[] {
  const segments: MatchSegment[] = [];
  for (const piece of run.pieces) {
    const pieceEnd = piece.start + piece.length;
    if (pieceEnd <= start) continue;
    if (piece.start >= end) break;
    segments.push({ path: [blockIndex, ...piece.path], start: Math.max(start, piece.start) - piece.start, end: Math.min(end, pieceEnd) - piece.start });
  }
  return segments;
}

const valueOf = (variables: readonly DocumentVariable[], name: string) => variables.find((variable) => variable.name === name)?.value ?? '';

/**
 * Every match of `query` in the release, in reading order. `body` is the editor's children (or a document's
 * body); `variables` the release's variables (what the chips show).
 */
export function findInRelease(body: readonly Descendant[], variables: readonly DocumentVariable[], query: string, options: FindOptions = DEFAULT_FIND_OPTIONS): FindMatch[] {
  const matches: FindMatch[] = [];
  if (query === '') return matches;
  const chipHits = new Map<string, number[]>();
  const chipStarts = (name: string) => {
    let starts = chipHits.get(name);
    if (!starts) {
      starts = findInText(valueOf(variables, name), query, options);
      chipHits.set(name, starts);
    }
    return starts;
  };
  const needleLength = query.length;
  const needle = foldText(query, options);
  body.forEach((block, blockIndex) => {
    for (const run of runsOfBlock(block)) {
      if (run.kind === 'variable') {
        const path = [blockIndex, ...run.path];
        const point = { path: [...path, 0], offset: 0 };
        for (const start of chipStarts(run.name)) {
          matches.push({ kind: 'variable', path, name: run.name, start, end: start + needleLength, range: { anchor: point, focus: point } });
        }
        continue;
      }
      const folded = foldedRun(run, options);
      // Most runs do not hold the words: one indexOf says so before anything is allocated.
      if (folded.indexOf(needle) < 0) continue;
      for (const start of findFolded(run.text, folded, needle, options.wholeWord)) {
        const segments = segmentsOf(run, blockIndex, start, start + needleLength);
        const first = segments[0];
        const last = segments[segments.length - 1];
        if (!first || !last) continue;
        matches.push({ kind: 'text', segments, range: { anchor: { path: first.path, offset: first.start }, focus: { path: last.path, offset: last.end } } });
      }
    }
  });
  return matches;
}

/** The index of the first match at or after `point` (wrapping to 0), or -1 when there is none. */
export function matchAtOrAfter(matches: readonly FindMatch[], point: Point | null): number {
  if (matches.length === 0) return -1;
  if (!point) return 0;
  const index = matches.findIndex((match) => Point.compare(match.range.anchor, point) >= 0);
  return index < 0 ? 0 : index;
}

/** The text of a text match as the release holds it (for the replace preview and tests). */
export function matchedText(editor: SlateEditor, match: TextMatch): string {
  return match.segments.map((segment) => (Editor.node(editor, segment.path)[0] as Text).text.slice(segment.start, segment.end)).join('');
}

/**
 * Writes `replacement` over one text match: removes the matched words from each text node they cover and writes
 * the replacement where the match began, with that node's marks. Low-level operations, so no plugin retypes it
 * (the replacement is written exactly as the user gave it).
 */
function applyReplacement(editor: SlateEditor, match: TextMatch, replacement: string): void {
  for (let index = match.segments.length - 1; index >= 0; index -= 1) {
    const segment = match.segments[index] as MatchSegment;
    const node = Editor.node(editor, segment.path)[0] as Text;
    const removed = node.text.slice(segment.start, segment.end);
    if (removed !== '') editor.apply({ type: 'remove_text', path: segment.path, offset: segment.start, text: removed });
    if (index === 0 && replacement !== '') editor.apply({ type: 'insert_text', path: segment.path, offset: segment.start, text: replacement });
  }
}

/** Does the match still stand where it was found (the release did not change under it)? */
function stillThere(editor: SlateEditor, match: TextMatch): boolean {
  return match.segments.every((segment) => {
    if (!Editor.hasPath(editor, segment.path)) return false;
    const [node] = Editor.node(editor, segment.path);
    return Text.isText(node) && segment.end <= node.text.length;
  });
}

/**
 * Replaces one text match (one undo step) and leaves the caret after the replacement. Returns false when the
 * match no longer stands where it was found.
 */
export function replaceMatch(editor: SlateEditor, match: TextMatch, replacement: string): boolean {
  if (!stillThere(editor, match)) return false;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => applyReplacement(editor, match, replacement));
  });
  return true;
}

/**
 * Replaces every text match, last first so the earlier ones stay where they were found, as ONE undo step.
 * Variable matches are left to `replaceInVariable` (a variable's value is the release's details, not its text,
 * and one Ctrl+Z must put back exactly what Replace all changed). Returns how many were replaced.
 */
export function replaceAllMatches(editor: SlateEditor, matches: readonly FindMatch[], replacement: string): number {
  const textMatches = matches.filter((match): match is TextMatch => match.kind === 'text' && stillThere(editor, match));
  if (textMatches.length === 0) return 0;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      for (let index = textMatches.length - 1; index >= 0; index -= 1) applyReplacement(editor, textMatches[index] as TextMatch, replacement);
    });
  });
  return textMatches.length;
}

/**
 * The variables with a variable match replaced in its value: every chip of that variable then shows the new
 * value. Null when the value no longer holds the match.
 */
export function replaceInVariable(variables: readonly DocumentVariable[], match: VariableMatch, replacement: string): DocumentVariable[] | null {
  const variable = variables.find((candidate) => candidate.name === match.name);
  if (!variable || match.end > variable.value.length) return null;
  const value = variable.value.slice(0, match.start) + replacement + variable.value.slice(match.end);
  return setVariableValue(variables, variable.name, value, variable.label);
}

/** The variables that hold matches (by name, once each), for the find bar's "N in variables" line. */
export function variablesWithMatches(matches: readonly FindMatch[]): string[] {
  return [...new Set(matches.flatMap((match) => (match.kind === 'variable' ? [match.name] : [])))];
}

/** Path order of two matches' starts, for tests and sorting. */
export const compareMatches = (a: FindMatch, b: FindMatch): number => Path.compare(a.range.anchor.path, b.range.anchor.path) || a.range.anchor.offset - b.range.anchor.offset;
