import type { DatelineSettings } from '../typography/dateline';
import { AlignmentType, Document, Footer, LevelFormat, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { IParagraphStyleOptions } from 'docx';
import { BLOCK_SPECS, RELEASE_BLOCK_TYPES } from '../model/block-specs';
import type { DocxStyle, DocxStyleId } from '../model/block-specs';
import type { PressroomDocument, ReleaseBlock, ReleaseBlockType } from '../model/types';
import { DEFAULT_HOUSE_STYLE } from '../checklist/organisation';
import type { HouseStyle } from '../checklist/organisation';
import { runsText } from '../typography/styled-run';
import type { StyledRun } from '../typography/styled-run';
import { profileOf } from '../languages/index';
import { embargoLine } from './embargo';
import { awardRows, contextOf, datelineText, END_MARK, hasAwardRecipients, inlineRuns, quoteLayoutOf, releaseTitle, renderBlock } from './release-content';
import type { BlockHandlers, FormatContext } from './release-content';

/**
 * Release → DOCX (never through HTML). The package — styles, numbering, footer, settings, relationships, content
 * types — is the `docx` library's; the body (word/document.xml) is written here as text, run by run, in the
 * elements docx writes for them (w:p, w:pPr/w:pStyle/w:numPr, w:r, w:rPr, w:t, w:br, w:hyperlink, w:tbl), and handed
 * to docx's Packer in place of its own. Building docx's object tree for the body and turning it into XML took four
 * fifths of a 2,000-block export (issue 11 item 7); the text is the same XML in a fraction of the time. The links'
 * relationships and the numbered lists' instances are registered with docx (Relationships, Numbering), so its
 * rels and numbering.xml name them.
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
  /** The relationship id (with its rId) of a link's target, one per address. */
  linkId: (url: string) => { id: string; anchor?: string };
  /** Each numbered list restarts at 1: the numId of a numbering instance of its own. */
  nextNumberedList: () => number;
  /** The numId of docx's bullet list. */
  bulletList: number;
}

/** Text as XML content or an attribute value: the five escapes, and the characters XML 1.0 does not allow left out. */
const xmlText = (value: string): string =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

interface RunLook {
  bold?: boolean;
  /** true: italic; false: roman where the paragraph's style is italic (the quote's attribution). */
  italics?: boolean;
  style?: string;
  /** Words marked as another language: its tag, so Word checks them with that language's proofing tools. */
  lang?: string;
}

/** One w:r per line of a run (a soft break is w:br at the start of the next line's run), as docx's TextRun writes. */
function runXml(text: string, look: RunLook): string {
  const properties =
    (look.style ? `<w:rStyle w:val="${look.style}"/>` : '') +
    (look.bold ? '<w:b/><w:bCs/>' : '') +
    (look.italics === true ? '<w:i/><w:iCs/>' : look.italics === false ? '<w:i w:val="false"/><w:iCs w:val="false"/>' : '') +
    (look.lang ? `<w:lang w:val="${look.lang}"/>` : '');
  const open = properties ? `<w:r><w:rPr>${properties}</w:rPr>` : '<w:r>';
  let xml = '';
  let index = 0;
  for (const line of text.split('\n')) {
    xml += `${open}${index > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`;
    index += 1;
  }
  return xml;
}

/**
 * A paragraph's runs: neighbouring runs that look the same are one w:r (a quote's attribution was six runs each
 * repeating its roman), links are w:hyperlink around their runs.
 */
function runsOf(runs: readonly StyledRun[], context: DocxContext, extra: { bold?: boolean; italics?: boolean; roman?: boolean } = {}): string {
  const lookOf = (run: StyledRun): RunLook => ({
    ...(run.bold || extra.bold ? { bold: true } : {}),
    ...(run.italic || extra.italics ? { italics: true } : extra.roman ? { italics: false } : {}),
    ...(run.url ? { style: 'Hyperlink' } : {}),
    ...(run.lang && run.lang !== context.profile.code ? { lang: profileOf(run.lang).tags.docx } : {}),
  });
  const same = (a: StyledRun, b: StyledRun): boolean => a.url === b.url && !a.bold === !b.bold && !a.italic === !b.italic && (a.lang ?? '') === (b.lang ?? '');
  let xml = '';
  let index = 0;
  while (index < runs.length) {
    const first = runs[index] as StyledRun;
    let text = first.text;
    index += 1;
    while (index < runs.length && same(first, runs[index] as StyledRun)) {
      text += (runs[index] as StyledRun).text;
      index += 1;
    }
    const run = runXml(text, lookOf(first));
    if (!first.url) {
      xml += run;
      continue;
    }
    const link = context.linkId(first.url);
    xml += `<w:hyperlink w:history="1"${link.anchor ? ` w:anchor="${xmlText(link.anchor)}"` : ''} r:id="${link.id}">${run}</w:hyperlink>`;
  }
  return xml;
}

/** A paragraph in a style (or Normal), with list numbering when it is a list item. */
const paragraphXml = (style: string | undefined, runs: string, numId?: number): string => {
  const properties = (style ? `<w:pStyle w:val="${style}"/>` : '') + (numId === undefined ? '' : `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`);
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`;
};

/** The id of a block's paragraph style (BLOCK_SPECS), or nothing for Word's Normal. */
const styleOf = (type: ReleaseBlockType): string | undefined => {
  const docx: DocxStyle | null = BLOCK_SPECS[type].docx;
  return docx ? docx.id : undefined;
};

/** Runs with words in them; an empty optional block is left out of the file. */
const hasWords = (runs: readonly StyledRun[]): boolean => runsText(runs).trim() !== '';

const styled = (type: ReleaseBlockType) => (block: { children: Parameters<typeof inlineRuns>[0] }, context: DocxContext): string => {
  const runs = inlineRuns(block.children, context.metadata);
  return hasWords(runs) ? paragraphXml(styleOf(type), runsOf(runs, context)) : '';
};

const listParagraphs = (items: readonly { children: Parameters<typeof inlineRuns>[0] }[], context: DocxContext, style: string | undefined, numId: number): string =>
  items
    .map((item) => {
      const runs = inlineRuns(item.children, context.metadata);
      return hasWords(runs) ? paragraphXml(style, runsOf(runs, context), numId) : '';
    })
    .join('');

/** The award table's borders, grid and cells as docx's Table writes them (9,000 twips, three columns of 3,000). */
const TABLE_START =
  '<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="9000"/><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`).join('') +
  '</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>';

const docxBlocks: BlockHandlers<string, DocxContext> = {
  headline: styled('headline'),
  subheadline: styled('subheadline'),
  dateline: (block, context) => {
    const text = datelineText(block, context);
    return text.trim() ? paragraphXml(styleOf('dateline'), runsOf([{ text }], context)) : '';
  },
  lead: styled('lead'),
  paragraph: styled('paragraph'),
  'section-heading': styled('section-heading'),
  quote: (block, context) => {
    // The speech as the Quote style sets it (italic); the attribution — dash, verb, speaker, position — in roman.
    const layout = quoteLayoutOf(block, context);
    if (!hasWords(layout.body) && layout.attribution.every((part) => !hasWords(part.runs))) return '';
    const attribution = layout.attribution.flatMap((part) => part.runs);
    const runs = runsOf(layout.body, context) + (attribution.length > 0 ? runsOf([{ text: layout.separator }, ...attribution], context, { roman: true }) : '');
    return paragraphXml(styleOf('quote'), runs);
  },
  'bulleted-list': (block, context) => listParagraphs(block.children, context, styleOf('bulleted-list'), context.bulletList),
  'numbered-list': (block, context) => listParagraphs(block.children, context, styleOf('numbered-list'), context.nextNumberedList()),
  boilerplate: styled('boilerplate'),
  'media-contact': styled('media-contact'),
  'end-mark': (_block, context) => paragraphXml(styleOf('end-mark'), runsOf([{ text: END_MARK }], context)),
  'award-ceremony': (block, context) => {
    // A table of no one is not printed: neither its header nor the award's name.
    if (!hasAwardRecipients(block, context)) return '';
    const { award, rows } = awardRows(block, context);
    const cell = (runs: StyledRun[], header: boolean): string =>
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3000"/></w:tcPr>${paragraphXml(undefined, runsOf(runs, context, header ? { bold: true } : {}))}</w:tc>`;
    const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${context.profile.awardColumns.map((title) => cell([{ text: title }], true)).join('')}</w:tr>`;
    const body = rows.map((row) => `<w:tr>${cell(row.recipient, false)}${cell(row.position, false)}${cell(row.nomination, false)}</w:tr>`).join('');
    return paragraphXml(styleOf('award-ceremony'), runsOf(award, context)) + TABLE_START + header + body + '</w:tbl>';
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
  const escape = xmlText;
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

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
/** docx's TargetModeType.EXTERNAL (the type is declared, not exported). */
const EXTERNAL = 'External';
/** Word keeps an address's fragment apart (w:anchor) up to this length, as docx does. */
const MAX_ANCHOR = 255;
const DOCUMENT_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>';

/** The one section: the paper, 2 cm margins (2.5 cm at the binding side), the footer with the page number. */
const sectionXml = (page: { width: number; height: number }, footerId: number): string =>
  `<w:sectPr><w:footerReference w:type="default" r:id="rId${footerId}"/><w:pgSz w:w="${page.width}" w:h="${page.height}" w:orient="portrait"/>` +
  '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418" w:header="708" w:footer="567" w:gutter="0"/><w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>';

/** The package (docx's Document: styles, numbering, footer, properties) and the body's XML, word/document.xml. */
export function releaseToDocxDocument(document: PressroomDocument, options: DocxOptions = {}): { file: Document; coreXml: string; documentXml: string } {
  const base = contextOf(document.metadata, options);
  const languageTag = base.profile.tags.docx;
  const font = options.font ?? DEFAULT_DOCX_FONT;
  const house = options.houseStyle ?? DEFAULT_HOUSE_STYLE;
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
    // The body is written below (documentXml); docx writes the footer and everything around the body.
    sections: [{ footers: { default: new Footer({ children: [new Paragraph({ style: 'Footer', children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) }, children: [] }],
  });

  // Links and numbered lists are registered with docx, so its relationships and numbering.xml carry them.
  const links = new Map<string, { id: string; anchor?: string }>();
  let listInstance = 0;
  const numbering = file.Numbering;
  const context: DocxContext = {
    ...base,
    languageTag,
    linkId: (url) => {
      let link = links.get(url);
      if (!link) {
        const hash = url.indexOf('#');
        const fragment = url.length - hash - 1;
        const anchored = hash > 0 && fragment > 0 && fragment <= MAX_ANCHOR;
        const key = `Link${links.size + 1}`;
        file.Document.Relationships.addRelationship(key, HYPERLINK, anchored ? url.slice(0, hash) : url, EXTERNAL);
        link = { id: `rId${key}`, ...(anchored ? { anchor: url.slice(hash + 1) } : {}) };
        links.set(url, link);
      }
      return link;
    },
    nextNumberedList: () => {
      listInstance += 1;
      numbering.createConcreteNumberingInstance(NUMBERED, listInstance);
      return (numbering.ConcreteNumbering.find((list) => list.reference === NUMBERED && list.instance === listInstance) as { numId: number }).numId;
    },
    bulletList: (numbering.ConcreteNumbering.find((list) => list.reference === 'default-bullet-numbering') as { numId: number }).numId,
  };
  const embargo = embargoLine(document.metadata);
  let body = embargo ? paragraphXml('PressroomEmbargo', runsOf([{ text: embargo }], context)) : '';
  for (const block of document.body) body += renderBlock(docxBlocks, block as ReleaseBlock, context);
  if (body === '') body = '<w:p/>';
  const footerId = (file.Footers[0] as (typeof file.Footers)[number]).View.ReferenceId;
  const documentXml = `${DOCUMENT_START}${body}${sectionXml(PAGE_SIZES[options.paper ?? 'a4'], footerId)}</w:body></w:document>`;
  return { file, coreXml: corePropertiesXml(properties), documentXml };
}

/** The release as DOCX bytes. Uses only Packer.toArrayBuffer, which needs neither Node nor the DOM. */
export async function releaseToDocx(document: PressroomDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const { file, coreXml, documentXml } = releaseToDocxDocument(document, options);
  const buffer = await Packer.toArrayBuffer(file, false, [
    { path: 'word/document.xml', data: documentXml },
    { path: 'docProps/core.xml', data: coreXml },
  ]);
  return new Uint8Array(buffer);
}
