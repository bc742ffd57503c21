import { Editor, Element, Node, Path, Point, Range, Text, Transforms } from 'slate';
import type { NodeEntry, PathRef } from 'slate';
import { HistoryEditor } from 'slate-history';
import '../model/slate-types';
import type { PlaceholderElement } from '../model/types';

/**
 * Template blanks. A placeholder is an inline void showing a hint («ФИО спикера»); the press officer fills it in:
 * - Tab / Shift+Tab (through `Placeholders.selectNext` / `selectPrevious`) select the next or previous blank;
 * - typing while a blank is selected replaces it with the text, and one undo brings the hint back;
 * - Backspace, Delete or cut on a selected blank removes it, and the words around join without doubled
 *   punctuation or spaces; paste replaces it like typing.
 * Selecting a placeholder spans it from the end of the text before to the start of the text after. The blank
 * selected by Tab or a click stays "armed" while the cursor stays beside it: the browser may move a selection
 * that spans a non-editable pill to one of its edges, and typing there still fills the blank. A caret is never
 * left inside a blank: put there (a click, an arrow key), it selects the blank, as Word's content controls do.
 */
export const isPlaceholder = (node: unknown): node is PlaceholderElement =>
  Element.isElement(node) && node.type === 'placeholder';

/** The placeholder holding `point`, if any. */
function placeholderAt(editor: Editor, point: Point): NodeEntry<PlaceholderElement> | undefined {
  for (const [node, path] of Node.levels(editor, point.path)) {
    if (isPlaceholder(node)) return [node, path];
  }
  return undefined;
}

/** Where each placeholder starts, for ordering against the cursor. */
const startOf = (path: Path): Point => ({ path: [...path, 0], offset: 0 });

/** The blank a collapsed selection stands inside, when there is text on both sides of it to select it by. */
function caretInsideBlank(editor: Editor): Path | undefined {
  const { selection } = editor;
  if (!selection || Range.isExpanded(selection) || !Editor.isNormalizing(editor)) return undefined;
  const blank = placeholderAt(editor, selection.anchor);
  if (!blank) return undefined;
  const [, path] = blank;
  const index = path[path.length - 1] ?? 0;
  const parent = Node.parent(editor, path);
  const before = index > 0 ? parent.children[index - 1] : undefined;
  return before && Text.isText(before) && Text.isText(parent.children[index + 1]) ? path : undefined;
}

/** The blank last selected by Tab or a click, per editor. */
const armed = new WeakMap<Editor, PathRef>();

function disarm(editor: Editor): void {
  armed.get(editor)?.unref();
  armed.delete(editor);
}

/** The armed blank, if the selection is still on it or right at its edges. */
function armedBlank(editor: Editor): NodeEntry<PlaceholderElement> | undefined {
  const path = armed.get(editor)?.current;
  const { selection } = editor;
  if (!path || !selection || !Node.has(editor, path)) return undefined;
  const node = Node.get(editor, path);
  if (!isPlaceholder(node)) return undefined;
  const index = path[path.length - 1] ?? 0;
  const parent = Node.parent(editor, path);
  const before = index > 0 ? parent.children[index - 1] : undefined;
  const after = parent.children[index + 1];
  const edges: Point[] = [];
  if (before && Text.isText(before)) edges.push({ path: Path.previous(path), offset: before.text.length });
  if (after && Text.isText(after)) edges.push({ path: Path.next(path), offset: 0 });
  const beside = (point: Point) => Path.isAncestor(path, point.path) || edges.some((edge) => Point.equals(edge, point));
  return beside(selection.anchor) && beside(selection.focus) ? [node, path] : undefined;
}

export const Placeholders = {
  /** Every placeholder in the document, in reading order. */
  all(editor: Editor): NodeEntry<PlaceholderElement>[] {
    return [...Editor.nodes<PlaceholderElement>(editor, { at: [], match: isPlaceholder })];
  },

  /**
   * The placeholder the selection is on: the cursor inside it (a click on a void), or a selection that spans it
   * and nothing else (what `select` makes).
   */
  selected(editor: Editor): NodeEntry<PlaceholderElement> | undefined {
    const { selection } = editor;
    if (!selection) return undefined;
    const anchor = placeholderAt(editor, selection.anchor);
    if (Range.isCollapsed(selection)) return anchor;
    const focus = placeholderAt(editor, selection.focus);
    if (anchor && focus) return Path.equals(focus[1], anchor[1]) ? anchor : undefined;
    const inside = [...Editor.nodes<PlaceholderElement>(editor, { at: selection, match: isPlaceholder })];
    if (inside.length !== 1 || Editor.string(editor, selection, { voids: false }) !== '') return undefined;
    // Both ends beside it, in its own paragraph or field: not a selection that runs on over an empty block or the end mark.
    const parent = Path.parent((inside[0] as NodeEntry<PlaceholderElement>)[1]);
    if (!Path.isAncestor(parent, selection.anchor.path) || !Path.isAncestor(parent, selection.focus.path)) return undefined;
    return inside[0];
  },

  /**
   * Selects the placeholder at `path`: from the end of the text before it to the start of the text after it,
   * a selection the browser can show and keep (it cannot put a caret inside a non-editable pill).
   */
  select(editor: Editor, path: Path): void {
    disarm(editor);
    armed.set(editor, Editor.pathRef(editor, path));
    const index = path[path.length - 1] ?? 0;
    const parent = Node.parent(editor, path);
    const before = index > 0 ? parent.children[index - 1] : undefined;
    const after = parent.children[index + 1];
    if (before && Text.isText(before) && after && Text.isText(after)) {
      Transforms.select(editor, {
        anchor: { path: Path.previous(path), offset: before.text.length },
        focus: { path: Path.next(path), offset: 0 },
      });
    } else {
      Transforms.select(editor, startOf(path));
    }
  },

  /** The blank that typing would fill: the selected one, or the armed one the cursor is still beside. */
  target(editor: Editor): NodeEntry<PlaceholderElement> | undefined {
    return Placeholders.selected(editor) ?? armedBlank(editor);
  },

  /** Selects the next placeholder after the cursor, wrapping to the first. False when there is none. */
  selectNext(editor: Editor): boolean {
    const all = Placeholders.all(editor);
    if (all.length === 0) return false;
    const { selection } = editor;
    const after = selection ? Range.end(selection) : undefined;
    const next = (after && all.find(([, path]) => Point.isAfter(startOf(path), after))) ?? all[0];
    if (!next) return false;
    Placeholders.select(editor, next[1]);
    return true;
  },

  /** Selects the previous placeholder before the cursor, wrapping to the last. False when there is none. */
  selectPrevious(editor: Editor): boolean {
    const all = Placeholders.all(editor);
    if (all.length === 0) return false;
    const { selection } = editor;
    const before = selection ? Range.start(selection) : undefined;
    const previous = (before && [...all].reverse().find(([, path]) => Point.isBefore(startOf(path), before))) ?? all[all.length - 1];
    if (!previous) return false;
    Placeholders.select(editor, previous[1]);
    return true;
  },

  /**
   * Removes the placeholder at `path` and puts the cursor where it stood (the end of the text before it).
   * Returns that point. With `tidy` (Backspace or Delete on a blank, not typing over it) the words around are
   * joined as if the blank had never been written: no doubled punctuation or spaces (see tidyJunction).
   */
  remove(editor: Editor, path: Path, options: { tidy?: boolean } = {}): Point {
    disarm(editor);
    let point: Point = { path: [...path.slice(0, -1), 0], offset: 0 };
    Editor.withoutNormalizing(editor, () => {
      const index = path[path.length - 1] ?? 0;
      const previousPath = index > 0 ? Path.previous(path) : undefined;
      const previous = previousPath ? Node.get(editor, previousPath) : undefined;
      Transforms.removeNodes(editor, { at: path, voids: true });
      if (previousPath && Text.isText(previous)) {
        point = { path: previousPath, offset: previous.text.length };
        if (options.tidy) point = tidyAround(editor, previousPath, path);
      } else {
        // No text before the blank (a damaged tree): leave a text node to hold the cursor.
        Transforms.insertNodes(editor, { text: '' }, { at: path });
        point = { path, offset: 0 };
      }
      Transforms.select(editor, point);
    });
    return point;
  },

  /** Types `text` in place of the placeholder at `path`; the cursor ends after the text. */
  replace(editor: Editor, path: Path, text: string): void {
    Editor.withoutNormalizing(editor, () => {
      const point = Placeholders.remove(editor, path);
      Transforms.insertText(editor, text, { at: point });
      Transforms.select(editor, { path: point.path, offset: point.offset + text.length });
    });
  },
};

/**
 * Where the text typed over a blank currently ends, per editor. Typing on from exactly there joins the same
 * undo step, so one undo takes the whole filled-in text away and brings the hint back.
 */
const fillingEnds = new WeakMap<Editor, Point>();

export function withPlaceholders<T extends Editor>(editor: T): T {
  const { apply, insertText, insertFragment, deleteBackward, deleteForward, deleteFragment, isInline, isVoid } = editor;

  // A caret put inside a blank (slate-react's click on a void, an arrow key, the browser's caret read back) selects
  // the blank instead: the browser's caret would stand inside the non-editable pill, where Chromium cannot type —
  // it moves the caret to the top of the release first, and a letter typed then was lost or went into the headline.
  // Moving away from an armed blank disarms it.
  editor.apply = (operation) => {
    apply(operation);
    if (operation.type !== 'set_selection') return;
    const blank = caretInsideBlank(editor);
    if (blank) Placeholders.select(editor, blank);
    else if (armed.has(editor) && !armedBlank(editor)) disarm(editor);
  };

  editor.isInline = (element) => element.type === 'placeholder' || isInline(element);
  editor.isVoid = (element) => element.type === 'placeholder' || isVoid(element);

  editor.insertText = (text, options) => {
    const blank = options?.at ? undefined : Placeholders.target(editor);
    if (blank) {
      Placeholders.remove(editor, blank[1]);
      // Typed again from the top with a caret where the blank stood, so typography («», “”, dashes) applies.
      editor.insertText(text);
      if (editor.selection) fillingEnds.set(editor, editor.selection.anchor);
      return;
    }
    const fillingEnd = fillingEnds.get(editor);
    const { selection } = editor;
    if (fillingEnd && !options?.at && selection && Range.isCollapsed(selection) && Point.equals(selection.anchor, fillingEnd) && HistoryEditor.isHistoryEditor(editor)) {
      HistoryEditor.withMerging(editor, () => insertText(text, options));
      if (editor.selection) fillingEnds.set(editor, editor.selection.anchor);
      return;
    }
    fillingEnds.delete(editor);
    insertText(text, options);
  };

  editor.insertFragment = (fragment, options) => {
    const blank = options?.at ? undefined : Placeholders.target(editor);
    if (blank) {
      Editor.withoutNormalizing(editor, () => {
        Placeholders.remove(editor, blank[1]);
        insertFragment(fragment, options);
      });
      return;
    }
    insertFragment(fragment, options);
  };

  editor.deleteBackward = (unit) => {
    const blank = Placeholders.target(editor);
    if (blank) return void Placeholders.remove(editor, blank[1], { tidy: true });
    deleteBackward(unit);
  };

  // Backspace, Delete or cut on a blank selected by Tab or a click (an expanded selection spanning only it).
  editor.deleteFragment = (options) => {
    const { selection } = editor;
    const blank = selection && Range.isExpanded(selection) ? Placeholders.selected(editor) : undefined;
    if (blank) return void Placeholders.remove(editor, blank[1], { tidy: true });
    deleteFragment(options);
  };

  editor.deleteForward = (unit) => {
    const blank = Placeholders.target(editor);
    if (blank) return void Placeholders.remove(editor, blank[1], { tidy: true });
    deleteForward(unit);
  };

  return editor;
}

/** Marks that end a clause: two of them meeting where a blank stood make one. */
const CLAUSE_END = /[.,;:!?…]/u;
const SPACES_AT_END = /[ \u00a0]+$/u;
const SPACES_AT_START = /^[ \u00a0]+/u;

/**
 * How much to cut from the end of the words before a removed blank and from the start of the words after it, so
 * that they join as written: «собрала X. [blank]. Организатор» → «собрала X. Организатор»; «обсудили [blank].» →
 * «обсудили.»; «[blank] [blank] в своём» → «[blank] в своём». `atStart` / `atEnd`: nothing else stands before
 * or after these words in their block or field.
 */
export function tidyJunction(before: string, after: string, atStart: boolean, atEnd: boolean): { cutBefore: number; cutAfter: number } {
  let cutBefore = 0;
  let cutAfter = 0;
  const first = after.charAt(0);
  if (first && CLAUSE_END.test(first)) {
    const lead = before.replace(SPACES_AT_END, '');
    if ((lead === '' && atStart) || CLAUSE_END.test(lead.slice(-1))) cutAfter = 1;
    else cutBefore = before.length - lead.length;
  }
  const b = before.slice(0, before.length - cutBefore);
  const a = after.slice(cutAfter);
  const spacesAfter = SPACES_AT_START.exec(a)?.[0].length ?? 0;
  const spacesBefore = SPACES_AT_END.exec(b)?.[0].length ?? 0;
  if (spacesAfter > 0 && (spacesBefore > 0 || (b === '' && atStart))) cutAfter += spacesAfter;
  else if (spacesBefore > 0 && a === '' && atEnd) cutBefore += spacesBefore;
  return { cutBefore, cutAfter };
}

/** Cuts doubled punctuation and spaces where a blank stood, between the texts at `beforePath` and `afterPath`. */
function tidyAround(editor: Editor, beforePath: Path, afterPath: Path): Point {
  const before = Node.get(editor, beforePath) as Text;
  const afterNode = Node.has(editor, afterPath) ? Node.get(editor, afterPath) : undefined;
  const after = Text.isText(afterNode) ? afterNode : undefined;
  const parent = Node.parent(editor, beforePath);
  const atStart = beforePath[beforePath.length - 1] === 0;
  const atEnd = after ? afterPath[afterPath.length - 1] === parent.children.length - 1 : true;
  const { cutBefore, cutAfter } = tidyJunction(before.text, after?.text ?? '', atStart, atEnd);
  if (after && cutAfter > 0) Transforms.delete(editor, { at: { anchor: { path: afterPath, offset: 0 }, focus: { path: afterPath, offset: cutAfter } } });
  const keep = before.text.length - cutBefore;
  if (cutBefore > 0) Transforms.delete(editor, { at: { anchor: { path: beforePath, offset: keep }, focus: { path: beforePath, offset: before.text.length } } });
  return { path: beforePath, offset: keep };
}
