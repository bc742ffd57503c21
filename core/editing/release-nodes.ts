import { Element, Node, Text } from 'slate';
import type { Descendant, Editor } from 'slate';
import '../model/slate-types';
import { FIELD_NAMES, RELEASE_BLOCK_TYPES } from '../model/types';
import type { FieldName, InlineNode, ReleaseBlockType, ReleaseElement, ReleaseLanguage } from '../model/types';
import { DEFAULT_RELEASE_LANGUAGE } from '../languages/index';

/**
 * What kind of node each element type is, in one place: the structure normaliser, the editing behaviour and
 * the block transforms all ask these questions.
 */

export const INLINE_TYPES: ReadonlySet<string> = new Set(['link', 'placeholder', 'variable']);
export const VOID_TYPES: ReadonlySet<string> = new Set(['placeholder', 'variable', 'end-mark']);
export const BLOCK_TYPES: ReadonlySet<string> = new Set(RELEASE_BLOCK_TYPES);

/** Top-level blocks whose children are text and inlines. */
export const TEXT_BLOCK_TYPES = ['headline', 'subheadline', 'lead', 'paragraph', 'section-heading', 'boilerplate', 'media-contact'] as const;
export type TextBlockType = (typeof TEXT_BLOCK_TYPES)[number];
const TEXT_BLOCKS: ReadonlySet<string> = new Set(TEXT_BLOCK_TYPES);

export const LIST_TYPES = ['bulleted-list', 'numbered-list'] as const;
export type ListType = (typeof LIST_TYPES)[number];
const LISTS: ReadonlySet<string> = new Set(LIST_TYPES);

/** Blocks made of named fields, and the fields each holds, in order. */
export const FIELD_CONTAINERS = {
  dateline: FIELD_NAMES.dateline,
  quote: FIELD_NAMES.quote,
  'award-row': FIELD_NAMES['award-row'],
} as const satisfies Record<string, readonly FieldName[]>;
export type FieldContainerType = keyof typeof FIELD_CONTAINERS;

/** Properties each element type may carry besides `type` and `children` (the schema is strict). */
export const ELEMENT_PROPERTIES: Record<string, readonly string[]> = {
  field: ['name'],
  link: ['url'],
  placeholder: ['hint'],
  variable: ['name'],
};

export const KNOWN_ELEMENT_TYPES: ReadonlySet<string> = new Set([
  ...RELEASE_BLOCK_TYPES,
  'field',
  'list-item',
  'award-row',
  ...INLINE_TYPES,
]);

export const isTextBlockType = (type: string): type is TextBlockType => TEXT_BLOCKS.has(type);
export const isListType = (type: string): type is ListType => LISTS.has(type);
export const isFieldContainerType = (type: string): type is FieldContainerType => type in FIELD_CONTAINERS;
export const isBlockType = (type: string): type is ReleaseBlockType => BLOCK_TYPES.has(type);

/** Elements that hold text and inlines directly: text blocks, list items and fields. */
export const holdsInlines = (element: ReleaseElement): boolean =>
  isTextBlockType(element.type) || element.type === 'list-item' || element.type === 'field';

export const isInlineNode = (node: Node): boolean =>
  Text.isText(node) || (Element.isElement(node) && INLINE_TYPES.has((node as ReleaseElement).type));

/** A deep copy of plain JSON nodes (core has no structuredClone in its lib). */
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const emptyText = (): { text: '' } => ({ text: '' });

export const emptyField = (name: FieldName, children?: InlineNode[]): Descendant => ({
  type: 'field',
  name,
  children: children && children.length > 0 ? children : [emptyText()],
});

/** A fresh block of the given type, empty and valid. */
export function emptyBlock(type: ReleaseBlockType): Descendant {
  switch (type) {
    case 'dateline':
      return { type, children: [emptyField('city'), emptyField('date')] } as Descendant;
    case 'quote':
      return { type, children: [emptyField('text'), emptyField('speaker'), emptyField('position'), emptyField('verb')] } as Descendant;
    case 'bulleted-list':
    case 'numbered-list':
      return { type, children: [{ type: 'list-item', children: [emptyText()] }] };
    case 'award-ceremony':
      return { type, children: [emptyField('award'), emptyAwardRow()] } as Descendant;
    case 'end-mark':
      return { type, children: [emptyText()] };
    default:
      return { type, children: [emptyText()] };
  }
}

export const emptyAwardRow = (): Descendant =>
  ({ type: 'award-row', children: [emptyField('recipient'), emptyField('position'), emptyField('nomination')] }) as Descendant;

/** The inline content of any node: text blocks give their children, containers their fields' text joined. */
export function inlineContent(node: Node): InlineNode[] {
  if (Text.isText(node)) return [{ ...node }];
  if (Element.isElement(node) && INLINE_TYPES.has(node.type)) return [clone(node) as InlineNode];
  if (Element.isElement(node) && holdsInlines(node)) return clone(node.children as InlineNode[]);
  const parts: InlineNode[] = [];
  for (const child of (node as { children?: Node[] }).children ?? []) {
    const content = inlineContent(child);
    if (content.every((n) => Text.isText(n) && n.text === '')) continue;
    if (parts.length > 0) parts.push({ text: ' ' });
    parts.push(...content);
  }
  return parts.length > 0 ? parts : [emptyText()];
}

/** The release language the editor types in, for typography (quotes, dashes); kept per editor. */
const languages = new WeakMap<Editor, ReleaseLanguage>();
export const setEditorLanguage = (editor: Editor, language: ReleaseLanguage): void => void languages.set(editor, language);
/** The editor's release language; the default one for an editor that createReleaseEditor did not make. */
export const editorLanguage = (editor: Editor): ReleaseLanguage => languages.get(editor) ?? DEFAULT_RELEASE_LANGUAGE;
