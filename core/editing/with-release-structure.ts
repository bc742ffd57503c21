import { Editor, Element, Node, Path, Text, Transforms } from 'slate';
import type { Descendant, NodeEntry } from 'slate';
import '../model/slate-types';
import { safeUrl } from '../model/safe-url';
import type { FieldName, InlineNode, ReleaseElement } from '../model/types';
import {
  ELEMENT_PROPERTIES,
  FIELD_CONTAINERS,
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
  isInlineNode,
  isListType,
} from './release-nodes';

/**
 * Keeps the release's structure valid whatever happens to it (typing, paste, undo, a damaged file):
 * - exactly one headline, at the top; the body is never empty;
 * - at most one dateline, one lead and one end mark (extras become paragraphs or are removed);
 * - dateline, quote and award rows hold exactly their named fields, in order; an award ceremony starts with
 *   its award field and then holds only award rows;
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
        if (block.type === 'end-mark') Transforms.removeNodes(editor, { at: [index] });
        // A second lead keeps its node (and the cursor in it); a second dateline's fields flatten into a paragraph.
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
  const extra = Object.keys(text).filter((key) => key !== 'text' && !((key === 'bold' || key === 'italic') && (text as unknown as Record<string, unknown>)[key] === true));
  if (extra.length > 0) {
    Transforms.unsetNodes(editor, extra, { at: path });
    return true;
  }
  return false;
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
    case 'bulleted-list':
    case 'numbered-list':
      return normalizeList(editor, element, path);
    case 'award-ceremony':
      return normalizeAwardCeremony(editor, element, path);
    default:
      break;
  }
  if (isFieldContainerType(element.type)) return normalizeFields(editor, element, path, FIELD_CONTAINERS[element.type]);
  if (holdsInlines(element)) {
    if (element.type === 'field' && !isFieldName(element.name)) {
      Transforms.setNodes(editor, { name: 'text' }, { at: path });
      return true;
    }
    // Blocks inside a text block give up their wrapper; their words stay.
    const block = element.children.findIndex((child) => !isInlineNode(child));
    if (block >= 0) {
      replaceRun(editor, path, block, block, inlineContent(element.children[block] as Node));
      return true;
    }
  }
  return false;
}

const ALL_FIELD_NAMES: ReadonlySet<string> = new Set<string>([...Object.values(FIELD_CONTAINERS).flat(), 'award']);
const isFieldName = (name: unknown): name is FieldName => typeof name === 'string' && ALL_FIELD_NAMES.has(name);

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

function normalizeAwardCeremony(editor: Editor, ceremony: Element, path: Path): boolean {
  const children = ceremony.children as Node[];
  const first = children[0] as ReleaseElement | undefined;
  if (!first || !(first.type === 'field')) {
    const content = first && !(first.type === 'award-row') ? inlineContent(first) : undefined;
    if (content) replaceRun(editor, path, 0, 0, emptyField('award', content));
    else Transforms.insertNodes(editor, emptyField('award'), { at: [...path, 0] });
    return true;
  }
  if (first.name !== 'award') {
    Transforms.setNodes(editor, { name: 'award' }, { at: [...path, 0] });
    return true;
  }
  for (let index = 1; index < children.length; index++) {
    const child = children[index] as Node;
    if (Element.isElement(child) && child.type === 'award-row') continue;
    if (Element.isElement(child) && isFieldContainerType(child.type)) {
      Transforms.setNodes(editor, { type: 'award-row' }, { at: [...path, index] });
      return true;
    }
    let end = index;
    if (isInlineNode(child)) while (end + 1 < children.length && isInlineNode(children[end + 1] as Node)) end++;
    const content = isInlineNode(child) ? collectInlines(children.slice(index, end + 1)) : inlineContent(child);
    replaceRun(editor, path, index, end, { type: 'award-row', children: [emptyField('recipient', content), emptyField('position'), emptyField('nomination')] } as Descendant);
    return true;
  }
  return false;
}

/**
 * A container holds exactly `names`, in order. Fields already named right keep their place; other content
 * fills the empty places in order; anything left over joins the last field, so no words are lost.
 */
function normalizeFields(editor: Editor, container: Element, path: Path, names: readonly FieldName[]): boolean {
  const children = container.children as Node[];
  const valid =
    children.length === names.length &&
    children.every((child, index) => Element.isElement(child) && child.type === 'field' && child.name === names[index]);
  if (valid) return false;
  // One gentle case: the right number of fields with wrong names (renamed or pasted) are renamed in place.
  if (children.length === names.length && children.every((child) => Element.isElement(child) && child.type === 'field')) {
    const index = children.findIndex((child, i) => (child as ReleaseElement & { name?: string }).name !== names[i]);
    Transforms.setNodes(editor, { name: names[index] as FieldName }, { at: [...path, index] });
    return true;
  }
  const repaired = repairFields(children, names);
  Editor.withoutNormalizing(editor, () => {
    for (let index = children.length - 1; index >= 0; index--) Transforms.removeNodes(editor, { at: [...path, index] });
    Transforms.insertNodes(editor, repaired, { at: [...path, 0] });
  });
  return true;
}

export function repairFields(children: readonly Node[], names: readonly FieldName[]): Descendant[] {
  // Group the children into candidate fields: fields stay whole, runs of inlines form one candidate each.
  const candidates: { name?: string; content: InlineNode[] }[] = [];
  let run: Node[] = [];
  const flush = () => {
    if (run.length > 0) candidates.push({ content: collectInlines(run) });
    run = [];
  };
  for (const child of children) {
    if (isInlineNode(child)) {
      run.push(child);
      continue;
    }
    flush();
    const element = child as ReleaseElement;
    if (element.type === 'field') candidates.push({ name: element.name, content: inlineContent(element) });
    else if (isFieldContainerType(element.type)) for (const field of element.children) candidates.push({ content: inlineContent(field) });
    else candidates.push({ content: inlineContent(element) });
  }
  flush();

  const slots: (InlineNode[] | undefined)[] = names.map(() => undefined);
  const rest: InlineNode[][] = [];
  for (const candidate of candidates) {
    const slot = candidate.name === undefined ? -1 : names.indexOf(candidate.name as FieldName);
    if (slot >= 0 && slots[slot] === undefined) slots[slot] = candidate.content;
    else rest.push(candidate.content);
  }
  for (const content of rest) {
    if (content.every((node) => Text.isText(node) && node.text === '')) continue;
    const free = slots.findIndex((slot) => slot === undefined);
    if (free >= 0) slots[free] = content;
    else {
      const last = slots.length - 1;
      slots[last] = [...(slots[last] ?? []), { text: ' ' }, ...content];
    }
  }
  return names.map((name, index) => emptyField(name, slots[index]));
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
