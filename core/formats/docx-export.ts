import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  LevelFormat,
  Packer,
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
import { quoteRuns } from '../typography/quote-layout';
import type { StyledRun } from '../typography/styled-run';
import { awardRows, contextOf, datelineText, END_MARK, inlineRuns, quoteLayoutOf, releaseTitle, renderBlock } from './release-content';
import type { BlockHandlers, FormatContext } from './release-content';

/**
 * Release → the `docx` object model → DOCX (never through HTML).
 *
 * Word's own styles where Word has one — Title, Subtitle, Heading 1, Heading 2, Quote — and named Pressroom styles
 * for the rest (Pressroom Dateline, Pressroom Lead, Pressroom Boilerplate, Pressroom Contact, Pressroom Award,
 * Pressroom End Mark), so an organisation restyles a release in Word. Which block has which style is written in
 * BLOCK_SPECS (core/model/block-specs.ts); how each style looks, here (STYLE_LOOKS). A4 by default, US Letter as an option;
 * title, author and language in the document properties; every run tagged with the release's language so Word
 * spell-checks it; an explicit installed font so LibreOffice does not fall back.
 */

export type Paper = 'a4' | 'letter';
export interface DocxOptions {
  paper?: Paper;
  /** Body font; default Liberation Serif (metric-compatible with Times New Roman, installed with LibreOffice). */
  font?: string;
}

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

function runsOf(runs: readonly StyledRun[], context: DocxContext, extra: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] {
  const language = { value: context.languageTag };
  const textRuns = (run: StyledRun, style?: string): TextRun[] =>
    run.text.split('\n').map(
      (line, index) =>
        new TextRun({
          text: line,
          ...(index > 0 ? { break: 1 } : {}),
          ...(run.bold || extra.bold ? { bold: true } : {}),
          ...(run.italic || extra.italics ? { italics: true } : {}),
          ...(style ? { style } : {}),
          language,
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

const styled = (type: ReleaseBlockType) => (block: { children: Parameters<typeof inlineRuns>[0] }, context: DocxContext): Paragraph[] => [
  new Paragraph({ ...styleOf(type), children: runsOf(inlineRuns(block.children, context.metadata), context) }),
];

const docxBlocks: BlockHandlers<(Paragraph | Table)[], DocxContext> = {
  headline: styled('headline'),
  subheadline: styled('subheadline'),
  dateline: (block, context) => [new Paragraph({ ...styleOf('dateline'), children: runsOf([{ text: datelineText(block, context) }], context) })],
  lead: styled('lead'),
  paragraph: styled('paragraph'),
  'section-heading': styled('section-heading'),
  quote: (block, context) => [new Paragraph({ ...styleOf('quote'), children: runsOf(quoteRuns(quoteLayoutOf(block, context)), context) })],
  'bulleted-list': (block, context) =>
    block.children.map((item) => new Paragraph({ ...styleOf('bulleted-list'), bullet: { level: 0 }, children: runsOf(inlineRuns(item.children, context.metadata), context) })),
  'numbered-list': (block, context) => {
    const instance = context.nextListInstance();
    return block.children.map(
      (item) => new Paragraph({ ...styleOf('numbered-list'), numbering: { reference: NUMBERED, level: 0, instance }, children: runsOf(inlineRuns(item.children, context.metadata), context) }),
    );
  },
  boilerplate: styled('boilerplate'),
  'media-contact': styled('media-contact'),
  'end-mark': (_block, context) => [new Paragraph({ ...styleOf('end-mark'), children: runsOf([{ text: END_MARK }], context) })],
  'award-ceremony': (block, context) => {
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
  Title: { run: { size: 40, bold: true }, paragraph: { spacing: { after: 240 } } },
  Subtitle: { run: { size: 28, color: '444444' }, paragraph: { spacing: { after: 240 } } },
  Heading1: { run: { size: 30, bold: true }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, outlineLevel: 0 } },
  Quote: { run: { italics: true }, paragraph: { indent: { left: 567 }, spacing: { before: 120, after: 120 } } },
  PressroomDateline: { run: { bold: true, color: '333333' }, paragraph: { spacing: { after: 120 } } },
  PressroomLead: { run: { bold: true }, paragraph: { spacing: { after: 240 } } },
  PressroomBoilerplate: { run: { size: 22, color: '333333' }, paragraph: { spacing: { before: 360 } } },
  PressroomContact: { run: { size: 22 }, paragraph: { spacing: { before: 240 } } },
  PressroomAward: { run: { bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
  PressroomEndMark: { paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240 } } },
  ListParagraph: { paragraph: { indent: { left: 720 } } },
};

/** Word's styles no block uses but a Word user reaches for (a section heading demoted one level). */
const EXTRA_STYLES: (StyleLook & { id: string; name: string })[] = [
  { id: 'Heading2', name: 'heading 2', run: { size: 26, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 } },
];

function paragraphStyles(font: string, languageTag: string): IParagraphStyleOptions[] {
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
  for (const type of RELEASE_BLOCK_TYPES) {
    const docx: DocxStyle | null = BLOCK_SPECS[type].docx;
    if (docx && !styles.has(docx.id)) styles.set(docx.id, style(docx.id, docx.name, STYLE_LOOKS[docx.id as DocxStyleId]));
  }
  for (const { id, name, ...look } of EXTRA_STYLES) styles.set(id, style(id, name, look));
  return [...styles.values()];
}

/** Core properties written by us, so they carry dc:language (the docx library has no field for it). */
function corePropertiesXml(title: string, creator: string, languageTag: string, description: string): string {
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
    `<dc:creator>${escape(creator)}</dc:creator>`,
    `<dc:description>${escape(description)}</dc:description>`,
    `<dc:language>${escape(languageTag)}</dc:language>`,
    `<cp:lastModifiedBy>${escape(creator)}</cp:lastModifiedBy>`,
    '</cp:coreProperties>',
  ].join('');
}

export function releaseToDocxDocument(document: PressroomDocument, options: DocxOptions = {}): { file: Document; coreXml: string } {
  const base = contextOf(document.metadata);
  const languageTag = base.profile.tags.docx;
  let listInstance = 0;
  const context: DocxContext = { ...base, languageTag, nextListInstance: () => ++listInstance };
  const font = options.font ?? 'Liberation Serif';
  const children = document.body.flatMap((block: ReleaseBlock) => renderBlock(docxBlocks, block, context));
  if (children.length === 0) children.push(new Paragraph({ children: [] }));
  const title = releaseTitle(document.body, base);
  const creator = document.metadata.author || document.metadata.organisation;
  const page = PAGE_SIZES[options.paper ?? 'a4'];
  const file = new Document({
    title,
    creator,
    lastModifiedBy: creator,
    description: 'Press release',
    styles: {
      default: { document: { run: { font, size: 24, language: { value: languageTag } } } },
      paragraphStyles: paragraphStyles(font, languageTag),
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
        properties: { page: { size: page, margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } } },
        children,
      },
    ],
  });
  return { file, coreXml: corePropertiesXml(title, creator, languageTag, 'Press release') };
}

/** The release as DOCX bytes. Uses only Packer.toArrayBuffer, which needs neither Node nor the DOM. */
export async function releaseToDocx(document: PressroomDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const { file, coreXml } = releaseToDocxDocument(document, options);
  const buffer = await Packer.toArrayBuffer(file, false, [{ path: 'docProps/core.xml', data: coreXml }]);
  return new Uint8Array(buffer);
}
