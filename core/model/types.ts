/**
 * The release's building blocks, in the press officer's words.
 * Declared once here and registered with Slate through CustomTypes (see slate-types.ts).
 */

/**
 * The languages a release is written in. Each has a language profile (core/languages): dates, quotes, dashes,
 * attribution verbs, templates. Not the same thing as the interface language (core/i18n/interface-languages.ts),
 * which needs only a catalogue of words: a Kazakh release may be written in a Russian interface.
 */
export const RELEASE_LANGUAGES = ['ru', 'kk', 'en'] as const;
export type ReleaseLanguage = (typeof RELEASE_LANGUAGES)[number];

/**
 * A run of text. `\n` inside text is a soft line break (Shift+Enter). `lang` marks words written in another
 * language than the release's (a Kazakh quote in a Russian release): they are spell-checked and set by that
 * language's rules, and exports tag them (HTML `lang`, Word's run language). Never the release's own language
 * (the normaliser drops it, core/editing/span-language.ts). Version 4.
 */
export interface FormattedText {
  text: string;
  bold?: true;
  italic?: true;
  lang?: ReleaseLanguage;
}

/** A link; only http, https and mailto URLs are ever stored (see isSafeUrl). */
export interface LinkElement {
  type: 'link';
  url: string;
  children: FormattedText[];
}

/** A template's blank: shows a hint in the document's language until the user types over it. */
export interface PlaceholderElement {
  type: 'placeholder';
  hint: string;
  children: [{ text: '' }];
}

/** A chip showing the current value of a document variable (event name, city, date, organiser…). */
export interface VariableElement {
  type: 'variable';
  name: string;
  children: [{ text: '' }];
}

export type InlineElement = LinkElement | PlaceholderElement | VariableElement;
export type InlineNode = FormattedText | InlineElement;

/**
 * The names of the structured fields inside dateline, quote and award ceremony blocks. Which block holds which
 * fields, in which order, is written in the block types below (and repeated, compiler-checked, in block-specs.ts).
 */
export type FieldName = 'city' | 'date' | 'text' | 'speaker' | 'position' | 'verb' | 'award' | 'recipient' | 'nomination';

/** A named field; `N` is its name where the place is known (a dateline's first field is always `city`). */
export interface FieldElement<N extends FieldName = FieldName> {
  type: 'field';
  name: N;
  children: InlineNode[];
}

export interface HeadlineElement { type: 'headline'; children: InlineNode[] }
export interface SubheadlineElement { type: 'subheadline'; children: InlineNode[] }
/**
 * Where the dateline stands: «Алматы, 29 августа 2025 года». It holds no words of its own: the page and every
 * export write it from the release's details (metadata.city, metadata.date) in the release's language and the
 * organisation's dateline style, so what the page shows is what is printed (core/typography/dateline.ts). Until
 * version 3 it held city and date fields of its own (see migrations.ts).
 */
export interface DatelineElement { type: 'dateline'; children: [{ text: '' }] }
export interface LeadElement { type: 'lead'; children: InlineNode[] }
export interface ParagraphElement { type: 'paragraph'; children: InlineNode[] }
export interface SectionHeadingElement { type: 'section-heading'; children: InlineNode[] }
/** A direct quote: text, speaker, speaker's position, attribution verb (заявил, said…). */
export interface QuoteElement {
  type: 'quote';
  children: [FieldElement<'text'>, FieldElement<'speaker'>, FieldElement<'position'>, FieldElement<'verb'>];
}
export interface ListItemElement { type: 'list-item'; children: InlineNode[] }
export interface BulletedListElement { type: 'bulleted-list'; children: ListItemElement[] }
export interface NumberedListElement { type: 'numbered-list'; children: ListItemElement[] }
/** "About the organisation" paragraph at the end of a release. */
export interface BoilerplateElement { type: 'boilerplate'; children: InlineNode[] }
/** Who journalists call: name, phone, e-mail (lines separated by soft breaks). */
export interface MediaContactElement { type: 'media-contact'; children: InlineNode[] }
/** The end mark (###). */
export interface EndMarkElement { type: 'end-mark'; children: [{ text: '' }] }
/** One recipient of an award: recipient, position, nomination. */
export interface AwardRowElement {
  type: 'award-row';
  children: [FieldElement<'recipient'>, FieldElement<'position'>, FieldElement<'nomination'>];
}
/** An award ceremony: the award's name, then rows of recipients. */
export interface AwardCeremonyElement { type: 'award-ceremony'; children: [FieldElement<'award'>, ...AwardRowElement[]] }

/**
 * Every block that may stand at the top level of a release body. A new block type is added here, and then in
 * BLOCK_SPECS (block-specs.ts); the compiler names every other place that must know it.
 */
export type ReleaseBlock =
  | HeadlineElement
  | SubheadlineElement
  | DatelineElement
  | LeadElement
  | ParagraphElement
  | SectionHeadingElement
  | QuoteElement
  | BulletedListElement
  | NumberedListElement
  | BoilerplateElement
  | MediaContactElement
  | EndMarkElement
  | AwardCeremonyElement;

export type ReleaseBlockType = ReleaseBlock['type'];

/** Nested elements that live only inside a block. */
export type NestedElement = FieldElement | ListItemElement | AwardRowElement;

export type ReleaseElement = ReleaseBlock | NestedElement | InlineElement;

/** A document variable: a value used many times in the release. */
export interface DocumentVariable {
  /** Stable key used by variable chips, e.g. `event`, `city`, `date`, `organiser`, or a user's own. */
  name: string;
  /** What the variables panel shows as the variable's label. */
  label: string;
  value: string;
}

export interface ReleaseMetadata {
  language: ReleaseLanguage;
  title: string;
  city: string;
  /** ISO date, yyyy-mm-dd, or empty. */
  date: string;
  organisation: string;
  author?: string;
  variables: DocumentVariable[];
  /** Embargo: not to be published before this moment (absent: no embargo). Version 3. */
  publication?: PublicationTime;
  /** Where the release is on its way to publication (absent: a draft). Version 3. */
  status?: ReleaseStatus;
}

/** Where a release is on its way to publication: draft → ready for approval → approved. */
export const RELEASE_STATUSES = ['draft', 'ready', 'approved'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

/** The time zone a new embargo is set in. */
export const DEFAULT_PUBLICATION_TIME_ZONE = 'Asia/Almaty';

/**
 * The earliest publication moment: a wall-clock date and time (`yyyy-mm-ddThh:mm`) in an IANA time zone, kept as
 * the press officer set it, so "10:00 in Almaty" stays 10:00 in Almaty wherever the file is opened.
 */
export interface PublicationTime {
  at: string;
  timeZone: string;
}

/** What a template is for: a whole release, or a section inserted at the cursor. */
export const TEMPLATE_KINDS = ['release', 'section'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/**
 * Present only in template files (built-in, library, team): what the gallery shows.
 * A release made from a template does not carry it. The template's language is `metadata.language`.
 */
export interface TemplateDescription {
  name: string;
  description: string;
  kind: TemplateKind;
}

export const FORMAT_TAG = 'pressroom' as const;
export const CURRENT_VERSION = 4 as const;

/** A `.pressroom` file: the lossless document format. */
export interface PressroomDocument {
  format: typeof FORMAT_TAG;
  version: typeof CURRENT_VERSION;
  metadata: ReleaseMetadata;
  body: ReleaseBlock[];
  /** Only in template files; optional, so every older file stays valid. */
  template?: TemplateDescription;
}
