import { z } from 'zod';
import { BLOCK_SPECS, RELEASE_BLOCK_TYPES } from './block-specs';
import type { BlockContent, BlockSpecs, Expect, Same } from './block-specs';
import { CURRENT_VERSION, FORMAT_TAG, RELEASE_LANGUAGES, RELEASE_STATUSES, TEMPLATE_KINDS } from './types';
import type { FieldName, PressroomDocument, ReleaseBlock, ReleaseBlockType } from './types';
import { isSafeUrl } from './safe-url';

/** An IANA time zone the platform's Intl knows (Asia/Almaty, Europe/Moscow, UTC…). */
function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The schema every `.pressroom` document is checked against, on every read and every write. The blocks' schemas
 * are built from BLOCK_SPECS (block-specs.ts); the checks at the end fail the type check if the schema and the
 * types in types.ts accept different things, in either direction.
 */

const text = z.strictObject({
  text: z.string(),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
  lang: z.enum(RELEASE_LANGUAGES).optional(),
});
const emptyText = z.tuple([z.strictObject({ text: z.literal('') })]);

const link = z.strictObject({
  type: z.literal('link'),
  url: z.string().refine(isSafeUrl, { message: 'links may only be http, https or mailto' }),
  children: z.array(text).min(1),
});
const placeholder = z.strictObject({ type: z.literal('placeholder'), hint: z.string(), children: emptyText });
const variable = z.strictObject({ type: z.literal('variable'), name: z.string().min(1), children: emptyText });

const inline = z.union([text, link, placeholder, variable]);
const inlines = z.array(inline).min(1);
const listItem = z.strictObject({ type: z.literal('list-item'), children: inlines });

const fieldNamed = <N extends FieldName>(name: N) => z.strictObject({ type: z.literal('field'), name: z.literal(name), children: inlines });
type FieldSchemas<Names extends readonly FieldName[]> = { -readonly [I in keyof Names]: ReturnType<typeof fieldNamed<Extract<Names[I], FieldName>>> };
/** Exactly these fields, in this order. */
const fieldTuple = <const Names extends readonly [FieldName, ...FieldName[]]>(names: Names) =>
  z.tuple(names.map((name) => fieldNamed(name)) as unknown as FieldSchemas<Names>);

// One builder per kind of content (block-specs.ts); BlockSchema below picks the builder's type the same way.
const emptyBlock = <K extends ReleaseBlockType>(type: K) => z.strictObject({ type: z.literal(type), children: emptyText });
const textBlock = <K extends ReleaseBlockType>(type: K) => z.strictObject({ type: z.literal(type), children: inlines });
const listBlock = <K extends ReleaseBlockType>(type: K) => z.strictObject({ type: z.literal(type), children: z.array(listItem).min(1) });
const fieldsBlock = <K extends ReleaseBlockType, const Names extends readonly [FieldName, ...FieldName[]]>(type: K, names: Names) =>
  z.strictObject({ type: z.literal(type), children: fieldTuple(names) });
const rowsBlock = <
  K extends ReleaseBlockType,
  const Names extends readonly [FieldName, ...FieldName[]],
  Row extends string,
  const RowNames extends readonly [FieldName, ...FieldName[]],
>(type: K, names: Names, row: { type: Row; fields: RowNames }) =>
  z.strictObject({
    type: z.literal(type),
    children: fieldTuple(names).rest(z.strictObject({ type: z.literal(row.type), children: fieldTuple(row.fields) })),
  });

type NonEmptyNames<Names> = Extract<Names, readonly [FieldName, ...FieldName[]]>;
type BlockSchema<K extends ReleaseBlockType, Content = BlockSpecs[K]['content']> = Content extends { kind: 'empty' }
  ? ReturnType<typeof emptyBlock<K>>
  : Content extends { kind: 'text' }
    ? ReturnType<typeof textBlock<K>>
    : Content extends { kind: 'list' }
      ? ReturnType<typeof listBlock<K>>
      : Content extends { kind: 'fields'; fields: infer Names }
        ? ReturnType<typeof fieldsBlock<K, NonEmptyNames<Names>>>
        : Content extends { kind: 'rows'; fields: infer Names; row: { type: infer Row extends string; fields: infer RowNames } }
          ? ReturnType<typeof rowsBlock<K, NonEmptyNames<Names>, Row, NonEmptyNames<RowNames>>>
          : never;
type BlockSchemas = { [K in ReleaseBlockType]: BlockSchema<K> };

const nonEmpty = (names: readonly FieldName[]): readonly [FieldName, ...FieldName[]] => {
  if (names.length === 0) throw new Error('a block of fields needs at least one field');
  return names as readonly [FieldName, ...FieldName[]];
};

function blockSchema(type: ReleaseBlockType) {
  const content: BlockContent = BLOCK_SPECS[type].content;
  switch (content.kind) {
    case 'empty':
      return emptyBlock(type);
    case 'text':
      return textBlock(type);
    case 'list':
      return listBlock(type);
    case 'fields':
      return fieldsBlock(type, nonEmpty(content.fields));
    case 'rows':
      return rowsBlock(type, nonEmpty(content.fields), { type: content.row.type, fields: nonEmpty(content.row.fields) });
  }
}

/** Each block type's schema, built from its entry in BLOCK_SPECS. */
const BLOCK_SCHEMAS = Object.fromEntries(RELEASE_BLOCK_TYPES.map((type) => [type, blockSchema(type)])) as unknown as BlockSchemas;

type AnyBlockSchema = BlockSchemas[ReleaseBlockType];
export const releaseBlockSchema = z.discriminatedUnion(
  'type',
  RELEASE_BLOCK_TYPES.map((type) => BLOCK_SCHEMAS[type]) as unknown as [AnyBlockSchema, ...AnyBlockSchema[]],
);

export const documentVariableSchema = z.strictObject({
  name: z.string().min(1).max(100),
  label: z.string().max(200),
  value: z.string().max(10_000),
});

export const releaseMetadataSchema = z.strictObject({
  language: z.enum(RELEASE_LANGUAGES),
  title: z.string(),
  city: z.string(),
  date: z.union([z.literal(''), z.iso.date()]),
  organisation: z.string(),
  author: z.string().optional(),
  variables: z.array(documentVariableSchema),
  publication: z
    .strictObject({
      at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'the publication time is yyyy-mm-ddThh:mm' }),
      timeZone: z.string().min(1).max(64).refine(isTimeZone, { message: 'not a time zone' }),
    })
    .optional(),
  status: z.enum(RELEASE_STATUSES).optional(),
});

export const templateDescriptionSchema = z.strictObject({
  name: z.string().min(1).max(200),
  description: z.string().max(2000),
  kind: z.enum(TEMPLATE_KINDS),
});

export const pressroomDocumentSchema = z.strictObject({
  format: z.literal(FORMAT_TAG),
  version: z.literal(CURRENT_VERSION),
  metadata: releaseMetadataSchema,
  body: z.array(releaseBlockSchema),
  template: templateDescriptionSchema.optional(),
});

// What the schema accepts is exactly what the types describe, both ways: a block type, field or property in
// types.ts that the schema does not know (or the other way round) fails the type check, not a save at run time.
const blocksMatchTypes: Expect<Same<z.infer<typeof releaseBlockSchema>, ReleaseBlock>> = true;
const documentMatchesTypes: Expect<Same<z.infer<typeof pressroomDocumentSchema>, PressroomDocument>> = true;
void blocksMatchTypes;
void documentMatchesTypes;
