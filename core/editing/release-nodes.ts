import { Element, Node, Text } from 'slate';
import type { Descendant, Editor } from 'slate';
import '../model/slate-types';
import { BLOCK_SPECS, EMPTY_BLOCK_TYPES, FIELD_BLOCK_TYPES, FIELD_NAMES, LIST_TYPES, RELEASE_BLOCK_TYPES, ROW_TYPES, TEXT_BLOCK_TYPES } from '../model/block-specs';
import type { BlockContent, FieldBlockType, ListType, RowType, TextBlockType } from '../model/block-specs';
import type { FieldName, InlineNode, ReleaseBlockType, ReleaseElement, ReleaseLanguage } from '../model/types';
import { DEFAULT_RELEASE_LANGUAGE } from '../languages/index';

/**
 * What kind of node each element type is, in one place: the structure normaliser, the editing behaviour and
 * the block transforms all ask these questions. The block lists come from BLOCK_SPECS (core/model/block-specs.ts).
 */

export const INLINE_TYPES: ReadonlySet<string> = new Set(['link', 'placeholder', 'variable']);
export const VOID_TYPES: ReadonlySet<string> = new Set(['placeholder', 'variable', ...EMPTY_BLOCK_TYPES]);
export const BLOCK_TYPES: ReadonlySet<string> = new Set(RELEASE_BLOCK_TYPES);

const TEXT_BLOCKS: ReadonlySet<string> = new Set(TEXT_BLOCK_TYPES);
const LISTS: ReadonlySet<string> = new Set(LIST_TYPES);

/** Elements made of exactly their named fields, in order: dateline, quote and award row (not the ceremony, which holds rows). */
export type FieldContainerType = FieldBlockType | RowType;
const FIELD_CONTAINERS: ReadonlySet<string> = new Set([...FIELD_BLOCK_TYPES, ...ROW_TYPES]);

/** Every field name some container holds. */
const ALL_FIELD_NAMES: ReadonlySet<string> = new Set<string>(Object.values(FIELD_NAMES).flat());

/** Properties each element type may carry besides `type` and `children` (the schema is strict). */
export const ELEMENT_PROPERTIES: Record<string, readonly string[]> = {
  field: ['name'],
  link: ['url'],
  placeholder: ['hint'],
  variable: ['name'],
};

export const KNOWN_ELEMENT_TYPES: ReadonlySet<string> = new Set([...RELEASE_BLOCK_TYPES, 'field', 'list-item', ...ROW_TYPES, ...INLINE_TYPES]);

export const isTextBlockType = (type: string): type is TextBlockType => TEXT_BLOCKS.has(type);
export const isListType = (type: string): type is ListType => LISTS.has(type);
export const isFieldContainerType = (type: string): type is FieldContainerType => FIELD_CONTAINERS.has(type);
export const isBlockType = (type: string): type is ReleaseBlockType => BLOCK_TYPES.has(type);
export const isFieldName = (name: unknown): name is FieldName => typeof name === 'string' && ALL_FIELD_NAMES.has(name);

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

const emptyFields = (names: readonly FieldName[]): Descendant[] => names.map((name) => emptyField(name));

/** A fresh block of the given type, empty and valid: what its entry in BLOCK_SPECS says it holds. */
export function emptyBlock(type: ReleaseBlockType): Descendant {
  const content: BlockContent = BLOCK_SPECS[type].content;
  switch (content.kind) {
    case 'empty':
    case 'text':
      return { type, children: [emptyText()] } as Descendant;
    case 'list':
      return { type, children: [{ type: 'list-item', children: [emptyText()] }] } as Descendant;
    case 'fields':
      return { type, children: emptyFields(content.fields) } as Descendant;
    case 'rows':
      return { type, children: [...emptyFields(content.fields), { type: content.row.type, children: emptyFields(content.row.fields) }] } as Descendant;
  }
}

export const emptyAwardRow = (): Descendant => ({ type: 'award-row', children: emptyFields(FIELD_NAMES['award-row']) }) as Descendant;

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
