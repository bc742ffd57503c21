import { create } from 'fontkit';
import type { FeatureChoice, Font } from 'fontkit';

/**
 * The print fonts as pdfkit sets them: fontkit fonts whose shaping leaves out mark positioning (the `mark` and
 * `mkmk` features) for text without a combining mark.
 *
 * Why: fontkit decodes a feature's lookups the first time a run needs them, and Noto Serif's mark-to-base and
 * mark-to-mark tables — every Latin, Greek and Cyrillic base against every combining accent — are the largest it
 * has: decoding them took about 50 ms of CPU per face, a third of a cold `pressroom export --to pdf`. Mark
 * positioning only moves combining marks (U+0300 …, \p{M}), so a run without one is laid out glyph for glyph and
 * point for point as full shaping lays it out (pdf-faces.test.ts compares both over every character of the four
 * faces). A run with a combining mark — a «й» or «ё» typed as и + U+0306 or е + U+0308, which some Mac and Word
 * text is — still gets every feature, so its accent sits where the font puts it.
 */
const COMBINING_MARK = /\p{M}/u;

/**
 * The features a run is shaped with: pdfkit's choice when it makes one, otherwise the font's defaults, less mark
 * positioning when the run has no mark. A new object each time: fontkit writes the features it plans into it.
 */
export const featuresFor = (text: string, chosen?: FeatureChoice): FeatureChoice | undefined =>
  chosen ?? (COMBINING_MARK.test(text) ? undefined : { mark: false, mkmk: false });

/** A face from its file's bytes, ready for pdfkit's registerFont (pdfkit takes any font object with a `layout`). */
export function pdfFace(bytes: Uint8Array): Font {
  const font = create(bytes);
  const shape = font.layout.bind(font);
  font.layout = (text, features, ...rest) => shape(text, featuresFor(text, features), ...rest);
  return font;
}
