import type { DatelineSettings } from '../typography/dateline';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IParagraphStyleOptions, ParagraphChild } from 'docx';
import { BLOCK_SPECS, RELEASE_BLOCK_TYPES } from '../model/block-specs';
import type { DocxStyle, DocxStyleId } from '../model/block-specs';
import type { PressroomDocument, ReleaseBlock, ReleaseBlockType } from '../model/types';
import { DEFAULT_HOUSE_STYLE } from '../checklist/organisation';
import type { HouseStyle } from '../checklist/organisation';
import { runsText } from '../typography/styled-run';
import type { StyledRun } from '../typography/styled-run';
import { embargoLine } from './embargo';
import { awardRows, contextOf, datelineText, END_MARK, hasAwardRecipients, inlineRuns, quoteLayoutOf, releaseTitle, renderBlock } from './release-content';
import type { BlockHandlers, FormatContext } from './release-content';

/**
 * Release → the `docx` object model → DOCX (never through HTML).
 *
 * Word's own styles where Word has one — Title, Subtitle, Heading 1, Heading 2, Quote — and named Pressroom styles
 * for the rest (Pressroom Dateline, Pressroom Lead, Pressroom Boilerplate, Pressroom Contact, Pressroom Award,
 * Pressroom End Mark), so an organisation restyles a release in Word. Which block has which style is written in
 * BLOCK_SPECS (core/model/block-specs.ts); how each style looks, here (STYLE_LOOKS). A4 by default, US Letter as an option;
 * title, author and language in the document properties; the document defaults and every style carry the release's
 * language, so Word spell-checks every run in it (runs inherit it: tagging each run as well doubled the XML).
 *
 * Layout: Normal is 12 pt with 1.15 line spacing, body paragraphs set apart by the organisation's house style (a
 * space after each, or an indented first line); the headline is Title; the quote's speech italic (the Quote
 * style), its attribution roman; page numbers centred in the footer; the end mark centred; an award table
 * without recipients and empty optional blocks are left out; the embargo line, when there is one, above it all.
 *
 * Font: Times New Roman, which Word on Windows and macOS have, with every Kazakh letter; LibreOffice replaces it
 * by its metric twin Liberation Serif (2.x has every Kazakh letter; Debian's 1.07 does not, and shares its name).
 */

export type Paper = 'a4' | 'letter';
export interface DocxOptions {
  paper?: Paper;
  /** Body font; default Times New Roman (Windows, macOS; LibreOffice shows its metric twin Liberation Serif). */
  font?: string;
  /** The organisation's house style: how body paragraphs are set apart. */
  houseStyle?: Pick<HouseStyle, 'paragraphs'>;
  /** The organisation's datelines (settings), one per release language. */
  datelines?: DatelineSettings;
}

export const DEFAULT_DOCX_FONT = 'Times New Roman';

/** Page sizes in twentieths of a point. */
const PAGE_SIZES: Record<Paper, { width: number; height: number }> = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
};
const NUMBERED = 'pressroom-numbered';

interface DocxContext extends FormatContext {
  languageTag: string;
  /** Each numbered list restarts at 1: its own numbering instance. */
  nextListInstance: () => number;
}

function runsOf(runs: readonly StyledRun[], context: DocxContext, extra: { bold?: boolean; italics?: boolean; roman?: boolean } = {}): ParagraphChild[] {
  const textRuns = (run: StyledRun, style?: string): TextRun[] =>
    run.text.split('\n').map(
      (line, index) =>
        new TextRun({
          text: line,
          ...(index > 0 ? { break: 1 } : {}),
          ...(run.bold || extra.bold ? { bold: true } : {}),
          ...(run.italic || extra.italics ? { italics: true } : extra.roman ? { italics: false } : {}),
          ...(style ? { style } : {}),
        }),
    );
  const children: ParagraphChild[] = [];
  let index = 0;
  while (index < runs.length) {
    const run = runs[index] as StyledRun;
    if (!run.url) {
      children.push(...textRuns(run));
      index += 1;
      continue;
    }
    const url = run.url;
    const linked: TextRun[] = [];
    while (index < runs.length && (runs[index] as StyledRun).url === url) {
      linked.push(...textRuns(runs[index] as StyledRun, 'Hyperlink'));
      index += 1;
    }
    children.push(new ExternalHyperlink({ link: url, children: linked }));
  }
  return children;
}

/** The id of a block's paragraph style (BLOCK_SPECS), or nothing for Word's Normal. */
const styleOf = (type: ReleaseBlockType): { style?: string } => {
  const docx: DocxStyle | null = BLOCK_SPECS[type].docx;
  return docx ? { style: docx.id } : {};
};

/** Runs with words in them; an empty optional block is left out of the file. */
const hasWords = (runs: readonly StyledRun[]): boolean => runsText(runs).trim() !== '';

const styled = (type: ReleaseBlockType) => (block: { children: Parameters<typeof inlineRuns>[0] }, context: DocxContext): Paragraph[] => {
  const runs = inlineRuns(block.children, context.metadata);
  return hasWords(runs) ? [new Paragraph({ ...styleOf(type), children: runsOf(runs, context) })] : [];
};

const listParagraphs = (items: readonly { children: Parameters<typeof inlineRuns>[0] }[], context: DocxContext, options: (index: number) => Record<string, unknown>): Paragraph[] =>
  items.flatMap((item, index) => {
    const runs = inlineRuns(item.children, context.metadata);
    return hasWords(runs) ? [new Paragraph({ ...options(index), children: runsOf(runs, context) })] : [];
  });

const docxBlocks: BlockHandlers<(Paragraph | Table)[], DocxContext> = {
  headline: styled('headline'),
  subheadline: styled('subheadline'),
  dateline: (block, context) => {
    const text = datelineText(block, context);
    return text.trim() ? [new Paragraph({ ...styleOf('dateline'), children: runsOf([{ text }], context) })] : [];
  },
  lead: styled('lead'),
  paragraph: styled('paragraph'),
  'section-heading': styled('section-heading'),
  quote: (block, context) => {
    // The speech as the Quote style sets it (italic); the attribution — dash, verb, speaker, position — in roman.
    const layout = quoteLayoutOf(block, context);
    if (!hasWords(layout.body) && layout.attribution.every((part) => !hasWords(part.runs))) return [];
    const attribution = layout.attribution.flatMap((part) => part.runs);
    const children = [...runsOf(layout.body, context), ...(attribution.length > 0 ? runsOf([{ text: layout.separator }, ...attribution], context, { roman: true }) : [])];
    return [new Paragraph({ ...styleOf('quote'), children })];
  },
  'bulleted-list': (block, context) => listParagraphs(block.children, context, () => ({ ...styleOf('bulleted-list'), bullet: { level: 0 } })),
  'numbered-list': (block, context) => {
    const instance = context.nextListInstance();
    return listParagraphs(block.children, context, () => ({ ...styleOf('numbered-list'), numbering: { reference: NUMBERED, level: 0, instance } }));
  },
  boilerplate: styled('boilerplate'),
  'media-contact': styled('media-contact'),
  'end-mark': (_block, context) => [new Paragraph({ ...styleOf('end-mark'), children: runsOf([{ text: END_MARK }], context) })],
  'award-ceremony': (block, context) => {
    // A table of no one is not printed: neither its header nor the award's name.
    if (!hasAwardRecipients(block, context)) return [];
    const { award, rows } = awardRows(block, context);
    const cell = (runs: StyledRun[], header: boolean): TableCell =>
      new TableCell({ children: [new Paragraph({ children: runsOf(runs, context, header ? { bold: true } : {}) })], width: { size: 3000, type: WidthType.DXA } });
    const header = new TableRow({ tableHeader: true, children: context.profile.awardColumns.map((title) => cell([{ text: title }], true)) });
    const table = new Table({
      width: { size: 9000, type: WidthType.DXA },
      columnWidths: [3000, 3000, 3000],
      rows: [header, ...rows.map((row) => new TableRow({ children: [cell(row.recipient, false), cell(row.position, false), cell(row.nomination, false)] }))],
    });
    return [new Paragraph({ ...styleOf('award-ceremony'), children: runsOf(award, context) }), table];
  },
};

type StyleLook = Omit<IParagraphStyleOptions, 'id' | 'name' | 'basedOn' | 'next' | 'quickFormat'>;

/** How each block's paragraph style looks (which block has which style: BLOCK_SPECS). */
const STYLE_LOOKS: Record<DocxStyleId, StyleLook> = {
  Title: { run: { size: 36, bold: true, color: '000000' }, paragraph: { spacing: { before: 0, after: 240, line: 252, lineRule: LineRuleType.AUTO }, keepNext: true, indent: { firstLine: 0 } } },
  Subtitle: { run: { size: 28, color: '404040' }, paragraph: { spacing: { after: 240 }, keepNext: true, indent: { firstLine: 0 } } },
  Heading1: { run: { size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, outlineLevel: 0, indent: { firstLine: 0 } } },
  Quote: { run: { italics: true }, paragraph: { indent: { left: 567, right: 567, firstLine: 0 }, spacing: { before: 120, after: 160 } } },
  PressroomDateline: { run: { bold: true }, paragraph: { spacing: { after: 120 }, keepNext: true, indent: { firstLine: 0 } } },
  PressroomLead: { run: { bold: true }, paragraph: { spacing: { after: 240 }, indent: { firstLine: 0 } } },
  PressroomBoilerplate: { run: { size: 22, color: '404040' }, paragraph: { spacing: { before: 360, after: 120 }, indent: { firstLine: 0 } } },
  PressroomContact: { run: { size: 22 }, paragraph: { spacing: { before: 240, after: 120 }, indent: { firstLine: 0 } } },
  PressroomAward: { run: { bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, indent: { firstLine: 0 } } },
  PressroomEndMark: { paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 0 }, indent: { firstLine: 0 } } },
  ListParagraph: { paragraph: { indent: { left: 720, firstLine: 0 }, spacing: { after: 60 } } },
};

/** Word's styles no block uses but a Word user reaches for (a section heading demoted one level). */
const EXTRA_STYLES: (StyleLook & { id: string; name: string })[] = [
  { id: 'Heading2', name: 'heading 2', run: { size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1, indent: { firstLine: 0 } } },
  // The embargo line above the headline (not a block: it comes from the release's publication time).
  { id: 'PressroomEmbargo', name: 'Pressroom Embargo', run: { bold: true, size: 22, color: 'C00000' }, paragraph: { spacing: { after: 240 }, keepNext: true, indent: { firstLine: 0 } } },
  { id: 'Footer', name: 'footer', run: { size: 20, color: '404040' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 }, indent: { firstLine: 0 } } },
];

/** Normal: body paragraphs, 12 pt, 1.15 lines, set apart as the house style says (8 pt after, or a 1 cm first line). */
const normalLook = (house: Pick<HouseStyle, 'paragraphs'>): StyleLook => ({
  run: { size: 24 },
  paragraph:
    house.paragraphs === 'first-line-indent'
      ? { spacing: { before: 0, after: 0, line: 276, lineRule: LineRuleType.AUTO }, indent: { firstLine: 567 } }
      : { spacing: { before: 0, after: 160, line: 276, lineRule: LineRuleType.AUTO } },
});

function paragraphStyles(font: string, languageTag: string, house: Pick<HouseStyle, 'paragraphs'>): IParagraphStyleOptions[] {
  const run = { font, language: { value: languageTag } };
  const style = (id: string, name: string, options: StyleLook): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    ...options,
    run: { ...run, ...options.run },
  });
  const styles = new Map<string, IParagraphStyleOptions>();
  const normal = normalLook(house);
  styles.set('Normal', { id: 'Normal', name: 'Normal', quickFormat: true, ...normal, run: { ...run, ...normal.run } });
  for (const type of RELEASE_BLOCK_TYPES) {
    const docx: DocxStyle | null = BLOCK_SPECS[type].docx;
    if (docx && !styles.has(docx.id)) styles.set(docx.id, style(docx.id, docx.name, STYLE_LOOKS[docx.id as DocxStyleId]));
  }
  for (const { id, name, ...look } of EXTRA_STYLES) styles.set(id, style(id, name, look));
  return [...styles.values()];
}

/** Core properties written by us, so they carry dc:language (the docx library has no field for it). */
interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  languageTag: string;
}

function corePropertiesXml({ title, subject, creator, keywords, description, languageTag }: CoreProperties): string {
  const escape = (value: string): string =>
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escape(title)}</dc:title>`,
    `<dc:subject>${escape(subject)}</dc:subject>`,
    `<dc:creator>${escape(creator)}</dc:creator>`,
    `<cp:keywords>${escape(keywords)}</cp:keywords>`,
    `<dc:description>${escape(description)}</dc:description>`,
    `<dc:language>${escape(languageTag)}</dc:language>`,
    `<cp:lastModifiedBy>${escape(creator)}</cp:lastModifiedBy>`,
    '</cp:coreProperties>',
  ].join('');
}

export function releaseToDocxDocument(document: PressroomDocument, options: DocxOptions = {}): { file: Document; coreXml: string } {
  const base = contextOf(document.metadata, options);
  const languageTag = base.profile.tags.docx;
  let listInstance = 0;
  const context: DocxContext = { ...base, languageTag, nextListInstance: () => ++listInstance };
  const font = options.font ?? DEFAULT_DOCX_FONT;
  const house = options.houseStyle ?? DEFAULT_HOUSE_STYLE;
  const children = document.body.flatMap((block: ReleaseBlock) => renderBlock(docxBlocks, block, context));
  const embargo = embargoLine(document.metadata);
  if (embargo) children.unshift(new Paragraph({ style: 'PressroomEmbargo', children: runsOf([{ text: embargo }], context) }));
  if (children.length === 0) children.push(new Paragraph({ children: [] }));
  const { metadata } = document;
  const title = releaseTitle(document.body, base);
  const creator = metadata.author || metadata.organisation;
  const lead = document.body.find((block) => block.type === 'lead');
  const properties: CoreProperties = {
    title,
    // What the release is about, beyond its headline: the title of its details when it has one of its own.
    subject: metadata.title.trim() && metadata.title.trim() !== title ? metadata.title.trim() : [metadata.organisation, metadata.city].filter(Boolean).join(', '),
    creator,
    keywords: [metadata.organisation, metadata.city, ...metadata.variables.filter((variable) => variable.name === 'event').map((variable) => variable.value)]
      .map((word) => word.trim())
      .filter((word, index, words) => word !== '' && words.indexOf(word) === index)
      .join('; '),
    description: lead ? runsText(inlineRuns(lead.children, metadata)).trim().slice(0, 500) : '',
    languageTag,
  };
  const page = PAGE_SIZES[options.paper ?? 'a4'];
  const file = new Document({
    title,
    subject: properties.subject,
    keywords: properties.keywords,
    creator,
    lastModifiedBy: creator,
    description: properties.description,
    styles: {
      default: { document: { run: { font, size: 24, language: { value: languageTag } }, paragraph: { spacing: { after: 0, line: 276, lineRule: LineRuleType.AUTO } } } },
      paragraphStyles: paragraphStyles(font, languageTag, house),
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: page, margin: { top: 1134, bottom: 1134, left: 1418, right: 1134, footer: 567 } } },
        footers: { default: new Footer({ children: [new Paragraph({ style: 'Footer', children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children,
      },
    ],
  });
  return { file, coreXml: corePropertiesXml(properties) };
}

/** The release as DOCX bytes. Uses only Packer.toArrayBuffer, which needs neither Node nor the DOM. */
export async function releaseToDocx(document: PressroomDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const { file, coreXml } = releaseToDocxDocument(document, options);
  const buffer = await Packer.toArrayBuffer(file, false, [{ path: 'docProps/core.xml', data: coreXml }]);
  return new Uint8Array(buffer);
}
