import type { FieldElement, FieldName, InlineNode, ListItemElement, ReleaseBlockType, ReleaseElement } from './types';

/**
 * One table of block types: what each block holds, how the outline shows it, and the names the formats give it
 * (its HTML class, its DOCX paragraph style and what mammoth reads that style back as). The schema (schema.ts),
 * the block lists of the editor (core/editing/release-nodes.ts), the outline, the importers and the exporters'
 * style names are all read from here. Typed over every block type in types.ts: a block type without its entry,
 * or an entry whose content disagrees with the type (a text block said to hold fields, fields in another order),
 * does not compile.
 *
 * To add a block type: declare its element in types.ts and add it to ReleaseBlock, then add its entry here; the
 * compiler then names every other place that must know it (each format's handlers, the editor's element table,
 * the interface words).
 */

type ChildrenOf<K extends ReleaseElement['type']> = Extract<ReleaseElement, { type: K }>['children'];
/** The field names of a tuple of fields, in order: [FieldElement<'city'>, FieldElement<'date'>] → ['city', 'date']. */
type NamesOf<Fields> = Extract<{ readonly [I in keyof Fields]: Fields[I] extends FieldElement<infer N> ? N : never }, readonly FieldName[]>;

/** A block holding nothing but one empty text (Slate's void blocks): the end mark. */
export interface EmptyContent { kind: 'empty' }
/** A block of text and inlines: headline, lead, paragraph… */
export interface TextContent { kind: 'text' }
/** A list of list items. */
export interface ListContent { kind: 'list' }
/** A block of named fields, always all of them, in this order: dateline, quote. */
export interface FieldsContent<Names extends readonly FieldName[] = readonly FieldName[]> {
  kind: 'fields';
  fields: Names;
}
/** A block of its own fields and then rows of fields: the award ceremony (award; recipient, position, nomination). */
export interface RowsContent<Names extends readonly FieldName[] = readonly FieldName[], Row extends string = string, RowNames extends readonly FieldName[] = readonly FieldName[]> {
  kind: 'rows';
  fields: Names;
  row: { type: Row; fields: RowNames };
}
export type BlockContent = EmptyContent | TextContent | ListContent | FieldsContent | RowsContent;

type RowElement = Extract<ReleaseElement, { children: FieldElement[] }>;

/** What block K holds, read off its type: the table must say exactly this. */
export type BlockContentOf<K extends ReleaseBlockType> =
  ChildrenOf<K> extends [{ text: '' }]
    ? EmptyContent
    : ChildrenOf<K> extends InlineNode[]
      ? TextContent
      : ChildrenOf<K> extends ListItemElement[]
        ? ListContent
        : ChildrenOf<K> extends FieldElement[]
          ? FieldsContent<NamesOf<ChildrenOf<K>>>
          : ChildrenOf<K> extends [FieldElement<infer N>, ...(infer Row extends RowElement)[]]
            ? RowsContent<readonly [N], Row['type'], NamesOf<Row['children']>>
            : never;

/**
 * How the outline sidebar shows a block: by its words, by its fields' words joined (a dateline's city and date,
 * a ceremony's award), by the first of some fields that is filled (a quote by its speaker, else its words), by a
 * fixed mark, by the release's details ('details': the dateline, written from city and date as it prints); null
 * leaves the block out of the outline (paragraphs, lists).
 */
export type OutlineLabel = 'words' | 'fields' | 'details' | { firstFilled: readonly FieldName[] } | { fixed: string };

export interface DocxStyle {
  /** The style's id in the DOCX (w:styleId), e.g. `PressroomLead`; Word's own ids where Word has the style. */
  id: string;
  /** The style's name as Word shows it, e.g. `Pressroom Lead`. */
  name: string;
  /**
   * What a paragraph of this style becomes in the HTML mammoth makes of a DOCX, in mammoth's style-map notation
   * (`p.lead`, `blockquote > p`); html-import.ts reads that HTML. Absent: mammoth's own reading (list numbering).
   */
  readAs?: string;
  /** Word styles of other names read as this block too (a Word user's Intense Quote is a quote). */
  alsoReadFrom?: readonly string[];
}

export interface BlockSpec<K extends ReleaseBlockType = ReleaseBlockType> {
  content: BlockContentOf<K>;
  outline: OutlineLabel | null;
  html: {
    /** The class of the block's element in exported HTML, read back by the HTML importer; null: its tag says it. */
    className: string | null;
    /** Where the exported article puts it when it stands at the start (header) or the end (footer). */
    part: 'header' | 'body' | 'footer';
  };
  /** The paragraph style DOCX export gives the block (an award ceremony: its award's name); null: Word's Normal. */
  docx: DocxStyle | null;
}

/** Every block type, in the order the block menu offers them. */
const SPECS = {
  headline: {
    content: { kind: 'text' },
    outline: 'words',
    html: { className: null, part: 'header' },
    docx: { id: 'Title', name: 'Title', readAs: 'h1' },
  },
  subheadline: {
    content: { kind: 'text' },
    outline: 'words',
    html: { className: 'subheadline', part: 'header' },
    docx: { id: 'Subtitle', name: 'Subtitle', readAs: 'h2.subheadline' },
  },
  dateline: {
    content: { kind: 'empty' },
    outline: 'details',
    html: { className: 'dateline', part: 'header' },
    docx: { id: 'PressroomDateline', name: 'Pressroom Dateline', readAs: 'p.dateline' },
  },
  lead: {
    content: { kind: 'text' },
    outline: 'words',
    html: { className: 'lead', part: 'header' },
    docx: { id: 'PressroomLead', name: 'Pressroom Lead', readAs: 'p.lead' },
  },
  paragraph: {
    content: { kind: 'text' },
    outline: null,
    html: { className: null, part: 'body' },
    docx: null,
  },
  'section-heading': {
    content: { kind: 'text' },
    outline: 'words',
    html: { className: null, part: 'body' },
    docx: { id: 'Heading1', name: 'heading 1', readAs: 'h2', alsoReadFrom: ['heading 2'] },
  },
  quote: {
    content: { kind: 'fields', fields: ['text', 'speaker', 'position', 'verb'] },
    outline: { firstFilled: ['speaker', 'text'] },
    html: { className: 'quote', part: 'body' },
    docx: { id: 'Quote', name: 'Quote', readAs: 'blockquote > p', alsoReadFrom: ['Intense Quote'] },
  },
  'bulleted-list': {
    content: { kind: 'list' },
    outline: null,
    html: { className: null, part: 'body' },
    docx: { id: 'ListParagraph', name: 'List Paragraph' },
  },
  'numbered-list': {
    content: { kind: 'list' },
    outline: null,
    html: { className: null, part: 'body' },
    docx: { id: 'ListParagraph', name: 'List Paragraph' },
  },
  'award-ceremony': {
    content: { kind: 'rows', fields: ['award'], row: { type: 'award-row', fields: ['recipient', 'position', 'nomination'] } },
    outline: 'fields',
    html: { className: 'award-ceremony', part: 'body' },
    docx: { id: 'PressroomAward', name: 'Pressroom Award', readAs: 'p.award-ceremony' },
  },
  boilerplate: {
    content: { kind: 'text' },
    outline: 'words',
    html: { className: 'boilerplate', part: 'footer' },
    docx: { id: 'PressroomBoilerplate', name: 'Pressroom Boilerplate', readAs: 'p.boilerplate' },
  },
  'media-contact': {
    content: { kind: 'text' },
    outline: 'words',
    html: { className: 'media-contact', part: 'footer' },
    docx: { id: 'PressroomContact', name: 'Pressroom Contact', readAs: 'address.media-contact' },
  },
  'end-mark': {
    content: { kind: 'empty' },
    outline: { fixed: '###' },
    html: { className: 'end-mark', part: 'footer' },
    docx: { id: 'PressroomEndMark', name: 'Pressroom End Mark', readAs: 'p.end-mark' },
  },
} as const satisfies { [K in ReleaseBlockType]: BlockSpec<K> };

/**
 * The table as the rest of the code sees it: each entry's exact words (its style id, its content), and for a block
 * type whose entry is still missing, just BlockSpec, so the compiler reports the missing entry here, once, and
 * then names only the places that must add their own part (a format's handler, the editor's component).
 */
export type BlockSpecs = { [K in ReleaseBlockType]: K extends keyof typeof SPECS ? (typeof SPECS)[K] : BlockSpec<K> };
export const BLOCK_SPECS: BlockSpecs = SPECS;

/** Every block type, in the order the block menu offers them. */
export const RELEASE_BLOCK_TYPES = Object.keys(BLOCK_SPECS) as ReleaseBlockType[];

type BlocksHolding<Kind extends BlockContent['kind']> = { [K in ReleaseBlockType]: BlockContentOf<K>['kind'] extends Kind ? K : never }[ReleaseBlockType];

const typesHolding = <Kind extends BlockContent['kind']>(kind: Kind): readonly BlocksHolding<Kind>[] =>
  RELEASE_BLOCK_TYPES.filter((type) => BLOCK_SPECS[type].content.kind === kind) as BlocksHolding<Kind>[];

/** Top-level blocks whose children are text and inlines. */
export type TextBlockType = BlocksHolding<'text'>;
export const TEXT_BLOCK_TYPES = typesHolding('text');
export type ListType = BlocksHolding<'list'>;
export const LIST_TYPES = typesHolding('list');
/** Void blocks: the end mark. */
export const EMPTY_BLOCK_TYPES = typesHolding('empty');
/** Blocks made of exactly their named fields: dateline, quote. */
export type FieldBlockType = BlocksHolding<'fields'>;
/** Blocks made of their fields and then rows: the award ceremony. */
export type RowsBlockType = BlocksHolding<'rows'>;
export type RowType = Extract<BlockContentOf<RowsBlockType>, RowsContent>['row']['type'];

/** Everything that holds named fields: field blocks (dateline, quote), blocks with rows (award ceremony), and the rows. */
export type FieldHolderType = FieldBlockType | RowsBlockType | RowType;
/** The names of the fields each container holds, in order. */
export type FieldNamesOf<K extends FieldHolderType> = K extends RowsBlockType
  ? Extract<BlockContentOf<K>, RowsContent>['fields']
  : NamesOf<ChildrenOf<K>>;

function fieldNames(): { [K in FieldHolderType]: FieldNamesOf<K> } {
  const names: Record<string, readonly FieldName[]> = {};
  for (const type of RELEASE_BLOCK_TYPES) {
    const content: BlockContent = BLOCK_SPECS[type].content;
    if (content.kind === 'fields') names[type] = content.fields;
    if (content.kind === 'rows') {
      names[type] = content.fields;
      names[content.row.type] = content.row.fields;
    }
  }
  return names as { [K in FieldHolderType]: FieldNamesOf<K> };
}

/** Named fields per container (dateline, quote, award ceremony, award row), in order. */
export const FIELD_NAMES = fieldNames();
/** Blocks made of exactly their named fields: dateline, quote. */
export const FIELD_BLOCK_TYPES = typesHolding('fields');
/** The row types of blocks with rows (award-row): nested elements that stand only inside their block. */
export const ROW_TYPES = RELEASE_BLOCK_TYPES.flatMap((type) => {
  const content: BlockContent = BLOCK_SPECS[type].content;
  return content.kind === 'rows' ? [content.row.type as RowType] : [];
});

/** Blocks the outline sidebar lists. */
export type OutlineKind = { [K in ReleaseBlockType]: BlockSpecs[K]['outline'] extends null ? never : K }[ReleaseBlockType];

/** The DOCX paragraph styles the blocks use, by id. */
export type DocxStyleId = NonNullable<BlockSpecs[ReleaseBlockType]['docx']>['id'];

/**
 * The words every interface catalogue needs for the blocks: each block's name (block menu, outline, aria
 * labels), each text block's hint while empty, each field's label and hint. renderer/i18n/app.ts is checked
 * against it, so a new block type without its words does not compile.
 */
export interface BlockWords {
  block: Record<ReleaseBlockType, string>;
  hint: Record<TextBlockType, string>;
  field: { [K in FieldHolderType]: Record<FieldNamesOf<K>[number], string> };
  fieldHint: { [K in FieldHolderType]: Record<FieldNamesOf<K>[number], string> };
}

/**
 * True when A and B are the same type: each assignable to the other, with the same optional and readonly
 * properties (mutual assignability alone would let an optional property on one side only slip through).
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Fails to compile unless its argument is `true`: `const check: Expect<Same<A, B>> = true`. */
export type Expect<T extends true> = T;

