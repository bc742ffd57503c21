import { Editor, Element, Node, Path, Text, Transforms } from 'slate';
import type { Descendant, NodeEntry } from 'slate';
import '../model/slate-types';
import { safeUrl } from '../model/safe-url';
import { FIELD_NAMES } from '../model/block-specs';
import type { FieldName, InlineNode, ReleaseElement } from '../model/types';
import {
  ELEMENT_PROPERTIES,
  INLINE_TYPES,
  KNOWN_ELEMENT_TYPES,
  VOID_TYPES,
  clone,
  emptyField,
  emptyText,
  holdsInlines,
  inlineContent,
  isBlockType,
  isFieldContainerType,
  isFieldName,
  isInlineNode,
  isListType,
} from './release-nodes';
import { editorLanguage } from './release-nodes';
import { isRedundantMark } from './span-language';

/**
 * Keeps the release's structure valid whatever happens to it (typing, paste, undo, a damaged file):
 * - exactly one headline, at the top; the body is never empty;
 * - at most one dateline, one lead and one end mark (extras become paragraphs or are removed);
 * - dateline, quote and award rows hold exactly their named fields, in order; an award ceremony starts with
 *   its award field and then holds only award rows. Fields are put right by their names, never by their places,
 *   and no words are lost (see repairFields);
 * - lists hold only list items, and two lists of the same kind next to each other merge;
 * - text blocks, list items and fields hold only text and inlines; links are http, https or mailto only;
 * - no element or text carries a property the schema does not know.
 * Each pass fixes one thing and returns: Slate runs it again until the tree is valid.
 */
export function withReleaseStructure<T extends Editor>(editor: T): T {
  const { isInline, isVoid, normalizeNode } = editor;

  editor.isInline = (element) => INLINE_TYPES.has(element.type) || isInline(element);
  editor.isVoid = (element) => VOID_TYPES.has(element.type) || isVoid(element);

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Editor.isEditor(node)) {
      if (normalizeBody(editor)) return;
    } else if (Text.isText(node)) {
      if (normalizeText(editor, node, path)) return;
    } else if (Element.isElement(node)) {
      if (normalizeElement(editor, [node, path])) return;
    }
    normalizeNode(entry, options);
  };

  return editor;
}

const hasText = (node: Node): boolean => Node.string(node) !== '';

function normalizeBody(editor: Editor): boolean {
  const body = editor.children;
  if (body.length === 0) {
    Transforms.insertNodes(editor, { type: 'headline', children: [emptyText()] }, { at: [0] });
    return true;
  }
  // Everything at the top level must be a release block.
  for (let index = 0; index < body.length; index++) {
    const child = body[index] as Node;
    const at = [index];
    if (Text.isText(child) || isInlineNode(child)) {
      let end = index;
      while (end + 1 < body.length && isInlineNode(body[end + 1] as Node)) end++;
      replaceRun(editor, [], index, end, { type: 'paragraph', children: collectInlines(body.slice(index, end + 1) as Node[]) });
      return true;
    }
    const element = child as ReleaseElement;
    if (isBlockType(element.type)) continue;
    if (element.type === 'list-item') {
      Transforms.wrapNodes(editor, { type: 'bulleted-list', children: [] }, { at });
      return true;
    }
    if (element.type === 'award-row') {
      Transforms.wrapNodes(editor, { type: 'award-ceremony', children: [] } as unknown as Element, { at });
      return true;
    }
    // A stray field or an unknown element: keep its words as a paragraph.
    replaceRun(editor, [], index, index, { type: 'paragraph', children: inlineContent(child) });
    return true;
  }

  // Exactly one headline, at the top.
  const headlines = body.flatMap((block, index) => ((block as ReleaseElement).type === 'headline' ? [index] : []));
  if (headlines.length === 0) {
    Transforms.insertNodes(editor, { type: 'headline', children: [emptyText()] }, { at: [0] });
    return true;
  }
  if (headlines[0] !== 0) {
    Transforms.moveNodes(editor, { at: [headlines[0] as number], to: [0] });
    return true;
  }
  if (headlines.length > 1) {
    const extra = headlines[1] as number;
    Transforms.setNodes(editor, { type: extra === 1 ? 'subheadline' : 'section-heading' }, { at: [extra] });
    return true;
  }

  // At most one dateline and one lead: later ones become paragraphs; at most one end mark.
  const seen = new Set<string>();
  for (let index = 0; index < body.length; index++) {
    const block = body[index] as ReleaseElement;
    if (block.type === 'dateline' || block.type === 'lead' || block.type === 'end-mark') {
      if (seen.has(block.type)) {
        // A second end mark or dateline goes (a dateline holds no words); a second lead keeps its node (and the
        // cursor in it) as a paragraph.
        if (block.type === 'end-mark' || (block.type === 'dateline' && Node.string(block) === '')) Transforms.removeNodes(editor, { at: [index] });
        else if (block.type === 'lead') Transforms.setNodes(editor, { type: 'paragraph' }, { at: [index] });
        else replaceRun(editor, [], index, index, { type: 'paragraph', children: inlineContent(block) });
        return true;
      }
      seen.add(block.type);
    }
    // Two lists of the same kind side by side are one list.
    const next = body[index + 1] as ReleaseElement | undefined;
    if (next && isListType(block.type) && next.type === block.type) {
      Transforms.mergeNodes(editor, { at: [index + 1] });
      return true;
    }
  }
  return false;
}

function normalizeText(editor: Editor, text: Text, path: Path): boolean {
  const extra = Object.keys(text).filter((key) => key !== 'text' && key !== 'lang' && !((key === 'bold' || key === 'italic') && (text as unknown as Record<string, unknown>)[key] === true));
  // A language mark only where it says something (core/editing/span-language.ts).
  if (text.lang !== undefined && isRedundantMark(text, editorLanguage(editor), parentIsVoid(editor, path))) extra.push('lang');
  if (extra.length > 0) {
    Transforms.unsetNodes(editor, extra, { at: path });
    return true;
  }
  return false;
}

function parentIsVoid(editor: Editor, path: Path): boolean {
  if (path.length < 2) return false;
  const parent = Node.get(editor, Path.parent(path));
  return Element.isElement(parent) && editor.isVoid(parent);
}

function normalizeElement(editor: Editor, [element, path]: NodeEntry<Element>): boolean {
  const type = element.type as string;
  const record = element as unknown as Record<string, unknown>;

  // Unknown elements below the top level: keep their content, drop the wrapper.
  if (!KNOWN_ELEMENT_TYPES.has(type)) {
    Transforms.unwrapNodes(editor, { at: path });
    return true;
  }
  // Only the properties the schema knows.
  const allowed = new Set(['type', 'children', ...(ELEMENT_PROPERTIES[type] ?? [])]);
  const extra = Object.keys(record).filter((key) => !allowed.has(key));
  if (extra.length > 0) {
    Transforms.unsetNodes(editor, extra, { at: path });
    return true;
  }

  switch (element.type) {
    case 'link': {
      const url = typeof element.url === 'string' ? safeUrl(element.url) : null;
      if (url === null || !hasText(element)) {
        if (hasText(element)) Transforms.unwrapNodes(editor, { at: path });
        else Transforms.removeNodes(editor, { at: path });
        return true;
      }
      if (url !== element.url) {
        Transforms.setNodes(editor, { url }, { at: path });
        return true;
      }
      const nested = element.children.findIndex((child) => !Text.isText(child));
      if (nested >= 0) {
        const child = element.children[nested] as Node;
        // A placeholder or variable inside a link is lifted out (the link splits around it); Slate skips void
        // nodes unless told `voids: true`, and unwrapping one would lose it. A nested link just gives up its wrapper.
        if (Element.isElement(child) && editor.isVoid(child)) Transforms.liftNodes(editor, { at: [...path, nested], voids: true });
        else Transforms.unwrapNodes(editor, { at: [...path, nested], voids: true });
        return true;
      }
      return false;
    }
    case 'placeholder':
      if (typeof element.hint !== 'string') {
        Transforms.setNodes(editor, { hint: '' }, { at: path });
        return true;
      }
      return normalizeVoidChildren(editor, element, path);
    case 'variable':
      if (typeof element.name !== 'string' || element.name === '') {
        Transforms.removeNodes(editor, { at: path });
        return true;
      }
      return normalizeVoidChildren(editor, element, path);
    case 'end-mark':
      return normalizeVoidChildren(editor, element, path);
    case 'dateline': {
      // A dateline holds no words (they are the release's details); words that came into one (an old-style
      // dateline pasted, a paragraph turned into one) are kept, as a paragraph after it.
      const words = inlineContent(element);
      if (words.some((node) => !Text.isText(node) || node.text.trim() !== '')) {
        Editor.withoutNormalizing(editor, () => {
          Transforms.insertNodes(editor, { type: 'paragraph', children: words } as Node, { at: Path.next(path) });
          normalizeVoidChildren(editor, element, path);
        });
        return true;
      }
      return normalizeVoidChildren(editor, element, path);
    }
    case 'bulleted-list':
    case 'numbered-list':
      return normalizeList(editor, element, path);
    case 'award-ceremony':
      return normalizeAwardCeremony(editor, element, path);
    default:
      break;
  }
  if (isFieldContainerType(element.type)) return normalizeFields(editor, element, path, FIELD_NAMES[element.type]);
  if (holdsInlines(element)) {
    // Blocks inside a text block give up their wrapper; their words stay. (A field of a name no container knows
    // is left to its container, which keeps its words: see repairFields.)
    const block = element.children.findIndex((child) => !isInlineNode(child));
    if (block >= 0) {
      replaceRun(editor, path, block, block, inlineContent(element.children[block] as Node));
      return true;
    }
  }
  return false;
}

function normalizeVoidChildren(editor: Editor, element: Element, path: Path): boolean {
  const children = element.children as Node[];
  if (children.length === 1 && Text.isText(children[0]) && children[0].text === '' && Object.keys(children[0]).length === 1) return false;
  Editor.withoutNormalizing(editor, () => {
    // voids: true, or Slate skips the children of a void element and nothing is removed (normalisation never settles).
    for (let index = children.length - 1; index >= 0; index--) Transforms.removeNodes(editor, { at: [...path, index], voids: true });
    Transforms.insertNodes(editor, emptyText(), { at: [...path, 0], voids: true });
  });
  return true;
}

function normalizeList(editor: Editor, list: Element, path: Path): boolean {
  const children = list.children as Node[];
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Node;
    if (Element.isElement(child) && child.type === 'list-item') continue;
    if (isInlineNode(child)) {
      let end = index;
      while (end + 1 < children.length && isInlineNode(children[end + 1] as Node)) end++;
      replaceRun(editor, path, index, end, { type: 'list-item', children: collectInlines(children.slice(index, end + 1)) });
      return true;
    }
    const element = child as ReleaseElement;
    if (isListType(element.type)) {
      // A nested list is flattened: its items join this list.
      Transforms.unwrapNodes(editor, { at: [...path, index] });
      return true;
    }
    replaceRun(editor, path, index, index, { type: 'list-item', children: inlineContent(child) });
    return true;
  }
  return false;
}

const [AWARD] = FIELD_NAMES['award-ceremony'];
const ROW_FIELDS: readonly FieldName[] = FIELD_NAMES['award-row'];
const isField = (node: Node | undefined, name?: (candidate: unknown) => boolean): node is Element & { type: 'field'; name: FieldName } =>
  Element.isElement(node) && node.type === 'field' && (name === undefined || name((node as { name?: unknown }).name));
const isRowFieldName = (name: unknown): boolean => ROW_FIELDS.includes(name as FieldName);

/**
 * An award ceremony is its award field, then award rows. By name: an award field standing later joins the first
 * one's words; fields of a row's names standing loose are gathered into a row (which then gets its missing fields);
 * anything else keeps its words, as the award's name when it stands first, else as a new row's recipient.
 */
function normalizeAwardCeremony(editor: Editor, ceremony: Element, path: Path): boolean {
  const children = ceremony.children as Node[];
  const first = children[0];
  if (!isField(first, (name) => name === AWARD)) {
    const later = children.findIndex((child, index) => index > 0 && isField(child, (name) => name === AWARD));
    if (later > 0) {
      Transforms.moveNodes(editor, { at: [...path, later], to: [...path, 0] });
    } else if (first === undefined || (Element.isElement(first) && first.type === 'award-row') || isField(first, isRowFieldName)) {
      Transforms.insertNodes(editor, emptyField(AWARD), { at: [...path, 0] });
    } else {
      const end = isInlineNode(first) ? runEnd(children, 0) : 0;
      replaceRun(editor, path, 0, end, emptyField(AWARD, collectInlines(children.slice(0, end + 1))));
    }
    return true;
  }
  // A second award field: its words join the award's name.
  const second = children.findIndex((child, index) => index > 0 && isField(child, (name) => name === AWARD));
  if (second > 0) {
    Editor.withoutNormalizing(editor, () => {
      appendWords(editor, [...path, 0], inlineContent(children[second] as Node));
      Transforms.removeNodes(editor, { at: [...path, second] });
    });
    return true;
  }
  for (let index = 1; index < children.length; index++) {
    const child = children[index] as Node;
    if (Element.isElement(child) && child.type === 'award-row') continue;
    if (isField(child, isRowFieldName)) {
      // Loose row fields, each name once, make one row.
      const names = new Set<unknown>();
      let end = index;
      while (end < children.length && isField(children[end], isRowFieldName) && !names.has((children[end] as { name: unknown }).name)) {
        names.add((children[end] as { name: unknown }).name);
        end++;
      }
      replaceRun(editor, path, index, end - 1, { type: 'award-row', children: clone(children.slice(index, end)) } as Descendant);
      return true;
    }
    if (Element.isElement(child) && isFieldContainerType(child.type)) {
      // A dateline or quote inside a ceremony becomes a row; the row puts its fields right by name.
      Transforms.setNodes(editor, { type: 'award-row' }, { at: [...path, index] });
      return true;
    }
    const end = isInlineNode(child) ? runEnd(children, index) : index;
    const content = collectInlines(children.slice(index, end + 1));
    replaceRun(editor, path, index, end, { type: 'award-row', children: ROW_FIELDS.map((name, at) => emptyField(name, at === 0 ? content : undefined)) } as Descendant);
    return true;
  }
  return false;
}

/** The index of the last node of the run of inline nodes starting at `from`. */
function runEnd(nodes: readonly Node[], from: number): number {
  let end = from;
  while (end + 1 < nodes.length && isInlineNode(nodes[end + 1] as Node)) end++;
  return end;
}

/** Adds words at the end of the element at `path` (a field), a space between. */
function appendWords(editor: Editor, path: Path, words: InlineNode[]): void {
  if (!hasContent(words)) return;
  const element = Node.get(editor, path) as Element;
  const joined = joinWords(element.children as InlineNode[], words);
  for (let index = element.children.length - 1; index >= 0; index--) Transforms.removeNodes(editor, { at: [...path, index] });
  Transforms.insertNodes(editor, clone(joined) as Node[], { at: [...path, 0], select: false });
}

/**
 * A container holds exactly `names`, in order; anything else is repaired by repairFields, which puts each field
 * right by its name and loses no words.
 */
function normalizeFields(editor: Editor, container: Element, path: Path, names: readonly FieldName[]): boolean {
  const children = container.children as Node[];
  const valid =
    children.length === names.length &&
    children.every((child, index) => Element.isElement(child) && child.type === 'field' && child.name === names[index]);
  if (valid) return false;
  const repaired = repairFields(children, names);
  Editor.withoutNormalizing(editor, () => {
    for (let index = children.length - 1; index >= 0; index--) Transforms.removeNodes(editor, { at: [...path, index] });
    Transforms.insertNodes(editor, repaired, { at: [...path, 0] });
  });
  return true;
}

/** Does inline content hold anything (words, a link, a blank, a variable) beyond empty text? */
const hasContent = (nodes: readonly InlineNode[]): boolean => nodes.some((node) => !(Text.isText(node) && node.text === ''));

/** Two pieces of inline content as one, a space between them unless one already ends or starts with white space. */
function joinWords(before: readonly InlineNode[], after: readonly InlineNode[]): InlineNode[] {
  if (!hasContent(before)) return [...after];
  if (!hasContent(after)) return [...before];
  const last = before[before.length - 1];
  const next = after[0];
  const spaced = (last && Text.isText(last) && /\s$/u.test(last.text)) || (next && Text.isText(next) && /^\s/u.test(next.text));
  return spaced ? [...before, ...after] : [...before, { text: ' ' }, ...after];
}

/**
 * The fields `names`, in order, from whatever a container holds. By name, never by place, and no words lost:
 * 1. The children are read in order as pieces: a field keeps its name; a run of text and inlines is one piece
 *    without a name; a dateline, quote or row inside gives its fields, names kept; any other element gives its words.
 * 2. A piece named as one of `names` goes to the field of that name; a second piece of the same name adds its
 *    words after the first's.
 * 3. Every other piece with anything in it (no name, or a name this container does not have) goes to the first
 *    field still without words, in order; when every field has words, it joins the field of the piece before it
 *    (the first field when it came first), so it stays beside what it stood beside.
 */
function repairFields(children: readonly Node[], names: readonly FieldName[]): Descendant[] {
  const pieces: { name?: unknown; content: InlineNode[] }[] = [];
  let run: Node[] = [];
  const flush = () => {
    if (run.length > 0) pieces.push({ content: collectInlines(run) });
    run = [];
  };
  for (const child of children) {
    if (isInlineNode(child)) {
      run.push(child);
      continue;
    }
    flush();
    const element = child as ReleaseElement;
    if (element.type === 'field') pieces.push({ name: (element as { name?: unknown }).name, content: inlineContent(element) });
    else if (isFieldContainerType(element.type)) {
      for (const field of element.children as Node[]) {
        pieces.push(isField(field) ? { name: field.name, content: inlineContent(field) } : { content: inlineContent(field) });
      }
    } else pieces.push({ content: inlineContent(element) });
  }
  flush();

  const fields: InlineNode[][] = names.map(() => []);
  const slotOf = pieces.map((piece) => (isFieldName(piece.name) ? names.indexOf(piece.name) : -1));
  // 2. By name.
  pieces.forEach((piece, index) => {
    const slot = slotOf[index] as number;
    if (slot >= 0) fields[slot] = joinWords(fields[slot] as InlineNode[], piece.content);
  });
  // 3. The rest: into the first field without words, else beside the piece before it.
  let previous = 0;
  pieces.forEach((piece, index) => {
    const slot = slotOf[index] as number;
    if (slot >= 0) {
      previous = slot;
      return;
    }
    if (!hasContent(piece.content)) return;
    const free = fields.findIndex((content) => !hasContent(content));
    const target = free >= 0 ? free : previous;
    fields[target] = joinWords(fields[target] as InlineNode[], piece.content);
    previous = target;
  });
  return names.map((name, index) => emptyField(name, fields[index]));
}

/** Inline nodes of a run of top-level children (texts and inlines), copied. */
function collectInlines(nodes: readonly Node[]): InlineNode[] {
  const inlines = nodes.flatMap((node) => inlineContent(node));
  return inlines.length > 0 ? inlines : [emptyText()];
}

/** Replaces children `from..to` of the node at `parent` with one node (or with inlines, spliced in place). */
function replaceRun(editor: Editor, parent: Path, from: number, to: number, replacement: Descendant | InlineNode[]): void {
  Editor.withoutNormalizing(editor, () => {
    for (let index = to; index >= from; index--) Transforms.removeNodes(editor, { at: [...parent, index] });
    const nodes = clone(Array.isArray(replacement) ? replacement : [replacement]) as Node[];
    Transforms.insertNodes(editor, nodes, { at: [...parent, from], select: false });
  });
}
