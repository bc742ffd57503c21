import type { Paper } from './docx-export';

/**
 * The print layout, as numbers: the HTML export's stylesheet (PRINT_CSS, below), the print page the app prints and
 * turns into PDF (core/formats/print-page.ts) and the command line's PDF (electron/services/pdf-export.ts, pdfkit)
 * are all built from this one table, so the three cannot drift apart. Sizes are multiples of the body size
 * (CSS `em`), spaces before and after are in lines of the body size.
 */
export const PRINT_LOOK = {
  /** The shipped font (OFL-1.1, every Kazakh letter; core/formats/print-fonts.ts, NOTICE.md). */
  font: 'Noto Serif',
  /** Body size on screen and on paper, in points, and the line height. */
  screenSizePt: 12,
  paperSizePt: 11,
  lineHeight: 1.5,
  /** Paper margin on every side, in centimetres. */
  marginCm: 2,
  ink: '#111',
  grey: '#333',
  rule: '#999',
  footerRule: '#ccc',
  link: '#0645ad',
  headline: { size: 1.8, lineHeight: 1.2, after: 0.4 },
  sectionHeading: { size: 1.25, before: 1.5, after: 0.5 },
  subheadline: { size: 1.2 },
  boilerplate: { size: 0.95 },
  /** Space after a paragraph (the browser's default `p { margin: 1em 0 }`, as lines). */
  paragraphAfter: 1,
  quote: { before: 1.2, after: 1.2, indent: 1, borderPx: 3 },
  list: { indent: 2.5 },
  table: { before: 1, after: 1, padding: 0.3, borderPx: 1 },
  footer: { before: 2, borderPx: 1 },
  endMark: { letterSpacing: 0.3 },
} as const;

/** Paper sizes in PostScript points (1/72 in), as CSS `@page size` names them. */
export const PAPER_SIZES_PT: Record<Paper, { width: number; height: number; css: string }> = {
  a4: { width: 595.28, height: 841.89, css: 'A4' },
  letter: { width: 612, height: 792, css: 'letter' },
};

export const POINTS_PER_CM = 72 / 2.54;
/** A CSS pixel is 3/4 of a point. */
export const POINTS_PER_PX = 0.75;

const L = PRINT_LOOK;
/** A number as the stylesheet writes it: .4, not 0.4. */
const n = (value: number): string => String(value).replace(/^0\./, '.');
const FONT_STACK = `"${L.font}", "Liberation Serif", "Times New Roman", Georgia, serif`;

/** The stylesheet embedded in standalone HTML exports: readable on screen, tidy on A4 and Letter paper. */
export const PRINT_CSS = `
body { margin: 0; background: #fff; color: ${L.ink}; font: ${L.screenSizePt}pt/${L.lineHeight} ${FONT_STACK}; }
.press-release { max-width: 42em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: ${n(L.headline.size)}em; line-height: ${L.headline.lineHeight}; margin: 0 0 ${n(L.headline.after)}em; }
h2 { font-size: ${n(L.sectionHeading.size)}em; margin: ${n(L.sectionHeading.before)}em 0 ${n(L.sectionHeading.after)}em; }
.subheadline { font-size: ${n(L.subheadline.size)}em; color: ${L.grey}; margin-top: 0; }
.dateline { font-weight: bold; color: ${L.grey}; }
.lead { font-weight: bold; }
figure.quote { margin: ${n(L.quote.before)}em 0; padding-left: ${n(L.quote.indent)}em; border-left: ${L.quote.borderPx}px solid ${L.rule}; }
figure.quote figcaption { display: inline; }
figure.quote blockquote, figure.quote blockquote p { display: inline; margin: 0; }
cite { font-style: normal; font-weight: bold; }
table.award-ceremony { border-collapse: collapse; width: 100%; margin: ${n(L.table.before)}em 0; }
table.award-ceremony caption { font-weight: bold; text-align: left; margin-bottom: .4em; }
table.award-ceremony th, table.award-ceremony td { border: ${L.table.borderPx}px solid ${L.rule}; padding: ${n(L.table.padding)}em .5em; text-align: left; vertical-align: top; }
footer { margin-top: ${n(L.footer.before)}em; border-top: ${L.footer.borderPx}px solid ${L.footerRule}; }
.boilerplate { font-size: ${n(L.boilerplate.size)}em; color: ${L.grey}; }
address.media-contact { font-style: normal; }
.end-mark { text-align: center; letter-spacing: ${n(L.endMark.letterSpacing)}em; }
a { color: ${L.link}; }
@page { margin: ${n(L.marginCm)}cm; }
@media print {
  body { font-size: ${L.paperSizePt}pt; }
  .press-release { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h1, h2, .dateline { break-after: avoid; }
  figure.quote, tr { break-inside: avoid; }
}
`;
