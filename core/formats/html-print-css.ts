/** The stylesheet embedded in standalone HTML exports: readable on screen, tidy on A4 and Letter paper. */
export const PRINT_CSS = `
body { margin: 0; background: #fff; color: #111; font: 12pt/1.5 "Liberation Serif", "Times New Roman", Georgia, serif; }
.press-release { max-width: 42em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.8em; line-height: 1.2; margin: 0 0 .4em; }
h2 { font-size: 1.25em; margin: 1.5em 0 .5em; }
.subheadline { font-size: 1.2em; color: #333; margin-top: 0; }
.dateline { font-weight: bold; color: #333; }
.lead { font-weight: bold; }
figure.quote { margin: 1.2em 0; padding-left: 1em; border-left: 3px solid #999; }
figure.quote figcaption { display: inline; }
figure.quote blockquote, figure.quote blockquote p { display: inline; }
cite { font-style: normal; font-weight: bold; }
table.award-ceremony { border-collapse: collapse; width: 100%; margin: 1em 0; }
table.award-ceremony caption { font-weight: bold; text-align: left; margin-bottom: .4em; }
table.award-ceremony th, table.award-ceremony td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }
footer { margin-top: 2em; border-top: 1px solid #ccc; }
.boilerplate { font-size: .95em; color: #333; }
address.media-contact { font-style: normal; }
.end-mark { text-align: center; letter-spacing: .3em; }
a { color: #0645ad; }
@page { margin: 2cm; }
@media print {
  body { font-size: 11pt; }
  .press-release { max-width: none; margin: 0; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h1, h2, .dateline { break-after: avoid; }
  figure.quote, tr { break-inside: avoid; }
}
`;
