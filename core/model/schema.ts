import { z } from 'zod';
import { CURRENT_VERSION, FIELD_NAMES, FORMAT_TAG, RELEASE_LANGUAGES, TEMPLATE_KINDS } from './types';
import type { PressroomDocument } from './types';
import { isSafeUrl } from './safe-url';

/**
 * The schema every `.pressroom` document is checked against, on every read and every write.
 * It mirrors types.ts; `schemaMatchesTypes` below fails the type check if the two drift apart.
 */

const text = z.strictObject({
  text: z.string(),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
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

const allFieldNames = [...new Set(Object.values(FIELD_NAMES).flat())] as [string, ...string[]];
const fieldNamed = <N extends string>(name: N) =>
  z.strictObject({ type: z.literal('field'), name: z.literal(name), children: inlines });
const anyField = z.strictObject({ type: z.literal('field'), name: z.enum(allFieldNames), children: inlines });

const textBlock = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), children: inlines });
const listItem = textBlock('list-item');
const awardRow = z.strictObject({
  type: z.literal('award-row'),
  children: z.tuple([fieldNamed('recipient'), fieldNamed('position'), fieldNamed('nomination')]),
});

export const releaseBlockSchema = z.discriminatedUnion('type', [
  textBlock('headline'),
  textBlock('subheadline'),
  z.strictObject({ type: z.literal('dateline'), children: z.tuple([fieldNamed('city'), fieldNamed('date')]) }),
  textBlock('lead'),
  textBlock('paragraph'),
  textBlock('section-heading'),
  z.strictObject({
    type: z.literal('quote'),
    children: z.tuple([fieldNamed('text'), fieldNamed('speaker'), fieldNamed('position'), fieldNamed('verb')]),
  }),
  z.strictObject({ type: z.literal('bulleted-list'), children: z.array(listItem).min(1) }),
  z.strictObject({ type: z.literal('numbered-list'), children: z.array(listItem).min(1) }),
  textBlock('boilerplate'),
  textBlock('media-contact'),
  z.strictObject({ type: z.literal('end-mark'), children: emptyText }),
  z.strictObject({
    type: z.literal('award-ceremony'),
    children: z.tuple([fieldNamed('award')]).rest(awardRow),
  }),
]);

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

/** Element schemas for any field name, exported for tests of nested structure. */
export const fieldSchema = anyField;

type SchemaDocument = z.infer<typeof pressroomDocumentSchema>;
// Whatever the schema accepts is a PressroomDocument; the type check fails if the two drift apart.
const schemaMatchesTypes: SchemaDocument extends PressroomDocument ? true : false = true;
void schemaMatchesTypes;
