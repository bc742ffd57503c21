import type { DatelineSettings } from '../../core/typography/dateline';
import type { HouseDash } from '../../core/typography/house-dash';
import PDFDocument from 'pdfkit';
import type { Paper } from '../../core/formats/docx-export';
import { PAPER_SIZES_PT, POINTS_PER_CM, POINTS_PER_PX, PRINT_LOOK } from '../../core/formats/html-print-css';
import { faceOf, FONT_FACES } from '../../core/formats/print-fonts';
import type { FontFace } from '../../core/formats/print-fonts';
import { printLayoutOf } from '../../core/formats/print-layout';
import type { PrintBox, PrintStyle } from '../../core/formats/print-layout';
import type { PressroomDocument } from '../../core/model/types';
import type { StyledRun } from '../../core/typography/styled-run';
import { pdfFace } from './pdf-faces';
import { printFontBytes } from './print-fonts';

/**
 * The command line's PDF (`pressroom export … --to pdf`): the print layout (core/formats/print-layout.ts, the HTML
 * export's article box by box) set with pdfkit in the shipped Noto Serif, in the sizes and spaces of the print
 * stylesheet (PRINT_LOOK). Text is real text (selectable, searchable: pdfkit embeds a subset of each face with its
 * ToUnicode map), the headline and section headings are the PDF's outline. Only the shipped fonts are registered
 * and the document is created without a default font, so nothing can fall back to a standard-14 font (which has no
 * Cyrillic).
 *
 * Tagged (PDF 1.7 structure, the document's /Lang the release's language): a Document element holding H1 (the
 * headline), H2 (section headings), P (every other paragraph, the embargo line too), BlockQuote > P, L > LI > Lbl +
 * LBody, Table > TR > TH/TD, a link's words a Link element holding them and the link's annotation; the rules (the quote's bar, table borders, the footer's rule) are artifacts, so a screen
 * reader or a reflowing viewer reads the release in order and skips the lines.
 */

type Doc = InstanceType<typeof PDFDocument>;
type StructElement = ReturnType<Doc['struct']>;
/** Structure types this file writes (PDF 1.7, 14.8.4). */
type StructType = 'Document' | 'H1' | 'H2' | 'P' | 'BlockQuote' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Link';

const FONT_NAMES: Record<FontFace, string> = { regular: 'Serif', bold: 'Serif-Bold', italic: 'Serif-Italic', 'bold-italic': 'Serif-BoldItalic' };

interface StyleLook {
  /** Size as a multiple of the body size. */
  size: number;
  lineHeight: number;
  bold: boolean;
  color: string;
  /** Margins above and below, in multiples of the style's own size (CSS em). */
  before: number;
  after: number;
  align: 'left' | 'center';
  characterSpacing: number;
}

const L = PRINT_LOOK;
const QUOTE_BORDER = L.quote.borderPx * POINTS_PER_PX;
const TABLE_BORDER = L.table.borderPx * POINTS_PER_PX;
const FOOTER_BORDER = L.footer.borderPx * POINTS_PER_PX;
const body = { size: 1, lineHeight: L.lineHeight, bold: false, color: L.ink, before: L.paragraphAfter, after: L.paragraphAfter, align: 'left', characterSpacing: 0 } as const;

/** Each paragraph style as PRINT_CSS sets it (`p` keeps the browser's 1em margins; `address` has none). */
const STYLES: Record<PrintStyle, StyleLook> = {
  headline: { ...body, size: L.headline.size, lineHeight: L.headline.lineHeight, bold: true, before: 0, after: L.headline.after },
  subheadline: { ...body, size: L.subheadline.size, color: L.grey, before: 0 },
  dateline: { ...body, bold: true, color: L.grey },
  lead: { ...body, bold: true },
  paragraph: body,
  'section-heading': { ...body, size: L.sectionHeading.size, lineHeight: L.lineHeight, bold: true, before: L.sectionHeading.before, after: L.sectionHeading.after },
  boilerplate: { ...body, size: L.boilerplate.size, color: L.grey },
  'media-contact': { ...body, before: 0, after: 0 },
  'end-mark': { ...body, align: 'center', characterSpacing: L.endMark.letterSpacing },
};

export interface PdfOptions {
  /** 'a4' (default) or 'letter'. */
  paper?: Paper;
  /** The organisation's datelines (settings), one per release language. */
  datelines?: DatelineSettings;
  /** The organisation's house dash when it is not the language's own (a quote's dashes). */
  dash?: HouseDash;
  /** For tests: a fixed creation date, so the same release gives the same bytes. */
  creationDate?: Date;
}

const hasText = (runs: readonly StyledRun[]): boolean => runs.some((run) => run.text.trim() !== '');

/** The PDF of a release, made in Node with pdfkit (no browser). */
export async function releaseToPdf(document: PressroomDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  const layout = printLayoutOf(document, { ...(options.datelines ? { datelines: options.datelines } : {}), ...(options.dash ? { dash: options.dash } : {}) });
  const paper = PAPER_SIZES_PT[options.paper ?? 'a4'];
  const margin = L.marginCm * POINTS_PER_CM;
  const size = L.paperSizePt;
  const doc: Doc = new PDFDocument({
    size: [paper.width, paper.height],
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    // No default font: pdfkit would load Helvetica, a standard-14 font without Cyrillic.
    font: null as unknown as string,
    pdfVersion: '1.7',
    tagged: true,
    lang: layout.lang,
    displayTitle: true,
    compress: true,
    info: {
      Title: layout.title,
      ...(layout.author ? { Author: layout.author } : {}),
      ...(layout.subject ? { Subject: layout.subject } : {}),
      Creator: 'Pressroom',
      Producer: 'Pressroom (pdfkit)',
      ...(options.creationDate ? { CreationDate: options.creationDate } : {}),
    },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  const fonts = await printFontBytes();
  // New fontkit fonts for each PDF, as pdfkit makes them from bytes: a font shared between documents keeps glyphs
  // (and their characters) from the first and gave the next one wrong text. pdfkit takes a font object with a
  // `layout` as a font's source (its types list only files and bytes).
  for (const face of FONT_FACES) doc.registerFont(FONT_NAMES[face], pdfFace(fonts[face]) as unknown as Buffer);

  /** The structure tree: every box's element is a child of this one. */
  const root = doc.struct('Document');
  doc.addStructure(root);
  /** What `draw` sets, marked as content of `element` (of type `type`). */
  const markAs = (element: StructElement, type: StructType, draw: () => void): void => {
    const content = doc.markStructureContent(type);
    draw();
    doc.endMarkedContent();
    element.add(content);
  };
  /** A structure element under `parent` (ended when `draw` has run, if `draw` is given: its content is what draw sets). */
  const tag = (parent: StructElement, type: StructType, draw?: () => void): StructElement => {
    const element = doc.struct(type);
    parent.add(element);
    if (draw) {
      markAs(element, type, draw);
      element.end();
    }
    return element;
  };
  /** Lines that are only layout (rules, borders): marked as artifacts, outside the structure. */
  const artifact = (draw: () => void): void => {
    doc.markContent('Artifact', { type: 'Layout' });
    draw();
    doc.endMarkedContent();
  };

  const left = margin;
  const width = paper.width - 2 * margin;
  const bottom = paper.height - margin;
  /** The collapsed margin waiting above the next box (CSS margins collapse to the larger). */
  let pending = 0;
  let atPageTop = true;

  const lineGapFor = (fontSize: number, lineHeight: number): number => {
    doc.font(FONT_NAMES.regular).fontSize(fontSize);
    return Math.max(0, fontSize * lineHeight - doc.currentLineHeight(true));
  };
  const space = (before: number): void => {
    const gap = Math.max(pending, before);
    pending = 0;
    if (!atPageTop) doc.y += gap;
  };
  const ensureRoom = (height: number): void => {
    if (doc.y + height > bottom && !atPageTop) {
      doc.addPage();
      atPageTop = true;
    }
  };

  /** Sets runs as one paragraph at x, width wide, in the given look; `each` wraps the drawing of each run (tagRuns). */
  const writeRuns = (runs: readonly StyledRun[], x: number, w: number, look: StyleLook, forceBold = false, each?: (run: StyledRun, draw: () => void) => void): void => {
    const fontSize = size * look.size;
    const lineGap = lineGapFor(fontSize, look.lineHeight);
    const printable = runs.filter((run) => run.text !== '');
    doc.fillColor(look.color);
    printable.forEach((run, index) => {
      const face = faceOf({ ...run, ...(look.bold || forceBold ? { bold: true as const } : {}) });
      doc.font(FONT_NAMES[face]).fontSize(fontSize);
      const textOptions = {
        width: w,
        lineGap,
        align: look.align,
        characterSpacing: look.characterSpacing * fontSize,
        continued: index < printable.length - 1,
        ...(run.url ? { link: run.url } : { link: null as unknown as string }),
      };
      const draw = () => {
        if (index === 0) doc.text(run.text, x, doc.y, textOptions);
        else doc.text(run.text, textOptions);
      };
      if (each) each(run, draw);
      else draw();
    });
    doc.x = left;
    atPageTop = false;
  };

  /**
   * A paragraph's element (P, H1, TD…) holding its runs; a link's words are a Link element of their own inside it,
   * holding the words and the link's annotation (an OBJR), as PDF/UA asks: a screen reader announces the link.
   * pdfkit runs a closure added to an attached element at once, marking what it draws as that element's, and gives
   * the annotation drawn meanwhile to the Link element.
   */
  const tagRuns = (parent: StructElement, type: StructType, runs: readonly StyledRun[], x: number, w: number, look: StyleLook, forceBold = false): StructElement => {
    if (!runs.some((run) => run.url && run.text !== '')) return tag(parent, type, () => writeRuns(runs, x, w, look, forceBold));
    const element = doc.struct(type);
    parent.add(element);
    writeRuns(runs, x, w, look, forceBold, (run, draw) => {
      if (run.url) {
        const link = doc.struct('Link');
        element.add(link);
        link.add(draw);
        link.end();
      } else markAs(element, type, draw);
    });
    element.end();
    return element;
  };

  const estimate = (runs: readonly StyledRun[], w: number, look: StyleLook): number => {
    const fontSize = size * look.size;
    const lineGap = lineGapFor(fontSize, look.lineHeight);
    doc.font(FONT_NAMES[look.bold ? 'bold' : 'regular']).fontSize(fontSize);
    return doc.heightOfString(runs.map((run) => run.text).join(''), { width: w, lineGap, characterSpacing: look.characterSpacing * fontSize });
  };

  const writeBox = (box: PrintBox): void => {
    switch (box.kind) {
      case 'text': {
        if (!hasText(box.runs)) return;
        const look = STYLES[box.style];
        const fontSize = size * look.size;
        space(look.before * fontSize);
        // Headings stay whole and keep two lines of what follows with them (break-after: avoid); any other paragraph
        // starts where two of its lines fit and flows over the page (CSS's orphans: 2), so it needs no measuring.
        const heading = box.style === 'headline' || box.style === 'section-heading' || box.style === 'dateline';
        ensureRoom(heading ? Math.min(estimate(box.runs, width, look), bottom - margin) + 2 * size * L.lineHeight : 2 * fontSize * look.lineHeight);
        if (atPageTop) doc.y = margin;
        tagRuns(root, box.style === 'headline' ? 'H1' : box.style === 'section-heading' ? 'H2' : 'P', box.runs, left, width, look);
        pending = look.after * fontSize;
        return;
      }
      case 'quote': {
        if (!hasText(box.runs)) return;
        space(L.quote.before * size);
        const indent = QUOTE_BORDER + L.quote.indent * size;
        const height = estimate(box.runs, width - indent, body);
        ensureRoom(Math.min(height, bottom - margin));
        const top = doc.y;
        const page = doc.page;
        const quote = tag(root, 'BlockQuote');
        tagRuns(quote, 'P', box.runs, left + indent, width - indent, body);
        quote.end();
        if (doc.page === page) {
          artifact(() => doc.save().lineWidth(QUOTE_BORDER).strokeColor(L.rule)
            .moveTo(left + QUOTE_BORDER / 2, top).lineTo(left + QUOTE_BORDER / 2, doc.y - (lineGapFor(size, L.lineHeight) / 2)).stroke().restore());
        }
        pending = L.quote.after * size;
        return;
      }
      case 'list': {
        const items = box.items.filter(hasText);
        if (items.length === 0) return;
        space(L.paragraphAfter * size);
        const indent = L.list.indent * size;
        const list = tag(root, 'L');
        box.items.forEach((item, index) => {
          if (!hasText(item)) return;
          ensureRoom(size * L.lineHeight);
          if (atPageTop) doc.y = margin;
          const top = doc.y;
          const marker = box.ordered ? `${index + 1}.` : '•';
          doc.font(FONT_NAMES.regular).fontSize(size).fillColor(L.ink);
          const gap = lineGapFor(size, L.lineHeight);
          const listItem = tag(list, 'LI');
          tag(listItem, 'Lbl', () => doc.text(marker, left, top, { width: indent - size * 0.4, align: 'right', lineGap: gap }));
          doc.y = top;
          tagRuns(listItem, 'LBody', item, left + indent, width - indent, body);
          listItem.end();
        });
        list.end();
        pending = L.paragraphAfter * size;
        return;
      }
      case 'table': {
        space(L.table.before * size);
        const look = { ...body, lineHeight: L.lineHeight };
        if (hasText(box.caption)) {
          ensureRoom(estimate(box.caption, width, { ...look, bold: true }) + 3 * size * L.lineHeight);
          if (atPageTop) doc.y = margin;
          tagRuns(root, 'P', box.caption, left, width, look, true);
          doc.y += 0.4 * size;
        }
        const columns = box.head.length;
        const columnWidth = width / columns;
        const padX = 0.5 * size;
        const padY = L.table.padding * size;
        const rowHeight = (cells: readonly StyledRun[][], bold: boolean): number =>
          Math.max(...cells.map((cell) => (hasText(cell) ? estimate(cell, columnWidth - 2 * padX, { ...look, bold }) : size * L.lineHeight))) + 2 * padY;
        const table = tag(root, 'Table');
        const drawRow = (cells: readonly StyledRun[][], bold: boolean): void => {
          const height = rowHeight(cells, bold);
          const top = doc.y;
          const row = tag(table, 'TR');
          cells.forEach((cell, column) => {
            const x = left + column * columnWidth;
            doc.y = top + padY;
            const cellType = bold ? 'TH' : 'TD';
            if (hasText(cell)) tagRuns(row, cellType, cell, x + padX, columnWidth - 2 * padX, look, bold);
            else tag(row, cellType).end();
            artifact(() => doc.save().lineWidth(TABLE_BORDER).strokeColor(L.rule).rect(x, top, columnWidth, height).stroke().restore());
          });
          row.end();
          doc.x = left;
          doc.y = top + height;
        };
        const head = box.head.map((title) => [{ text: title }]);
        ensureRoom(rowHeight(head, true) + (box.rows[0] ? rowHeight(box.rows[0], false) : 0));
        if (atPageTop) doc.y = margin;
        drawRow(head, true);
        for (const row of box.rows) {
          if (doc.y + rowHeight(row, false) > bottom) {
            // A row is never split (tr { break-inside: avoid }); the header is repeated, as Chromium repeats <thead>.
            doc.addPage();
            doc.y = margin;
            drawRow(head, true);
          }
          drawRow(row, false);
        }
        table.end();
        atPageTop = false;
        pending = L.table.after * size;
        return;
      }
      case 'footer-rule': {
        space(L.footer.before * size);
        ensureRoom(3 * size * L.lineHeight);
        if (atPageTop) doc.y = margin;
        artifact(() => doc.save().lineWidth(FOOTER_BORDER).strokeColor(L.footerRule).moveTo(left, doc.y).lineTo(left + width, doc.y).stroke().restore());
        doc.y += FOOTER_BORDER;
        atPageTop = false;
        pending = 0;
        return;
      }
    }
  };

  /** The outline: the headline, with the section headings under it (or at the top level when there is none). */
  let headlineItem: ReturnType<Doc['outline']['addItem']> | null = null;
  const outlineAt = new Map(layout.outline.map((entry) => [entry.box, entry]));
  layout.boxes.forEach((box, index) => {
    writeBox(box);
    const entry = outlineAt.get(index);
    if (!entry) return;
    // The entry points at the page the heading ended on (a heading is never left alone at a page's foot).
    if (entry.level === 1) headlineItem = doc.outline.addItem(entry.title);
    else (headlineItem ?? doc.outline).addItem(entry.title);
  });
  root.end();
  doc.end();
  await finished;
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
