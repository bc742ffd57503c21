import { BLOCK_SPECS } from '../model/block-specs';
import type { PressroomDocument, ReleaseBlock } from '../model/types';
import type { StyledRun } from '../typography/styled-run';
import type { FormatOptions } from './release-content';
import { awardRows, contextOf, datelineText, END_MARK, inlineRuns, quoteLayoutOf, releaseTitle, renderBlock } from './release-content';
import type { BlockHandlers, FormatContext } from './release-content';
import { embargoLine } from './embargo';

/**
 * The print layout as a list of boxes, for a PDF writer that is not a browser (the command line's pdfkit,
 * electron/services/pdf-export.ts). It follows the HTML export's article block by block: the same text, the same
 * styles (PRINT_LOOK, html-print-css.ts), the same header (the embargo line first when there is one) / sections /
 * footer. Platform-free and typed over every block type, so a new block type is named here by the compiler.
 */

/** The paragraph styles of the print layout, one per CSS rule of PRINT_CSS. */
export type PrintStyle = 'headline' | 'subheadline' | 'dateline' | 'lead' | 'paragraph' | 'section-heading' | 'boilerplate' | 'media-contact' | 'end-mark';

export type PrintBox =
  | { kind: 'text'; style: PrintStyle; runs: StyledRun[] }
  /** A quote: the speech and its attribution in one paragraph, the speaker bold (as <cite>). */
  | { kind: 'quote'; runs: StyledRun[] }
  | { kind: 'list'; ordered: boolean; items: StyledRun[][] }
  | { kind: 'table'; caption: StyledRun[]; head: string[]; rows: StyledRun[][][] }
  /** The footer's top rule (before the boilerplate, media contact and end mark). */
  | { kind: 'footer-rule' };

export interface OutlineEntry {
  title: string;
  /** 1: the headline; 2: a section heading (under the headline, when there is one). */
  level: 1 | 2;
}

export interface PrintLayout {
  title: string;
  /** BCP 47 tag of the release language (the PDF's /Lang). */
  lang: string;
  author: string;
  subject: string;
  boxes: PrintBox[];
  /** The PDF's bookmarks: every box that opens an outline entry has its index here. */
  outline: (OutlineEntry & { box: number })[];
}

const text = (style: PrintStyle) => (block: { children: Parameters<typeof inlineRuns>[0] }, context: FormatContext): PrintBox => ({
  kind: 'text',
  style,
  runs: inlineRuns(block.children, context.metadata),
});

const boxes: BlockHandlers<PrintBox> = {
  headline: text('headline'),
  subheadline: text('subheadline'),
  dateline: (block, context) => ({ kind: 'text', style: 'dateline', runs: [{ text: datelineText(block, context) }] }),
  lead: text('lead'),
  paragraph: text('paragraph'),
  'section-heading': text('section-heading'),
  quote: (block, context) => {
    const layout = quoteLayoutOf(block, context);
    const runs: StyledRun[] = [...layout.body];
    if (layout.attribution.length > 0) runs.push({ text: layout.separator });
    for (const part of layout.attribution) {
      for (const run of part.runs) runs.push(part.role === 'speaker' ? { ...run, bold: true } : run);
    }
    return { kind: 'quote', runs };
  },
  'bulleted-list': (block, context) => ({ kind: 'list', ordered: false, items: block.children.map((item) => inlineRuns(item.children, context.metadata)) }),
  'numbered-list': (block, context) => ({ kind: 'list', ordered: true, items: block.children.map((item) => inlineRuns(item.children, context.metadata)) }),
  boilerplate: text('boilerplate'),
  'media-contact': text('media-contact'),
  'end-mark': () => ({ kind: 'text', style: 'end-mark', runs: [{ text: END_MARK }] }),
  'award-ceremony': (block, context) => {
    const { award, rows } = awardRows(block, context);
    return { kind: 'table', caption: award, head: [...context.profile.awardColumns], rows: rows.map((row) => [row.recipient, row.position, row.nomination]) };
  },
};

const partOf = (block: ReleaseBlock): 'header' | 'body' | 'footer' => (Object.hasOwn(BLOCK_SPECS, block.type) ? BLOCK_SPECS[block.type].html.part : 'body');
const plain = (runs: readonly StyledRun[]): string => runs.map((run) => run.text).join('').replace(/\s+/g, ' ').trim();

export function printLayoutOf(document: PressroomDocument, options: FormatOptions = {}): PrintLayout {
  const context = contextOf(document.metadata, options);
  const body = document.body;
  // The footer is the closing run of footer blocks, as the HTML export's <footer> (html-export.ts articleOf).
  let headerEnd = 0;
  while (headerEnd < body.length && partOf(body[headerEnd] as ReleaseBlock) === 'header') headerEnd += 1;
  let footerStart = body.length;
  while (footerStart > headerEnd && partOf(body[footerStart - 1] as ReleaseBlock) === 'footer') footerStart -= 1;

  const layout: PrintLayout = {
    title: releaseTitle(body, context) || 'Press release',
    lang: context.profile.tags.html,
    author: document.metadata.author || document.metadata.organisation,
    subject: document.metadata.organisation,
    boxes: [],
    outline: [],
  };
  // The embargo line first, as the HTML header's <p class="embargo"><strong>… (a paragraph, bold).
  const embargo = embargoLine(document.metadata);
  if (embargo) layout.boxes.push({ kind: 'text', style: 'paragraph', runs: [{ text: embargo, bold: true }] });
  body.forEach((block, index) => {
    if (index === footerStart) layout.boxes.push({ kind: 'footer-rule' });
    const box = renderBlock(boxes, block, context);
    if (block.type === 'headline' || block.type === 'section-heading') {
      const title = box.kind === 'text' ? plain(box.runs) : '';
      if (title) layout.outline.push({ title, level: block.type === 'headline' ? 1 : 2, box: layout.boxes.length });
    }
    layout.boxes.push(box);
  });
  return layout;
}
